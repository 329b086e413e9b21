#include "templating/template.h"

#include "segment/tokenize.h"

namespace letterdiff {

void tokenize_template(Template& tpl, Vocabulary& vocabulary) {
  for (auto& p : tpl.paragraphs) p.tokens = tokenize(p.text, vocabulary, TokenizeMode::template_text);
}

}  // namespace letterdiff
