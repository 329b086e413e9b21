#include "ingest/collect_files.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "base/text.h"

namespace letterdiff {

namespace fs = std::filesystem;

bool is_letter_file_name(std::string_view name) {
  const std::string lower = to_lower(name);
  return lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".pdf");
}

std::vector<std::string> collect_files(std::span<const std::string> inputs, Diagnostics& ds) {
  std::vector<std::string> files;
  for (const auto& input : inputs) {
    std::error_code ec;
    const auto status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      ds.push_back({Severity::error, input, "no such file or folder", 0});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(input);  // named explicitly: read whatever its extension
      continue;
    }
    // Symlinked folders are not followed, so a link loop cannot trap the walk.
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      ds.push_back({Severity::error, input, fmt::format("cannot open folder: {}", ec.message()), 0});
      continue;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
      if (ec) {
        ds.push_back({Severity::error, it->path().string(), fmt::format("cannot read: {}", ec.message()), 0});
        break;
      }
      const auto& entry = *it;
      std::error_code type_ec;
      if (entry.is_regular_file(type_ec) && is_letter_file_name(entry.path().filename().string()))
        files.push_back(entry.path().lexically_normal().string());
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace letterdiff
