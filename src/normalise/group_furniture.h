// Page furniture that only a group's letters show together: a line each letter
// carries once, at a page break (a first-page-only footer, a second page's
// header), which no rule about its words and no repetition within the letter
// gives away. It stands at the page breaks of many of the group's letters, and
// the text on either side of it varies from letter to letter, as it does about a
// page break that falls in a different place in each. A heading or signature
// that always starts or ends a page has the same text beside it every time.
#pragma once

#include <set>
#include <span>
#include <string>
#include <vector>

#include "normalise/normalised_text.h"

namespace letterdiff {

using EdgeFurniture = std::set<std::string>;  // edge keys (furniture.h)

// The furniture the letters' seams show together: each element is one letter's seams.
EdgeFurniture group_edge_furniture(std::span<const std::vector<Seam>* const> letters);

// Whether a letter's seams hold a line of `furniture` at a page edge.
bool carries_any(const std::vector<Seam>& seams, const EdgeFurniture& furniture);

}  // namespace letterdiff
