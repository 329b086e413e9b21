// Small string helpers shared by the stages: ASCII-aware classification of
// UTF-8 text, trimming, and splitting into lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace letterdiff {

std::string_view trim(std::string_view s);
std::vector<std::string_view> split_lines(std::string_view text);
std::vector<std::string_view> split_words(std::string_view text);

inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Ends a sentence or a clause that can close a paragraph: . ! ? : ; and closing quotes/brackets after them.
bool ends_with_terminal_punctuation(std::string_view s);
// The first letter of s (skipping quotes and brackets) is lower case.
bool starts_lowercase(std::string_view s);
// Words of s, counting no further than `most` + 1: "more than most" is all a caller asks.
std::size_t count_words(std::string_view s, std::size_t most = SIZE_MAX);

// ASCII case-insensitive comparisons. Boost's locale-aware ones look up a facet
// per character, which dominated the profile on 10,000 letters.
inline char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
// Position of needle in haystack ignoring ASCII case, or npos.
std::size_t ifind(std::string_view haystack, std::string_view needle);
std::string to_lower(std::string_view s);
// Control characters shown, not obeyed: ESC, the other C0 characters but tab,
// newline and CRLF (CSV's line end), DEL, the C1 characters and the bidi overrides become "\x1b",
// "\u009b", "\u202e"; a terminal or a browser given letter text then never
// clears the screen, retitles its window, hides text or reorders it.
// keep_colours leaves colour sequences (foreground colours, bold, dim, reset) as
// they are: output coloured for a terminal shows everything else.
std::string visible_controls(std::string_view s, bool keep_colours = false);
std::string visible_controls(std::string&& s, bool keep_colours = false);  // s itself when it has none
inline std::string visible_controls(const char* s, bool keep_colours = false) {
  return visible_controls(std::string_view(s), keep_colours);
}

// Plain text wrapped for a reader: each line wider than `width` columns (UTF-8
// characters, colour sequences not counted) is broken at spaces, its continuation
// lines hung: under the value of a "label:   value" line, flush with a paragraph
// under a change's heading ("+ inserted ...:"), four spaces in from any other
// indented line, two from a line with no indent. Table rows (a tab, or columns set
// apart by runs of spaces) and words wider than the line are left whole. 0: no wrapping.
std::string wrap_text(std::string_view text, std::size_t width);

// "Royal Borough of Kingston" -> "royal-borough-of-kingston": safe in file names.
std::string slugify(std::string_view s);

}  // namespace letterdiff
