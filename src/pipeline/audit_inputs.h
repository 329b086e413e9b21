// What `audit` compares: each path given is a template file or letters, whose
// year groups are learnt into templates (from that path's letters only). All
// share one vocabulary, so their words compare by id.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "pipeline/corpus.h"

namespace letterdiff {

// A year's template and, when learnt rather than read from a .tpl, its letters.
struct YearTemplate {
  Template tpl;
  std::vector<const Letter*> letters;
};

struct TemplateSource {
  std::string path;
  std::vector<YearTemplate> years;  // oldest first
};

struct AuditInputs {
  Corpus corpus;  // the letters of every path, and the shared vocabulary
  std::vector<TemplateSource> sources;
};

AuditInputs load_audit_inputs(std::span<const std::string> paths);

// Oldest first by reporting year ("2018" < "2020" < "2023-24").
bool older_group(std::string_view a, std::string_view b);

}  // namespace letterdiff
