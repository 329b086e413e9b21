// Expands the paths given on the command line into the letter files to read:
// folders are walked recursively for .txt, .md and .pdf files, following folder
// links but reading each folder once (so a link loop ends), in a sorted order that
// does not depend on the file system or on the order of the arguments.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace letterdiff {

// A file or folder as the file system knows it, whatever path reaches it.
struct FileId {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  auto operator<=>(const FileId&) const = default;
};

// The letter files under inputs. A folder that is the output folder (reached
// through a link) is refused with an error, never read.
std::vector<std::string> collect_files(std::span<const std::string> inputs, Diagnostics& diagnostics,
                                       std::optional<FileId> output = std::nullopt);

bool is_letter_file_name(std::string_view name);

}  // namespace letterdiff
