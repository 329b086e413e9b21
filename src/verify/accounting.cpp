#include "verify/accounting.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

namespace {

std::string slot_counts(const Accounting& a) {
  std::string out;
  for (const auto& [type, n] : a.slots) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", type, n);
  return out.empty() ? "" : " (" + out + ")";
}

nlohmann::ordered_json letter_json(const VerifiedLetter& v, bool ledger) {
  const Accounting& a = v.accounting;
  nlohmann::ordered_json j{{"file", v.file},          {"total", a.words},
                           {"accounted", a.accounted}, {"template", a.template_words},
                           {"slots", a.slots},         {"variants", a.variant_words},
                           {"furniture", a.furniture_words}, {"complete", a.complete()}};
  if (!a.first_mismatch.empty()) j["first_mismatch"] = a.first_mismatch;
  if (ledger) {
    j["ledger"] = nlohmann::ordered_json::array();
    for (const auto& e : v.ledger) j["ledger"].push_back({{"line", e.line}, {"change", e.change}, {"detail", e.detail}});
  }
  return j;
}

}  // namespace

std::string verified_text(const VerifiedLetter& v) {
  const Accounting& a = v.accounting;
  std::string out = fmt::format("{}: {}/{} words accounted for ({:.1f}%)", v.file, a.accounted, a.words,
                                a.words ? 100.0 * static_cast<double>(a.accounted) / static_cast<double>(a.words)
                                        : 100.0);
  if (a.furniture_words) out += fmt::format(", {} of them furniture", a.furniture_words);
  out += fmt::format("; {} template, {} in slots{}, {} in variants\n", a.template_words, a.slot_words(),
                     slot_counts(a), a.variant_words);
  if (!a.first_mismatch.empty()) out += "    NOT ACCOUNTED FOR: " + a.first_mismatch + '\n';
  for (const auto& e : v.ledger) out += fmt::format("    line {}: {}: {}\n", e.line, e.change, e.detail);
  return out;
}

std::string verified_json(const std::vector<VerifiedLetter>& letters, bool ledger,
                          const std::vector<std::string>& skipped) {
  nlohmann::ordered_json json{{"schema", "letterdiff/verify-v1"}, {"letters", nlohmann::ordered_json::array()}};
  std::size_t complete = 0;
  for (const auto& v : letters) {
    json["letters"].push_back(letter_json(v, ledger));
    complete += v.accounting.complete();
  }
  json["complete"] = complete;
  json["total"] = letters.size();
  json["skipped"] = skipped;
  // File names need not be UTF-8: replaced rather than refused.
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace letterdiff
