#include <catch2/catch.hpp>

#include "diff/word_diff.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

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
                        "We delivered 118 courses, training 1,400 people.");
  CHECK(d.identical());
  int slots = 0;
  for (const auto& r : d.runs) slots += r.op == WordOp::slot;
  CHECK(slots == 2);
}

namespace {

// The letter's words each run of the diff covers, as text.
std::vector<std::pair<WordOp, std::string>> runs_of(Pair& p, std::string_view tpl, std::string_view letter) {
  const auto tokens = tokenize(letter, p.v);
  std::vector<std::pair<WordOp, std::string>> out;
  for (const auto& r : p.diff(tpl, letter).runs) {
    if (r.letter_begin == r.letter_end) continue;
    out.emplace_back(r.op, std::string(letter.substr(tokens[r.letter_begin].begin,
                                                     tokens[r.letter_end - 1].end - tokens[r.letter_begin].begin)));
  }
  return out;
}

}  // namespace

TEST_CASE("a slot takes only a value of its type: words around it are a change, never the slot's value") {
  Pair p;
  using Runs = std::vector<std::pair<WordOp, std::string>>;
  CHECK(runs_of(p, "training {{people:number}} people.", "training more than 1,400 people.") ==
        Runs{{WordOp::equal, "training"}, {WordOp::inserted, "more than"}, {WordOp::slot, "1,400"},
             {WordOp::equal, "people."}});
  CHECK(runs_of(p, "We delivered {{online:number}} online workshops.",
                "We delivered 77 (although your Council refused every offer of training) online workshops.") ==
        Runs{{WordOp::equal, "We delivered"}, {WordOp::slot, "77"},
             {WordOp::inserted, "(although your Council refused every offer of training)"},
             {WordOp::equal, "online workshops."}});
  CHECK(runs_of(p, "an average of {{average_percent:percentage}} in similar organisations.",
                "an average of 80% in similar organisations.")[1] == std::pair{WordOp::slot, std::string("80%")});
  // A sentence where a short name stands is no name: the template's words are deleted.
  const auto d = p.diff("about your Council's {{service:name}} services.",
                        "about your Council's failure to answer our enquiries for months services.");
  CHECK(std::none_of(d.runs.begin(), d.runs.end(), [](const WordRun& r) { return r.op == WordOp::slot; }));
  CHECK(d.changed > 0);
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
