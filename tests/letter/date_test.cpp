#include <catch2/catch.hpp>

#include "letter/date.h"

using namespace letterdiff;

TEST_CASE("dates as letters write them parse to ISO 8601") {
  CHECK(parse_date("17 July 2024")->iso() == "2024-07-17");
  CHECK(parse_date("1st March 2020")->iso() == "2020-03-01");
  CHECK(parse_date("July 17, 2024")->iso() == "2024-07-17");
  CHECK(parse_date("17/07/2024")->iso() == "2024-07-17");
  CHECK(parse_date("18 Jul 2018.")->iso() == "2018-07-18");
}

TEST_CASE("text that only contains a date is not a date line") {
  CHECK_FALSE(parse_date("on 24 July 2024 we"));
  CHECK_FALSE(parse_date("Annual Review letter 2023-24"));
  CHECK_FALSE(parse_date("32 July 2024"));
}

TEST_CASE("the first date in running text is found with its position") {
  const std::string text = "for the year ending 31 March 2024. The information";
  const auto m = find_date(text);
  REQUIRE(m);
  CHECK(m->date.iso() == "2024-03-31");
  CHECK(text.substr(m->begin, m->end - m->begin) == "31 March 2024");
  CHECK_FALSE(find_date("no date here, 2024 alone"));
}
