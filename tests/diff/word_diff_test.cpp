#include <catch2/catch.hpp>

#include "diff/word_diff.h"
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

TEST_CASE("a short equality between two changes is folded into them, so a rewrite reads as one change") {
  Pair p;
  const auto d = p.diff("Given the exceptional pressures of recent months, I thought carefully about it.",
                        "The information offers insight to you, and I know you will consider it.");
  int deleted = 0, inserted = 0;
  for (const auto& r : d.runs) {
    deleted += r.op == WordOp::deleted;
    inserted += r.op == WordOp::inserted;
  }
  CHECK(deleted == 1);
  CHECK(inserted == 1);
}

TEST_CASE("an equality longer than the changes around it is kept") {
  Pair p;
  const auto d = p.diff("We delivered 58 courses, training more than 800 people.",
                        "We delivered 118 courses, training more than 1,400 people.");
  REQUIRE(d.runs.size() == 7);
  CHECK(d.runs[1].op == WordOp::deleted);
  CHECK(d.runs[3].op == WordOp::equal);
  CHECK(d.common == 9);  // We delivered courses , training more than people .
}
