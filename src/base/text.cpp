#include "base/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>

#include "base/swar.h"

namespace letterdiff {

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_space(text[i]) || text[i] == '\n')) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i]) && text[i] != '\n') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

bool ends_with_terminal_punctuation(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == ')' || s.back() == '"' || s.back() == '\'' || s.back() == ']'))
    s.remove_suffix(1);
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

bool starts_lowercase(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.front() == '(' || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  return !s.empty() && is_ascii_lower(s.front());
}

std::size_t count_words(std::string_view s, std::size_t most) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = is_space(c) || c == '\n';
    n += !space && !in_word;
    if (n > most) break;
    in_word = !space;
  }
  return n;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

std::size_t ifind(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return 0;
  if (needle.size() > haystack.size()) return std::string_view::npos;
  // Paragraphs are scanned for labels many times over: candidates for the first
  // two bytes are found eight starts at a time, in both cases at once for a letter.
  const auto fold_of = [](char c) { return static_cast<unsigned char>(is_ascii_alpha(c) ? 0x20 : 0); };
  const auto folded = [](char c, unsigned char fold) { return static_cast<unsigned char>(c | fold); };
  const unsigned char fold0 = fold_of(needle[0]), fold1 = needle.size() > 1 ? fold_of(needle[1]) : 0;
  const unsigned char first = folded(needle[0], fold0);
  const std::string_view rest = needle.substr(1);
  const std::size_t last = haystack.size() - needle.size();  // the last possible start
  const auto matches_at = [&](std::size_t i) { return iequals(haystack.substr(i + 1, rest.size()), rest); };
  std::size_t i = 0;
  if (needle.size() > 1) {
    const unsigned char second = folded(needle[1], fold1);
    for (; i + 8 <= last + 1; i += 8) {  // bytes i .. i + 8 exist: the needle's two fit from every start
      using namespace swar;
      const std::uint64_t hits0 = equal_bytes(load8(haystack.data() + i) | kOnes * fold0, first);
      if (!hits0) continue;
      for (std::uint64_t hits = hits0 & equal_bytes(load8(haystack.data() + i + 1) | kOnes * fold1, second); hits;
           hits &= hits - 1)
        if (const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(hits)) / 8; matches_at(at)) return at;
    }
  }
  for (; i <= last; ++i)
    if (folded(haystack[i], fold0) == first && matches_at(i)) return i;
  return std::string_view::npos;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {

// Length of a colour sequence at s[i] ("\x1b[31m", "\x1b[0m", "\x1b[1;32m"), or 0:
// foreground colours, bold, dim and reset only; nothing that hides or moves text.
std::size_t colour_sequence_at(std::string_view s, std::size_t i) {
  if (!s.substr(i).starts_with("\x1b[")) return 0;
  std::size_t j = i + 2;
  int param = 0;
  const auto allowed = [](int p) { return p <= 2 || p == 22 || p == 39 || (p >= 30 && p <= 37) || (p >= 90 && p <= 97); };
  for (; j < s.size() && j < i + 16; ++j) {
    if (is_ascii_digit(s[j])) {
      param = param * 10 + (s[j] - '0');
    } else if (s[j] == ';' || s[j] == 'm') {
      if (!allowed(param)) return 0;
      if (s[j] == 'm') return j + 1 - i;
      param = 0;
    } else {
      return 0;
    }
  }
  return 0;
}

}  // namespace

namespace {

// Bytes of the control character visible_controls shows at s[i] (0 when none) and its code point.
std::size_t control_at(std::string_view s, std::size_t i, unsigned& code) {
  const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  const unsigned c = byte(i);
  if ((c < 0x20 && c != '\t' && c != '\n' && !(c == '\r' && byte(i + 1) == '\n')) || c == 0x7F) return code = c, 1;
  if (c == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) return code = byte(i + 1), 2;
  // Bidi embeddings, overrides and isolates: U+202A-202E, U+2066-2069.
  if (c == 0xE2 && ((byte(i + 1) == 0x80 && byte(i + 2) >= 0xAA && byte(i + 2) <= 0xAE) ||
                    (byte(i + 1) == 0x81 && byte(i + 2) >= 0xA6 && byte(i + 2) <= 0xA9)))
    return code = ((byte(i + 1) & 0x3F) << 6 | (byte(i + 2) & 0x3F)) + 0x2000, 3;
  return 0;
}

// Where the first control character is, else s.size(). Text rarely has one: it
// is passed over sixteen bytes at a time, looked at closely only near a byte that
// can start one.
std::size_t first_control(std::string_view s) {
  unsigned code = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    while (i + 16 <= s.size()) {
      const swar::Bytes16 w = swar::load16(s.data() + i);
      if (swar::any((w < 0x20) | (w == 0x7F) | (w == 0xC2) | (w == 0xE2))) break;
      i += 16;
    }
    if (i < s.size() && control_at(s, i, code) != 0) return i;
  }
  return s.size();
}

std::string shown_from(std::string_view s, std::size_t i, bool keep_colours) {
  std::string out(s.substr(0, i));
  unsigned code = 0;
  while (i < s.size()) {
    const std::size_t n = control_at(s, i, code);
    if (n == 0) {
      out += s[i++];
      continue;
    }
    if (const std::size_t colour = keep_colours ? colour_sequence_at(s, i) : 0) {
      out.append(s, i, colour);
      i += colour;
      continue;
    }
    out += n == 1 ? fmt::format("\\x{:02x}", code) : fmt::format("\\u{:04x}", code);
    i += n;
  }
  return out;
}

}  // namespace

std::string visible_controls(std::string_view s, bool keep_colours) {
  const std::size_t i = first_control(s);
  return i == s.size() ? std::string(s) : shown_from(s, i, keep_colours);
}

std::string visible_controls(std::string&& s, bool keep_colours) {
  const std::size_t i = first_control(s);
  return i == s.size() ? std::move(s) : shown_from(s, i, keep_colours);
}

std::string slugify(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (is_ascii_alpha(c) || is_ascii_digit(c)) {
      out += is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "letter" : out;
}

namespace {

// Columns a piece of text takes on a terminal: UTF-8 characters, colour sequences not counted.
std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\x1b' && i + 1 < s.size() && s[i + 1] == '[') {
      while (i < s.size() && s[i] != 'm') ++i;
      continue;
    }
    n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  }
  return n;
}

// A row of a table: a tab, or two or more runs of two spaces or more after the indent.
bool is_table_row(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return true;
  const std::size_t start = line.find_first_not_of(' ');
  int runs = 0;
  for (std::size_t i = start; i != std::string_view::npos && i + 1 < line.size(); ++i)
    if (line[i] == ' ' && line[i + 1] == ' ') {
      ++runs;
      while (i < line.size() && line[i] == ' ') ++i;
    }
  return runs >= 2;
}

// Where a wrapped line's continuation starts: under a "label:   value" line's
// value; at the indent of a paragraph under a change's heading; four spaces in
// from another indented line (a list item); two from a line with no indent.
std::size_t hanging_indent(std::string_view line, bool paragraph) {
  const std::size_t lead = line.find_first_not_of(' ');
  if (lead == std::string_view::npos) return 0;
  const std::size_t colon = line.find(":  ", lead);
  if (colon != std::string_view::npos && line.find(' ', lead) > colon)  // one word, then the colon
    return columns(line.substr(0, line.find_first_not_of(' ', colon + 1)));
  if (lead == 0) return 2;
  return paragraph ? lead : lead + 4;
}

// "+ inserted, line 43, after ...:", "~ reworded (2018 ¶20 -> 2020 ¶19):": the
// indented lines after it, to a blank line, are the change's paragraphs.
bool is_change_heading(std::string_view line) {
  return line.size() > 2 && (line[0] == '+' || line[0] == '~' || line[0] == '-') && line[1] == ' ' &&
         line.ends_with(':');
}

// Broken at spaces; the spaces between the words of each output line kept as they were.
void wrap_line(std::string_view line, std::size_t width, bool paragraph, std::string& out) {
  if (columns(line) <= width || is_table_row(line)) {
    out += line;
    return;
  }
  const std::string indent(hanging_indent(line, paragraph), ' ');
  std::size_t i = line.find_first_not_of(' ');
  out += line.substr(0, i);
  std::size_t used = i;
  std::string_view gap;  // the spaces before the next word
  bool first = true;
  while (i < line.size()) {
    const std::size_t end = std::min(line.find(' ', i), line.size());
    const std::string_view word = line.substr(i, end - i);
    const std::size_t w = columns(word);
    if (!first && used + gap.size() + w > width) {
      out += '\n';
      out += indent;
      used = indent.size();
    } else {
      out += gap;
      used += gap.size();
    }
    out += word;
    used += w;
    first = false;
    const std::size_t next = line.find_first_not_of(' ', end);
    if (next == std::string_view::npos) break;
    gap = line.substr(end, next - end);
    i = next;
  }
}

}  // namespace

std::string wrap_text(std::string_view text, std::size_t width) {
  if (width == 0) return std::string(text);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  bool paragraphs = false;  // under a change's heading
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    wrap_line(line, width, paragraphs, out);
    paragraphs = is_change_heading(line) || (paragraphs && !line.empty());
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace letterdiff
