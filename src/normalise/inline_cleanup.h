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
  int folded = 0;                 // typographic characters folded to plain ones
  std::string markup;             // what Markdown or HTML was stripped, e.g. "## **"
};

CleanLine clean_line(std::string_view line);

// Most lines need no cleaning: plain ASCII, no markup, single spaces, no leading
// or trailing blanks. clean_line would return them as they are.
bool already_clean(std::string_view line);

}  // namespace letterdiff
