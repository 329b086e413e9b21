// The audit's formats: wdiff-style text (coloured on a terminal), Markdown, and
// JSON following letterdiff/audit-v1 (docs/audit-schema.md). Each opens with the
// change summary: counts per kind, changes per section, recurring substitutions.
#pragma once

#include <string>
#include <vector>

#include "audit/audit.h"
#include "report/formats.h"

namespace letterdiff {

// Changes of kind `dates` (roll-overs) are summarised in one line in text,
// Markdown and HTML and listed only with show_dates; JSON always lists them.
// in_site: an HTML page of the report's site, linked back to its index.
std::string render_audits(const std::vector<Audit>& audits, Format format, bool colour, bool show_dates = false,
                          bool in_site = false);

}  // namespace letterdiff
