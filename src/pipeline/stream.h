// The second pass of every command: after the survey and the templates, each
// letter streams through tokeniser, aligner and reporter on all threads and is
// freed as soon as its report is made. Work per letter is the same for the 10th
// letter as for the 100,000th, and memory holds the letters in flight.
#pragma once

#include <cstddef>
#include <functional>

#include "base/progress.h"
#include "pipeline/survey.h"
#include "report/report.h"
#include "templating/template_set.h"
#include "verify/accounting.h"

namespace letterdiff {

// visit(i, letter, vocabulary) for each letter of the survey, on one of `jobs`
// threads; vocabulary is the one the letter's tokens are ids of (the templates'
// or the letter's own extension of it). Letters leave the survey as they go.
// The templates' paragraphs without slots are tokenised once, for every letter
// that carries them word for word.
using LetterVisit = std::function<void(std::size_t index, const Letter& letter, const Vocabulary& vocabulary)>;
void stream_letters(Survey& survey, const TemplateSet& templates, int jobs, Progress* progress,
                    const LetterVisit& visit);

// The Report of every letter of the survey, in the survey's order, with its digest.
Report report_survey(Survey& survey, const TemplateSet& templates, const ReportOptions& options = {}, int jobs = 1,
                     Progress* progress = nullptr);

// Each letter of the survey, in order, reported as report_survey reports it (the
// whole letter kept) and accounted for from that report; with the normaliser's
// ledger when asked.
std::vector<VerifiedLetter> verify_survey(Survey& survey, const TemplateSet& templates, bool ledger, int jobs = 1);

}  // namespace letterdiff
