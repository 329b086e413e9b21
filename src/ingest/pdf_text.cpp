#include "ingest/pdf_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace letterdiff {
namespace {

struct Word {
  std::string text;
  double left, right, top, bottom;
  double middle() const { return (top + bottom) / 2; }
  double height() const { return bottom - top; }
};

using Line = std::vector<Word>;

std::vector<Word> words_of(const poppler::page& page) {
  std::vector<Word> words;
  for (const auto& box : page.text_list()) {
    const auto utf8 = box.text().to_utf8();
    std::string text(utf8.begin(), utf8.end());
    if (text.empty()) continue;
    const auto r = box.bbox();
    words.push_back({std::move(text), r.left(), r.right(), r.top(), r.bottom()});
  }
  return words;
}

// Words whose middles lie within half a word's height of each other share a line.
std::vector<Line> lines_of(std::vector<Word> words) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.middle() < b.middle(); });
  std::vector<Line> lines;
  for (auto& w : words) {
    if (lines.empty() || std::abs(w.middle() - lines.back().front().middle()) > w.height() / 2) lines.emplace_back();
    lines.back().push_back(std::move(w));
  }
  for (auto& line : lines)
    std::sort(line.begin(), line.end(), [](const Word& a, const Word& b) { return a.left < b.left; });
  return lines;
}

std::string line_text(const Line& line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (i > 0) {
      const double gap = line[i].left - line[i - 1].right;
      out += gap > 1.5 * line[i].height() ? '\t' : ' ';
    }
    out += line[i].text;
  }
  return out;
}

std::string page_text(const poppler::page& page) {
  const auto lines = lines_of(words_of(page));
  // The usual line spacing is the smallest step between lines (a short page may
  // have more paragraph gaps than plain line breaks), never less than the text's height.
  std::vector<double> steps, heights;
  for (std::size_t i = 1; i < lines.size(); ++i) steps.push_back(lines[i].front().top - lines[i - 1].front().top);
  for (const auto& line : lines) heights.push_back(line.front().height());
  std::sort(heights.begin(), heights.end());
  const double text_height = heights.empty() ? 0 : heights[heights.size() / 2];
  const double usual = std::max(steps.empty() ? 0 : *std::min_element(steps.begin(), steps.end()), 0.9 * text_height);
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += steps[i - 1] > 1.5 * usual ? "\n\n" : "\n";
    out += line_text(lines[i]);
  }
  return out;
}

}  // namespace

std::optional<std::string> pdf_text(std::string_view bytes, std::string& error) {
  // Poppler reports syntax trouble on stderr itself; we report it once, as a diagnostic.
  static const bool quiet = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)quiet;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    error = "damaged or unreadable PDF";
    return std::nullopt;
  }
  if (doc->is_locked()) {
    error = "encrypted PDF";
    return std::nullopt;
  }
  std::string out;
  int readable = 0;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    ++readable;
    if (i > 0) out += "\n\f\n";
    out += page_text(*page);
  }
  if (readable == 0) {
    // Not the same as no text: the pages themselves could not be found.
    error = doc->pages() == 0 ? "PDF whose page tree lists no pages (damaged?); re-save or print it to PDF again"
                              : "PDF whose pages cannot be read (damaged?); re-save or print it to PDF again";
    return std::nullopt;
  }
  if (out.find_first_not_of(" \t\n\f") == std::string::npos) {
    error = "PDF has no text layer (a scanned image?); run it through OCR first";
    return std::nullopt;
  }
  return out + "\n";
}

}  // namespace letterdiff
