// What `audit` compares: each path given is a template file or letters, whose
// year groups are learnt into templates (from that path's letters only), as every
// command learns them. All share one vocabulary, so their words compare by id.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "pipeline/survey.h"
#include "templating/template_set.h"

namespace letterdiff {

// A year's template and, when learnt rather than read from a .tpl, its letters,
// tokenised with the shared vocabulary.
struct YearTemplate {
  const Template* tpl = nullptr;
  std::vector<const Letter*> letters;
};

struct TemplateSource {
  std::string path;
  Survey survey;          // the path's letters, every one kept (none for a .tpl)
  TemplateSet templates;  // its years
  std::vector<YearTemplate> years;  // oldest first
};

struct AuditInputs {
  std::shared_ptr<Vocabulary> vocabulary = std::make_shared<Vocabulary>();
  std::vector<TemplateSource> sources;
  Diagnostics diagnostics;
};

// Letters are read with `reading` (its limits, threads and progress), every one kept.
AuditInputs load_audit_inputs(std::span<const std::string> paths, const SurveyOptions& reading = {});

}  // namespace letterdiff
