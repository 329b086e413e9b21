// Encoding checks for text read from disk: UTF-8 validation and the
// Windows-1252 fallback used for letters saved by older office software.
#pragma once

#include <string>
#include <string_view>

namespace letterdiff {

bool is_valid_utf8(std::string_view s);
// s with each byte that is not part of a UTF-8 sequence replaced by U+FFFD: a
// file name shown in a report, which JSON and HTML need as UTF-8.
std::string valid_utf8(std::string_view s);

// Bytes that no UTF-8 sequence explains, and well-formed multi-byte sequences:
// text with both is broken UTF-8; text with only the former is another encoding.
struct Utf8Census {
  std::size_t bad_bytes = 0;
  std::size_t multibyte = 0;
  std::size_t first_bad = 0;  // offset of the first bad byte
};
Utf8Census utf8_census(std::string_view s);
// Decodes Windows-1252 (a superset of Latin-1's printable range) into UTF-8.
std::string windows1252_to_utf8(std::string_view s);

}  // namespace letterdiff
