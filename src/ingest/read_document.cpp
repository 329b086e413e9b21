#include "ingest/read_document.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/swar.h"
#include "base/text.h"
#include "base/utf8.h"
#include "base/word_key.h"
#include "ingest/pdf_text.h"
#include "ingest/read_file.h"

namespace letterdiff {
namespace {

int line_of(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// What the checks below ask of a text's control bytes, in one pass that skips
// eight bytes at a time where none is below 0x20 (most of a letter).
struct ControlProfile {
  std::size_t control = 0;  // below 0x20 other than line ends, tabs and form feeds
  bool carriage_return = false;
  int long_line = 0;  // the first line longer than the limit, or 0
  std::size_t long_length = 0;
};

ControlProfile profile_controls(std::string_view bytes, std::size_t max_line) {
  ControlProfile p;
  int line = 1;
  std::size_t line_start = 0;
  const auto end_line = [&](std::size_t end) {
    if (p.long_line == 0 && end - line_start > max_line) p.long_line = line, p.long_length = end - line_start;
  };
  for (std::size_t i = 0; i < bytes.size();) {
    if (i + 8 <= bytes.size() && !swar::any_below(swar::load8(bytes.data() + i), 0x20)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      end_line(i);
      ++line;
      line_start = i + 1;
    } else if (c == '\r') {
      p.carriage_return = true;
    } else if (c < 0x20 && c != '\t' && c != '\f') {
      ++p.control;
    }
    ++i;
  }
  end_line(bytes.size());
  return p;
}

// CR LF and lone CR become LF.
std::string unify_line_ends(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t start = 0; start < bytes.size();) {
    const std::size_t cr = std::min(bytes.find('\r', start), bytes.size());
    out.append(bytes, start, cr - start);
    if (cr == bytes.size()) break;
    out += '\n';
    start = cr + 1 < bytes.size() && bytes[cr + 1] == '\n' ? cr + 2 : cr + 1;
  }
  return out;
}

}  // namespace

std::optional<Document> document_from_bytes(std::string path, std::string bytes, Diagnostics& ds,
                                            const ReadOptions& options) {
  std::string_view view = bytes;
  if (view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
  const auto refuse = [&](std::string message, int line = 0) {
    ds.push_back({Severity::error, path, std::move(message), line});
    return std::nullopt;
  };
  if (view.starts_with("\xFF\xFE") || view.starts_with("\xFE\xFF"))
    return refuse("UTF-16 text is not supported; skipped (save it as UTF-8)");
  if (view.starts_with("%PDF-")) {
    std::string error;
    auto pdf = pdf_text(view, error);
    if (!pdf) return refuse(error + "; skipped");
    if (pdf->scanned_pages > 0)
      ds.push_back({Severity::warning, path,
                    fmt::format("{} of {} page{} had no text layer and {} read by OCR (Tesseract): check names and "
                                "figures against the PDF",
                                pdf->scanned_pages, pdf->pages, pdf->pages == 1 ? "" : "s",
                                pdf->scanned_pages == 1 ? "was" : "were")});
    if (pdf->unread_pages > 0)
      ds.push_back({Severity::warning, path,
                    fmt::format("{} of {} page{} had no text layer (a scanned image?) and could not be read, as {}; "
                                "the other pages were read",
                                pdf->unread_pages, pdf->pages, pdf->pages == 1 ? "" : "s", pdf->unread_why)});
    return Document{std::move(path), std::move(pdf->text)};
  }
  if (view.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return refuse("empty file; skipped");
  if (const auto nul = view.find('\0'); nul != std::string_view::npos)
    return refuse("contains NUL bytes: a binary file, not a letter; skipped", line_of(view, nul));
  const ControlProfile controls = profile_controls(view, options.max_line);
  if (controls.control * 100 > view.size())
    return refuse("binary file (more than 1% control bytes), not a letter; skipped");
  if (controls.long_line > 0)
    return refuse(fmt::format("a line of {} bytes, over the {} a letter's paragraph needs: not a letter; skipped",
                              controls.long_length, options.max_line),
                  controls.long_line);
  const Utf8Census census = utf8_census(view);
  if (census.bad_bytes == 0) {
    if (view.size() == bytes.size() && !controls.carriage_return)
      return Document{std::move(path), std::move(bytes)};  // already as later stages want it: no copy
    return Document{std::move(path), unify_line_ends(view)};
  }
  if (census.multibyte > 0)
    return refuse(fmt::format("invalid UTF-8 ({} bad byte{}); skipped (re-save it as UTF-8)", census.bad_bytes,
                              census.bad_bytes == 1 ? "" : "s"),
                  line_of(view, census.first_bad));
  ds.push_back({Severity::warning, path, "not UTF-8; read as Windows-1252 and converted (save it as UTF-8 to be sure)",
                line_of(view, census.first_bad)});
  return Document{std::move(path), unify_line_ends(windows1252_to_utf8(view))};
}

std::optional<Document> read_document(const std::filesystem::path& path, const ReadOptions& options,
                                      Diagnostics& ds) {
  bool stream = false;
  auto bytes = read_file(path, options.max_bytes, ds, Stream::allowed, &stream);
  if (!bytes) return std::nullopt;
  const std::uint64_t fingerprint = XXH3_64bits(bytes->data(), bytes->size());
  auto document = document_from_bytes(path == "-" ? kStandardInput : path.string(), std::move(*bytes), ds, options);
  if (document) {
    document->fingerprint = fingerprint;
    document->stream = stream;
  }
  return document;
}

}  // namespace letterdiff
