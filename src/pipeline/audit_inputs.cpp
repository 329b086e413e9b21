#include "pipeline/audit_inputs.h"

#include <algorithm>

#include "letter/metadata.h"
#include "pipeline/learn.h"

namespace letterdiff {

namespace {

// A path of letters: surveyed with every letter kept, its years learnt as every
// command learns them, then every letter tokenised with the shared vocabulary.
void learn_source(TemplateSource& source, SurveyOptions options, Diagnostics& diagnostics) {
  options.keep_bytes = SIZE_MAX;
  source.survey = survey_inputs(std::vector<std::string>{source.path}, options);
  survey_templates(source.survey, source.templates, {}, {}, options.jobs);
  tokenize_all(source.survey, source.templates);
  for (auto& d : source.survey.diagnostics) diagnostics.push_back(std::move(d));
  source.survey.diagnostics.clear();
  for (const auto& [group, positions] : group_positions(source.survey)) {
    YearTemplate year{source.templates.find(group), {}};
    for (std::size_t i : positions)
      if (const Letter* letter = source.survey.letters[i].letter.get()) year.letters.push_back(letter);
    if (year.tpl) source.years.push_back(std::move(year));
  }
}

}  // namespace

AuditInputs load_audit_inputs(std::span<const std::string> paths, const SurveyOptions& reading) {
  AuditInputs in;
  for (const auto& path : paths) {
    TemplateSource& source = in.sources.emplace_back(TemplateSource{path, {}, TemplateSet(in.vocabulary), {}});
    if (path.ends_with(".tpl")) {
      if (auto tpl = read_template_file(path, *in.vocabulary, in.diagnostics)) {
        source.templates.add(std::move(*tpl));
        source.years.push_back({source.templates.templates().front(), {}});
      }
    } else {
      learn_source(source, reading, in.diagnostics);
    }
    std::stable_sort(source.years.begin(), source.years.end(),
                     [](const YearTemplate& a, const YearTemplate& b) { return older_group(a.tpl->group, b.tpl->group); });
  }
  return in;
}

}  // namespace letterdiff
