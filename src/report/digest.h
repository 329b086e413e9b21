// Change summaries for `report`: each variant's topics (from the topic rules),
// remarks that recur across councils of a year grouped as one, and the corpus
// digest (how many councils got council-specific content, on which topics).
#pragma once

#include "report/report.h"
#include "report/topics.h"

namespace letterdiff {

// The digest of a report, made once as the report is assembled (make_report): each
// variant's topics and recurring remark, the corpus counts. Topics are found on
// `jobs` threads, and each year's recurring remarks on its own; the result is the
// same for any number of threads.
void make_digest(Report& report, const TopicRules& rules, int jobs = 1);

// "1 inserted, 0 modified, 0 omitted: training" / "nothing specific" / "single letter".
std::string digest_line(const LetterReport& letter);
std::string corpus_line(const Report& report);

}  // namespace letterdiff
