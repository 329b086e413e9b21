#include "verify/accounting.h"

#include <fmt/format.h>

#include "base/text.h"
#include "align/token_text.h"

namespace letterdiff {
namespace {

bool is_word(std::string_view token) {
  for (char c : token)
    if (is_ascii_alpha(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

std::size_t words_in(std::string_view text) {
  std::size_t n = 0;
  for (auto w : split_words(text)) n += is_word(w);
  return n;
}

// A rebuilt token: its text, and the letter line it stands for (for messages).
struct Rebuilt {
  std::string text;
  int line = 0;
};

// The letter's text as the report's parts tell it: the template's words where the
// two agree, slot values and inserted words from the letter, whole inserted paragraphs.
std::vector<Rebuilt> rebuild(const Letter& letter, const Template& tpl, const Alignment& alignment,
                             const Vocabulary& vocabulary) {
  std::vector<Rebuilt> out;
  const auto line_of = [&](std::uint32_t paragraph) { return letter.normalised.paragraphs[paragraph].first_line; };
  for (const auto& e : alignment.entries) {
    if (e.kind == EntryKind::omitted) continue;
    const auto l_refs = letter_token_refs(letter, e.letter_begin, e.letter_end);
    const int line = line_of(e.letter_begin);
    const auto from_letter = [&](std::size_t b, std::size_t end) {
      for (auto i = b; i < end; ++i) out.push_back({std::string(token_text(l_refs[i].owner, l_refs[i].token)), line});
    };
    if (e.kind == EntryKind::inserted) {
      from_letter(0, l_refs.size());
      continue;
    }
    const auto t_refs = template_token_refs(tpl, e.template_begin, e.template_end);
    for (const auto& run : e.words.runs) {
      if (run.op == WordOp::equal) {
        for (auto t = run.template_begin, l = run.letter_begin; t < run.template_end; ++t, ++l) {
          const Token& token = t_refs[t].token;
          // A metadata slot on both sides stands for the letter's value.
          if (vocabulary.is_slot(token.id)) from_letter(l, l + 1);
          else out.push_back({std::string(token_text(t_refs[t].owner, token)), line});
        }
      } else if (run.op == WordOp::slot || run.op == WordOp::inserted) {
        from_letter(run.letter_begin, run.letter_end);
      }
    }
  }
  return out;
}

}  // namespace

Accounting account(const Letter& letter, const Template& tpl, const Alignment& alignment,
                   const Vocabulary& vocabulary) {
  Accounting a;
  std::vector<std::string_view> truth;
  for (std::size_t p = 0; p < letter.paragraph_count(); ++p)
    for (const auto& t : letter.tokens[p]) truth.push_back(token_text(letter.text(), t));
  for (const auto& f : letter.normalised.furniture) a.furniture_words += words_in(f.text);
  const auto rebuilt = rebuild(letter, tpl, alignment, vocabulary);
  std::size_t i = 0;
  for (; i < truth.size() && i < rebuilt.size() && truth[i] == rebuilt[i].text; ++i) a.accounted += words_in(truth[i]);
  for (auto t : truth) a.words += words_in(t);
  if (i < truth.size() || i < rebuilt.size()) {
    const int line = i < rebuilt.size() ? rebuilt[i].line : 0;
    a.first_mismatch = fmt::format("line {}: the letter has \"{}\", the report rebuilds \"{}\"", line,
                                   i < truth.size() ? std::string(truth[i]) : "(end)",
                                   i < rebuilt.size() ? rebuilt[i].text : "(end)");
  }
  a.words += a.furniture_words;
  a.accounted += a.furniture_words;
  return a;
}

}  // namespace letterdiff
