// Aligns a letter to its group's template: paragraphs first (dtl on paragraph
// ids, each letter paragraph carrying the id of the template paragraph it most
// resembles), then words inside matched paragraphs. The result walks the letter
// in reading order, with omitted template paragraphs where they would have stood.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "diff/word_diff.h"
#include "letter/letter.h"
#include "segment/paragraph_ids.h"
#include "templating/paragraph_index.h"
#include "templating/template.h"

namespace letterdiff {

enum class EntryKind : std::uint8_t { template_text, modified, inserted, omitted, moved };

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

// A template prepared for aligning many letters: built once, shared read-only.
// Paragraphs whose word-pair similarity reaches threshold count as versions of each other.
class TemplateMatcher {
 public:
  TemplateMatcher(const Template& tpl, const Vocabulary& vocabulary, double threshold = 0.5);
  const Template& tpl() const { return tpl_; }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  const ParagraphIds& ids() const { return ids_; }
  // The template paragraph a letter paragraph is a version of, if any.
  int match(std::span<const TokenId> ids) const;

 private:
  const Template& tpl_;
  const Vocabulary& vocabulary_;
  double threshold_;
  ParagraphIndex index_;
  // Most letter paragraphs are a template paragraph word for word: found by hash
  // first (earliest paragraph on a tie, as the index would), the index otherwise.
  std::unordered_multimap<std::uint64_t, int> exact_;
  ParagraphIds ids_;
};

// Paragraphs as tokens: a letter's, or another template's when auditing.
using ParagraphTokens = std::vector<std::vector<Token>>;

Alignment align(const ParagraphTokens& paragraphs, const TemplateMatcher& matcher);
inline Alignment align(const Letter& letter, const TemplateMatcher& matcher) { return align(letter.tokens, matcher); }

// Which of a template's n paragraphs the letter carries, in any form (not omitted).
std::vector<bool> carried_paragraphs(const Alignment& alignment, std::size_t n);

}  // namespace letterdiff
