#include "audit/audit.h"

#include <algorithm>

#include "align/alignment.h"
#include "base/text.h"
#include "letter/metadata.h"

namespace letterdiff {
namespace {

// The heading at or before each paragraph.
std::vector<std::string> sections_of(const Template& tpl) {
  std::vector<std::string> sections;
  std::string current;
  for (const auto& p : tpl.paragraphs) {
    if (p.kind == ParagraphKind::heading) current = p.text;
    sections.push_back(current);
  }
  return sections;
}

ParagraphTokens tokens_of(const Template& tpl) {
  ParagraphTokens out;
  for (const auto& p : tpl.paragraphs) out.push_back(p.tokens);
  return out;
}

std::vector<int> numbers(std::uint32_t begin, std::uint32_t end) {
  std::vector<int> out;
  for (auto p = begin; p < end; ++p) out.push_back(static_cast<int>(p) + 1);
  return out;
}

struct Sides {
  const Template& older;
  const Template& newer;
  std::vector<std::string> old_sections, new_sections;
};

TemplateChange removed(const Sides& s, std::uint32_t begin, std::uint32_t end) {
  TemplateChange c;
  c.kind = ChangeKind::removed;
  c.from_text = paragraphs_text(s.older, begin, end);
  c.section = s.old_sections[begin];
  c.from_paragraph = static_cast<int>(begin) + 1;
  c.from_paragraphs = numbers(begin, end);
  return c;
}

TemplateChange added(const Sides& s, std::uint32_t begin, std::uint32_t end) {
  TemplateChange c;
  c.kind = ChangeKind::added;
  c.to_text = paragraphs_text(s.newer, begin, end);
  c.section = s.new_sections[begin];
  c.to_paragraph = static_cast<int>(begin) + 1;
  c.to_paragraphs = numbers(begin, end);
  return c;
}

ChangeKind kind_of(const AlignedParagraph& e) {
  if (e.kind == EntryKind::moved) return ChangeKind::moved;
  if (e.template_end - e.template_begin > 1) return ChangeKind::merged;
  if (e.letter_end - e.letter_begin > 1) return ChangeKind::split;
  return ChangeKind::reworded;
}

// Dates moving on told apart from the wording: a rewording of nothing else is `dates`,
// and a rewording is as large as the words it changes besides its dates.
void settle_dates(TemplateChange& c) {
  if (c.pieces.empty()) {
    c.words_changed = static_cast<int>(split_words(c.from_text).size() + split_words(c.to_text).size());
    return;
  }
  const DateMarks marks = mark_dates(c.pieces);
  c.words_changed = marks.other_words;
  c.date_pieces = marks.date_piece;
  c.date_moves = date_moves(c.pieces, marks.date_piece);
  if (c.kind == ChangeKind::reworded && marks.date_words > 0 && marks.other_words == 0) c.kind = ChangeKind::dates;
}

TemplateChange paired(const Sides& s, const AlignedParagraph& e) {
  TemplateChange c;
  c.kind = kind_of(e);
  c.from_text = paragraphs_text(s.older, e.template_begin, e.template_end);
  c.to_text = paragraphs_text(s.newer, e.letter_begin, e.letter_end);
  c.section = s.new_sections[e.letter_begin];
  c.from_paragraph = static_cast<int>(e.template_begin) + 1;
  c.to_paragraph = static_cast<int>(e.letter_begin) + 1;
  c.from_paragraphs = numbers(e.template_begin, e.template_end);
  c.to_paragraphs = numbers(e.letter_begin, e.letter_end);
  const auto old_refs = token_refs(s.older, e.template_begin, e.template_end);
  const auto new_refs = token_refs(s.newer, e.letter_begin, e.letter_end);
  for (const auto& run : e.words.runs) {
    if (run.op == WordOp::inserted) c.inserted.push_back(run_text(new_refs, run.letter_begin, run.letter_end));
    if (run.op == WordOp::deleted) c.deleted.push_back(run_text(old_refs, run.template_begin, run.template_end));
  }
  c.pieces = word_diff_pieces(e.words, old_refs, new_refs);
  return c;
}

std::size_t tokens_in(const Template& t, std::uint32_t begin, std::uint32_t end) {
  std::size_t n = 0;
  for (auto p = begin; p < end; ++p) n += t.paragraphs[p].tokens.size();
  return n;
}

double common_share(const AlignedParagraph& e, const Template& older, const ParagraphTokens& newer) {
  std::size_t newer_tokens = 0;
  for (auto p = e.letter_begin; p < e.letter_end; ++p) newer_tokens += newer[p].size();
  const std::size_t larger = std::max(tokens_in(older, e.template_begin, e.template_end), newer_tokens);
  return larger == 0 ? 0.0 : static_cast<double>(e.words.common) / static_cast<double>(larger);
}

// Pairs that keep too little of their words are a removal and an addition.
std::vector<AlignedParagraph> unpair_weak(const std::vector<AlignedParagraph>& entries, const Template& older,
                                          const ParagraphTokens& newer, double min_share) {
  std::vector<AlignedParagraph> out;
  for (const auto& e : entries) {
    const bool paired = e.kind == EntryKind::modified || e.kind == EntryKind::moved;
    if (!paired || common_share(e, older, newer) >= min_share) {
      out.push_back(e);
      continue;
    }
    out.push_back({EntryKind::omitted, e.letter_begin, e.letter_begin, e.template_begin, e.template_end, {}});
    out.push_back({EntryKind::inserted, e.letter_begin, e.letter_end, 0, 0, {}});
  }
  return out;
}

// Where paragraphs were removed and others added at the same place, pair each
// removed one, in order, with the added one that keeps most of its words: a
// rewritten opening paragraph is reworded, not removed and added.
std::vector<AlignedParagraph> pair_in_place(std::vector<AlignedParagraph> entries, const Template& older,
                                            const ParagraphTokens& newer, const TemplateMatcher& matcher,
                                            double min_share) {
  const ParagraphIds newer_ids(newer);
  const auto unmatched = [](const AlignedParagraph& e) {
    return e.kind == EntryKind::inserted || e.kind == EntryKind::omitted;
  };
  std::vector<bool> dropped(entries.size(), false);
  for (std::size_t start = 0; start < entries.size();) {
    std::size_t stop = start;
    while (stop < entries.size() && unmatched(entries[stop])) ++stop;
    std::size_t next_added = start;
    for (std::size_t r = start; r < stop; ++r) {
      if (entries[r].kind != EntryKind::omitted) continue;
      std::size_t best = stop;
      AlignedParagraph best_pair;
      double best_share = min_share;
      for (std::size_t a = next_added; a < stop; ++a) {
        if (entries[a].kind != EntryKind::inserted) continue;
        AlignedParagraph pair{EntryKind::modified, entries[a].letter_begin, entries[a].letter_end,
                              entries[r].template_begin, entries[r].template_end, {}};
        pair.words = diff_words(matcher.ids().range(pair.template_begin, pair.template_end),
                                newer_ids.range(pair.letter_begin, pair.letter_end), matcher.vocabulary(),
                                SlotFilling::both_sides);
        if (const double share = common_share(pair, older, newer); share >= best_share) {
          best = a, best_share = share, best_pair = std::move(pair);
        }
      }
      if (best == stop) continue;
      entries[best] = std::move(best_pair);
      dropped[r] = true;
      next_added = best + 1;
    }
    start = stop + 1;
  }
  std::vector<AlignedParagraph> out;
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (!dropped[i]) out.push_back(std::move(entries[i]));
  return out;
}

}  // namespace

std::string_view to_string(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::added: return "added";
    case ChangeKind::removed: return "removed";
    case ChangeKind::reworded: return "reworded";
    case ChangeKind::moved: return "moved";
    case ChangeKind::split: return "split";
    case ChangeKind::merged: return "merged";
    case ChangeKind::dates: return "dates";
  }
  return "added";
}

int Audit::count(ChangeKind kind) const {
  int n = 0;
  for (const auto& c : changes) n += c.kind == kind;
  return n;
}

Alignment align_across_years(const ParagraphTokens& paragraphs, const Template& tpl, const Vocabulary& vocabulary,
                             const AuditOptions& options) {
  const TemplateMatcher matcher(tpl, vocabulary, options.match_threshold);
  const Alignment alignment = align(paragraphs, matcher, matcher.vocabulary(), SlotFilling::both_sides);
  return {pair_in_place(unpair_weak(alignment.entries, tpl, paragraphs, options.min_common_share), tpl, paragraphs,
                        matcher, options.in_place_share)};
}

namespace {

// The newer template is aligned to the older one as a letter is to its template.
Audit audit_forward(const Template& older, const Template& newer, const Vocabulary& vocabulary,
                    const AuditOptions& options) {
  const Sides s{older, newer, sections_of(older), sections_of(newer)};
  const Alignment alignment = align_across_years(tokens_of(newer), older, vocabulary, options);
  Audit audit;
  audit.from = older.group;
  audit.to = newer.group;
  for (const auto& e : alignment.entries) {
    switch (e.kind) {
      case EntryKind::template_text:
        if (e.template_end - e.template_begin > 1 || e.letter_end - e.letter_begin > 1)
          audit.changes.push_back(paired(s, e));
        break;
      case EntryKind::inserted: audit.changes.push_back(added(s, e.letter_begin, e.letter_end)); break;
      case EntryKind::omitted: audit.changes.push_back(removed(s, e.template_begin, e.template_end)); break;
      case EntryKind::modified:
      case EntryKind::moved: audit.changes.push_back(paired(s, e)); break;
      case EntryKind::standard: break;  // never an alignment's
    }
  }
  for (auto& c : audit.changes) settle_dates(c);
  audit.terms = recurring_substitutions(audit.changes);
  return audit;
}

// The audit read the other way: what was added is removed, a split is a merge,
// each rewording's insertions are deletions (and still come after them).
Audit mirrored(Audit forward, const Template& newer) {
  const auto sections = sections_of(newer);
  Audit audit;
  audit.from = std::move(forward.to);
  audit.to = std::move(forward.from);
  for (auto& c : forward.changes) {
    if (c.kind == ChangeKind::added) c.kind = ChangeKind::removed;
    else if (c.kind == ChangeKind::removed) c.kind = ChangeKind::added;
    else if (c.kind == ChangeKind::split) c.kind = ChangeKind::merged;
    else if (c.kind == ChangeKind::merged) c.kind = ChangeKind::split;
    std::swap(c.from_text, c.to_text);
    std::swap(c.inserted, c.deleted);
    std::swap(c.from_paragraph, c.to_paragraph);
    std::swap(c.from_paragraphs, c.to_paragraphs);
    for (auto& p : c.pieces) {
      if (p.op == WordOp::inserted) p.op = WordOp::deleted;
      else if (p.op == WordOp::deleted) p.op = WordOp::inserted;
    }
    for (std::size_t i = 0; i + 1 < c.pieces.size(); ++i)
      if (c.pieces[i].op == WordOp::inserted && c.pieces[i + 1].op == WordOp::deleted) {
        std::swap(c.pieces[i], c.pieces[i + 1]);
        ++i;
      }
    settle_dates(c);
    // A paired change sits under the newer template's heading: here, the other one's.
    if (!c.from_text.empty() && !c.to_text.empty() && !c.to_paragraphs.empty())
      c.section = sections[static_cast<std::size_t>(c.to_paragraphs.front() - 1)];
    audit.changes.push_back(std::move(c));
  }
  audit.terms = recurring_substitutions(audit.changes);
  return audit;
}

}  // namespace

bool older_group(std::string_view a, std::string_view b) {
  const int ya = group_end_year(a), yb = group_end_year(b);
  return ya != yb ? ya < yb : a < b;
}

std::vector<std::pair<std::string, std::string>> consecutive_years(std::vector<std::string> groups) {
  std::erase_if(groups, [](const std::string& g) { return group_end_year(g) == 0; });
  std::sort(groups.begin(), groups.end(), older_group);
  groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
  std::vector<std::pair<std::string, std::string>> pairs;
  for (std::size_t i = 0; i + 1 < groups.size(); ++i) pairs.emplace_back(groups[i], groups[i + 1]);
  return pairs;
}

// Years given newest first are audited oldest first and the result mirrored, so
// that `audit B A` is always the mirror image of `audit A B`.
Audit audit_templates(const Template& older, const Template& newer, const Vocabulary& vocabulary,
                      const AuditOptions& options) {
  const int from = group_end_year(older.group), to = group_end_year(newer.group);
  const bool reversed = from != to ? to < from : newer.group < older.group;
  if (!reversed) return audit_forward(older, newer, vocabulary, options);
  return mirrored(audit_forward(newer, older, vocabulary, options), newer);
}

}  // namespace letterdiff
