// The one way letterdiff writes files: into the folder the user named, and
// never outside it. Each file is written to a temporary file created
// exclusively in that folder, without following links (a link planted at its
// name makes the open fail, never redirects it); commit() flushes every file to
// disk at once and renames each over its target, so a reader never sees half a
// report and an interrupted run leaves the previous files whole. Temporary
// files are removed on SIGINT and SIGTERM, and those of a killed run by the next.
//
// The folder's manifest (.letterdiff-manifest) lists what letterdiff wrote
// there, so that files of letters no longer given can be pruned while files
// letterdiff did not write are never touched: not those there when the run
// began (refused at once), nor one that appears while it runs (the rename into
// place refuses to replace it).
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <mutex>
#include <ostream>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace letterdiff {

inline constexpr std::string_view kManifestName = ".letterdiff-manifest";

class OutputFolder {
 public:
  // Creates the folder (and its parents) if need be; nullptr with an error naming it.
  static std::unique_ptr<OutputFolder> open(const std::filesystem::path& dir, Diagnostics& diagnostics);
  ~OutputFolder();  // removes temporary files not committed
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  // Writes file_name (a plain name, see is_plain_file_name) in the folder. A
  // later write of the same name replaces the earlier one. A file already there
  // that the manifest does not list (letterdiff did not write it) is refused.
  // Several threads may write at once, each its own names and diagnostics.
  bool write(std::string_view file_name, std::string_view content, Diagnostics& diagnostics);
  // The same for content too large to hold at once: write(out) streams it.
  bool write(std::string_view file_name, const std::function<void(std::ostream&)>& write, Diagnostics& diagnostics);

  // Flushes every file written to disk, renames each into place and records
  // them in the manifest. Files of the given kinds (name endings: ".md",
  // ".html") that an earlier run wrote and this run did not are removed when
  // prune is set and every write succeeded, else counted in a note.
  bool commit(bool prune, std::span<const std::string_view> kinds, Diagnostics& diagnostics);
  bool commit(Diagnostics& diagnostics) { return commit(false, {}, diagnostics); }

  const std::filesystem::path& path() const { return dir_; }
  int descriptor() const { return fd_; }  // the folder, open: (device, inode) for the walk

 private:
  OutputFolder(std::filesystem::path dir, int fd);
  std::string path_of(std::string_view file_name) const;

  struct Pending {
    std::string temporary;
    std::string name;
  };
  std::filesystem::path dir_;
  int fd_;
  std::map<std::string, bool, std::less<>> present_;  // the folder as the run found it: name -> a regular file?
  std::mutex mutex_;  // writes may come from several threads: guards what follows
  std::vector<Pending> pending_;
  std::set<std::string> known_;      // the manifest as the run found it
  std::set<std::string> attempted_;  // every name this run set out to write
  std::atomic<bool> failed_ = false;  // a write failed: nothing is pruned
};

// What went wrong writing, in words a user can act on ("the disk is full", "the
// name is too long for the file system", "permission denied", ...).
std::string write_error_words(int error);

}  // namespace letterdiff
