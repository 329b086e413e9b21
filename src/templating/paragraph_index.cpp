#include "templating/paragraph_index.h"

#include <algorithm>

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
  // Every entry met once per shared shingle; sorted, each run's length is what it shares.
  std::vector<std::uint32_t> hits;
  for (auto s : set)
    if (const auto it = postings_.find(s); it != postings_.end()) hits.insert(hits.end(), it->second.begin(), it->second.end());
  std::sort(hits.begin(), hits.end());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> shared;  // (entry, shared shingles)
  for (std::size_t i = 0; i < hits.size();) {
    std::size_t j = i;
    while (j < hits.size() && hits[j] == hits[i]) ++j;
    shared.emplace_back(hits[i], static_cast<std::uint32_t>(j - i));
    i = j;
  }
  std::optional<Match> best;
  for (const auto& [entry, count] : shared) {
    const double larger = std::max<double>(set.size(), shingle_counts_[entry]);
    const double similarity = count / larger;
    if (similarity < threshold) continue;
    if (!best || similarity > best->similarity || (similarity == best->similarity && entry < best->entry))
      best = Match{entry, similarity};
  }
  return best;
}

}  // namespace letterdiff
