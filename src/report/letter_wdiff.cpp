#include "report/letter_wdiff.h"

namespace letterdiff {

std::string render_letter_wdiff(const LetterReport& letter, const WdiffStyle& style) {
  std::string out;
  for (const auto& p : letter.passages) {
    if (!out.empty()) out += "\n\n";
    out += render_pieces(passage_pieces(p, letter), style);
  }
  return out + "\n";
}

}  // namespace letterdiff
