// Splits text into word and punctuation tokens. In template text, a slot
// marker {{name:type}} is one token whose id is a slot id.
#pragma once

#include <string_view>
#include <vector>

#include "base/vocabulary.h"
#include "segment/token.h"

namespace letterdiff {

enum class TokenizeMode { letter, template_text };

// Tokens of text[begin, end), with byte ranges relative to text.
std::vector<Token> tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end, Vocabulary& vocabulary,
                            TokenizeMode mode = TokenizeMode::letter);

inline std::vector<Token> tokenize(std::string_view text, Vocabulary& vocabulary,
                                   TokenizeMode mode = TokenizeMode::letter) {
  return tokenize(text, 0, static_cast<std::uint32_t>(text.size()), vocabulary, mode);
}

// "{{council:organisation}}" -> name "council", type "organisation"; false if not a marker.
bool parse_slot_marker(std::string_view marker, std::string_view& name, std::string_view& type);

}  // namespace letterdiff
