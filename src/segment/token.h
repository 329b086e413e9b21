// A word of a paragraph: its interned id, for comparing, and its byte range in
// the text that owns it, for showing. Punctuation is a token of its own, so
// "2024." and "2024" compare equal on the word; spacing never takes part.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "base/vocabulary.h"

namespace letterdiff {

struct Token {
  TokenId id = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

inline std::string_view token_text(std::string_view owner, const Token& t) {
  return owner.substr(t.begin, t.end - t.begin);
}

// The owner's text from the first token to the last, spacing as written.
inline std::string_view span_text(std::string_view owner, std::span<const Token> tokens) {
  if (tokens.empty()) return {};
  return owner.substr(tokens.front().begin, tokens.back().end - tokens.front().begin);
}

std::vector<TokenId> ids_of(std::span<const Token> tokens);

// A token with the text it views into: runs of tokens from several paragraphs
// (a letter's, a template's) shown with their spacing.
struct TokenRef {
  std::string_view owner;
  Token token;
};

// The tokens of a paragraph, each with the text it views into, appended to refs.
inline void append_token_refs(std::vector<TokenRef>& refs, std::string_view owner, std::span<const Token> tokens) {
  for (const auto& t : tokens) refs.push_back({owner, t});
}

}  // namespace letterdiff
