// A letter as read from disk: its path and its text as UTF-8 with LF line ends,
// before any normalisation. The text buffer is the one owner later stages view into.
#pragma once

#include <string>

namespace letterdiff {

struct Document {
  std::string path;
  std::string text;
};

}  // namespace letterdiff
