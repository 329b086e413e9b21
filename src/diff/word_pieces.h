// A word diff laid out as text, for showing it (the report) and for reading the
// substitutions in it (the audit): tokens that may come from several paragraphs,
// each keeping the text it views into, so spacing inside a paragraph is kept as
// written. How the pieces are marked up is the report's (report/wdiff.h).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diff/word_diff.h"
#include "segment/token.h"

namespace letterdiff {

// The words of refs[begin, end) with their spacing; paragraph breaks become spaces.
std::string run_text(std::span<const TokenRef> refs, std::size_t begin, std::size_t end);

// A word diff laid out for showing: plain runs carry the spacing between words.
struct DiffPiece {
  WordOp op = WordOp::equal;  // equal and slot show as the letter's words
  std::string text;
  std::string slot;           // the slot's name, for op == slot
};

std::vector<DiffPiece> word_diff_pieces(const WordDiff& diff, std::span<const TokenRef> tpl,
                                        std::span<const TokenRef> letter);

}  // namespace letterdiff
