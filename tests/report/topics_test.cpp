#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "report/topics.h"

using namespace letterdiff;

namespace {

TopicRules rules(std::string_view text) {
  Diagnostics ds;
  auto r = parse_topic_rules(text, "t.rules", ds);
  REQUIRE(r);
  return *r;
}

}  // namespace

TEST_CASE("a paragraph gets every topic with a keyword it contains, in rule order") {
  const auto r = rules("# comment\ntraining: training, course, courses\ndelays: delay, delays\n\nstatistics: per 100,000\n");
  CHECK(r.topics_of("We delivered two online COURSES to your staff.") == std::vector<std::string>{"training"});
  CHECK(r.topics_of("Delays in the courses we ran.") == std::vector<std::string>{"training", "delays"});
  CHECK(r.topics_of("7 upheld per 100,000 residents") == std::vector<std::string>{"statistics"});
}

TEST_CASE("keywords match whole words only, and no match is other") {
  const auto r = rules("delays: late\n");
  CHECK(r.topics_of("We relate to you.") == std::vector<std::string>{"other"});
  CHECK(r.topics_of("It came late.") == std::vector<std::string>{"delays"});
}

TEST_CASE("a malformed rules file is refused with its line number") {
  for (auto [text, line] : {std::pair{"training: course\nno colon here\n", 2}, std::pair{"\n\ndelays:  ,\n", 3},
                            std::pair{": keyword\n", 1}}) {
    Diagnostics ds;
    CHECK_FALSE(parse_topic_rules(text, "bad.rules", ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].line == line);
    CHECK(ds[0].file == "bad.rules");
  }
}

TEST_CASE("the shipped rules name the issue's topics") {
  Diagnostics ds;
  std::ifstream in(LETTERDIFF_TEST_DATA "/../../templates/topics.rules");
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  const auto r = parse_topic_rules(text, "topics.rules", ds);
  REQUIRE(r);
  std::vector<std::string> names;
  for (const auto& rule : r->rules) names.push_back(rule.topic);
  CHECK(names == std::vector<std::string>{"training", "statistics", "public interest report",
                                          "compliance with recommendations", "delays", "complaint handling code",
                                          "praise", "meetings", "housing", "social care", "education and send",
                                          "planning", "council tax and benefits", "highways and parking",
                                          "waste and environment", "complaint handling", "governance and scrutiny"});
  CHECK(r->topics_of("We delivered two online complaint handling courses to staff at Achieving for Children "
                     "during the year.") == std::vector<std::string>{"training"});
  CHECK(r->topics_of("I welcome your Council's investment in good complaint handling training.") ==
        std::vector<std::string>{"training", "praise"});
  CHECK(r->topics_of("Your Council took an average of 49 working days to respond to our enquiries about "
                     "homelessness.") == std::vector<std::string>{"delays", "housing"});
}

TEST_CASE("the indexed keyword search finds exactly what a search keyword by keyword finds") {
  Diagnostics ds;
  std::ifstream in(LETTERDIFF_TEST_DATA "/../../templates/topics.rules");
  const std::string rules_text((std::istreambuf_iterator<char>(in)), {});
  auto parsed = parse_topic_rules(rules_text + "figures: per 100,000, 39%\n", "topics.rules", ds);
  REQUIRE(parsed);
  const TopicRules indexed = std::move(*parsed);  // moved: the index must survive it
  TopicRules plain;
  plain.rules = indexed.rules;  // not indexed: searched one keyword at a time
  std::vector<std::string> texts = {"Delays, delays; undelayed. per 100,000 residents", "39% upheld", "training-courses",
                                    "", "Send", "council tax", "the code.", "coded", "a cabinet meeting"};
  for (const auto& dir : {"/letters", "/year-2023-24/letters"})
    for (const auto& entry : std::filesystem::directory_iterator(std::string(LETTERDIFF_TEST_DATA) + dir)) {
      std::ifstream letter(entry.path());
      for (std::string line; std::getline(letter, line);) texts.push_back(line);
    }
  for (const auto& t : texts) {
    INFO(t);
    CHECK(indexed.topics_of(t) == plain.topics_of(t));
  }
}
