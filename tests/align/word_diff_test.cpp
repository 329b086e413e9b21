#include <catch2/catch.hpp>

#include "align/word_diff.h"
#include "segment/tokenize.h"

using namespace letterdiff;

namespace {

struct Pair {
  Vocabulary v;
  WordDiff diff(std::string_view tpl, std::string_view letter) {
    return diff_words(ids_of(tokenize(tpl, v, TokenizeMode::template_text)), ids_of(tokenize(letter, v)), v);
  }
};

}  // namespace

TEST_CASE("identical paragraphs have no changes") {
  Pair p;
  const auto d = p.diff("We uphold complaints.", "We uphold complaints.");
  CHECK(d.identical());
  CHECK(d.common == 4);
}

TEST_CASE("a changed word is one deleted and one inserted run") {
  Pair p;
  const auto d = p.diff("your authority with similar authorities", "your organisation with similar authorities");
  CHECK(d.changed == 2);
  REQUIRE(d.runs.size() == 4);
  CHECK(d.runs[1].op == WordOp::deleted);
  CHECK(d.runs[2].op == WordOp::inserted);
}

TEST_CASE("a slot is filled by the letter's words without counting as a change") {
  Pair p;
  const auto d = p.diff("We delivered {{courses:number}} courses, training {{people:number}} people.",
                        "We delivered 118 courses, training more than 1,400 people.");
  CHECK(d.identical());
  int slots = 0;
  for (const auto& r : d.runs) slots += r.op == WordOp::slot;
  CHECK(slots == 2);
}

TEST_CASE("a slot the letter leaves empty is a deletion") {
  Pair p;
  const auto d = p.diff("We delivered {{courses:number}} courses.", "We delivered courses.");
  CHECK(d.changed == 1);
}
