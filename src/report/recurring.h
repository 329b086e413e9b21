// Remarks the Ombudsman reused across councils of a year: inserted paragraphs
// alike enough to be one remark with other names and figures, or one stock
// sentence continued differently, shown once with each council's values.
#pragma once

#include "report/report.h"

namespace letterdiff {

// Fills report.recurring and each member variant's `recurring` index. A recurring
// remark's wording is its first council's, with a slot marker where the councils
// wrote different values of one type (`in {{date}}, with {{person}}`), and
// each council's values in order. Groups are clustered on `jobs` threads; the result is the same for any number.
void find_recurring(Report& report, int jobs = 1);

}  // namespace letterdiff
