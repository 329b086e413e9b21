// Aligns a letter to its group's template: paragraphs first (dtl on paragraph
// ids, each letter paragraph carrying the id of the template paragraph it most
// resembles), then words inside matched paragraphs. The result walks the letter
// in reading order, with omitted template paragraphs where they would have stood.
#pragma once

#include <cstdint>
#include <vector>

#include "diff/word_diff.h"
#include "letter/letter.h"
#include "segment/paragraph_ids.h"
#include "templating/template.h"
#include "templating/template_matcher.h"

namespace letterdiff {

// standard is never an alignment's: the report's name for an optional template
// paragraph a letter carries as written.
enum class EntryKind : std::uint8_t { template_text, modified, inserted, omitted, moved, standard };

std::string_view to_string(EntryKind kind);

// One step of the walk. A paragraph the PDF split in two, or two printed as one,
// is a single entry spanning several letter or template paragraphs.
struct AlignedParagraph {
  EntryKind kind = EntryKind::template_text;
  std::uint32_t letter_begin = 0, letter_end = 0;      // letter paragraphs; empty for omitted
  std::uint32_t template_begin = 0, template_end = 0;  // template paragraphs; empty for inserted
  WordDiff words;  // over the concatenated tokens of both ranges; empty for inserted and omitted
};

struct Alignment {
  std::vector<AlignedParagraph> entries;
};

// Paragraphs as tokens: a letter's, or another template's when auditing.
using ParagraphTokens = std::vector<std::vector<Token>>;

// vocabulary is the one the paragraphs' tokens are ids of: the matcher's, or an
// extension of it holding the letter's own words (a slot's value is read from it).
Alignment align(const ParagraphTokens& paragraphs, const TemplateMatcher& matcher, const Vocabulary& vocabulary,
                SlotFilling filling = SlotFilling::template_side);
inline Alignment align(const ParagraphTokens& paragraphs, const TemplateMatcher& matcher) {
  return align(paragraphs, matcher, matcher.vocabulary());
}
inline Alignment align(const Letter& letter, const TemplateMatcher& matcher, const Vocabulary& vocabulary) {
  return align(letter.tokens, matcher, vocabulary);
}
inline Alignment align(const Letter& letter, const TemplateMatcher& matcher) { return align(letter.tokens, matcher); }

// Which of a template's n paragraphs the letter carries, in any form (not omitted).
std::vector<bool> carried_paragraphs(const Alignment& alignment, std::size_t n);

}  // namespace letterdiff
