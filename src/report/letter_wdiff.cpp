#include "report/letter_wdiff.h"

namespace letterdiff {

std::string render_letter_wdiff(const Letter& letter, const Template& tpl, const Alignment& alignment,
                                const WdiffStyle& style) {
  std::string out;
  for (const auto& e : alignment.entries) {
    if (!out.empty()) out += "\n\n";
    const auto t_refs = template_token_refs(tpl, e.template_begin, e.template_end);
    const auto l_refs = letter_token_refs(letter, e.letter_begin, e.letter_end);
    if (e.kind == EntryKind::inserted) {
      out += style.insert_open + style.escape(run_text(l_refs, 0, l_refs.size())) + style.insert_close;
    } else if (e.kind == EntryKind::omitted) {
      out += style.delete_open + style.escape(run_text(t_refs, 0, t_refs.size())) + style.delete_close;
    } else {
      out += render_pieces(word_diff_pieces(e.words, t_refs, l_refs), style);
    }
  }
  return out + "\n";
}

WdiffStyle colour_style() {
  return WdiffStyle{"\x1b[31m[-", "-]\x1b[0m", "\x1b[32m{+", "+}\x1b[0m",
                    [](std::string_view s) { return std::string(s); }};
}

}  // namespace letterdiff
