// The HTML site: a page per letter, an index, a page per template, a page per
// council that has letters of several years, and the stylesheet they share. It
// opens from disk: nothing is fetched, letter text is always escaped, and the
// only scripts are the site's own (sorting, filtering, year tabs).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/report.h"

namespace letterdiff {

// Where a letter's page links: the councils before and after it in the index,
// the same council's letters of other years, and its council page.
struct LetterLinks {
  std::string previous, previous_name, next, next_name;    // file and council; empty at the ends
  std::vector<std::pair<std::string, std::string>> years;  // (group, file) of each of the council's letters, this one's too
  std::string council_page;                                // "" unless it has letters of several years
};

// A council with letters of several years: its page and its letters, oldest first.
struct CouncilPage {
  std::string name, file;
  std::vector<std::size_t> letters;  // indices into Report::letters
};

struct SitePlan {
  std::vector<std::string> letter_files;  // letter_files[i]: the page of Report::letters[i]
  std::vector<LetterLinks> links;         // ... and where it links
  std::vector<CouncilPage> councils;      // by name
};

SitePlan plan_site(const Report& report, std::vector<std::string> letter_files);

// The index (formats.h) with a link to each council's page across the years.
std::string html_index(const Report& report, const std::vector<std::string>& letter_files,
                       const std::vector<CouncilPage>& councils);
std::string html_letter(const LetterReport& letter, const LetterLinks& links);
std::string html_council(const Report& report, const SitePlan& plan, const CouncilPage& council);
// `letter_files` as in SitePlan, or empty: then no council is linked.
std::string html_template(const Report& report, const GroupSummary& group, const std::vector<std::string>& letter_files);

// Every page but the audits (made from the templates, by whoever has them), made
// `jobs` at a time: write(name, html) for each, called from as many threads.
void write_site(const Report& report, const SitePlan& plan, int jobs,
                const std::function<void(std::string_view name, std::string_view html)>& write);

}  // namespace letterdiff
