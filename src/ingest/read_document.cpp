#include "ingest/read_document.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "base/text.h"
#include "base/utf8.h"
#include "ingest/pdf_text.h"

namespace letterdiff {
namespace {

void report(Diagnostics& ds, Severity severity, const std::string& file, std::string message) {
  ds.push_back({severity, file, std::move(message), 0});
}

bool looks_binary(std::string_view bytes) {
  if (bytes.find('\0') != std::string_view::npos) return true;
  std::size_t control = 0;
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 100 > bytes.size();  // more than 1% control characters
}

std::string unify_line_ends(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r') {
      out += '\n';
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    } else {
      out += bytes[i];
    }
  }
  return out;
}

}  // namespace

std::optional<Document> document_from_bytes(std::string path, std::string bytes, Diagnostics& ds) {
  std::string_view view = bytes;
  if (view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
  if (view.starts_with("\xFF\xFE") || view.starts_with("\xFE\xFF")) {
    report(ds, Severity::error, path, "UTF-16 text is not supported; skipped (save it as UTF-8)");
    return std::nullopt;
  }
  if (view.starts_with("%PDF-")) {
    std::string error;
    auto text = pdf_text(view, error);
    if (!text) {
      report(ds, Severity::error, path, error + "; skipped");
      return std::nullopt;
    }
    return Document{std::move(path), std::move(*text)};
  }
  if (looks_binary(view)) {
    report(ds, Severity::error, path, "binary file (NUL or control bytes), not a letter; skipped");
    return std::nullopt;
  }
  if (view.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    report(ds, Severity::error, path, "empty file; skipped");
    return std::nullopt;
  }
  std::string text;
  if (is_valid_utf8(view)) {
    text = unify_line_ends(view);
  } else {
    report(ds, Severity::warning, path, "not valid UTF-8; read as Windows-1252 and converted");
    text = unify_line_ends(windows1252_to_utf8(view));
  }
  return Document{std::move(path), std::move(text)};
}

std::optional<Document> read_document(const std::filesystem::path& path, const ReadOptions& options,
                                      Diagnostics& ds) {
  const std::string name = path.string();
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    report(ds, Severity::error, name, fmt::format("cannot read: {}; skipped", ec.message()));
    return std::nullopt;
  }
  if (size > options.max_bytes) {
    report(ds, Severity::error, name,
           fmt::format("{} bytes is over the {} byte limit; skipped (raise it with --max-bytes)", size,
                       options.max_bytes));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  if (!in || !(buffer << in.rdbuf()) || in.bad()) {
    if (size == 0) {
      report(ds, Severity::error, name, "empty file; skipped");
    } else {
      report(ds, Severity::error, name, "cannot read (permission denied or I/O error); skipped");
    }
    return std::nullopt;
  }
  return document_from_bytes(name, std::move(buffer).str(), ds);
}

}  // namespace letterdiff
