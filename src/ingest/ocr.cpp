#include "ingest/ocr.h"

#ifdef LETTERDIFF_OCR
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#ifdef LETTERDIFF_OCR_OPENMP
#include <omp.h>
#endif

#include <algorithm>
#include <cctype>
#include <memory>
#include <string_view>
#include <vector>
#endif

namespace letterdiff {

#ifndef LETTERDIFF_OCR

bool ocr_ready(std::string& error) {
  error = "this letterdiff was built without OCR: install "
          "libtesseract-dev, libleptonica-dev and tesseract-ocr-eng (tools/setup does) and rebuild, or run the PDF "
          "through OCR first (ocrmypdf)";
  return false;
}

std::optional<std::string> ocr_page(const PageImage&, std::string& error) {
  ocr_ready(error);
  return std::nullopt;
}

#else

namespace {

// One engine per thread: loading the English model takes a tenth of a second,
// and an engine must not be shared between threads.
tesseract::TessBaseAPI* engine(std::string& error) {
  struct Engine {
    std::unique_ptr<tesseract::TessBaseAPI> api;
    bool tried = false;
  };
  thread_local Engine e;
  if (!e.tried) {
    e.tried = true;
    auto api = std::make_unique<tesseract::TessBaseAPI>();
#ifdef LETTERDIFF_OCR_OPENMP
    // letterdiff reads one letter per core already: Tesseract's OpenMP threads only
    // spin against each other (four times the wall time on two cores). No level of
    // parallel regions may be active: each runs on the calling thread alone.
    omp_set_max_active_levels(0);
#endif
    if (api->Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) == 0) {
      api->SetPageSegMode(tesseract::PSM_AUTO);
      api->SetVariable("debug_file", "/dev/null");  // its notes ("Detected 248 diacritics") are not ours to print
      e.api = std::move(api);
    }
  }
  if (!e.api)
    error = "Tesseract's English data is not installed: install "
            "tesseract-ocr-eng (tools/setup does)";
  return e.api.get();
}

// A word without a letter or digit read with little confidence is dust or a toner
// speck on the scan, and so is a lone mark ("°", "‘") other than a dash, an
// ampersand or a bullet; a dash or an ampersand never ends a line of a letter
// ("colleagues. -" is a speck).
bool connector(std::string_view word) {
  static constexpr std::string_view kConnectors[] = {"-", "\u2013", "\u2014", "&"};
  return std::find(std::begin(kConnectors), std::end(kConnectors), word) != std::end(kConnectors);
}

bool speck(std::string_view word, float confidence) {
  if (std::any_of(word.begin(), word.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
    return false;
  const auto characters = std::count_if(word.begin(), word.end(), [](char c) { return (c & 0xC0) != 0x80; });
  return confidence < 60 || (characters == 1 && !connector(word) && word != "\u2022");
}

// Letters never hold a vertical bar: in a sans-serif letter it is Tesseract's
// reading of a capital I standing alone ("| write") or of an l ("www.|go.org.uk").
std::string read_as_letter(std::string word) {
  if (word == "|") return "I";
  std::replace(word.begin(), word.end(), '|', 'l');
  return word;
}

struct Line {
  std::vector<std::string> words;
  int top = 0, bottom = 0;
  bool starts_paragraph = false;
};

std::vector<Line> read_lines(tesseract::ResultIterator& it) {
  std::vector<Line> lines;
  do {
    if (it.IsAtBeginningOf(tesseract::RIL_TEXTLINE) || lines.empty()) {
      Line line;
      int left = 0, right = 0;
      it.BoundingBox(tesseract::RIL_TEXTLINE, &left, &line.top, &right, &line.bottom);
      line.starts_paragraph = it.IsAtBeginningOf(tesseract::RIL_PARA);
      lines.push_back(std::move(line));
    }
    const std::unique_ptr<char[]> text(it.GetUTF8Text(tesseract::RIL_WORD));
    if (!text) continue;
    std::string word = read_as_letter(text.get());
    if (speck(word, it.Confidence(tesseract::RIL_WORD))) continue;
    auto& words = lines.back().words;
    // Tesseract may see a gap before the @ of an e-mail address ("training @lgo.org.uk").
    if (word.starts_with('@') && word.find('.') != std::string::npos && !words.empty()) words.back() += word;
    else words.push_back(std::move(word));
  } while (it.Next(tesseract::RIL_WORD));
  for (auto& line : lines)
    while (!line.words.empty() && connector(line.words.back())) line.words.pop_back();
  std::erase_if(lines, [](const Line& l) { return l.words.empty(); });
  return lines;
}

}  // namespace

bool ocr_ready(std::string& error) { return engine(error) != nullptr; }

std::optional<std::string> ocr_page(const PageImage& image, std::string& error) {
  tesseract::TessBaseAPI* api = engine(error);
  if (!api) return std::nullopt;
  api->SetImage(image.pixels, image.width, image.height, 1, image.row_bytes);
  api->SetSourceResolution(image.dpi);
  std::vector<Line> lines;
  if (api->Recognize(nullptr) == 0) {
    const std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (it && !it->Empty(tesseract::RIL_WORD)) lines = read_lines(*it);
  }
  api->Clear();
  // Tesseract often runs a letter's short paragraphs together (the date and "By
  // email"): a line farther below the last than the usual line pitch starts one too.
  std::vector<int> pitches;
  for (std::size_t i = 1; i < lines.size(); ++i)
    if (lines[i].top > lines[i - 1].top) pitches.push_back(lines[i].top - lines[i - 1].top);
  std::nth_element(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(pitches.size() / 2), pitches.end());
  const int pitch = pitches.empty() ? 0 : pitches[pitches.size() / 2];
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      const int step = lines[i].top - lines[i - 1].top;
      out += lines[i].starts_paragraph || 10 * step > 14 * pitch ? "\n\n" : "\n";
    }
    for (std::size_t w = 0; w < lines[i].words.size(); ++w) out += (w ? " " : "") + lines[i].words[w];
  }
  return out;
}

#endif

}  // namespace letterdiff
