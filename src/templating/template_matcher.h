// A template prepared for aligning many letters: its paragraphs' ids laid end to
// end, a hash of each for the paragraphs letters carry word for word, and a shingle
// index for the rest. Built once per template, shared read-only by every thread.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "base/vocabulary.h"
#include "segment/paragraph_ids.h"
#include "templating/paragraph_index.h"
#include "templating/template.h"

namespace letterdiff {

// Paragraphs whose word-pair similarity reaches threshold count as versions of each other.
// The template and the vocabulary must outlive the matcher.
class TemplateMatcher {
 public:
  TemplateMatcher(const Template& tpl, const Vocabulary& vocabulary, double threshold = 0.5);
  const Template& tpl() const { return tpl_; }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  const ParagraphIds& ids() const { return ids_; }
  // The template paragraph a letter paragraph is a version of, if any.
  int match(std::span<const TokenId> ids) const;
  // Whether t is one of a paragraph the template has several times (the same
  // words, slots apart: a statistics page's repeated lines).
  bool repeated(int t) const { return twin_group_[static_cast<std::size_t>(t)] >= 0; }
  // The k-th occurrence (0-based; the last when there are fewer) of the paragraph t is one of.
  int occurrence(int t, std::size_t k) const;

 private:
  const Template& tpl_;
  const Vocabulary& vocabulary_;
  double threshold_;
  ParagraphIndex index_;
  // Most letter paragraphs are a template paragraph word for word: found by hash
  // first (earliest paragraph on a tie, as the index would), the index otherwise.
  std::unordered_multimap<std::uint64_t, int> exact_;
  ParagraphIds ids_;
  std::vector<std::vector<int>> twins_;  // groups of paragraphs the template repeats, each in order
  std::vector<int> twin_group_;          // each paragraph's group in twins_, or -1

};

}  // namespace letterdiff
