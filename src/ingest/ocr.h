// Reading a page that is only an image (a scanned letter) with Tesseract, when
// letterdiff was built with it (libtesseract-dev and tesseract-ocr-eng found).
#pragma once

#include <optional>
#include <string>

namespace letterdiff {

// An 8-bit grey page image, rows top down, white paper.
struct PageImage {
  const unsigned char* pixels = nullptr;
  int width = 0, height = 0, row_bytes = 0;
  int dpi = 300;
};

// The page's text laid out as pdf_text lays out a text layer: a paragraph's lines
// on consecutive lines, paragraphs apart by blank lines. nullopt with why in error
// ("this letterdiff was built without OCR: install ..."), or no English data.
std::optional<std::string> ocr_page(const PageImage& image, std::string& error);

// Whether ocr_page can read on this thread; if not, why (as ocr_page would say).
bool ocr_ready(std::string& error);

}  // namespace letterdiff
