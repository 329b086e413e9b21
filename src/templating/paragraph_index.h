// Finds, among many paragraphs, the one most like a given paragraph without
// comparing it to all of them: an inverted index of word-pair shingles. Cost per
// query is proportional to the paragraph's length and the few entries it shares
// shingles with, so a corpus is matched in near-linear time.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "base/vocabulary.h"

namespace letterdiff {

class ParagraphIndex {
 public:
  struct Match {
    std::size_t entry = 0;
    double similarity = 0;  // shared shingles / shingles of the larger of the two
  };

  std::size_t add(std::span<const TokenId> ids);
  // The most similar entry at or above threshold; ties go to the earliest entry.
  std::optional<Match> best(std::span<const TokenId> ids, double threshold) const;
  std::size_t size() const { return shingle_counts_.size(); }

 private:
  static constexpr std::size_t kMaxPosting = 256;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> postings_;
  std::vector<std::uint32_t> shingle_counts_;
};

// Distinct shingles of a paragraph: consecutive word pairs (the word itself for one word).
std::vector<std::uint64_t> shingles(std::span<const TokenId> ids);

}  // namespace letterdiff
