// Word-level diff of a letter paragraph against a template paragraph (Wu's
// O(NP) algorithm via dtl, on token ids). A template slot facing a run of the
// letter's words is filled by them rather than reported as a change; short
// equalities between changes are folded into them, as diff-match-patch does.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "base/vocabulary.h"

namespace letterdiff {

enum class WordOp : std::uint8_t { equal, inserted, deleted, slot };

// Token index ranges in the template and letter sequences the diff was run on.
struct WordRun {
  WordOp op = WordOp::equal;
  std::uint32_t template_begin = 0, template_end = 0;
  std::uint32_t letter_begin = 0, letter_end = 0;
};

struct WordDiff {
  std::vector<WordRun> runs;
  // Measured on the raw diff, before clean-up: how alike the two sides are.
  std::uint32_t common = 0;   // tokens equal on both sides (slot fills count once)
  std::uint32_t changed = 0;  // tokens inserted plus tokens deleted

  bool identical() const { return changed == 0; }
};

// Which side's slots take the other side's words as their value. A letter fills
// its template's slots only: a slot on the letter's side (its council, its date)
// facing template words is a change, never a fill. Between two templates (the
// audit) a newer one may slot what an older one spelt out.
enum class SlotFilling { template_side, both_sides };

WordDiff diff_words(std::span<const TokenId> template_ids, std::span<const TokenId> letter_ids,
                    const Vocabulary& vocabulary, SlotFilling filling = SlotFilling::template_side);

}  // namespace letterdiff
