#include "templating/template_matcher.h"

#include <algorithm>

namespace letterdiff {
namespace {

std::uint64_t hash_ids(std::span<const TokenId> ids) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the ids
  for (TokenId id : ids) h = (h ^ id) * 1099511628211ull;
  return h;
}

}  // namespace

TemplateMatcher::TemplateMatcher(const Template& tpl, const Vocabulary& vocabulary, double threshold)
    : tpl_(tpl), vocabulary_(vocabulary), threshold_(threshold) {
  for (std::size_t i = 0; i < tpl.paragraphs.size(); ++i) {
    ids_.add(tpl.paragraphs[i].tokens);
    const auto ids = ids_[static_cast<std::uint32_t>(i)];
    index_.add(ids);
    exact_.emplace(hash_ids(ids), static_cast<int>(i));
  }
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
