#include "verify/accounting.h"

#include <fmt/format.h>

#include "base/text.h"
#include "segment/tokenize.h"

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

// Where the report put a rebuilt word.
enum class Part { template_text, slot, variant };

struct Rebuilt {
  std::string text;
  Part part = Part::template_text;
  std::string slot_type;
  int line = 0;  // the letter line it stands for, for messages
};

// The report's words of one passage, tokenised as the letter's text is: pieces
// are joined first, so a word is never split where a slot value ends.
class Rebuilder {
 public:
  explicit Rebuilder(const LetterReport& report) : report_(report) {}

  void add(std::string_view text, Part part, std::string slot_type = {}) {
    spans_.push_back({text_.size(), part, std::move(slot_type)});
    text_ += text;
  }
  void add_pieces(const std::vector<DiffPiece>& pieces) {
    for (const auto& p : pieces) {
      if (p.op == WordOp::deleted) continue;  // the template's words, not the letter's
      if (p.op == WordOp::slot) add(p.text, Part::slot, slot_type(p.slot));
      else add(p.text, p.op == WordOp::inserted ? Part::variant : Part::template_text);
    }
  }
  // The passage's words, each with the part its first byte came from.
  void finish(int line, std::vector<Rebuilt>& out) {
    std::size_t span = 0;
    for (const auto& t : tokenize(text_, vocabulary_)) {
      while (span + 1 < spans_.size() && spans_[span + 1].begin <= t.begin) ++span;
      out.push_back({std::string(token_text(text_, t)), spans_[span].part, spans_[span].slot_type, line});
    }
    text_.clear();
    spans_.clear();
  }

 private:
  std::string slot_type(const std::string& name) const {
    for (const auto& s : report_.slots)
      if (s.name == name) return s.type;
    return "slot";
  }
  struct Span {
    std::size_t begin;
    Part part;
    std::string slot_type;
  };
  const LetterReport& report_;
  Vocabulary vocabulary_;
  std::string text_;
  std::vector<Span> spans_;
};

std::vector<Rebuilt> rebuild(const LetterReport& report) {
  std::vector<Rebuilt> out;
  Rebuilder rebuilder(report);
  for (const auto& p : report.passages) {
    if (p.variant < 0) {
      rebuilder.add_pieces(p.pieces);
    } else {
      const Variant& v = report.variants.at(static_cast<std::size_t>(p.variant));
      if (v.kind == EntryKind::inserted) rebuilder.add(v.text, Part::variant);
      else if (v.kind != EntryKind::omitted) rebuilder.add_pieces(v.pieces);
    }
    rebuilder.finish(p.line, out);
  }
  return out;
}

}  // namespace

std::size_t Accounting::slot_words() const {
  std::size_t n = 0;
  for (const auto& [type, words] : slots) n += words;
  return n;
}

Accounting account(const Letter& letter, const LetterReport& report) {
  Accounting a;
  Vocabulary vocabulary;
  std::vector<std::string_view> truth;
  for (const auto& p : letter.normalised.paragraphs) {
    const std::string_view text = letter.normalised.paragraph_text(p);
    for (const auto& t : tokenize(text, vocabulary)) truth.push_back(token_text(text, t));
  }
  const auto rebuilt = rebuild(report);
  std::size_t i = 0;
  for (; i < truth.size() && i < rebuilt.size() && truth[i] == rebuilt[i].text; ++i) {
    if (!is_word(truth[i])) continue;
    ++a.accounted;
    switch (rebuilt[i].part) {
      case Part::template_text: ++a.template_words; break;
      case Part::slot: ++a.slots[rebuilt[i].slot_type]; break;
      case Part::variant: ++a.variant_words; break;
    }
  }
  for (auto t : truth) a.words += is_word(t);
  if (i < truth.size() || i < rebuilt.size()) {
    const int line = i < rebuilt.size() ? rebuilt[i].line : 0;
    a.first_mismatch = fmt::format("line {}: the letter has \"{}\", the report rebuilds \"{}\"", line,
                                   i < truth.size() ? std::string(truth[i]) : "(end)",
                                   i < rebuilt.size() ? rebuilt[i].text : "(end)");
  }
  for (const auto& f : report.furniture) a.furniture_words += words_in(f.text);
  a.words += a.furniture_words;
  a.accounted += a.furniture_words;
  return a;
}

}  // namespace letterdiff
