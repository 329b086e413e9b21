#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/pipeline_run.h"
#include "report/digest.h"
#include "support/letter_builder.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

TopicRules rules() {
  Diagnostics ds;
  return *parse_topic_rules("training: course, courses\ndelays: delay, delays\n", "t", ds);
}

Report digest_of(const std::vector<LetterSpec>& specs) {
  std::vector<Document> docs;
  for (std::size_t i = 0; i < specs.size(); ++i) docs.push_back(document("d" + std::to_string(i) + ".txt", render(specs[i])));
  ReportOptions options;
  options.topics = rules();
  return run_pipeline(std::move(docs), options).report;
}

LetterSpec council(int i) {
  LetterSpec s;
  s.council = council_name(i);
  s.recipient = "Ms Patel";
  s.body = boilerplate();
  return s;
}

}  // namespace

TEST_CASE("the same remark with other names and figures is one recurring entry naming its councils") {
  std::vector<LetterSpec> specs;
  for (int i = 0; i < 8; ++i) specs.push_back(council(i));
  const char* remark = "We were pleased to deliver %d online complaint handling courses to staff at %s during the year.";
  const std::pair<int, const char*> given[] = {{2, "Achieving for Children"}, {5, "the housing team"}, {3, "Barset Homes"}};
  for (int i = 0; i < 3; ++i) {
    char text[256];
    std::snprintf(text, sizeof text, remark, given[i].first, given[i].second);
    specs[i].body.insert(specs[i].body.begin() + 7, text);
  }
  specs[5].body.insert(specs[5].body.begin() + 2, "We were concerned by delays in your responses to our enquiries.");
  const Report r = digest_of(specs);
  REQUIRE(r.recurring.size() == 1);
  CHECK(r.recurring[0].councils == std::vector<std::string>{council_name(0), council_name(1), council_name(2)});
  // Its wording with a slot where the councils' figures differ, and each council's figure; the
  // organisations differ by more than one kind of value, so the first council's words stay.
  CHECK(r.recurring[0].wording ==
        "We were pleased to deliver {{number}} online complaint handling courses to staff at Achieving for Children "
        "during the year.");
  CHECK(r.recurring[0].values == std::vector<std::vector<std::string>>{{"2"}, {"5"}, {"3"}});
  CHECK(r.letters[0].variants.at(0).recurring == 0);
  CHECK(r.letters[0].variants.at(0).support == 3);  // three councils got it: none of them alone
  CHECK(r.letters[5].variants.at(0).support == 1);
  CHECK(r.digest.comparable == 8);
  CHECK(r.digest.with_content == 1);
  CHECK(r.digest.shared_only == 3);
  REQUIRE(r.digest.topics.size() == 1);
  CHECK(r.digest.topics[0] == std::pair<std::string, int>{"delays", 1});
  CHECK(corpus_line(r) ==
        "1 of 8 councils in years with two or more letters got council-specific content (3 more got only standard "
        "paragraphs or remarks other councils got too), on: delays (1); 1 remark recur across councils.");
}

TEST_CASE("remarks that open with the same stock sentence but go on differently are each council's own") {
  std::vector<LetterSpec> specs;
  for (int i = 0; i < 8; ++i) specs.push_back(council(i));
  const std::string opening =
      "I am concerned that your Council took an average of 31 working days to respond to our enquiries this year, "
      "against the 20 working days we ask for. These delays prolong the injustice for the people who complained and "
      "add to the time our investigations take. ";
  specs[0].body.insert(specs[0].body.begin() + 5, opening + "I would welcome your assurance that this will improve.");
  specs[1].body.insert(specs[1].body.begin() + 5,
                       opening + "In one planning case we considered using our formal powers to require the information.");
  // The same remark as council 0's but for its figure and a name of one word: the same paragraph.
  specs[2].body.insert(specs[2].body.begin() + 5,
                       "I am concerned that your Council took an average of 44 working days to respond to our enquiries "
                       "last year, against the 20 working days we ask for. These delays prolong the injustice for the "
                       "people who complained and add to the time our investigations take. I would welcome your "
                       "assurance that this will improve.");
  const Report r = digest_of(specs);
  CHECK(r.letters[0].variants.at(0).support == 2);
  CHECK(r.letters[1].variants.at(0).support == 1);
  CHECK(r.letters[2].variants.at(0).support == 2);
  CHECK(r.digest.with_content == 1);
  CHECK(r.recurring.size() == 1);  // alike enough to show together, all three
}

TEST_CASE("each council's digest line says what is specific to it and on which topics") {
  std::vector<LetterSpec> specs;
  for (int i = 0; i < 3; ++i) specs.push_back(council(i));
  specs[1].body.insert(specs[1].body.begin() + 3, "Two of your staff attended our courses on complaint handling.");
  specs[2].body.erase(specs[2].body.begin() + 4);
  const Report r = digest_of(specs);
  CHECK(digest_line(r.letters[0]) == "nothing specific: the template word for word");
  CHECK(digest_line(r.letters[1]) == "1 inserted, 0 modified, 0 omitted: training");
  CHECK(digest_line(r.letters[2]) == "0 inserted, 0 modified, 1 omitted: other");
  CHECK(r.recurring.empty());
}

TEST_CASE("a recurring remark shows each council's date and person in its place, a date whole") {
  std::vector<LetterSpec> specs;
  for (int i = 0; i < 8; ++i) specs.push_back(council(i));
  const char* given[][2] = {{"May 2023", "Ms Alison Reed"}, {"January 2024", "Dr Owen Brennan"}, {"May 2024", "Mr Tom Clarke"}};
  for (int i = 0; i < 3; ++i)
    specs[i * 2].body.insert(specs[i * 2].body.begin() + 4,
                             fmt::format("Thank you for meeting my Assistant Ombudsman in {}, with {}, to talk about the "
                                         "backlog of housing complaints at the first stage of your procedure.",
                                         given[i][0], given[i][1]));
  const Report r = digest_of(specs);
  REQUIRE(r.recurring.size() == 1);
  CHECK(r.recurring[0].wording == "Thank you for meeting my Assistant Ombudsman in {{date}}, with {{person}}, to talk "
                                  "about the backlog of housing complaints at the first stage of your procedure.");
  CHECK(r.recurring[0].values == std::vector<std::vector<std::string>>{
                                     {"May 2023", "Ms Alison Reed"}, {"January 2024", "Dr Owen Brennan"}, {"May 2024", "Mr Tom Clarke"}});
}

// A paragraph's opening words, as the summaries show them: eight words, then an
// ellipsis; a slot cut short at the eighth word does not read "……...".
TEST_CASE("opening words stop after eight, with one ellipsis even where a slot stood") {
  CHECK(opening_words("one two three four five six seven eight nine") == "one two three four five six seven eight...");
  CHECK(opening_words("one two three four five six seven eight") == "one two three four five six seven eight");
  const std::string omitted = without_slot_markers("We issued {{count:number}} reports about your {{council:organisation}} in the year");
  CHECK(omitted == "We issued … reports about your … in the year");
  CHECK(opening_words(omitted, 6) == "We issued … reports about your...");
  CHECK(opening_words(omitted, 3) == "We issued...");  // not "We issued …..."
}
