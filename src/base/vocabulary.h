// Interns word strings as small integer ids so that diffs compare integers.
// Slot markers ({{name:type}}) live in their own namespace: a letter that happens
// to contain the text "{{x:y}}" never collides with a template slot.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace letterdiff {

using TokenId = std::uint32_t;

class Vocabulary {
 public:
  TokenId intern(std::string_view word) { return intern_key(word, false); }
  // The id of the slot marker written "{{name:type}}".
  TokenId intern_slot(std::string_view marker) { return intern_key(marker, true); }

  bool is_slot(TokenId id) const { return is_slot_[id]; }
  std::string_view text(TokenId id) const { return *strings_[id]; }
  std::size_t size() const { return strings_.size(); }

 private:
  TokenId intern_key(std::string_view word, bool slot);

  std::deque<std::string> storage_;  // stable addresses for the views below
  std::vector<const std::string*> strings_;
  std::vector<bool> is_slot_;
  std::unordered_map<std::string_view, TokenId> words_;
  std::unordered_map<std::string_view, TokenId> slots_;
};

}  // namespace letterdiff
