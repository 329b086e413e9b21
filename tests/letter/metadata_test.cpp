#include <catch2/catch.hpp>

#include "letter/metadata.h"
#include "normalise/normalise.h"

using namespace letterdiff;

namespace {

Metadata of(std::string_view text) { return extract_metadata(normalise(text)); }

}  // namespace

TEST_CASE("group, council, recipient and date come from the letter's own lines") {
  const auto m = of("OMBUDSMAN\n\n17 July 2024\n\nBy email\n\nMs Ireland Chief Executive Royal Borough of Kingston upon "
                    "Thames\n\nDear Ms Ireland\n\nAnnual Review letter 2023-24\n\nText.\n");
  CHECK(m.group == "2023-24");
  CHECK(m.group_source == GroupSource::title);
  CHECK(m.council == "Royal Borough of Kingston upon Thames");
  CHECK(m.recipient == "Ms Ireland");
  CHECK(m.date == "2024-07-17");
  CHECK(m.date_text == "17 July 2024");
}

TEST_CASE("the council follows the job title, and address lines after \"Council\" are dropped") {
  CHECK(of("David Cockburn Head of Paid Service Kent County Council\n\nDear David Cockburn,\n").council ==
        "Kent County Council");
  CHECK(of("Mr Harden\nChief Executive\nKnowsley Metropolitan Borough Council\nHigh Street\n\nDear Mr Harden\n").council ==
        "Knowsley Metropolitan Borough Council");
  CHECK(of("Dear Sir\n\nLocal Authority Report:Kent County CouncilFor the Period Ending:31/03/2018\n").council ==
        "Kent County Council");
}

TEST_CASE("the group falls back to the reporting year, then the letter's date") {
  const auto by_year = of("Dear X\n\nFor the year ending 31 March 2022, we found.\n");
  CHECK(by_year.group.empty());
  CHECK(by_year.group_source == GroupSource::year_ending);
  CHECK(by_year.year_end == 2022);
  const auto by_date = of("18 July 2021\n\nDear X\n\nNo year here.\n");
  CHECK(by_date.group_source == GroupSource::letter_date);
  CHECK(by_date.year_end == 2021);
  CHECK(of("Dear X\n\nNothing.\n").group_source == GroupSource::none);
}

TEST_CASE("group titles are normalised") {
  CHECK(group_from_title("Annual Review letter 2023/24") == "2023-24");
  CHECK(group_from_title("Annual Review Letter 2023-2024") == "2023-24");
  CHECK(group_from_title("Annual Review letter 2020") == "2020");
  CHECK(group_from_title("Annual Review letter") == "");
  CHECK(group_end_year("2023-24") == 2024);
  CHECK(group_end_year("2020") == 2020);
}
