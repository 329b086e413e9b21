#include "ingest/pdf_text.h"

// Poppler's core API (libpoppler-private-dev) rather than poppler-cpp: poppler-cpp's
// text_list() gives words in poppler's reading order but drops the flows, blocks
// and lines that order is made of, and the fonts; paragraphs, headings, table rows
// and page furniture are told apart by exactly those.
#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <splash/SplashBitmap.h>
#include <Stream.h>
#include <TextOutputDev.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

#include "ingest/ocr.h"

namespace letterdiff {
namespace {

struct Line {
  std::string text;
  double left = 0, right = 0, base = 0, size = 0;
  bool bold = false;
};

// One of poppler's blocks: a paragraph, a heading, a table cell or a header line.
struct Block {
  std::vector<Line> lines;
  double left = 0, right = 0, top = 0, bottom = 0;
  int flow = 0;
  bool one_line() const { return lines.size() == 1; }
};

bool bold_font(const TextWord& w) {
  const TextFontInfo* font = w.getFontInfo(0);
  if (!font) return false;
  const GooString* name = font->getFontName();
  return font->isBold() || (name && (name->toStr().find("Bold") != std::string::npos ||
                                     name->toStr().find("bold") != std::string::npos));
}

Line line_of(const TextLine& source) {
  Line line;
  bool first = true;
  for (const TextWord* w = source.getWords(); w; w = w->getNext()) {
    double x0, y0, x1, y1;
    w->getBBox(&x0, &y0, &x1, &y1);
    if (first) {
      line.left = x0;
      line.base = w->getBaseline();
      line.size = w->getFontSize();
      line.bold = bold_font(*w);
      first = false;
    }
    line.right = x1;
    const std::unique_ptr<GooString> text(w->getText());
    line.text += text->toStr();
    if (w->getSpaceAfter() && w->getNext()) line.text += ' ';
  }
  return line;
}

// The page's blocks in poppler's reading order: flow by flow (a column, a box,
// a table cell), block by block within each.
std::vector<Block> blocks_of(const TextPage& page) {
  std::vector<Block> blocks;
  int flows = 0;
  for (const TextFlow* flow = page.getFlows(); flow; flow = flow->getNext(), ++flows) {
    for (const TextBlock* source = flow->getBlocks(); source; source = source->getNext()) {
      Block block;
      block.flow = flows;
      source->getBBox(&block.left, &block.top, &block.right, &block.bottom);
      for (const TextLine* l = source->getLines(); l; l = l->getNext()) {
        Line line = line_of(*l);
        if (!line.text.empty()) block.lines.push_back(std::move(line));
      }
      if (!block.lines.empty()) blocks.push_back(std::move(block));
    }
  }
  return blocks;
}

// Lines set with wide leading (1.6 lines and more) are blocks of their own to
// poppler, every one. On a page read that way (most blocks one line), a block
// that goes on the one above at the page's usual line pitch, in the same flow,
// font and left edge, is that paragraph's next line; a paragraph gap is wider.
void join_leaded_lines(std::vector<Block>& blocks) {
  const auto one_line = std::count_if(blocks.begin(), blocks.end(), [](const Block& b) { return b.one_line(); });
  if (blocks.size() < 10 || 10 * one_line < 7 * static_cast<std::ptrdiff_t>(blocks.size())) return;
  const auto follows = [](const Block& a, const Block& b) {
    const Line &above = a.lines.back(), &line = b.lines.front();
    return a.flow == b.flow && line.bold == above.bold && std::abs(line.size - above.size) < 0.1 * above.size &&
           std::abs(b.left - a.left) < 0.5 * above.size && line.base > above.base;
  };
  std::vector<double> steps;
  for (std::size_t i = 1; i < blocks.size(); ++i)
    if (follows(blocks[i - 1], blocks[i])) steps.push_back(blocks[i].lines.front().base - blocks[i - 1].lines.back().base);
  if (steps.size() < 5) return;
  std::nth_element(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 4), steps.end());
  const double pitch = steps[steps.size() / 4];  // most steps are lines within paragraphs
  std::vector<Block> out;
  for (auto& b : blocks) {
    if (!out.empty() && follows(out.back(), b) &&
        b.lines.front().base - out.back().lines.back().base < 1.25 * pitch) {
      Block& a = out.back();
      a.right = std::max(a.right, b.right);
      a.bottom = std::max(a.bottom, b.bottom);
      for (auto& line : b.lines) a.lines.push_back(std::move(line));
      continue;
    }
    out.push_back(std::move(b));
  }
  blocks = std::move(out);
}

// Within a block, a line starts a new paragraph where the font turns bold or
// back (a heading run into its text), changes size, or the gap above it is
// clearly wider than the block's own line spacing.
bool starts_paragraph(const Block& block, std::size_t i, double step) {
  const Line& above = block.lines[i - 1];
  const Line& line = block.lines[i];
  if (line.bold != above.bold) return true;
  if (std::abs(line.size - above.size) > 0.1 * above.size) return true;
  return step > 0 && line.base - above.base > 1.5 * step;
}

// A bold block of a few words is a heading, wrapped or not (a narrow table
// cell wraps "Compliance with Ombudsman recommendations"): one line, as a heading is.
bool wrapped_heading(const Block& block) {
  std::size_t words = 0;
  for (const auto& line : block.lines) {
    if (!line.bold) return false;
    words += static_cast<std::size_t>(std::count(line.text.begin(), line.text.end(), ' ')) + 1;
  }
  const char last = block.lines.back().text.back();
  return block.lines.size() > 1 && words <= 10 && last != '.' && last != ':' && last != ';';
}

void append_block(std::string& out, const Block& block) {
  if (wrapped_heading(block)) {
    for (std::size_t i = 0; i < block.lines.size(); ++i) out += (i ? " " : "") + block.lines[i].text;
    return;
  }
  double step = 0;  // the block's usual line spacing: the smallest step between its lines
  for (std::size_t i = 1; i < block.lines.size(); ++i) {
    const double d = block.lines[i].base - block.lines[i - 1].base;
    if (d > 0 && (step == 0 || d < step)) step = d;
  }
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    if (i > 0) out += starts_paragraph(block, i, step) ? "\n\n" : "\n";
    out += block.lines[i].text;
  }
}

// One-line blocks side by side on one baseline are the cells of a table row.
struct Row {
  std::size_t first, last;  // blocks [first, last)
  std::size_t cells() const { return last - first; }
};

std::vector<Row> rows_of(const std::vector<Block>& blocks) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < blocks.size();) {
    std::size_t j = i + 1;
    if (blocks[i].one_line())
      while (j < blocks.size() && blocks[j].one_line() && blocks[j].left > blocks[j - 1].right &&
             std::abs(blocks[j].lines[0].base - blocks[i].lines[0].base) < 0.5 * blocks[i].lines[0].size)
        ++j;
    rows.push_back({i, j});
    i = j;
  }
  return rows;
}

// The page's blocks in the order they are read. Poppler's flows read a page of
// paragraphs, boxes side by side and page furniture well, with two exceptions
// it has no structure for: a running header or footer drawn in the middle of
// the content stream (a Word page footer) comes where it was drawn, and the
// cells of a table bordered by lines come in an order of their own. So blocks
// in the page's top and bottom margins come first and last; and a body made
// only of columns (no block spans them), each with text of several lines
// rather than one-line cells, is read column by column, top to bottom, or, when
// its boxes stand in a grid, row by row.
std::vector<Block> reading_order(std::vector<Block> blocks, double page_height) {
  // The top and bottom of each flow, its blocks in the margins included (a box's heading may stand there).
  std::map<int, double> flow_top, flow_bottom;
  for (const auto& b : blocks) {
    auto [top, fresh] = flow_top.try_emplace(b.flow, b.top);
    if (!fresh) top->second = std::min(top->second, b.top);
    auto [bottom, first] = flow_bottom.try_emplace(b.flow, b.bottom);
    if (!first) bottom->second = std::max(bottom->second, b.bottom);
  }
  std::vector<Block> top, body, bottom;
  for (auto& b : blocks) {
    if (b.bottom < 0.1 * page_height) top.push_back(std::move(b));
    else if (b.top > 0.92 * page_height) bottom.push_back(std::move(b));
    else body.push_back(std::move(b));
  }
  // Columns: blocks whose horizontal extents overlap, transitively.
  std::vector<std::pair<double, double>> spans, columns;  // left, right
  for (const auto& b : body) spans.emplace_back(b.left, b.right);
  std::sort(spans.begin(), spans.end());
  for (const auto& span : spans) {
    if (!columns.empty() && span.first <= columns.back().second)
      columns.back().second = std::max(columns.back().second, span.second);
    else
      columns.push_back(span);
  }
  const auto column_of = [&](const Block& b) {
    for (std::size_t c = 0; c < columns.size(); ++c)
      if (b.left >= columns[c].first && b.right <= columns[c].second) return c;
    return std::size_t{0};
  };
  bool all_text = columns.size() >= 2;
  for (std::size_t c = 0; all_text && c < columns.size(); ++c)
    all_text = std::any_of(body.begin(), body.end(), [&](const Block& b) { return column_of(b) == c && !b.one_line(); });
  if (all_text) {
    // By column, then by the top of each block's flow: a flow's own blocks keep their order.
    // Boxes in a grid are read row by row, as the eye reads them: two rows or
    // more, each box of a later column level with one of the first column's, and
    // each row below every box of the row above (else a column is only split in
    // two flows, beside boxes that run on past it).
    std::vector<double> rows;  // the first column's flow tops
    for (const auto& b : body)
      if (column_of(b) == 0) rows.push_back(flow_top[b.flow]);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const auto row_of = [&](const Block& b) {
      const double top = flow_top[b.flow];
      for (std::size_t r = 0; r < rows.size(); ++r)
        if (std::abs(rows[r] - top) <= 2) return r;
      return rows.size();  // level with none
    };
    std::vector<double> row_bottom(rows.size() + 1, 0);
    for (const auto& b : body) {
      double& bottom = row_bottom[row_of(b)];
      bottom = std::max(bottom, flow_bottom[b.flow]);
    }
    bool grid = rows.size() >= 2 && row_bottom.back() == 0;  // no box level with none
    for (std::size_t r = 1; grid && r < rows.size(); ++r) grid = rows[r] >= row_bottom[r - 1] - 2;
    std::stable_sort(body.begin(), body.end(), [&](const Block& a, const Block& b) {
      const std::size_t row_a = grid ? row_of(a) : 0, row_b = grid ? row_of(b) : 0;
      return std::tuple(row_a, columns[column_of(a)].first, flow_top[a.flow], a.flow) <
             std::tuple(row_b, columns[column_of(b)].first, flow_top[b.flow], b.flow);
    });
  }
  std::vector<Block> out = std::move(top);
  for (auto* part : {&body, &bottom})
    for (auto& b : *part) out.push_back(std::move(b));
  return out;
}

// Two or more rows of several cells in a row make a table: its rows on
// consecutive lines, its cells apart by tabs. Anything else is blocks apart by
// blank lines, the way the normaliser reads paragraphs.
std::string page_text(const TextPage& page, double page_height) {
  auto read = blocks_of(page);
  join_leaded_lines(read);
  const auto blocks = reading_order(std::move(read), page_height);
  const auto rows = rows_of(blocks);
  const auto table_row = [&](std::size_t r) {
    if (r >= rows.size() || rows[r].cells() < 2) return false;
    return (r > 0 && rows[r - 1].cells() >= 2) || (r + 1 < rows.size() && rows[r + 1].cells() >= 2);
  };
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (r > 0) out += table_row(r) && table_row(r - 1) ? "\n" : "\n\n";
    if (table_row(r)) {
      for (std::size_t b = rows[r].first; b < rows[r].last; ++b) {
        if (b > rows[r].first) out += '\t';
        out += blocks[b].lines[0].text;
      }
    } else {
      for (std::size_t b = rows[r].first; b < rows[r].last; ++b) {
        if (b > rows[r].first) out += "\n\n";
        append_block(out, blocks[b]);
      }
    }
  }
  return out;
}

void init_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    // Poppler reports syntax trouble on stderr itself; we report it once, as a diagnostic.
    setErrorCallback([](ErrorCategory, Goffset, const char*) {});
  });
}

// The page drawn in grey at `dpi`, white paper.
std::unique_ptr<SplashBitmap> draw_page(PDFDoc& doc, int page, double dpi) {
  SplashColor paper = {0xff};
  SplashOutputDev device(splashModeMono8, 1, false, paper);
  device.startDoc(&doc);
  doc.displayPage(&device, page, dpi, dpi, 0, /*useMediaBox=*/false, /*crop=*/true, /*printing=*/false);
  std::unique_ptr<SplashBitmap> image(device.takeBitmap());
  if (image && (image->getWidth() <= 0 || image->getHeight() <= 0)) image.reset();
  return image;
}

bool has_ink(const SplashBitmap& image) {
  const auto* pixels = reinterpret_cast<const unsigned char*>(image.getDataPtr());
  for (int y = 0; y < image.getHeight(); ++y) {
    const unsigned char* row = pixels + static_cast<std::ptrdiff_t>(y) * image.getRowSize();
    if (std::any_of(row, row + image.getWidth(), [](unsigned char v) { return v < 250; })) return true;
  }
  return false;
}

// A page with no text layer read by OCR. A glance at 36 dpi first: a page with
// nothing drawn on it is blank (""), not unread, and costs no OCR. Read at most
// at 300 dpi, and fewer for a page so large that its image would pass 40 megapixels.
std::optional<std::string> read_scanned_page(PDFDoc& doc, int page, std::string& error) {
  const auto glance = draw_page(doc, page, 36);
  if (!glance || !has_ink(*glance)) return std::string();
  if (!ocr_ready(error)) return std::nullopt;
  const double inches = std::max(1.0, doc.getPageCropWidth(page) / 72) * std::max(1.0, doc.getPageCropHeight(page) / 72);
  const double dpi = std::min(300.0, std::sqrt(40e6 / inches));
  const auto image = draw_page(doc, page, dpi);
  if (!image) return std::string();
  return ocr_page({reinterpret_cast<const unsigned char*>(image->getDataPtr()), image->getWidth(), image->getHeight(),
                   image->getRowSize(), static_cast<int>(dpi)},
                  error);
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\n\f") == std::string_view::npos; }

}  // namespace

std::optional<PdfText> pdf_text(std::string_view bytes, std::string& error) {
  init_poppler();
  // The stream only reads the bytes; the document owns the stream.
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  PDFDoc doc(stream);
  if (!doc.isOk()) {
    error = doc.getErrorCode() == errEncrypted ? "encrypted PDF" : "damaged or unreadable PDF";
    return std::nullopt;
  }
  PdfText out;
  for (int i = 1; i <= doc.getNumPages(); ++i) {
    if (!doc.getPage(i)) continue;
    ++out.pages;
    TextOutputDev device(nullptr, /*physLayout=*/false, 0, /*rawOrder=*/false, false);
    if (!device.isOk()) continue;
    doc.displayPage(&device, i, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/true, /*printing=*/false);
    TextPage* page = device.takeText();
    std::string text = page_text(*page, doc.getPageCropHeight(i));
    page->decRefCnt();
    if (blank(text)) {
      // No text layer: a scan. Read it by OCR, or count it unread and say why.
      std::string why;
      if (auto read = read_scanned_page(doc, i, why); !read) {
        ++out.unread_pages;
        out.unread_why = why;
      } else if (!blank(*read)) {
        text = std::move(*read);
        ++out.scanned_pages;
      }
    }
    if (i > 1) out.text += "\n\f\n";
    out.text += text;
  }
  if (out.pages == 0) {
    // Not the same as no text: the pages themselves could not be found.
    error = doc.getNumPages() == 0 ? "PDF whose page tree lists no pages (damaged?); re-save or print it to PDF again"
                                   : "PDF whose pages cannot be read (damaged?); re-save or print it to PDF again";
    return std::nullopt;
  }
  if (blank(out.text)) {
    error = out.unread_pages > 0 ? "PDF has no text layer (a scanned image?) and " + out.unread_why
                                 : "PDF has no text: its pages are blank, or a scan too faint for OCR to read";
    return std::nullopt;
  }
  out.text += '\n';
  return out;
}

}  // namespace letterdiff
