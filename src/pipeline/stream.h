// The second pass: after the survey, templates come from a bounded sample of each
// group, then every letter streams through tokeniser, aligner and reporter on all
// threads and is freed as soon as its report is made. Work per letter is the same
// for the 10th letter as for the 100,000th, and memory holds the letters in flight.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>

#include "base/progress.h"
#include "pipeline/corpus.h"
#include "pipeline/survey.h"

namespace letterdiff {

// Templates for the survey's groups: read from dir/<group>.tpl when dir is given
// and holds one (else learnt, with a note), learnt from an evenly spaced sample of
// the group's letters otherwise. The sample is tokenised with the shared vocabulary.
Templates survey_templates(Survey& survey, Vocabulary& vocabulary, const std::filesystem::path& dir = {},
                           const LearnOptions& options = {}, int jobs = 1);

// visit(i, letter, vocabulary) for each letter of the survey, on one of `jobs`
// threads; vocabulary is the one the letter's tokens are ids of (the shared one
// or the letter's own extension of it). Letters leave the survey as they go.
// The templates' paragraphs without slots are tokenised once, for every letter
// that carries them word for word.
using LetterVisit = std::function<void(std::size_t index, const Letter& letter, const Vocabulary& vocabulary)>;
void stream_letters(Survey& survey, const Templates& templates, const Vocabulary& vocabulary, int jobs,
                    Progress* progress, const LetterVisit& visit);

// The Report of every letter of the survey, in the survey's order.
Report report_survey(Survey& survey, const Templates& templates, const Vocabulary& vocabulary, int jobs = 1,
                     const ReportOptions& options = {}, Progress* progress = nullptr);

// Support as the aligner saw it over every letter of each group (not only the
// sample): a letter printing two template paragraphs as one still carries both.
void recount_support(Templates& templates, Survey& survey, const Vocabulary& vocabulary, int jobs = 1,
                     Progress* progress = nullptr);

// One letter's report: aligned to its group's template and, for the only letter
// of its year, compared with the nearest other year's template.
LetterReport report_one(const Letter& letter, const Templates& templates, const TemplateMatcher& matcher,
                        const Vocabulary& vocabulary, const ReportOptions& options = {});

}  // namespace letterdiff
