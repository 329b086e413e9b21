// A letter as read from disk: its path and its text as UTF-8 with LF line ends,
// before any normalisation. The text buffer is the one owner later stages view into.
#pragma once

#include <cstdint>
#include <string>

namespace letterdiff {

struct Document {
  std::string path;
  std::string text;
  std::uint64_t fingerprint = 0;  // hash of the file's bytes as read: a second read must find the same
  bool stream = false;            // read from a pipe or standard input: there is no second read
};

// The path standard input ("-" on the command line) is known by.
inline constexpr const char* kStandardInput = "(standard input)";

}  // namespace letterdiff
