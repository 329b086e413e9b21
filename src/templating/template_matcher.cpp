#include "templating/template_matcher.h"

#include <algorithm>
#include <vector>

namespace letterdiff {
namespace {

std::uint64_t hash_ids(std::span<const TokenId> ids) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the ids
  for (TokenId id : ids) h = (h ^ id) * 1099511628211ull;
  return h;
}

// The paragraph's ids with every slot as one id: paragraphs the same but for
// their slots' names compare equal.
std::vector<TokenId> wording(std::span<const TokenId> ids, const Vocabulary& vocabulary) {
  std::vector<TokenId> out(ids.begin(), ids.end());
  for (auto& id : out)
    if (vocabulary.is_slot(id)) id = UINT32_MAX;
  return out;
}

}  // namespace

TemplateMatcher::TemplateMatcher(const Template& tpl, const Vocabulary& vocabulary, double threshold)
    : tpl_(tpl), vocabulary_(vocabulary), threshold_(threshold), twin_group_(tpl.paragraphs.size(), -1) {
  std::unordered_map<std::uint64_t, std::vector<int>> by_wording;
  for (std::size_t i = 0; i < tpl.paragraphs.size(); ++i) {
    ids_.add(tpl.paragraphs[i].tokens);
    const auto ids = ids_[static_cast<std::uint32_t>(i)];
    index_.add(ids);
    exact_.emplace(hash_ids(ids), static_cast<int>(i));
    by_wording[hash_ids(wording(ids, vocabulary))].push_back(static_cast<int>(i));
  }
  for (std::size_t i = 0; i < tpl.paragraphs.size(); ++i) {
    if (twin_group_[i] >= 0) continue;
    const auto key = wording(ids_[static_cast<std::uint32_t>(i)], vocabulary);
    std::vector<int> group;
    for (int j : by_wording.at(hash_ids(key)))
      if (wording(ids_[static_cast<std::uint32_t>(j)], vocabulary) == key) group.push_back(j);
    if (group.size() < 2) continue;
    for (int j : group) twin_group_[static_cast<std::size_t>(j)] = static_cast<int>(twins_.size());
    twins_.push_back(std::move(group));
  }
}

int TemplateMatcher::occurrence(int t, std::size_t k) const {
  const int g = twin_group_[static_cast<std::size_t>(t)];
  if (g < 0) return t;
  const auto& group = twins_[static_cast<std::size_t>(g)];
  return group[std::min(k, group.size() - 1)];
}

int TemplateMatcher::match(std::span<const TokenId> ids) const {
  int exact = -1;
  const auto [begin, end] = exact_.equal_range(hash_ids(ids));
  for (auto it = begin; it != end; ++it) {
    const int t = it->second;
    if (std::ranges::equal(ids_[static_cast<std::uint32_t>(t)], ids) && (exact < 0 || t < exact)) exact = t;
  }
  if (exact >= 0 && !ids.empty()) return exact;
  const auto best = index_.best(ids, threshold_);
  return best ? static_cast<int>(best->entry) : -1;
}

}  // namespace letterdiff
