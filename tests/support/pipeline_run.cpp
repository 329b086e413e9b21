#include "support/pipeline_run.h"

#include <catch2/catch.hpp>

namespace letterdiff::testing {
namespace {

const Template& find_template(const TemplateSet& templates, std::string_view group) {
  const Template* tpl = templates.find(group);
  if (!tpl) FAIL("no template for group " << group);
  return *tpl;
}

PipelineRun finish(Survey survey, const ReportOptions& options, const LearnOptions& learn) {
  PipelineRun run{std::move(survey), {}, {}};
  survey_templates(run.survey, run.templates, {}, learn);
  run.report = report_survey(run.survey, run.templates, options);
  return run;
}

}  // namespace

const Template& PipelineRun::tpl(std::string_view group) const { return find_template(templates, group); }

const LetterReport& PipelineRun::letter(std::string_view name) const {
  for (const auto& l : report.letters)
    if (l.council == name || l.file == name) return l;
  FAIL("no letter for " << name);
  throw;
}

PipelineRun run_pipeline(std::vector<Document> documents, const ReportOptions& options, const LearnOptions& learn) {
  return finish(survey_documents(std::move(documents)), options, learn);
}

PipelineRun run_pipeline(const std::vector<std::string>& paths, const ReportOptions& options,
                         const LearnOptions& learn) {
  SurveyOptions survey;
  survey.keep_bytes = SIZE_MAX;
  return finish(survey_inputs(paths, survey), options, learn);
}

const Template& LearntRun::tpl(std::string_view group) const { return find_template(templates, group); }

std::vector<const Letter*> LearntRun::letters(std::string_view group) const {
  std::vector<const Letter*> out;
  for (const auto& s : survey.letters)
    if (s.metadata.group == group && s.letter) out.push_back(s.letter.get());
  return out;
}

LearntRun learn_documents(std::vector<Document> documents, const LearnOptions& learn) {
  LearntRun run{survey_documents(std::move(documents)), {}};
  survey_templates(run.survey, run.templates, {}, learn);
  tokenize_all(run.survey, run.templates);
  return run;
}

}  // namespace letterdiff::testing
