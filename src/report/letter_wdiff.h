// The whole letter against its template, the way wdiff and git diff --word-diff
// show it: template words plain, [-deleted-] and {+inserted+} marked, inserted
// paragraphs as {+...+} and omitted ones as [-...-] where they would have stood.
#pragma once

#include <string>

#include "report/report.h"

namespace letterdiff {

// From the letter's passages (a report made with ReportOptions::passages).
std::string render_letter_wdiff(const LetterReport& letter, const WdiffStyle& style);

}  // namespace letterdiff
