// The whole letter against its template, the way wdiff and git diff --word-diff
// show it: template words plain, [-deleted-] and {+inserted+} marked, inserted
// paragraphs as {+...+} and omitted ones as [-...-] where they would have stood.
#pragma once

#include <string>

#include "align/alignment.h"
#include "align/token_text.h"

namespace letterdiff {

std::string render_letter_wdiff(const Letter& letter, const Template& tpl, const Alignment& alignment,
                                const WdiffStyle& style);

// wdiff marks with red and green on a terminal, the marks kept so colour is never the only cue.
WdiffStyle colour_style();

}  // namespace letterdiff
