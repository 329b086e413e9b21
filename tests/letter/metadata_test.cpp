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

TEST_CASE("the job title is the recipient's role, and Leaders, Directors General and joint councils are read right") {
  struct Row {
    const char* address;
    const char* recipient;
    const char* role;
    const char* council;
  };
  for (const auto& row : {
           Row{"Mr Harden Chief Executive Knowsley Metropolitan Borough Council", "Mr Harden", "Chief Executive",
               "Knowsley Metropolitan Borough Council"},
           Row{"Ms Kemp Town Clerk and Chief Executive London Borough of Marstone", "Ms Kemp",
               "Town Clerk and Chief Executive", "London Borough of Marstone"},
           Row{"Mrs Barker Interim Managing Director Melcombe Metropolitan Borough Council", "Mrs Barker",
               "Interim Managing Director", "Melcombe Metropolitan Borough Council"},
           Row{"Nadia Chowdhury Director General Greater London Authority", "Nadia Chowdhury", "Director General",
               "Greater London Authority"},
           Row{"Cllr Jane Doe Leader of the Council Barset Borough Council", "Cllr Jane Doe", "Leader of the Council",
               "Barset Borough Council"},
           Row{"Ms Clarke Chief Executive Babergh District Council and Mid Suffolk District Council", "Ms Clarke",
               "Chief Executive", "Babergh District Council and Mid Suffolk District Council"},
       }) {
    const auto m = of(std::string("17 July 2024\n\nBy email\n\n") + row.address + "\n\nDear " + row.recipient +
                      ",\n\nAnnual Review letter 2023-24\n");
    INFO(row.address);
    CHECK(m.recipient == row.recipient);
    CHECK(m.role == row.role);
    CHECK(m.council == row.council);
  }
}

TEST_CASE("a letter without a salutation gets no paragraph of text as its council or role") {
  for (const char* last : {"I write to you with your annual summary of complaint statistics for the year, and I know "
                           "you will consider it as part of your corporate governance processes in your Council.",
                           "Please ask your Monitoring Officer to share this letter with members of the Council at "
                           "the earliest opportunity."}) {
    const auto m = of(std::string("17 July 2024\n\nAnnual Review letter 2023-24\n\n") + last + "\n");
    CHECK(m.council.empty());
    CHECK(m.role.empty());
  }
}

TEST_CASE("an address naming the recipient more fully than the salutation keeps the name out of the role") {
  const auto m = of("17 July 2024\n\nMr Tom Fraser Chief Executive Barset Borough Council\n\nDear Mr Fraser\n");
  CHECK(m.role == "Chief Executive");
  CHECK(m.council == "Barset Borough Council");
}

TEST_CASE("directors of a service, the Mayor, councils in the plural and salutations to the office are read right") {
  struct Row {
    std::string address, dear, recipient, addressee, role, council;
  };
  for (const auto& row : {
           Row{"Ms Jane Smith Director of Children's Services Barset County Council", "Ms Smith", "Ms Smith",
               "Ms Jane Smith", "Director of Children's Services", "Barset County Council"},
           Row{"Sadiq Khan Mayor of London Greater London Authority", "Mayor", "Sadiq Khan", "Mayor", "Mayor of London",
               "Greater London Authority"},
           Row{"Mr Ian Brown Chief Executive Adur and Worthing Councils", "Mr Brown", "Mr Brown", "Mr Ian Brown",
               "Chief Executive", "Adur and Worthing Councils"},
           Row{"Ms Joanne Ferreira Interim Chief Executive Barset District Council", "Joanne", "Joanne",
               "Ms Joanne Ferreira", "Interim Chief Executive", "Barset District Council"},
           Row{"Mr Tom Hale Town Clerk and Chief Executive Barset City Council", "Tom", "Tom", "Mr Tom Hale",
               "Town Clerk and Chief Executive", "Barset City Council"},
       }) {
    const auto m = of("17 July 2024\n\nBy email\n\n" + row.address + "\n\nDear " + row.dear +
                      "\n\nAnnual Review letter 2023-24\n");
    INFO(row.address);
    CHECK(m.recipient == row.recipient);
    CHECK(m.addressee == row.addressee);
    CHECK(m.role == row.role);
    CHECK(m.council == row.council);
  }
}

TEST_CASE("a postal address after the council is set apart, on the address line or on lines of its own") {
  const auto joined = normalise("17 July 2024\n\nMrs Ann Lee Chief Executive Wyre Forest District Council Civic Centre "
                                "Stourport-on-Severn DY13 8UJ\n\nDear Mrs Lee\n\nText.\n");
  CHECK(joined.paragraph_text(joined.paragraphs[1]) == "Mrs Ann Lee Chief Executive Wyre Forest District Council");
  REQUIRE(joined.furniture.size() == 1);
  CHECK(joined.furniture[0].text == "Civic Centre Stourport-on-Severn DY13 8UJ");
  CHECK(joined.furniture[0].reason == "postal address");
  const auto lines = normalise("17 July 2024\n\nMr Brown\nChief Executive\nBirmingham City Council\n\nCouncil House\n"
                               "Victoria Square\nBirmingham B1 1BB\n\nDear Mr Brown\n\nText.\n");
  REQUIRE(lines.paragraphs.size() == 4);
  CHECK(lines.furniture.at(0).text.ends_with("Birmingham B1 1BB"));
  CHECK(extract_metadata(lines).council == "Birmingham City Council");
  // Without a postcode nothing is taken for an address.
  CHECK(normalise("Mr Brown Chief Executive Barset Council High Street\n\nDear Mr Brown\n").furniture.empty());
}
