// The Ombudsman's statistics under stable names, whatever the letter's layout:
// read from the statistics page's sentences ("95% of complaints we investigated
// were upheld. This compares to an average of 79% in similar organisations.") and
// from the tables of older letters ("Uphold Rate 39%"). What a CSV column, a JSON
// field or a chart can rely on: the same names for every letter, numbers as numbers.
#pragma once

#include <string_view>
#include <vector>

#include "normalise/normalised_text.h"
#include "report/report.h"

namespace letterdiff {

struct Measure {
  std::string_view name;     // "uphold_rate_percent": the column and JSON name
  std::string_view meaning;  // for docs and headers
};

// Every measure, in the order of the CSV's columns (docs/report-schema.md).
inline constexpr Measure kMeasures[] = {
    {"uphold_rate_percent", "complaints investigated that were upheld, %"},
    {"uphold_rate_average_percent", "the same in similar organisations, %"},
    {"upheld_per_100000", "upheld decisions per 100,000 residents"},
    {"upheld_per_100000_average", "the average for authorities of this type"},
    {"detailed_investigations", "detailed investigations the uphold rate is based on"},
    {"upheld_decisions", "upheld decisions (the satisfactory remedy rate is based on them)"},
    {"compliance_percent", "cases where the Ombudsman's recommendations were implemented, %"},
    {"compliance_average_percent", "the same in similar organisations, %"},
    {"compliance_outcomes", "compliance outcomes the compliance rate is based on"},
    {"satisfactory_remedy_percent", "upheld cases remedied by the organisation before the Ombudsman was involved, %"},
    {"satisfactory_remedy_average_percent", "the same in similar organisations, %"},
    {"complaints_received", "complaints and enquiries received (older letters' tables)"},
    {"decisions_made", "decisions made (older letters' tables)"},
};

// The letter's figures, each measure at most once, in kMeasures order.
std::vector<Figure> key_figures(const NormalisedText& text, const std::vector<Statistic>& tables);

}  // namespace letterdiff
