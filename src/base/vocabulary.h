// Interns word strings as small integer ids so that diffs compare integers.
// Slot markers ({{name:type}}) live in their own namespace: a letter that happens
// to contain the text "{{x:y}}" never collides with a template slot.
//
// A vocabulary may extend a frozen base: words the base knows keep the base's ids,
// new words get ids after it. Letters are tokenised that way on many threads at
// once, each into its own extension of the shared vocabulary, so ids never depend
// on thread timing. Ids from two extensions mean nothing to each other: only a
// letter's own tokens and the template's may be compared.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <tsl/hopscotch_map.h>
#include <vector>

#include "base/word_key.h"

namespace letterdiff {

using TokenId = std::uint32_t;

class Vocabulary {
 public:
  Vocabulary() = default;
  // An extension of base, which must not change while this one lives.
  explicit Vocabulary(const Vocabulary* base) : base_(base), first_(static_cast<TokenId>(base->size())) {}

  TokenId intern(std::string_view word) { return intern_key(word, false); }
  // The id of the slot marker written "{{name:type}}".
  TokenId intern_slot(std::string_view marker) { return intern_key(marker, true); }

  // Ids this vocabulary never gave (another extension's) are words, with no text.
  bool is_slot(TokenId id) const {
    if (id < first_) return base_->is_slot(id);
    return id - first_ < is_slot_.size() && is_slot_[id - first_];
  }
  std::string_view text(TokenId id) const {
    if (id < first_) return base_->text(id);
    return id - first_ < strings_.size() ? std::string_view(*strings_[id - first_]) : std::string_view();
  }
  std::size_t size() const { return first_ + strings_.size(); }
  TokenId first_own_id() const { return first_; }

  // Interns the words an extension of this vocabulary added, in the order it added
  // them: new_ids[id - extension.first_own_id()] is the id here of the extension's id.
  // Letters tokenised in parallel into extensions, then adopted in a fixed order,
  // get the ids they would have got tokenised one after another.
  std::vector<TokenId> adopt(const Vocabulary& extension);

 private:
  TokenId intern_key(std::string_view word, bool slot);
  TokenId find_key(std::string_view word, bool slot, std::size_t hash) const;

  const Vocabulary* base_ = nullptr;
  TokenId first_ = 0;  // ids below are the base's
  std::deque<std::string> storage_;  // stable addresses for the views below
  std::vector<const std::string*> strings_;
  std::vector<bool> is_slot_;
  // Open addressing: a word is looked up for every token of every letter, hashed
  // once for the base and this table; stored hashes spare most key comparisons.
  using Table = tsl::hopscotch_map<std::string_view, TokenId, WordHash, WordEqual,
                                   std::allocator<std::pair<std::string_view, TokenId>>, 30, true>;
  Table words_;
  Table slots_;
};

}  // namespace letterdiff
