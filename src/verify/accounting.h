// Accountability: a letter's template paragraphs (the template's own words),
// slot values, variants and furniture must together rebuild its normalised text,
// every word and punctuation mark in order. Anything the report failed to show
// would surface here as a word not accounted for.
#pragma once

#include <string>

#include "align/alignment.h"
#include "letter/letter.h"
#include "templating/template.h"

namespace letterdiff {

struct Accounting {
  std::size_t words = 0;            // words of the letter: its normalised text and its furniture
  std::size_t accounted = 0;        // ... rebuilt from the report's parts, in order
  std::size_t furniture_words = 0;  // of which set apart as furniture
  std::string first_mismatch;       // where the rebuild first differs; empty when exact

  bool complete() const { return accounted == words && first_mismatch.empty(); }
};

Accounting account(const Letter& letter, const Template& tpl, const Alignment& alignment,
                   const Vocabulary& vocabulary);

}  // namespace letterdiff
