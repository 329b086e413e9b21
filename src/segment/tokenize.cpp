#include "segment/tokenize.h"

#include "base/text.h"

namespace letterdiff {
namespace {

bool is_leading_punct(char c) { return c == '(' || c == '[' || c == '"' || c == '\''; }
bool is_trailing_punct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '"' ||
         c == '\'';
}
bool is_separator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Emitter {
  std::string_view text;
  Vocabulary& vocabulary;
  std::vector<Token>& out;

  void word(std::size_t b, std::size_t e) {
    if (b >= e) return;
    out.push_back({vocabulary.intern(text.substr(b, e - b)), static_cast<std::uint32_t>(b),
                   static_cast<std::uint32_t>(e)});
  }
  void slot(std::size_t b, std::size_t e) {
    out.push_back({vocabulary.intern_slot(text.substr(b, e - b)), static_cast<std::uint32_t>(b),
                   static_cast<std::uint32_t>(e)});
  }

  // A run without spaces: peel punctuation off both ends; split "Report:Kent" at the colon.
  void chunk(std::size_t b, std::size_t e) {
    while (b < e && is_leading_punct(text[b])) {
      word(b, b + 1);
      ++b;
    }
    std::size_t trail = e;
    while (trail > b && is_trailing_punct(text[trail - 1])) --trail;
    // Splitting at colons is rare: look for one first, and only then make sure the
    // run is not a web or mail address.
    std::size_t start = b;
    std::size_t colon = b + 1;
    while (colon + 1 < trail && text[colon] != ':') ++colon;
    if (colon + 1 < trail) {
      const std::string_view run = text.substr(b, trail - b);
      const bool address = run.find("://") != std::string_view::npos || run.find('@') != std::string_view::npos;
      for (std::size_t i = colon; !address && i + 1 < trail; ++i) {
        if (text[i] == ':' && is_ascii_alpha(text[i - 1]) &&
            (is_ascii_alpha(text[i + 1]) || is_ascii_digit(text[i + 1]))) {
          word(start, i);
          word(i, i + 1);
          start = i + 1;
        }
      }
    }
    word(start, trail);
    for (std::size_t i = trail; i < e; ++i) word(i, i + 1);
  }
};

}  // namespace

bool parse_slot_marker(std::string_view marker, std::string_view& name, std::string_view& type) {
  if (!marker.starts_with("{{") || !marker.ends_with("}}") || marker.size() < 7) return false;
  const std::string_view inner = marker.substr(2, marker.size() - 4);
  const auto colon = inner.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == inner.size()) return false;
  for (char c : inner)
    if (!(is_ascii_lower(c) || is_ascii_digit(c) || c == '_' || c == ':')) return false;
  name = inner.substr(0, colon);
  type = inner.substr(colon + 1);
  return type.find(':') == std::string_view::npos;
}

std::vector<Token> tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end, Vocabulary& vocabulary,
                            TokenizeMode mode) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 1);  // about one token per five bytes of English
  Emitter emit{text, vocabulary, out};
  std::size_t i = begin;
  while (i < end) {
    while (i < end && is_separator(text[i])) ++i;
    const std::size_t start = i;
    while (i < end && !is_separator(text[i])) ++i;
    if (i == start) continue;
    std::size_t b = start;
    if (mode == TokenizeMode::template_text) {
      // Slot markers may be glued to punctuation: "{{recipient:person}},".
      for (;;) {
        const auto open = text.substr(0, i).find("{{", b);
        const auto close = open == std::string_view::npos ? open : text.substr(0, i).find("}}", open);
        std::string_view name, type;
        if (close == std::string_view::npos || !parse_slot_marker(text.substr(open, close + 2 - open), name, type))
          break;
        emit.chunk(b, open);
        emit.slot(open, close + 2);
        b = close + 2;
      }
    }
    emit.chunk(b, i);
  }
  return out;
}

std::vector<TokenId> ids_of(std::span<const Token> tokens) {
  std::vector<TokenId> ids;
  ids.reserve(tokens.size());
  for (const auto& t : tokens) ids.push_back(t.id);
  return ids;
}

}  // namespace letterdiff
