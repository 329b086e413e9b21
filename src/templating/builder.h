// Learns a year group's template from its letters. Paragraphs are clustered
// fuzzily through a shingle index (no letter is compared with every other); a
// cluster carried by most letters (core_share) becomes a core template paragraph,
// one carried by two or more an optional standard paragraph. Inside a paragraph,
// positions that vary in several letters and hold a typed value become slots; a
// word that differs in one letter only stays an edit.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "base/vocabulary.h"
#include "letter/letter.h"
#include "templating/template.h"

namespace letterdiff {

struct LearnOptions {
  double core_share = 0.8;          // of the group's letters that carry a core paragraph
  int min_letters = 2;              // ... and never fewer than this
  // A paragraph fewer letters carry, but at least this many, is an optional
  // standard paragraph; one letter's paragraph is that letter's own.
  int optional_letters = 2;
  // Too few letters to tell a standard paragraph from a remark: below this many,
  // a paragraph half of them carry is core, and none is optional.
  std::size_t tier_letters = 10;
  double small_group_share = 0.5;
  double match_threshold = 0.5;     // shingle similarity for "the same paragraph"
  std::size_t slot_sample = 200;    // members of a paragraph compared to learn its slots
  // Letters a template is learnt from, evenly spaced through the group; the rest only
  // stream through the aligner, so learning costs the same for 10,000 letters as for 1,000.
  std::size_t letter_sample = 250;
};

// Positions of at most `most` of n items, evenly spaced from the first: the sample
// a template is learnt from spans the whole group in its fixed order.
std::vector<std::size_t> evenly_spaced(std::size_t n, std::size_t most);

// How many of a group's letters carry a core paragraph.
int core_letters(std::size_t letters, const LearnOptions& options);

// letters must be in a stable order (by path) for the result not to depend on input order.
// Template::letters is the number of letters it was learnt from (the sample).
Template learn_template(std::string group, std::span<const Letter* const> letters, Vocabulary& vocabulary,
                        const LearnOptions& options = {});

// learn_template's paragraphs as text, not yet tokenised: the vocabulary is only
// read, so several groups can be drafted at once and then tokenised in order.
Template draft_template(std::string group, std::span<const Letter* const> letters, const Vocabulary& vocabulary,
                        const LearnOptions& options = {});

}  // namespace letterdiff
