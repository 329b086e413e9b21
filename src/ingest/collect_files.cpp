#include "ingest/collect_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "base/text.h"

namespace letterdiff {

namespace fs = std::filesystem;

namespace {

struct Walk {
  std::vector<std::string> files;
  std::set<fs::path> seen;  // canonical folders already read
  Diagnostics& ds;

  // Folder links are followed, but a folder is read once: a link back up (a loop)
  // or a second link to the same folder would read its letters twice.
  bool first_visit(const fs::path& dir) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(dir, ec);
    if (ec) return false;
    if (seen.insert(canonical).second) return true;
    ds.push_back({Severity::warning, dir.string(), "folder link leads back to a folder already read (a loop?); not followed",
                  0});
    return false;
  }

  void folder(const fs::path& dir) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;  // each knows its type from the folder listing: no stat
    for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec))
      entries.push_back(*it);
    if (ec) ds.push_back({Severity::error, dir.string(), fmt::format("cannot read folder: {}", ec.message()), 0});
    std::sort(entries.begin(), entries.end());  // the walk, and so its messages, never depend on disk order
    for (const auto& entry : entries) {
      const fs::path& path = entry.path();
      std::error_code status_ec;
      const auto status = entry.status(status_ec);
      if (fs::is_directory(status)) {
        if (first_visit(path)) folder(path);
      } else if (is_letter_file_name(path.filename().string())) {
        if (!fs::exists(status) && fs::is_symlink(fs::symlink_status(path, status_ec)))
          ds.push_back({Severity::error, path.string(), "broken link; skipped", 0});
        else
          files.push_back(path.lexically_normal().string());
      }
    }
  }
};

}  // namespace

bool is_letter_file_name(std::string_view name) {
  const std::string lower = to_lower(name);
  return lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".pdf");
}

std::vector<std::string> collect_files(std::span<const std::string> inputs, Diagnostics& ds) {
  Walk walk{{}, {}, ds};
  for (const auto& input : inputs) {
    std::error_code ec;
    const auto status = fs::status(input, ec);
    if (!fs::exists(status)) {
      const bool link = fs::is_symlink(fs::symlink_status(input, ec));
      ds.push_back({Severity::error, input, link ? "broken link; skipped" : "no such file or folder", 0});
    } else if (fs::is_directory(status)) {
      if (walk.first_visit(input)) walk.folder(input);
    } else {
      walk.files.push_back(input);  // named explicitly: read whatever its extension
    }
  }
  // A file reached by two paths (through a link) is read once, under its smallest
  // path. The same file is the same device and inode: one stat, not a path walk.
  std::map<std::pair<dev_t, ino_t>, std::string> by_file;
  std::vector<std::string> files;
  for (auto& file : walk.files) {
    struct stat st;
    if (::stat(file.c_str(), &st) != 0) {
      files.push_back(std::move(file));  // reading it will say what is wrong
      continue;
    }
    auto [it, fresh] = by_file.try_emplace({st.st_dev, st.st_ino}, file);
    if (!fresh && file < it->second) it->second = file;
  }
  for (auto& [id, file] : by_file) files.push_back(std::move(file));
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace letterdiff
