// The text of a PDF laid out the way the normaliser reads text files: words in
// reading order, a paragraph's lines on consecutive lines, a blank line where the
// vertical gap is wider than the page's usual line spacing, table cells separated
// by tabs (a gap far wider than a word space), and a form feed between pages, so
// the normaliser knows where each page ends. A scanned page is read by OCR.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace letterdiff {

struct PdfText {
  std::string text;
  int pages = 0;
  int scanned_pages = 0;  // pages with no text layer, read by OCR
  int unread_pages = 0;   // pages with no text layer that OCR could not read ...
  std::string unread_why;  // ... and why ("this letterdiff was built without OCR: ...")
};

// The text, or nullopt with why in error (encrypted, damaged, no text and no OCR).
// A page with no text layer (a scan) is read by OCR when the build has it.
std::optional<PdfText> pdf_text(std::string_view bytes, std::string& error);

}  // namespace letterdiff
