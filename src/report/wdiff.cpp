#include "report/wdiff.h"

namespace letterdiff {

std::string render_pieces(std::span<const DiffPiece> pieces, const WdiffStyle& style) {
  std::string out;
  for (const auto& p : pieces) {
    if (p.op == WordOp::deleted) out += style.delete_open + style.escape(p.text) + style.delete_close;
    else if (p.op == WordOp::inserted) out += style.insert_open + style.escape(p.text) + style.insert_close;
    else out += style.escape(p.text);
  }
  return out;
}

WdiffStyle colour_style() {
  return WdiffStyle{"\x1b[31m[-", "-]\x1b[0m", "\x1b[32m{+", "+}\x1b[0m",
                    [](std::string_view s) { return std::string(s); }};
}

}  // namespace letterdiff
