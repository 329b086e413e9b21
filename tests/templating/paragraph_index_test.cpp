#include <catch2/catch.hpp>

#include "segment/tokenize.h"
#include "templating/paragraph_index.h"

using namespace letterdiff;

TEST_CASE("the most similar paragraph is found - unrelated ones fall below the threshold") {
  Vocabulary v;
  const auto ids = [&](std::string_view s) { return ids_of(tokenize(s, v)); };
  ParagraphIndex index;
  index.add(ids("We delivered 126 online workshops during the year, reaching more than 1,700 people."));
  index.add(ids("Yours sincerely,"));
  const auto near = index.best(ids("We delivered 118 online workshops during the year, reaching more than 1,400 people."), 0.5);
  REQUIRE(near);
  CHECK(near->entry == 0);
  CHECK(near->similarity > 0.6);
  CHECK_FALSE(index.best(ids("The Code is issued to councils under our powers."), 0.5));
  CHECK(index.best(ids("Yours sincerely,"), 0.5)->similarity == 1.0);
}
