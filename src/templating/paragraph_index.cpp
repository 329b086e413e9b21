#include "templating/paragraph_index.h"

#include <algorithm>
#include <bit>

namespace letterdiff {

std::vector<std::uint64_t> shingles(std::span<const TokenId> ids) {
  std::vector<std::uint64_t> out;
  if (ids.size() == 1) out.push_back((std::uint64_t{ids[0]} << 32) | 0xFFFFFFFFu);
  for (std::size_t i = 0; i + 1 < ids.size(); ++i) out.push_back((std::uint64_t{ids[i]} << 32) | ids[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t ParagraphIndex::add(std::span<const TokenId> ids) {
  const auto entry = static_cast<std::uint32_t>(shingle_counts_.size());
  const auto set = shingles(ids);
  for (auto s : set) {
    // A shingle shared by this many paragraphs ("of the") tells nothing apart;
    // capping it keeps queries near-linear on corpora with many distinct paragraphs.
    auto& posting = postings_[s];
    if (posting.size() < kMaxPosting) posting.push_back(entry);
  }
  shingle_counts_.push_back(static_cast<std::uint32_t>(set.size()));
  return entry;
}

std::optional<ParagraphIndex::Match> ParagraphIndex::best(std::span<const TokenId> ids, double threshold) const {
  const auto set = shingles(ids);
  if (set.empty()) return std::nullopt;
  // Each entry met counts once per shared shingle, in a small open-addressed table
  // (no sort of every hit: common shingles bring up to kMaxPosting entries each).
  std::size_t hits = 0;
  std::vector<const std::vector<std::uint32_t>*> lists;
  for (auto s : set)
    if (const auto it = postings_.find(s); it != postings_.end()) lists.push_back(&it->second), hits += it->second.size();
  if (hits == 0) return std::nullopt;
  constexpr std::uint32_t kEmpty = ~std::uint32_t{0};
  const std::size_t mask = std::bit_ceil(2 * hits) - 1;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> shared(mask + 1, {kEmpty, 0});  // (entry, shared shingles)
  for (const auto* list : lists) {
    for (const std::uint32_t entry : *list) {
      std::size_t slot = (entry * std::size_t{0x9E3779B97F4A7C15ull}) >> 20 & mask;
      while (shared[slot].first != kEmpty && shared[slot].first != entry) slot = (slot + 1) & mask;
      shared[slot].first = entry;
      ++shared[slot].second;
    }
  }
  std::optional<Match> best;
  for (const auto& [entry, count] : shared) {
    if (entry == kEmpty) continue;
    const double larger = std::max<double>(set.size(), shingle_counts_[entry]);
    const double similarity = count / larger;
    if (similarity < threshold) continue;
    if (!best || similarity > best->similarity || (similarity == best->similarity && entry < best->entry))
      best = Match{entry, similarity};
  }
  return best;
}

}  // namespace letterdiff
