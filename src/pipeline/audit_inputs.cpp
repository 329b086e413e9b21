#include "pipeline/audit_inputs.h"

#include <algorithm>
#include <set>

#include "ingest/collect_files.h"
#include "letter/metadata.h"

namespace letterdiff {

bool older_group(std::string_view a, std::string_view b) {
  const int ya = group_end_year(a), yb = group_end_year(b);
  return ya != yb ? ya < yb : a < b;
}

AuditInputs load_audit_inputs(std::span<const std::string> paths) {
  AuditInputs in;
  std::vector<std::string> letter_paths;
  for (const auto& p : paths)
    if (!p.ends_with(".tpl")) letter_paths.push_back(p);
  in.corpus = load_corpus(letter_paths);
  for (const auto& path : paths) {
    TemplateSource source{path, {}};
    if (path.ends_with(".tpl")) {
      if (auto tpl = load_template_file(path, in.corpus.vocabulary, in.corpus.diagnostics))
        source.years.push_back({std::move(*tpl), {}});
    } else {
      Diagnostics ignored;  // already reported when the corpus was loaded
      const std::vector<std::string> one = {path};
      const auto files = collect_files(one, ignored);
      const std::set<std::string> mine(files.begin(), files.end());
      for (const auto& [group, letters] : letters_by_group(in.corpus)) {
        std::vector<const Letter*> own;
        for (const Letter* l : letters)
          if (mine.count(l->path)) own.push_back(l);
        if (!own.empty()) source.years.push_back({learn_template(group, own, in.corpus.vocabulary), own});
      }
    }
    std::stable_sort(source.years.begin(), source.years.end(),
                     [](const YearTemplate& a, const YearTemplate& b) { return older_group(a.tpl.group, b.tpl.group); });
    in.sources.push_back(std::move(source));
  }
  return in;
}

}  // namespace letterdiff
