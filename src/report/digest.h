// Change summaries for `report`: each variant's topics (from the topic rules),
// remarks that recur across councils of a year grouped as one, and the corpus
// digest (how many councils got council-specific content, on which topics).
#pragma once

#include "report/report.h"
#include "report/topics.h"

namespace letterdiff {

void make_digest(Report& report, const TopicRules& rules);

// "1 inserted, 0 modified, 0 omitted: training" / "nothing specific" / "single letter".
std::string digest_line(const LetterReport& letter);
std::string corpus_line(const Report& report);

}  // namespace letterdiff
