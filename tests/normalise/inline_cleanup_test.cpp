#include <catch2/catch.hpp>

#include "normalise/inline_cleanup.h"

using namespace letterdiff;

TEST_CASE("curly quotes, dashes, non-breaking spaces and ligatures fold to plain text") {
  CHECK(clean_line("your council\u2019s \u201Cview\u201D \u2013 \u2014 fi\u00A0x").text == "your council's \"view\" - - fi x");
  CHECK(clean_line("\uFB01nal e\u00ADdition").text == "final edition");
}

TEST_CASE("markdown headings, bold, underline tags and links are stripped") {
  const auto heading = clean_line("## **Complaint statistics**");
  CHECK(heading.text == "Complaint statistics");
  CHECK(heading.markdown_heading);
  CHECK(clean_line("map, <u>Your council's</u> <u>performance</u>, on").text == "map, Your council's performance, on");
  CHECK(clean_line("visit [our website](https://www.lgo.org.uk) today").text == "visit our website today");
  CHECK_FALSE(clean_line("#hashtag is not a heading").markdown_heading);
}

TEST_CASE("runs of spaces collapse but tabs between table cells stay") {
  CHECK(clean_line("a   b  ").text == "a b");
  CHECK(clean_line("57\t0\t6").text == "57\t0\t6");
}
