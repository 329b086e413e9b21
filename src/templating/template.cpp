#include "templating/template.h"

#include "segment/tokenize.h"

namespace letterdiff {

std::string paragraphs_text(const Template& tpl, std::size_t begin, std::size_t end) {
  std::string out;
  for (auto p = begin; p < end; ++p) {
    if (p > begin) out += ' ';
    out += tpl.paragraphs[p].text;
  }
  return out;
}

void tokenize_template(Template& tpl, Vocabulary& vocabulary) {
  for (auto& p : tpl.paragraphs) p.tokens = tokenize(p.text, vocabulary, TokenizeMode::template_text);
}

}  // namespace letterdiff
