// Remarks and boilerplate that swapped places between two years: an inserted
// paragraph of one year's letters that matches a paragraph of the other year's
// template (and so is not in its own year's template).
#include <algorithm>
#include <map>

#include "audit/audit.h"

namespace letterdiff {
namespace {

// Each inserted paragraph of letters (aligned to their own template) that is a
// version of a paragraph of other, keyed by that paragraph.
std::vector<Crossover> inserts_found_in(std::span<const Letter* const> letters, const Template& own,
                                        const Template& other, const Vocabulary& vocabulary) {
  if (letters.empty()) return {};
  const TemplateMatcher own_matcher(own, vocabulary), other_matcher(other, vocabulary);
  std::map<int, Crossover> found;
  for (const Letter* letter : letters) {
    const ParagraphIds ids(letter->tokens);
    for (const auto& e : align(*letter, own_matcher).entries) {
      if (e.kind != EntryKind::inserted) continue;
      const int p = other_matcher.match(ids.range(e.letter_begin, e.letter_end));
      if (p < 0) continue;
      Crossover& c = found[p];
      if (c.councils.empty()) {
        const auto& first = letter->normalised.paragraphs[e.letter_begin];
        c.text = std::string(letter->normalised.paragraph_text(first));
        c.paragraph = p + 1;
      }
      const std::string& council = letter->metadata.council.empty() ? letter->path : letter->metadata.council;
      if (std::find(c.councils.begin(), c.councils.end(), council) == c.councils.end()) c.councils.push_back(council);
    }
  }
  std::vector<Crossover> out;
  for (auto& [p, c] : found) out.push_back(std::move(c));
  return out;
}

}  // namespace

void find_crossovers(Audit& audit, const Template& older, std::span<const Letter* const> older_letters,
                     const Template& newer, std::span<const Letter* const> newer_letters, const Vocabulary& vocabulary) {
  audit.became_boilerplate = inserts_found_in(older_letters, older, newer, vocabulary);
  audit.became_occasional = inserts_found_in(newer_letters, newer, older, vocabulary);
}

}  // namespace letterdiff
