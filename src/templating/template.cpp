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

std::vector<TokenRef> token_refs(const Template& tpl, std::uint32_t begin, std::uint32_t end) {
  std::vector<TokenRef> refs;
  for (auto p = begin; p < end; ++p) append_token_refs(refs, tpl.paragraphs[p].text, tpl.paragraphs[p].tokens);
  return refs;
}

void tokenize_template(Template& tpl, Vocabulary& vocabulary) {
  for (auto& p : tpl.paragraphs) p.tokens = tokenize(p.text, vocabulary, TokenizeMode::template_text);
}

}  // namespace letterdiff
