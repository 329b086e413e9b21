// The text of a PDF laid out the way the normaliser reads text files: words in
// reading order, a paragraph's lines on consecutive lines, a blank line where the
// vertical gap is wider than the page's usual line spacing, table cells separated
// by tabs (a gap far wider than a word space), and a form feed between pages, so
// the normaliser knows where each page ends.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace letterdiff {

// The text, or nullopt with why in error (encrypted, damaged, no text layer).
std::optional<std::string> pdf_text(std::string_view bytes, std::string& error);

}  // namespace letterdiff
