// Reads one letter file. Refuses what is not a text letter (empty, binary,
// too large, unreadable) with a diagnostic naming the file; converts what can be
// converted (BOM, CRLF, Windows-1252) and says so with a warning.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include "base/diagnostic.h"
#include "ingest/document.h"

namespace letterdiff {

struct ReadOptions {
  std::uintmax_t max_bytes = 20u * 1024 * 1024;
  std::size_t max_line = 100'000;  // a letter's longest line is a paragraph, a few KB
};

std::optional<Document> read_document(const std::filesystem::path& path, const ReadOptions& options,
                                      Diagnostics& diagnostics);

// The same checks on text already in memory (tests and standard input use it).
std::optional<Document> document_from_bytes(std::string path, std::string bytes, Diagnostics& diagnostics,
                                            const ReadOptions& options = {});

}  // namespace letterdiff
