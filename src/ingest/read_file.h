// Reads a file whole, the one way every input is read (letters, templates, topic
// rules): a regular file no larger than a limit, opened without blocking, so a
// pipe, a device or a folder is refused with a message naming it, never waited on.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "base/diagnostic.h"

namespace letterdiff {

// The bytes of path, or nullopt with an error naming the file and saying why.
std::optional<std::string> read_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                     Diagnostics& diagnostics);

}  // namespace letterdiff
