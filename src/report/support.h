// How many letters of its group carry each variant's paragraph (Variant::support),
// and for an omission how many lack it (Variant::lacking).
#pragma once

#include "report/report.h"

namespace letterdiff {

// A standard paragraph's support is its letters; an omission's, the letters that
// kept the paragraph. An inserted, modified or moved paragraph is carried by every
// letter whose paragraph there is the same but for values: it differs from this
// one only in runs of a few words (a figure, a name, a date), never by a phrase.
// Groups are counted on `jobs` threads; the result is the same for any number.
void count_support(Report& report, int jobs = 1);

}  // namespace letterdiff
