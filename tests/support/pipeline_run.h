// The run every command makes, for tests: the survey (every letter kept), the
// templates, and the report, through the same functions `report` calls.
#pragma once

#include <string>
#include <vector>

#include "pipeline/learn.h"
#include "pipeline/stream.h"

namespace letterdiff::testing {

struct PipelineRun {
  Survey survey;
  TemplateSet templates;
  Report report;

  const Template& tpl(std::string_view group) const;
  const LetterReport& letter(std::string_view council) const;  // by council, or by file
};

PipelineRun run_pipeline(std::vector<Document> documents, const ReportOptions& options = {},
                         const LearnOptions& learn = {});
PipelineRun run_pipeline(const std::vector<std::string>& paths, const ReportOptions& options = {},
                         const LearnOptions& learn = {});

// Survey and templates only: the letters stay in the survey, tokenised with the
// templates' vocabulary (as the audit has them).
struct LearntRun {
  Survey survey;
  TemplateSet templates;

  const Template& tpl(std::string_view group) const;
  std::vector<const Letter*> letters(std::string_view group) const;
};

LearntRun learn_documents(std::vector<Document> documents, const LearnOptions& learn = {});

}  // namespace letterdiff::testing
