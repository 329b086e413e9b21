// Shows runs of tokens that may come from several paragraphs: each token keeps
// the text it views into, so spacing inside one paragraph is kept as written.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diff/word_diff.h"
#include "letter/letter.h"
#include "templating/template.h"

namespace letterdiff {

struct TokenRef {
  std::string_view owner;
  Token token;
};

std::vector<TokenRef> letter_token_refs(const Letter& letter, std::uint32_t begin, std::uint32_t end);
std::vector<TokenRef> template_token_refs(const Template& tpl, std::uint32_t begin, std::uint32_t end);

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

// How a word diff is marked up: wdiff's [-x-]{+y+} by default; terminal colours, Markdown, HTML.
struct WdiffStyle {
  std::string delete_open = "[-", delete_close = "-]";
  std::string insert_open = "{+", insert_close = "+}";
  std::function<std::string(std::string_view)> escape = [](std::string_view s) { return std::string(s); };
};

std::string render_pieces(std::span<const DiffPiece> pieces, const WdiffStyle& style);

}  // namespace letterdiff
