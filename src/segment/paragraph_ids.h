// The token ids of consecutive paragraphs laid end to end in one array, so that
// any run of paragraphs is one span: comparing paragraphs never copies ids.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "segment/token.h"

namespace letterdiff {

class ParagraphIds {
 public:
  ParagraphIds() = default;
  explicit ParagraphIds(std::span<const std::vector<Token>> paragraphs) {
    std::size_t total = 0;
    for (const auto& p : paragraphs) total += p.size();
    ids_.reserve(total);
    starts_.reserve(paragraphs.size() + 1);
    for (const auto& p : paragraphs) add(p);
  }

  void add(std::span<const Token> paragraph) {
    for (const auto& t : paragraph) ids_.push_back(t.id);
    starts_.push_back(static_cast<std::uint32_t>(ids_.size()));
  }

  std::size_t size() const { return starts_.size() - 1; }
  // Ids of paragraphs [begin, end), end to end.
  std::span<const TokenId> range(std::uint32_t begin, std::uint32_t end) const {
    return std::span(ids_).subspan(starts_[begin], starts_[end] - starts_[begin]);
  }
  std::span<const TokenId> operator[](std::uint32_t i) const { return range(i, i + 1); }

 private:
  std::vector<TokenId> ids_;
  std::vector<std::uint32_t> starts_{0};  // where each paragraph begins in ids_, and the end
};

}  // namespace letterdiff
