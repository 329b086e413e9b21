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
// Paragraphs are separated by blank lines; a table paragraph keeps its rows.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "base/vocabulary.h"
#include "templating/template.h"

namespace letterdiff {

std::string write_template(const Template& tpl);

// Parses a .tpl text; a malformed file gives a diagnostic with its line number.
std::optional<Template> read_template(std::string_view text, const std::string& file, Vocabulary& vocabulary,
                                      Diagnostics& diagnostics);

}  // namespace letterdiff
