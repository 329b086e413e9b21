// Per-line clean-up of PDF and Markdown artefacts: curly quotes and dashes
// folded to ASCII, ligatures and invisible characters undone, Markdown emphasis,
// headings and underline tags stripped, runs of spaces collapsed.
#pragma once

#include <string>
#include <string_view>

namespace letterdiff {

struct CleanLine {
  std::string text;
  bool markdown_heading = false;  // the line started with "#"
};

CleanLine clean_line(std::string_view line);

}  // namespace letterdiff
