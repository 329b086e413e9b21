#include <catch2/catch.hpp>

#include "report/statistics.h"

using namespace letterdiff;

TEST_CASE("a row of figures takes its labels from the row above") {
  const auto s = table_statistics("Adult Care Services\tHousing\tTotal\n57\t2\t190");
  REQUIRE(s.size() == 3);
  CHECK(s[0].label == "Adult Care Services");
  CHECK(s[0].value == "57");
  CHECK(s[2].label == "Total");
  CHECK(s[2].value == "190");
}

TEST_CASE("cells shifted by PDF extraction pair in order when the counts agree") {
  const auto s = table_statistics("Not Upheld\tUpheld\tUphold Rate\tTotal\t\n30\t19\t\t39%\t174");
  REQUIRE(s.size() == 4);
  CHECK(s[2].label == "Uphold Rate");
  CHECK(s[2].value == "39%");
  CHECK(s[3].value == "174");
}

TEST_CASE("otherwise figures pair by column with the labels stacked above them") {
  const auto s = table_statistics("\tComplaints\tSatisfactorily\n\tremedied\tby authority\nNotes\t\t\n\t19\t0");
  REQUIRE(s.size() == 2);
  CHECK(s[0].label == "Complaints remedied");
  CHECK(s[1].label == "Satisfactorily by authority");
  CHECK(s[1].value == "0");
}

TEST_CASE("a note written in a table cell is never a label") {
  const auto s = table_statistics(
      "Notes\tRemedied\nOur uphold rate is calculated in relation to the total number of detailed investigations "
      "made.\tby LGO\n\t19");
  REQUIRE(s.size() == 1);
  CHECK(s[0].label == "Remedied by LGO");
  CHECK(s[0].value == "19");
}
