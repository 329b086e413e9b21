#include <catch2/catch.hpp>

#include "normalise/normalise.h"

using namespace letterdiff;

namespace {

std::vector<std::string> paragraphs(const NormalisedText& n) {
  std::vector<std::string> out;
  for (const auto& p : n.paragraphs) out.emplace_back(n.paragraph_text(p));
  return out;
}

}  // namespace

TEST_CASE("hard-wrapped lines are rejoined into one paragraph with its source lines") {
  const auto n = normalise("First line of a\nparagraph that goes\non.\n\nNext one.\n");
  CHECK(paragraphs(n) == std::vector<std::string>{"First line of a paragraph that goes on.", "Next one."});
  CHECK(n.paragraphs[0].first_line == 1);
  CHECK(n.paragraphs[0].last_line == 3);
  CHECK(n.paragraphs[1].first_line == 5);
}

TEST_CASE("a paragraph split by a page break is rejoined, across a page footer") {
  const auto n = normalise("Your responses will help us to assess our impact\n\nPage 2 of 3\n\nand improve our offer.\n");
  CHECK(paragraphs(n) == std::vector<std::string>{"Your responses will help us to assess our impact and improve our offer."});
  REQUIRE(n.furniture.size() == 1);
  CHECK(n.furniture[0].text == "Page 2 of 3");
  CHECK(n.furniture[0].line == 3);
}

// Wrapped at 40 characters, as a printed page is at its margin.
TEST_CASE("a sentence that ends a full last line of a page goes on over the page; one that ends a short line ends its paragraph") {
  const std::string before =
      "Complaints upheld - We uphold complaints\nwhen we find fault in an organisation's\n"
      "actions, including where the\norganisation accepted fault before we\ninvestigated. We include the total\n"
      "number of investigations completed to\n";
  const std::string next = "This year, we also provide the number\nof complaints per 100,000 population.\n";
  // "This" would not have fitted after "statistic.": the margin cut the paragraph.
  CHECK(paragraphs(normalise(before + "provide the context for every statistic.\f" + next)).size() == 1);

  SECTION("a short last line: the paragraph ended there") {
    CHECK(paragraphs(normalise(before + "provide context.\f" + next)).size() == 2);
  }
  SECTION("a heading over the page stays a heading") {
    CHECK(paragraphs(normalise(before + "provide the context for every statistic.\f"
                                        "Complaint statistics\n\nOur statistics focus on three key\nareas.\n"))
              .size() == 3);
  }
  SECTION("a line that stopped mid-sentence goes on over the page even when one line long") {
    CHECK(paragraphs(normalise(before + "provide context.\n\nSo 7 of the 19 we saw in a year are in\f"
                                        "Council's own area.\n"))
              .size() == 2);
  }
  SECTION("without page breaks nothing is joined") {
    CHECK(paragraphs(normalise(before + "provide the context for every statistic.\n\n" + next)).size() == 2);
  }
}

TEST_CASE("a heading followed by a capitalised paragraph is not joined to it") {
  const auto n = normalise("Dear Ms Smith\n\nComplaint statistics\n\nOur statistics focus on three areas.\n");
  REQUIRE(n.paragraphs.size() == 3);
  CHECK(n.paragraphs[1].kind == ParagraphKind::heading);
}

TEST_CASE("line-end hyphenation is undone, but a compound written whole elsewhere keeps its hyphen") {
  CHECK(paragraphs(normalise("drive systemic improve-\nment across the sector.\n"))[0] ==
        "drive systemic improvement across the sector.");
  CHECK(paragraphs(normalise("a well-established scheme.\n\nIt is well-\nestablished now.\n"))[1] ==
        "It is well-established now.");
  CHECK(paragraphs(normalise("Complaints upheld -\nWe uphold.\n"))[0] == "Complaints upheld - We uphold.");
}

TEST_CASE("a table keeps its rows and cells") {
  const auto n = normalise("Adult Care\tHousing\tTotal\n57\t2\t190\n");
  REQUIRE(n.paragraphs.size() == 1);
  CHECK(n.paragraphs[0].kind == ParagraphKind::table);
  CHECK(paragraphs(n)[0] == "Adult Care\tHousing\tTotal\n57\t2\t190");
}

TEST_CASE("the salutation and the valediction never absorb the lines after them") {
  const auto n = normalise("Dear Ms Smith\nI write to you.\n\nYours sincerely,\nMichael King\n");
  CHECK(paragraphs(n) == std::vector<std::string>{"Dear Ms Smith", "I write to you.", "Yours sincerely,", "Michael King"});
}

TEST_CASE("furniture is set apart with its reason: pack labels, garbled signatures, running headers") {
  const auto n = normalise(
      "Appendix Two\n\nKent County Council annual letter\n\nDear Sir\n\nText one.\n\n"
      "Kent County Council annual letter\n\nText two.\n\nYours sincerely,\n\nAsma (-\n\nAmerdeep Somal\n");
  CHECK(paragraphs(n) == std::vector<std::string>{"Dear Sir", "Text one.", "Text two.", "Yours sincerely,", "Amerdeep Somal"});
  REQUIRE(n.furniture.size() == 4);
  CHECK(n.furniture[0].reason == "committee-pack label");
  CHECK(n.furniture[1].reason == "running header or footer");
  CHECK(n.furniture[3].text == "Asma (-");
  CHECK(n.furniture[3].reason == "garbled signature");
}

TEST_CASE("a form feed is a page break between blocks") {
  const auto n = normalise("It continues on the\f next page.\n");
  CHECK(paragraphs(n) == std::vector<std::string>{"It continues on the next page."});
}

TEST_CASE("every change the normaliser makes is in the ledger with its source line") {
  const auto n = normalise("## **Complaint statistics**\n\nIt is your council\u2019s im-\nprovement and\nmore of\n\n"
                           "Page 2 of 3\n\nthe same paragraph.\n");
  std::vector<std::string> seen;
  for (const auto& e : n.ledger) seen.push_back(std::to_string(e.line) + " " + e.change);
  CHECK(seen == std::vector<std::string>{"1 markup stripped", "3 folded characters", "4 dehyphenated",
                                         "4 joined lines", "7 furniture set apart",
                                         "9 page-break rejoin"});
  CHECK(n.ledger[2].detail == "im-provement -> improvement");
  CHECK(n.ledger[3].detail == "hard-wrapped lines 4-5 joined to line 3");  // one entry per paragraph
  CHECK(n.ledger[0].detail == "## **");
}

TEST_CASE("a wrapped line that a letter repeats inside two paragraphs is not a running header") {
  const auto n = normalise("We found that your council failed to comply in\n22 cases this year.\n\n"
                           "We found that your council failed to comply in\n26 cases this year.\n");
  CHECK(n.furniture.empty());
  REQUIRE(n.paragraphs.size() == 2);
  CHECK(n.paragraph_text(n.paragraphs[1]) == "We found that your council failed to comply in 26 cases this year.");
}
