// What only a group's letters show together, judged once the groups are known,
// each letter then read again with it if it reads differently.
//
// Page furniture: a line each letter carries once, at a page break (a
// first-page-only footer, a second page's header), which no rule about its words
// and no repetition within the letter gives away. It stands at the page breaks
// of many of the group's letters, and the text on either side of it varies from
// letter to letter, as it does about a page break that falls in a different place
// in each. A heading or signature that always starts or ends a page has the same
// text beside it every time.
//
// Compounds: a word a letter breaks at a line-end hyphen ("well-" / "established")
// keeps its hyphen when another of the group's letters writes it hyphenated
// inside a line.
#pragma once

#include <set>
#include <span>
#include <string>
#include <vector>

#include "normalise/normalised_text.h"

namespace letterdiff {

using EdgeFurniture = std::set<std::string>;  // edge keys (furniture.h)

struct GroupEvidence {
  EdgeFurniture furniture;
  std::set<std::string> compounds;  // hyphenated words, lower case, that a letter of the group broke at a line end
};

// The furniture the letters' seams show together: each element is one letter's seams.
EdgeFurniture group_edge_furniture(std::span<const std::vector<Seam>* const> letters);

// Everything the group's letters show together: each element is one letter's clues.
GroupEvidence judge_group(std::span<const GroupClues* const> letters);

// Whether a letter reads differently with the evidence: it carries some of the
// furniture at a page edge, or broke one of the compounds at a line end.
bool reads_differently(const GroupClues& clues, const GroupEvidence& evidence);

}  // namespace letterdiff
