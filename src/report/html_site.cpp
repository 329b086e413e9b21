#include "report/html_site.h"

#include <algorithm>
#include <map>

#include "base/file_name.h"
#include "base/parallel.h"
#include "base/text.h"
#include "report/formats.h"
#include "report/html_parts.h"

namespace letterdiff {

SitePlan plan_site(const Report& report, std::vector<std::string> letter_files) {
  SitePlan plan;
  plan.letter_files = std::move(letter_files);
  const auto& letters = report.letters;
  plan.links.resize(letters.size());
  // Before and after: the neighbours in the index within the same year.
  for (std::size_t i = 0; i < letters.size(); ++i) {
    LetterLinks& links = plan.links[i];
    if (i > 0 && letters[i - 1].group == letters[i].group)
      links.previous = plan.letter_files[i - 1], links.previous_name = html::shown_name(letters[i - 1]);
    if (i + 1 < letters.size() && letters[i + 1].group == letters[i].group)
      links.next = plan.letter_files[i + 1], links.next_name = html::shown_name(letters[i + 1]);
  }
  // The same council in other years: its name, whatever its case.
  std::map<std::string, std::vector<std::size_t>> by_council;
  for (std::size_t i = 0; i < letters.size(); ++i)
    if (!letters[i].council.empty()) by_council[to_lower(letters[i].council)].push_back(i);
  FileStems stems;
  for (auto& [key, indices] : by_council) {
    const bool several_years = std::any_of(indices.begin(), indices.end(),
                                           [&](std::size_t i) { return letters[i].group != letters[indices[0]].group; });
    if (!several_years) continue;
    CouncilPage page{letters[indices.front()].council, "", indices};
    page.file = "council-" + stems.take(page.name) + ".html";
    for (std::size_t i : indices) {
      for (std::size_t j : indices) plan.links[i].years.emplace_back(letters[j].group, plan.letter_files[j]);
      plan.links[i].council_page = page.file;
    }
    plan.councils.push_back(std::move(page));
  }
  return plan;
}

void write_site(const Report& report, const SitePlan& plan, int jobs,
                const std::function<void(std::string_view name, std::string_view html)>& write) {
  write(html::kStylesheetName, html::stylesheet());
  // Every page is made and written on one of `jobs` threads, the index first as
  // it takes longest: writing a file costs the system about as much as making its page.
  const auto put = [&](std::string_view name, std::string html) { write(name, visible_controls(std::move(html))); };
  const std::size_t groups = report.groups.size(), councils = plan.councils.size();
  parallel_for(1 + groups + councils + report.letters.size(), jobs, [&](std::size_t k) {
    if (k == 0) {
      put("index.html", html_index(report, plan.letter_files, plan.councils));
    } else if (k <= groups) {
      const GroupSummary& g = report.groups[k - 1];
      put(template_page_name(g.group), html_template(report, g, plan.letter_files));
    } else if (k <= groups + councils) {
      const CouncilPage& c = plan.councils[k - 1 - groups];
      put(c.file, html_council(report, plan, c));
    } else {
      const std::size_t i = k - 1 - groups - councils;
      put(plan.letter_files[i], html_letter(report.letters[i], plan.links[i]));
    }
  });
}

}  // namespace letterdiff
