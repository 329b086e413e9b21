// The templates of a run, from the survey: each group's read from a folder of
// .tpl files, or learnt from an evenly spaced sample of its letters, whose
// learning costs the same for 10,000 letters as for 1,000. Then, for `learn`,
// support recounted over every letter as the aligner sees it.
#pragma once

#include <filesystem>

#include "base/progress.h"
#include "pipeline/survey.h"
#include "templating/builder.h"
#include "templating/template_set.h"

namespace letterdiff {

// Adds to `templates` one template per group of the survey: read from
// dir/<group>.tpl when dir is given and holds one (else learnt, with a note),
// learnt otherwise. The sample letters are tokenised with the set's vocabulary
// and stay in the survey, marked tokenized.
void survey_templates(Survey& survey, TemplateSet& templates, const std::filesystem::path& dir = {},
                      const LearnOptions& options = {}, int jobs = 1);

inline TemplateSet survey_templates(Survey& survey, const std::filesystem::path& dir = {},
                                    const LearnOptions& options = {}, int jobs = 1) {
  TemplateSet templates;
  survey_templates(survey, templates, dir, options, jobs);
  return templates;
}

// Support as the aligner saw it over every letter of each group (not only the
// sample): a letter printing two template paragraphs as one still carries both.
// Streams the survey's letters, so they are read once more at most.
void recount_support(Survey& survey, TemplateSet& templates, int jobs = 1, Progress* progress = nullptr);

// Every letter the survey kept, tokenised with the set's vocabulary in survey
// order (the sample's already are): for comparing letters with letters, as the
// audit does. Letters the survey did not keep are read again.
void tokenize_all(Survey& survey, TemplateSet& templates);

}  // namespace letterdiff
