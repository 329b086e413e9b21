// How a template's wording changed from one year to the next: the two templates
// aligned paragraph by paragraph (then word by word), every change listed in
// reading order under its section, and the word substitutions that recur.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "align/alignment.h"
#include "base/vocabulary.h"
#include "letter/letter.h"
#include "diff/word_pieces.h"
#include "templating/template.h"

namespace letterdiff {

// `dates`: reworded only in its dates and years, as every year's letter is (a roll-over).
enum class ChangeKind { added, removed, reworded, moved, split, merged, dates };

std::string_view to_string(ChangeKind kind);

// "27 July 2022" -> "24 July 2024" inside a change: a date moving on, not a rewording.
struct DateMove {
  std::string from;  // empty when the newer wording adds a date
  std::string to;    // empty when it drops one
};

struct TemplateChange {
  ChangeKind kind = ChangeKind::added;
  std::string from_text;  // the older template's paragraph(s); empty for added
  std::string to_text;    // the newer template's paragraph(s); empty for removed
  std::vector<std::string> inserted;  // word runs the newer wording adds
  std::vector<std::string> deleted;   // ... and drops
  std::vector<DiffPiece> pieces;      // the newer wording with its word changes, when both sides exist
  std::string section;                // heading the paragraph sits under, if any
  int from_paragraph = 0;             // 1-based paragraph numbers; 0 when absent
  int to_paragraph = 0;
  std::vector<int> from_paragraphs;   // every paragraph on each side: several for a split,
  std::vector<int> to_paragraphs;     // a merge or a run of added or removed paragraphs
  int words_changed = 0;              // words inserted and deleted, dates and years left out
  std::vector<bool> date_pieces;      // which pieces are a date or year moving on
  std::vector<DateMove> date_moves;   // ... as pairs, in reading order
};

// "authority" -> "organisation", 6 times: a substitution that recurs across the template.
struct TermChange {
  std::string from;
  std::string to;
  int count = 0;
};

// A paragraph that crossed between boilerplate and council-specific remark.
struct Crossover {
  std::string text;                   // as the first council's letter has it
  std::vector<std::string> councils;  // the letters that carry it as a remark
  int paragraph = 0;                  // 1-based, in the template where it is boilerplate
};

struct Audit {
  std::string from;  // group names
  std::string to;
  std::vector<TemplateChange> changes;  // reading order
  std::vector<TermChange> terms;        // most frequent first
  // Known only when the years' letters are at hand, not just their templates:
  std::vector<Crossover> became_boilerplate;  // remarks of the older year, template in the newer
  std::vector<Crossover> became_occasional;   // template of the older year, remarks in the newer

  int count(ChangeKind kind) const;
};

struct AuditOptions {
  // Lower than for letters: a year's rewording keeps less of the old paragraph.
  double match_threshold = 0.25;
  // A pair keeping less than this share of its words is a removal and an addition.
  double min_common_share = 0.35;
  // A paragraph removed where another was added is paired with it when they share this much.
  double in_place_share = 0.2;
};

// Oldest first by reporting year ("2018" < "2020" < "2023-24").
bool older_group(std::string_view a, std::string_view b);
// The pairs a run's years are audited in: each group with a year, oldest first, with the next.
std::vector<std::pair<std::string, std::string>> consecutive_years(std::vector<std::string> groups);

Audit audit_templates(const Template& older, const Template& newer, const Vocabulary& vocabulary,
                      const AuditOptions& options = {});

// Paragraphs of another year (a newer template's, or a lone letter's) aligned to
// a template with the audit's looser matching: reworded paragraphs pair up
// instead of showing as removed and added.
Alignment align_across_years(const ParagraphTokens& paragraphs, const Template& tpl, const Vocabulary& vocabulary,
                             const AuditOptions& options = {});

// Fills the audit's crossovers from the letters each template was learnt from.
void find_crossovers(Audit& audit, const Template& older, std::span<const Letter* const> older_letters,
                     const Template& newer, std::span<const Letter* const> newer_letters, const Vocabulary& vocabulary);

// Which changed words of a word diff are dates and years (a day only beside its month).
struct DateMarks {
  std::vector<bool> date_piece;  // per piece: inserted or deleted, and nothing but dates
  int date_words = 0;            // changed words that are dates, both sides counted
  int other_words = 0;           // ... and that are not
};
DateMarks mark_dates(const std::vector<DiffPiece>& pieces);
bool only_dates_moved(const std::vector<DiffPiece>& pieces);
// The date pieces paired up: a deletion followed by an insertion is one move.
std::vector<DateMove> date_moves(const std::vector<DiffPiece>& pieces, const std::vector<bool>& date_piece);

// Word substitutions ([-a-]{+b+} of a few words each) seen at least twice.
std::vector<TermChange> recurring_substitutions(const std::vector<TemplateChange>& changes);

}  // namespace letterdiff
