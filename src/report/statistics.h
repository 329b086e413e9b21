// Reads the statistics out of a letter's tables: each row of numbers paired
// with the labels above it, so "Adult Care Services ... 57" becomes one figure.
#pragma once

#include <string_view>
#include <vector>

#include "report/report.h"

namespace letterdiff {

std::vector<Statistic> table_statistics(std::string_view table);

}  // namespace letterdiff
