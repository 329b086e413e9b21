#include "report/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "audit/audit.h"
#include "base/text.h"
#include "base/utf8.h"
#include "base/word_key.h"
#include "report/digest.h"
#include "report/key_figures.h"
#include "report/statistics.h"
#include "report/support.h"
#include "segment/slot_types.h"
#include "segment/tokenize.h"

namespace letterdiff {
namespace {

std::string letter_paragraphs_text(const Letter& letter, std::uint32_t begin, std::uint32_t end) {
  std::string out;
  for (auto p = begin; p < end; ++p) {
    if (!out.empty()) out += ' ';
    out += letter.normalised.paragraph_text(letter.normalised.paragraphs[p]);
  }
  return out;
}

void add_slot(LetterReport& r, std::string name, std::string type, std::string value) {
  for (const auto& s : r.slots)
    if (s.name == name) return;
  r.slots.push_back({std::move(name), std::move(type), std::move(value)});
}

// Slot values the word diff filled, and metadata slots the letter carries.
void collect_slots(LetterReport& r, const WordDiff& diff, std::span<const TokenRef> tpl,
                   std::span<const TokenRef> letter, const Vocabulary& vocabulary) {
  for (const auto& run : diff.runs) {
    if (run.op != WordOp::slot) continue;
    std::string_view name, type;
    if (parse_slot_marker(vocabulary.text(tpl[run.template_begin].token.id), name, type))
      add_slot(r, std::string(name), std::string(type), run_text(letter, run.letter_begin, run.letter_end));
  }
}

Variant changed_variant(const Letter& letter, const Template& tpl, const AlignedParagraph& e,
                        std::span<const TokenRef> t_refs, std::span<const TokenRef> l_refs) {
  Variant v;
  v.kind = e.kind;
  v.text = letter_paragraphs_text(letter, e.letter_begin, e.letter_end);
  v.line = letter.normalised.paragraphs[e.letter_begin].first_line;
  v.template_opening = opening_words(tpl.paragraphs[e.template_begin].text);
  v.paragraph = static_cast<int>(e.template_begin);
  v.pieces = word_diff_pieces(e.words, t_refs, l_refs);
  return v;
}

// Keys of a paragraph's words that mean the same in every letter (ids of
// a letter's own words do not): a metadata slot is its marker, a figure is one key.
std::vector<std::uint64_t> word_keys(const Letter& letter, const AlignedParagraph& e, const Vocabulary& vocabulary) {
  constexpr std::uint64_t kFigure = 0;
  std::vector<std::uint64_t> keys;
  for (auto p = e.letter_begin; p < e.letter_end; ++p)
    for (const auto& t : letter.tokens[p]) {
      const std::string_view word = vocabulary.is_slot(t.id) ? vocabulary.text(t.id) : token_text(letter.text(), t);
      keys.push_back(std::any_of(word.begin(), word.end(), is_ascii_digit) ? kFigure : WordHash{}(word) | 1);
    }
  return keys;
}

Passage passage(const Letter& letter, const Template& tpl, const AlignedParagraph& e, std::span<const TokenRef> t_refs,
                std::span<const TokenRef> l_refs, int variant) {
  Passage p;
  p.kind = e.kind;
  p.variant = variant;
  if (e.kind == EntryKind::omitted) {
    p.paragraph_kind = tpl.paragraphs[e.template_begin].kind;
    return p;
  }
  const auto& first = letter.normalised.paragraphs[e.letter_begin];
  p.paragraph_kind = first.kind;
  p.line = first.first_line;
  if (variant < 0) p.pieces = word_diff_pieces(e.words, t_refs, l_refs);
  return p;
}

}  // namespace

std::vector<std::string> Variant::inserted() const {
  std::vector<std::string> out;
  for (const auto& p : pieces)
    if (p.op == WordOp::inserted) out.push_back(p.text);
  return out;
}

std::vector<std::string> Variant::deleted() const {
  std::vector<std::string> out;
  for (const auto& p : pieces)
    if (p.op == WordOp::deleted) out.push_back(p.text);
  return out;
}

std::vector<DiffPiece> passage_pieces(const Passage& passage, const LetterReport& letter) {
  if (passage.variant < 0) return passage.pieces;
  const Variant& v = letter.variants[static_cast<std::size_t>(passage.variant)];
  if (v.kind == EntryKind::inserted) return {{WordOp::inserted, v.text, ""}};
  if (v.kind == EntryKind::omitted) return {{WordOp::deleted, v.text, ""}};
  return v.pieces;
}

bool LetterReport::has_specific() const {
  return std::any_of(variants.begin(), variants.end(), [](const Variant& v) { return v.specific(); });
}

int LetterReport::count(EntryKind kind) const {
  int n = 0;
  for (const auto& v : variants) n += v.kind == kind;
  return n;
}

std::vector<std::string> LetterReport::topics() const {
  std::vector<std::string> out;
  for (const auto& v : variants)
    for (const auto& t : v.topics)
      if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  return out;
}

std::string without_slot_markers(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t open = text.find("{{", i);
    const std::size_t close = open == std::string_view::npos ? open : text.find("}}", open);
    if (close == std::string_view::npos) {
      out += text.substr(i);
      break;
    }
    out += text.substr(i, open - i);
    out += "…";
    i = close + 2;
  }
  return out;
}

std::string opening_words(std::string_view text, std::size_t n) {
  std::string out;
  std::size_t i = 0, taken = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_space(text[i]) || text[i] == '\n')) ++i;
    if (i == text.size()) break;
    if (taken == n) {  // cut short: "... your…" reads "... your..." rather than "... your…..."
      if (out.ends_with("…")) out.resize(out.size() - std::string_view("…").size());
      while (out.ends_with(' ')) out.pop_back();
      return out + "...";
    }
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i]) && text[i] != '\n') ++i;
    if (taken++ > 0) out += ' ';
    out += text.substr(start, i - start);
  }
  return out;
}

std::string single_letter_notice(std::string_view group) {
  return fmt::format("the only letter of group {}: it is its own template, so nothing can be isolated as "
                     "specific to this council",
                     group);
}

std::string differs_notice(std::string_view other_group) {
  return fmt::format("differs from {}'s template: wording change or council-specific, one letter cannot tell",
                     other_group);
}

namespace {

// A change of dates and years only ("2022-23" to "2023-24", "27 July" to "24 July"):
// the year moving on, not what was written for this council.
bool rollover(const Variant& v) {
  bool changed = false;
  for (const auto& p : v.pieces) {
    if (p.op != WordOp::inserted && p.op != WordOp::deleted) continue;
    changed = true;
    for (auto w : split_words(p.text)) {
      while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
      const std::array<std::string_view, 1> word{w};
      const bool day = !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), is_ascii_digit);
      if (!day && !slot_value_fits("year", word) && !slot_value_fits("month", word)) return false;
    }
  }
  return changed;
}

int specificity(const Variant& v, const LetterReport& letter) {
  if (v.kind == EntryKind::modified && rollover(v)) return -2;  // last of all
  if (v.kind == EntryKind::omitted) return -1;  // the other year's words, not this letter's
  int score = 0;
  if (!letter.council.empty() && v.text.find(letter.council) != std::string::npos) score += 4;
  if (!letter.recipient.empty() && v.text.find(letter.recipient) != std::string::npos) score += 4;
  for (auto title : {"Mr ", "Ms ", "Mrs ", "Miss ", "Dr ", "Cllr "})
    if (v.text.find(title) != std::string::npos) score += 2;
  const auto words = split_words(v.text);
  const auto figures = std::count_if(words.begin(), words.end(), [](std::string_view w) {
    return std::any_of(w.begin(), w.end(), is_ascii_digit);
  });
  return score + static_cast<int>(std::min<std::ptrdiff_t>(figures, 3));
}

}  // namespace

void rank_by_specificity(std::vector<Variant>& variants, const LetterReport& letter) {
  std::vector<std::pair<int, Variant>> scored;
  for (auto& v : variants) scored.emplace_back(specificity(v, letter), std::move(v));
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  variants.clear();
  for (auto& [score, v] : scored) variants.push_back(std::move(v));
}

GroupSummary summarise_group(const Template& tpl, int letters) {
  GroupSummary g{tpl.group, letters, static_cast<int>(tpl.paragraphs.size()), tpl.letters, {}};
  for (const auto& p : tpl.paragraphs) g.paragraphs.push_back({p.text, p.kind, p.support, p.optional});
  return g;
}

namespace {

// The paragraph is made of the letter's page furniture: one line of it, or lines
// of it in order ("Local Government & Social Care OMBUDSMAN" and "50 years 1974 -
// 2024" with "Appendix Two" set beside them in a Word page header).
bool is_furniture(const std::vector<Furniture>& furniture, std::string_view paragraph) {
  std::string_view rest = paragraph;
  for (const auto& f : furniture) {
    const std::string_view line = trim(f.text);
    if (line.empty() || !rest.starts_with(line)) continue;
    if (line.size() == rest.size()) return true;
    if (rest[line.size()] == ' ') rest.remove_prefix(line.size() + 1);
  }
  return false;
}

// Every paragraph of an omitted run is the letter's page furniture.
bool in_furniture(const Letter& letter, const Template& tpl, const AlignedParagraph& e) {
  for (std::size_t i = e.template_begin; i < e.template_end; ++i)
    if (!is_furniture(letter.normalised.furniture, tpl.paragraphs[i].text)) return false;
  return e.template_begin < e.template_end;
}

LetterReport report_against(const Letter& letter, const Template& tpl, const Alignment& alignment,
                            const Vocabulary& vocabulary, const ReportOptions& options) {
  LetterReport r;
  const Metadata& m = letter.metadata;
  r.file = valid_utf8(letter.path);  // file names need not be UTF-8; reports must be
  r.group = m.group;
  r.council = m.council;
  r.recipient = m.recipient;
  r.date = m.date;
  r.single_letter_group = tpl.single_letter();
  if (!m.recipient.empty()) add_slot(r, "recipient", "person", m.recipient);
  if (!m.role.empty()) add_slot(r, "role", "role", m.role);
  if (!m.council.empty()) add_slot(r, "council", "organisation", m.council);
  if (!m.date_text.empty()) add_slot(r, "date", "date", m.date_text);

  // The paragraph the walk last passed, in the letter's own words when the letter
  // has it (a template's slot markers mean nothing to a reader), else the
  // template's with each slot an ellipsis. Its opening words are only worked out
  // when a variant needs them.
  std::string_view last_passed;
  std::size_t last_in_letter = SIZE_MAX;
  const auto pass = [&](const AlignedParagraph& e) {
    last_passed = tpl.paragraphs[e.template_end - 1].text;
    last_in_letter = e.letter_begin < e.letter_end ? e.letter_end - 1 : SIZE_MAX;
  };
  const auto after = [&] {
    if (last_in_letter != SIZE_MAX)
      return opening_words(letter.normalised.paragraph_text(letter.normalised.paragraphs[last_in_letter]));
    return opening_words(without_slot_markers(last_passed));
  };
  // Above the salutation, the order of the letterhead, date and address is the
  // page's layout (an address to the left of a letterhead is read first), not the
  // letter's content: a paragraph moved there word for word is where it belongs.
  const auto letter_dear = [&] {
    const auto& paragraphs = letter.normalised.paragraphs;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
      if (letter.normalised.paragraph_text(paragraphs[i]).starts_with("Dear ")) return i;
    return paragraphs.size();
  };
  const auto template_dear = [&] {
    for (std::size_t i = 0; i < tpl.paragraphs.size(); ++i)
      if (tpl.paragraphs[i].text.starts_with("Dear ")) return i;
    return tpl.paragraphs.size();
  };
  const auto moved_in_opening = [&](const AlignedParagraph& e) {
    return e.kind == EntryKind::moved && e.words.identical() && e.letter_end <= letter_dear() &&
           e.template_end <= template_dear();
  };
  for (const auto& e : alignment.entries) {
    const std::size_t variants_before = r.variants.size();
    const EntryKind kind = moved_in_opening(e) ? EntryKind::template_text : e.kind;
    const bool optional = e.template_begin < e.template_end && tpl.paragraphs[e.template_begin].optional;
    const bool has_slots = std::any_of(e.words.runs.begin(), e.words.runs.end(),
                                       [](const WordRun& run) { return run.op == WordOp::slot; });
    if (kind == EntryKind::template_text && !has_slots && !optional && !options.passages) {
      pass(e);  // nothing to read from this paragraph
      continue;
    }
    if (kind == EntryKind::omitted && (optional || in_furniture(letter, tpl, e))) {
      // A standard paragraph this letter did not get, or one its pages repeat as a
      // header (a letterhead in a Word page header): nothing lacks.
      pass(e);
      continue;
    }
    const auto t_refs = token_refs(tpl, e.template_begin, e.template_end);
    const auto l_refs = token_refs(letter, e.letter_begin, e.letter_end);
    switch (kind) {
      case EntryKind::template_text:
        collect_slots(r, e.words, t_refs, l_refs, vocabulary);
        if (optional) {
          Variant v = changed_variant(letter, tpl, e, t_refs, l_refs);
          v.kind = EntryKind::standard;
          v.after = after();
          r.variants.push_back(std::move(v));
        }
        pass(e);
        break;
      case EntryKind::modified:
      case EntryKind::moved: {
        collect_slots(r, e.words, t_refs, l_refs, vocabulary);
        Variant v = changed_variant(letter, tpl, e, t_refs, l_refs);
        v.after = after();
        v.words = word_keys(letter, e, vocabulary);
        // A standard paragraph has no place of its own to be moved from.
        if (optional && kind == EntryKind::moved && e.words.identical()) v.kind = EntryKind::standard;
        r.variants.push_back(std::move(v));
        if (kind == EntryKind::modified) pass(e);
        break;
      }
      case EntryKind::inserted: {
        Variant v;
        v.kind = EntryKind::inserted;
        v.text = letter_paragraphs_text(letter, e.letter_begin, e.letter_end);
        v.line = letter.normalised.paragraphs[e.letter_begin].first_line;
        v.after = after();
        v.words = word_keys(letter, e, vocabulary);
        r.variants.push_back(std::move(v));
        break;
      }
      case EntryKind::omitted: {
        Variant v;
        v.kind = EntryKind::omitted;
        v.text = paragraphs_text(tpl, e.template_begin, e.template_end);
        v.after = after();
        v.template_opening = opening_words(v.text);
        v.paragraph = static_cast<int>(e.template_begin);
        r.variants.push_back(std::move(v));
        pass(e);
        break;
      }
      case EntryKind::standard: break;  // never an alignment's
    }
    if (options.passages) {
      const bool variant = r.variants.size() > variants_before;
      r.passages.push_back(passage(letter, tpl, e, t_refs, l_refs, variant ? static_cast<int>(variants_before) : -1));
      if (variant) r.passages.back().kind = r.variants.back().kind;
    }
  }
  for (const auto& p : letter.normalised.paragraphs)
    if (p.kind == ParagraphKind::table)
      for (auto& s : table_statistics(letter.normalised.paragraph_text(p))) r.statistics.push_back(std::move(s));
  r.figures = key_figures(letter.normalised, r.statistics);
  r.furniture = letter.normalised.furniture;
  r.ledger = letter.normalised.ledger;
  return r;
}

}  // namespace

LetterReport report_letter(const Letter& letter, const TemplateSet& templates, const Vocabulary& vocabulary,
                           const ReportOptions& options) {
  const TemplateMatcher& matcher = *templates.matcher(letter.metadata.group);
  LetterReport r = report_against(letter, matcher.tpl(), align(letter, matcher, vocabulary), vocabulary, options);
  if (!r.single_letter_group) return r;
  if (const Template* other = templates.nearest(r.group)) {
    LetterReport against =
        report_against(letter, *other, align_across_years(letter.tokens, *other, vocabulary), vocabulary, {});
    r.compared_with = other->group;
    r.differences = std::move(against.variants);
    // The other year's standard paragraphs this letter carries are no difference.
    std::erase_if(r.differences, [](const Variant& v) { return v.kind == EntryKind::standard; });
    rank_by_specificity(r.differences, r);
  }
  return r;
}

namespace {

}  // namespace

Report make_report(std::vector<GroupSummary> groups, std::vector<LetterReport> letters, const ReportOptions& options,
                   int jobs) {
  Report report;
  report.groups = std::move(groups);
  report.letters = std::move(letters);
  count_support(report, jobs);
  make_digest(report, options.topics, jobs);
  return report;
}

}  // namespace letterdiff
