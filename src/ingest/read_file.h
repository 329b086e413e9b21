// Reads a file whole, the one way every input is read (letters, templates, topic
// rules): a regular file no larger than a limit, opened without blocking, so a
// pipe, a device or a folder is refused with a message naming it, never waited on.
// Letters named on the command line may also be streams (Stream::allowed): a pipe,
// process substitution (/dev/fd/N) or standard input ("-"), read to its end.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "base/diagnostic.h"

namespace letterdiff {

enum class Stream { refused, allowed };

// The bytes of path, or nullopt with an error naming the file and saying why.
// `streamed`, when given, is set when the bytes came from a stream.
std::optional<std::string> read_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                     Diagnostics& diagnostics, Stream streams = Stream::refused,
                                     bool* streamed = nullptr);

}  // namespace letterdiff
