// How a word diff is marked up: wdiff's [-x-]{+y+} by default; terminal colours,
// Markdown and HTML pass their own marks and escaping.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "diff/word_pieces.h"

namespace letterdiff {

struct WdiffStyle {
  std::string delete_open = "[-", delete_close = "-]";
  std::string insert_open = "{+", insert_close = "+}";
  std::function<std::string(std::string_view)> escape = [](std::string_view s) { return std::string(s); };
};

std::string render_pieces(std::span<const DiffPiece> pieces, const WdiffStyle& style);

// wdiff marks with red and green on a terminal, the marks kept so colour is never the only cue.
WdiffStyle colour_style();

}  // namespace letterdiff
