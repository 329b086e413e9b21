// Turns a letter's raw text into clean paragraphs: hard-wrapped lines rejoined,
// paragraphs cut by a page break put back together, line-end hyphenation undone,
// tables kept as rows, and page furniture set apart rather than dropped.
#pragma once

#include <string_view>

#include "normalise/group_evidence.h"
#include "normalise/normalised_text.h"

namespace letterdiff {

// `group`: what the letter's group shows (group_evidence.h): furniture set apart
// at page breaks as well, compounds whose line-end hyphens are kept.
NormalisedText normalise(std::string_view raw, const GroupEvidence* group = nullptr);

}  // namespace letterdiff
