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

TEST_CASE("the CSV of the sample letters has one row per letter and Kent's statistics in columns") {
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
  CHECK(rows[1][column("adult_care_services")] == "57");
  CHECK(rows[1][column("uphold_rate")] == "39%");
  CHECK(rows[1][column("total")] == "190");
  CHECK(rows[1][column("total_2")] == "174");
  CHECK(rows[3][column("council")] == "Royal Borough of Kingston upon Thames");
  CHECK(rows[3][column("inserted")] == "1");
  CHECK(rows[4][column("adult_care_services")].empty());
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
