#include "ingest/collect_files.h"

#include <dirent.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "base/text.h"

namespace letterdiff {

namespace fs = std::filesystem;

namespace {

// A letter found by the walk, and which file it is: the same device and inode
// reached by two paths is one letter.
struct Found {
  std::string path;
  dev_t device = 0;
  ino_t inode = 0;
  bool known = false;  // device and inode read (else a stat will tell)
};

struct Walk {
  std::vector<Found> files;
  std::set<FileId> seen;  // folders already read
  std::optional<FileId> output;
  Diagnostics& ds;

  // Folder links are followed, but a folder is read once: a link back up (a loop)
  // or a second link to the same folder would read its letters twice. Folders are
  // told apart by device and inode, one stat each, so the walk is linear in depth.
  bool first_visit(const std::string& dir, bool through_link) {
    struct stat st;
    if (::stat(dir.c_str(), &st) != 0) {
      ds.push_back({Severity::error, dir, fmt::format("cannot read folder: {}", std::strerror(errno)), 0});
      return false;
    }
    const FileId id{st.st_dev, st.st_ino};
    if (output && id == *output) {
      ds.push_back({Severity::error, dir, "leads to the output folder (through a link?); not read, so that reports are "
                                          "never read as letters",
                    0});
      return false;
    }
    if (seen.insert(id).second) return true;
    if (through_link)  // without a link, a folder seen twice was named twice (or nested): nothing to say
      ds.push_back({Severity::warning, dir, "folder link leads back to a folder already read (a loop?); not followed",
                    0});
    return false;
  }

  // A linked file whose real folder is the output folder: a report, not a letter.
  bool in_output(const std::string& link) const {
    if (!output) return false;
    char* real = ::realpath(link.c_str(), nullptr);
    if (!real) return false;
    const std::string parent = fs::path(real).parent_path().string();
    std::free(real);
    struct stat st;
    return ::stat(parent.c_str(), &st) == 0 && FileId{st.st_dev, st.st_ino} == *output;
  }

  // With POSIX readdir rather than std::filesystem: the listing gives each entry's
  // type and inode, so a folder of ten thousand letters costs no stat per letter.
  void folder(const std::string& dir, bool through_link) {
    DIR* handle = ::opendir(dir.c_str());
    if (!handle) {
      ds.push_back({Severity::error, dir, fmt::format("cannot read folder: {}", std::strerror(errno)), 0});
      return;
    }
    struct stat folder_stat {};
    ::fstat(::dirfd(handle), &folder_stat);
    struct Entry {
      std::string name;
      unsigned char type;
      ino_t inode;
    };
    std::vector<Entry> entries;
    while (const dirent* e = ::readdir(handle)) {
      const std::string_view name = e->d_name;
      if (name != "." && name != "..") entries.push_back({std::string(name), e->d_type, e->d_ino});
    }
    ::closedir(handle);
    // The walk, and so its messages, never depend on disk order.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
    const std::string prefix = dir.ends_with('/') ? dir : dir + '/';
    for (const auto& entry : entries) {
      std::string path = prefix + entry.name;
      if (entry.type == DT_DIR) {
        if (first_visit(path, through_link)) folder(path, through_link);
        continue;
      }
      if (entry.type == DT_REG) {
        if (is_letter_file_name(entry.name)) files.push_back({std::move(path), folder_stat.st_dev, entry.inode, true});
        continue;
      }
      // A link, or a file system that does not give types: ask where it leads.
      struct stat st;
      const bool resolves = ::stat(path.c_str(), &st) == 0;
      if (resolves && S_ISDIR(st.st_mode)) {
        if (first_visit(path, true)) folder(path, true);
      } else if (is_letter_file_name(entry.name)) {
        struct stat link;
        if (resolves && in_output(path))
          ds.push_back({Severity::error, path, "leads into the output folder (a link to a report?); not read", 0});
        else if (resolves && !S_ISREG(st.st_mode))  // only a stream named on the command line is waited on
          ds.push_back({Severity::error, path, "not a regular file (a pipe or device); skipped", 0});
        else if (resolves)
          files.push_back({std::move(path), st.st_dev, st.st_ino, true});
        else if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
          ds.push_back({Severity::error, path, "broken link; skipped", 0});
        else
          files.push_back({std::move(path)});  // reading it will say what is wrong
      }
    }
  }
};

}  // namespace

bool is_letter_file_name(std::string_view name) {
  const std::string lower = to_lower(name);
  return lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".pdf");
}

std::vector<std::string> collect_files(std::span<const std::string> inputs, Diagnostics& ds,
                                       std::optional<FileId> output) {
  Walk walk{{}, {}, output, ds};
  for (const auto& input : inputs) {
    if (input == "-") {  // standard input, read by read_file
      walk.files.push_back({input});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(input, ec);
    if (!fs::exists(status)) {
      const bool link = fs::is_symlink(fs::symlink_status(input, ec));
      ds.push_back({Severity::error, input, link ? "broken link; skipped" : "no such file or folder", 0});
    } else if (fs::is_directory(status)) {
      if (walk.first_visit(input, false)) walk.folder(fs::path(input).lexically_normal().string(), false);
    } else {
      walk.files.push_back({input});  // named explicitly: read whatever its extension
    }
  }
  // A file reached by two paths (through a link) is read once, under its smallest path.
  std::map<std::pair<dev_t, ino_t>, std::string> by_file;
  std::vector<std::string> files;
  for (auto& found : walk.files) {
    struct stat st;
    if (!found.known) {
      if (::stat(found.path.c_str(), &st) != 0) {
        files.push_back(std::move(found.path));  // reading it will say what is wrong
        continue;
      }
      found.device = st.st_dev;
      found.inode = st.st_ino;
    }
    auto [it, fresh] = by_file.try_emplace({found.device, found.inode}, found.path);
    if (!fresh && found.path < it->second) it->second = std::move(found.path);
  }
  for (auto& [id, file] : by_file) files.push_back(std::move(file));
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace letterdiff
