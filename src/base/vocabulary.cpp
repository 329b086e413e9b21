#include "base/vocabulary.h"

namespace letterdiff {

namespace {
constexpr TokenId kNone = ~TokenId{0};
}

TokenId Vocabulary::find_key(std::string_view word, bool slot, std::size_t hash) const {
  if (base_)
    if (const TokenId id = base_->find_key(word, slot, hash); id != kNone) return id;
  const auto& table = slot ? slots_ : words_;
  const auto it = table.find(word, hash);
  return it == table.end() ? kNone : it->second;
}

TokenId Vocabulary::intern_key(std::string_view word, bool slot) {
  const std::size_t hash = WordHash{}(word);
  if (const TokenId id = find_key(word, slot, hash); id != kNone) return id;
  const std::string& stored = storage_.emplace_back(word);
  const auto id = static_cast<TokenId>(size());
  strings_.push_back(&stored);
  is_slot_.push_back(slot);
  (slot ? slots_ : words_).emplace(stored, id);
  return id;
}

std::vector<TokenId> Vocabulary::adopt(const Vocabulary& extension) {
  std::vector<TokenId> new_ids;
  new_ids.reserve(extension.strings_.size());
  for (std::size_t i = 0; i < extension.strings_.size(); ++i)
    new_ids.push_back(intern_key(*extension.strings_[i], extension.is_slot_[i]));
  return new_ids;
}

}  // namespace letterdiff
