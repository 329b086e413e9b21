#include "align/alignment.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <unordered_map>

namespace letterdiff {
namespace {

std::size_t letter_size(const ParagraphTokens& l, const AlignedParagraph& e) {
  std::size_t n = 0;
  for (auto i = e.letter_begin; i < e.letter_end; ++i) n += l[i].size();
  return n;
}

std::size_t template_size(const Template& t, const AlignedParagraph& e) {
  std::size_t n = 0;
  for (auto i = e.template_begin; i < e.template_end; ++i) n += t.paragraphs[i].tokens.size();
  return n;
}

// Tokens that do not line up: the whole paragraph for inserted and omitted.
std::size_t cost(const ParagraphTokens& l, const Template& t, const AlignedParagraph& e) {
  if (e.kind == EntryKind::inserted) return letter_size(l, e);
  if (e.kind == EntryKind::omitted) return template_size(t, e);
  return e.words.changed;
}

void diff_entry(const ParagraphIds& l, const TemplateMatcher& m, const Vocabulary& v, SlotFilling f, AlignedParagraph& e) {
  e.words = diff_words(m.ids().range(e.template_begin, e.template_end), l.range(e.letter_begin, e.letter_end),
                       v, f);
  if (e.kind != EntryKind::moved) e.kind = e.words.identical() ? EntryKind::template_text : EntryKind::modified;
}

// Paragraph-level diff: each letter paragraph carries the id of the template
// paragraph it resembles, or an id of its own; dtl finds the longest common order.
std::vector<AlignedParagraph> walk(const ParagraphTokens& l, const ParagraphIds& ids, const TemplateMatcher& m,
                                   const Vocabulary& v, SlotFilling f) {
  const auto n_tpl = static_cast<std::uint32_t>(m.tpl().paragraphs.size());
  std::vector<std::uint32_t> a(n_tpl), b(l.size());
  for (std::uint32_t i = 0; i < n_tpl; ++i) a[i] = i;
  std::vector<int> matched(l.size());
  // The k-th letter paragraph matching a paragraph the template repeats is its k-th occurrence.
  std::unordered_map<int, std::size_t> seen;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    matched[i] = m.match(ids[i]);
    if (matched[i] >= 0 && m.repeated(matched[i])) {
      const int first = m.occurrence(matched[i], 0);
      matched[i] = m.occurrence(first, seen[first]++);
    }
    b[i] = matched[i] >= 0 ? static_cast<std::uint32_t>(matched[i]) : n_tpl + i;
  }
  dtl::Diff<std::uint32_t, std::vector<std::uint32_t>> d(a, b);
  d.compose();

  std::vector<AlignedParagraph> entries;
  std::vector<std::size_t> omitted_at(n_tpl, SIZE_MAX);  // entry index of each omitted template paragraph
  std::uint32_t ia = 0, ib = 0;
  for (const auto& [id, info] : d.getSes().getSequence()) {
    (void)id;
    if (info.type == dtl::SES_COMMON) {
      entries.push_back({EntryKind::template_text, ib, ib + 1, ia, ia + 1, {}});
      ++ia, ++ib;
    } else if (info.type == dtl::SES_DELETE) {
      omitted_at[ia] = entries.size();
      entries.push_back({EntryKind::omitted, ib, ib, ia, ia + 1, {}});
      ++ia;
    } else {
      entries.push_back({EntryKind::inserted, ib, ib + 1, 0, 0, {}});
      ++ib;
    }
  }
  // A paragraph that matches a template paragraph found nowhere else in order was moved.
  for (auto& e : entries) {
    if (e.kind != EntryKind::inserted) continue;
    const int t = matched[e.letter_begin];
    if (t < 0 || omitted_at[t] == SIZE_MAX) continue;
    entries[omitted_at[t]].kind = EntryKind::moved;  // marked for removal below
    omitted_at[t] = SIZE_MAX;
    e.kind = EntryKind::moved;
    e.template_begin = static_cast<std::uint32_t>(t);
    e.template_end = e.template_begin + 1;
  }
  std::erase_if(entries, [](const AlignedParagraph& e) {
    return e.kind == EntryKind::moved && e.letter_begin == e.letter_end;
  });
  for (auto& e : entries)
    if (e.kind != EntryKind::inserted && e.kind != EntryKind::omitted) diff_entry(ids, m, v, f, e);
  return entries;
}

// A template paragraph this long found nearly whole inside a letter paragraph is
// that paragraph with additions; a shorter one ("Yours sincerely") may be chance.
constexpr std::size_t kCarriedTokens = 12;

bool contiguous(std::uint32_t a_end, std::uint32_t b_begin, bool a_empty, bool b_empty) {
  return a_empty || b_empty || a_end == b_begin;
}

// Joins two neighbouring entries into one when the letter printed as one paragraph
// what the template has as two (or the reverse), and the joint diff is clearly better.
bool try_merge(const ParagraphTokens& l, const ParagraphIds& ids, const TemplateMatcher& m, const Vocabulary& v, SlotFilling f,
               AlignedParagraph& first,
               const AlignedParagraph& second) {
  if (first.kind == EntryKind::moved || second.kind == EntryKind::moved) return false;
  if (first.kind == second.kind && (first.kind == EntryKind::inserted || first.kind == EntryKind::omitted)) return false;
  const bool first_l = first.letter_begin == first.letter_end, second_l = second.letter_begin == second.letter_end;
  const bool first_t = first.template_begin == first.template_end,
             second_t = second.template_begin == second.template_end;
  if (!contiguous(first.letter_end, second.letter_begin, first_l, second_l) ||
      !contiguous(first.template_end, second.template_begin, first_t, second_t))
    return false;
  AlignedParagraph joint{EntryKind::modified,
                         first_l ? second.letter_begin : first.letter_begin,
                         second_l ? first.letter_end : second.letter_end,
                         first_t ? second.template_begin : first.template_begin,
                         second_t ? first.template_end : second.template_end,
                         {}};
  if (joint.letter_begin == joint.letter_end || joint.template_begin == joint.template_end) return false;
  diff_entry(ids, m, v, f, joint);
  const std::size_t tpl_size = template_size(m.tpl(), joint);
  const std::size_t larger = std::max(letter_size(l, joint), tpl_size);
  // Alike, or the template paragraph carried nearly whole with a passage added
  // (a council's sentences appended to it): one paragraph, modified.
  const bool alike = joint.words.common * 2 >= larger;
  const bool carried = tpl_size >= kCarriedTokens && joint.words.common * 5 >= tpl_size * 4;
  if (joint.words.changed >= cost(l, m.tpl(), first) + cost(l, m.tpl(), second) || !(alike || carried)) return false;
  first = std::move(joint);
  return true;
}

// A letter paragraph inserted after several omitted template paragraphs may be a
// version of any of them, not only the nearest (a standard paragraph this letter
// lacks can stand between it and the one it rewrites).
bool try_earlier_omitted(const ParagraphTokens& l, const ParagraphIds& ids, const TemplateMatcher& m,
                         const Vocabulary& v, SlotFilling f, std::vector<AlignedParagraph>& merged, const AlignedParagraph& inserted) {
  for (std::size_t j = merged.size(); j-- > 0 && merged[j].kind == EntryKind::omitted;) {
    if (j + 1 == merged.size()) continue;  // the nearest was tried already
    if (!try_merge(l, ids, m, v, f, merged[j], inserted)) continue;
    for (std::size_t k = j + 1; k < merged.size(); ++k) merged[k].letter_begin = merged[k].letter_end = inserted.letter_end;
    return true;
  }
  return false;
}

}  // namespace

Alignment align(const ParagraphTokens& letter, const TemplateMatcher& matcher, const Vocabulary& vocabulary,
                SlotFilling filling) {
  const ParagraphIds ids(letter);
  auto entries = walk(letter, ids, matcher, vocabulary, filling);
  std::vector<AlignedParagraph> merged;
  for (auto& e : entries) {
    const bool either_changed = !merged.empty() && (merged.back().kind != EntryKind::template_text ||
                                                    e.kind != EntryKind::template_text);
    if (either_changed && try_merge(letter, ids, matcher, vocabulary, filling, merged.back(), e)) continue;
    if (e.kind == EntryKind::inserted && try_earlier_omitted(letter, ids, matcher, vocabulary, filling, merged, e)) continue;
    merged.push_back(std::move(e));
  }
  return Alignment{std::move(merged)};
}

std::string_view to_string(EntryKind kind) {
  switch (kind) {
    case EntryKind::template_text: return "template";
    case EntryKind::modified: return "modified";
    case EntryKind::inserted: return "inserted";
    case EntryKind::omitted: return "omitted";
    case EntryKind::moved: return "moved";
    case EntryKind::standard: return "standard";
  }
  return "template";
}

std::vector<bool> carried_paragraphs(const Alignment& alignment, std::size_t n) {
  std::vector<bool> carried(n, false);
  for (const auto& e : alignment.entries)
    if (e.kind != EntryKind::omitted)
      for (auto t = e.template_begin; t < e.template_end; ++t) carried[t] = true;
  return carried;
}

}  // namespace letterdiff
