// The .tpl file: a template people can read and edit, and the other commands
// load again. Format (docs/template-format.md):
//
//   # comments
//   group: 2023-24
//   letters: 3
//
//   [1] 3/3 text
//   Dear {{recipient:person}}
//
//   # letterdiff checksum (...): 5c0ffee...
//
// Paragraphs are separated by blank lines; a table paragraph keeps its rows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "base/vocabulary.h"
#include "templating/template.h"

namespace letterdiff {

// The template's text, ending in a checksum line over everything above it.
std::string write_template(const Template& tpl);

inline constexpr std::string_view kChecksumLine = "# letterdiff checksum (learn replaces this file only while it matches): ";

// The text is not as write_template left it: someone edited it, or letterdiff
// did not write it. learn does not overwrite such a file without --force.
bool edited_since_written(std::string_view text);

// Parses a .tpl text; a malformed file gives a diagnostic with its line number.
std::optional<Template> read_template(std::string_view text, const std::string& file, Vocabulary& vocabulary,
                                      Diagnostics& diagnostics);

}  // namespace letterdiff
