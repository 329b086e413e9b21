#include <catch2/catch.hpp>

#include "support/pipeline_run.h"
#include "report/digest.h"
#include "report/formats.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
      else if (c == '"') quoted = false;
      else rows.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.emplace_back(1);
      ++i;
    } else {
      rows.back().back() += c;
    }
  }
  rows.pop_back();  // after the last CRLF
  return rows;
}

}  // namespace

TEST_CASE("the CSV of the sample letters has one row per letter, the same columns for all, Kent's statistics as numbers") {
  const std::vector<std::string> inputs = {LETTERDIFF_TEST_DATA "/letters"};
  const Report r = run_pipeline(inputs).report;
  const auto rows = parse_csv(csv_report(r));
  REQUIRE(rows.size() == 6);
  const auto& header = rows[0];
  const auto column = [&](std::string_view name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  for (const auto& row : rows) CHECK(row.size() == header.size());
  CHECK(rows[1][column("council")] == "Kent County Council");
  // The 2018 table, its "Upheld" clipped to "Upl" by the PDF's text: 19 upheld of 19 + 30 investigated, 39%.
  CHECK(rows[1][column("uphold_rate_percent")] == "39");
  CHECK(rows[1][column("upheld_decisions")] == "19");
  CHECK(rows[1][column("detailed_investigations")] == "49");
  CHECK(rows[1][column("complaints_received")] == "190");
  CHECK(rows[1][column("decisions_made")] == "174");
  CHECK(rows[1][column("role")] == "Head of Paid Service");
  CHECK(rows[3][column("council")] == "Royal Borough of Kingston upon Thames");
  CHECK(rows[3][column("inserted")] == "1");
  CHECK(rows[4][column("uphold_rate_percent")].empty());
  // No column from a garbled label, none numbered, none beyond the documented ones.
  for (const char* gone : {"upl", "s_remedied", "total", "total_2", "adult_care_services"}) CHECK(column(gone) == header.size());
  CHECK(header.size() == 26);
}

TEST_CASE("the statistics page's sentences give each key figure and its similar-organisations average") {
  const std::vector<std::string> inputs = {LETTERDIFF_TEST_DATA "/year-2023-24/letters/2023-24_aldby.txt",
                                           LETTERDIFF_TEST_DATA "/year-2023-24/letters/2023-24_aldton.txt"};
  const Report r = run_pipeline(inputs).report;
  const auto rows = parse_csv(csv_report(r));
  REQUIRE(rows.size() == 3);
  const auto& header = rows[0];
  const auto column = [&](std::string_view name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  // Aldby: "95% of complaints we investigated were upheld. This compares to an average of 79% ...",
  // "7.9 upheld decisions per 100,000 residents", "... a total of 39 detailed investigations", ...
  const std::vector<std::pair<const char*, const char*>> aldby = {
      {"uphold_rate_percent", "95"}, {"uphold_rate_average_percent", "79"}, {"upheld_per_100000", "7.9"},
      {"upheld_per_100000_average", "8.2"}, {"detailed_investigations", "39"}, {"compliance_percent", "100"},
      {"compliance_average_percent", "100"}, {"compliance_outcomes", "37"}, {"satisfactory_remedy_percent", "8"},
      {"satisfactory_remedy_average_percent", "12"}, {"upheld_decisions", "37"}};
  for (const auto& [name, value] : aldby) {
    INFO(name);
    CHECK(rows[1][column(name)] == value);
  }
  CHECK(rows[2][column("uphold_rate_percent")] == "58");
  CHECK(rows[2][column("upheld_per_100000")] == "3.6");
  CHECK(rows[1].size() == header.size());
}

TEST_CASE("CSV fields with commas, quotes and line breaks are quoted as RFC 4180 says") {
  Report r;
  LetterReport l;
  l.file = "a.txt";
  l.council = "Barset, \"Royal\" Council";
  l.recipient = "Ms\nSmith";
  r.letters.push_back(l);
  const std::string csv = csv_report(r);
  CHECK(csv.find("\"Barset, \"\"Royal\"\" Council\"") != std::string::npos);
  CHECK(csv.find("\"Ms\nSmith\"") != std::string::npos);
  CHECK(csv.ends_with("\r\n"));
  const auto rows = parse_csv(csv);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1][2] == "Barset, \"Royal\" Council");
}
