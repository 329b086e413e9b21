// Encoding checks for text read from disk: UTF-8 validation and the
// Windows-1252 fallback used for letters saved by older office software.
#pragma once

#include <string>
#include <string_view>

namespace letterdiff {

bool is_valid_utf8(std::string_view s);
// Decodes Windows-1252 (a superset of Latin-1's printable range) into UTF-8.
std::string windows1252_to_utf8(std::string_view s);

}  // namespace letterdiff
