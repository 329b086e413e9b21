#include "base/vocabulary.h"

namespace letterdiff {

TokenId Vocabulary::intern_key(std::string_view word, bool slot) {
  auto& table = slot ? slots_ : words_;
  if (auto it = table.find(word); it != table.end()) return it->second;
  const std::string& stored = storage_.emplace_back(word);
  const auto id = static_cast<TokenId>(strings_.size());
  strings_.push_back(&stored);
  is_slot_.push_back(slot);
  table.emplace(stored, id);
  return id;
}

}  // namespace letterdiff
