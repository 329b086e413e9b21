// The Report value every format reads: per letter its metadata, slot values,
// variant content (inserted, modified, omitted, moved paragraphs), statistics
// and furniture; per group how many letters and template paragraphs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "letter/letter.h"
#include "report/topics.h"
#include "report/wdiff.h"
#include "templating/template.h"
#include "templating/template_set.h"

namespace letterdiff {

struct SlotValue {
  std::string name;
  std::string type;
  std::string value;
};

struct Variant {
  EntryKind kind = EntryKind::inserted;
  std::string text;       // the letter's paragraph as written; the template's for omitted
  int line = 0;           // first source line in the letter; 0 for omitted
  std::string after;      // opening words of the template paragraph it follows
  std::string template_opening;  // opening words of the template paragraph it is a version of
  std::vector<DiffPiece> pieces;  // modified and moved: the paragraph with its word changes
  // Inserted, modified and moved: the letter's words as keys that compare across
  // letters, every figure one key, so the same paragraph in other letters, in other
  // figures, is found again.
  std::vector<std::uint64_t> words;
  std::vector<std::string> topics;  // from the topic rules
  int recurring = -1;               // index into Report::recurring when other councils got the same remark
  int paragraph = -1;  // the template paragraph it is a version of (0-based); -1 for inserted
  // Letters of the group that carry this paragraph (the same paragraph, slots apart;
  // for omitted, the letters that carry the template paragraph). 1: written for this
  // council alone. Counted when the report is made whole (make_report).
  int support = 1;
  int lacking = 0;  // omitted: letters of the group without the paragraph, this one included

  // Written for this council alone: a paragraph no other letter carries, or an
  // omission no other letter shares (several letters without the same paragraph
  // got a standard alternative, not something of their own).
  bool specific() const {
    return kind == EntryKind::omitted ? lacking == 1 : kind != EntryKind::standard && support == 1;
  }

  std::vector<std::string> inserted() const;  // modified and moved: word runs added
  std::vector<std::string> deleted() const;   // ... and removed
  std::string wdiff() const { return render_pieces(pieces, WdiffStyle{}); }
};

// One step of the whole letter in reading order, for what shows or checks the
// letter entire (HTML, diff, verify): template text with its slot values, and
// each variant (inserted, modified, moved, omitted) where it stands.
struct Passage {
  EntryKind kind = EntryKind::template_text;
  ParagraphKind paragraph_kind = ParagraphKind::text;
  int line = 0;                   // first source line; 0 for omitted
  std::vector<DiffPiece> pieces;  // template text: the letter's words, slot values marked
  int variant = -1;               // otherwise: index into LetterReport::variants, which holds its words
};

struct Statistic {
  std::string label;
  std::string value;
};

// One of the statistics under its stable name (report/key_figures.h).
struct Figure {
  std::string_view name;  // one of kMeasures' names: static storage
  double value = 0;
};

struct LetterReport {
  std::string file;
  std::string group;
  std::string council;
  std::string recipient;
  std::string date;
  std::vector<SlotValue> slots;
  std::vector<Variant> variants;
  std::vector<Statistic> statistics;  // every figure of its tables, labelled as the table labels it
  std::vector<Figure> figures;        // the key statistics under stable names
  std::vector<Furniture> furniture;
  std::vector<LedgerEntry> ledger;  // every change the normaliser made
  std::vector<Passage> passages;    // the whole letter; only when ReportOptions::passages
  bool single_letter_group = false;
  // For the only letter of its year: what differs from the nearest year's template,
  // most council-specific first (naming the council, people or figures).
  std::string compared_with;
  std::vector<Variant> differences;

  int count(EntryKind kind) const;
  bool has_specific() const;  // any variant written for this council alone
  std::vector<std::string> topics() const;  // of all variants, in first-seen order
};

struct TemplateSummary {
  std::string text;  // with {{name:type}} slot markers
  ParagraphKind kind = ParagraphKind::text;
  int support = 0;
  bool optional = false;  // a standard paragraph some letters carry, not one nearly all do
};

struct GroupSummary {
  std::string group;
  int letters = 0;
  int template_paragraphs = 0;
  int learnt_from = 0;                      // letters the template was learnt from
  std::vector<TemplateSummary> paragraphs;  // the template, in order
};

// The group's line of the report: its size and its template.
GroupSummary summarise_group(const Template& tpl, int letters);

struct ReportOptions {
  bool passages = false;  // keep the whole letter, for what shows or checks it entire
  TopicRules topics;      // what each variant is about, for the digest
};

// An inserted remark several councils of a group got, in other names or figures.
struct RecurringInsert {
  std::string group;
  std::string wording;  // as the first council has it, with {{name:type}} where the councils' values differ
  std::vector<std::string> councils;
  std::vector<std::vector<std::string>> values;  // per council, its value at each slot of the wording
};

// The corpus in a few lines: who got council-specific content, on what.
struct Digest {
  int comparable = 0;     // letters in groups of two or more
  int with_content = 0;   // ... of which with content written for that council alone
  int shared_only = 0;    // ... of which with only what other letters got too (standard paragraphs)
  std::vector<std::pair<std::string, int>> topics;  // topic -> councils, most first
};

struct Report {
  std::vector<GroupSummary> groups;
  std::vector<LetterReport> letters;  // by group, then file
  std::vector<RecurringInsert> recurring;
  Digest digest;
};

// A letter's report: aligned to its group's template in `templates` and, for the
// only letter of its year, compared with the nearest other year's template.
// vocabulary is the one the letter's tokens are ids of. The group must have a template.
LetterReport report_letter(const Letter& letter, const TemplateSet& templates, const Vocabulary& vocabulary,
                           const ReportOptions& options = {});

// The report of a run, whole: its groups, its letters' reports and their digest.
Report make_report(std::vector<GroupSummary> groups, std::vector<LetterReport> letters, const ReportOptions& options,
                   int jobs = 1);

// A passage's words with their changes: its own for template text, its variant's otherwise.
std::vector<DiffPiece> passage_pieces(const Passage& passage, const LetterReport& letter);

// "Our successful complaint handling training programme…": the first words of a paragraph.
std::string opening_words(std::string_view text, std::size_t words = 8);
// Template text for a reader: each {{name:type}} slot marker an ellipsis.
std::string without_slot_markers(std::string_view text);

std::string single_letter_notice(std::string_view group);
std::string differs_notice(std::string_view other_group);

// Orders variants so that those naming the council or the recipient, people
// (Mr, Ms, Dr...) or figures come first, omitted paragraphs last but for changes of
// dates and years only, which come after them; ties keep reading order.
void rank_by_specificity(std::vector<Variant>& variants, const LetterReport& letter);

}  // namespace letterdiff
