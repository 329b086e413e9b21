// The one pipeline of every command: letters beyond the memory budget are read
// twice, tokenised into their own vocabulary extensions on many threads, and the
// report is the same whether letters are kept, read again, or all tokenised with
// the templates' vocabulary.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "pipeline/learn.h"
#include "pipeline/stream.h"
#include "report/formats.h"
#include "support/letter_builder.h"

using namespace letterdiff;
using namespace letterdiff::testing;
namespace fs = std::filesystem;

namespace {

const std::string kLetters = LETTERDIFF_TEST_DATA "/letters";

std::string streamed_json(std::size_t keep_bytes, int jobs, std::size_t sample = LearnOptions{}.letter_sample) {
  SurveyOptions options;
  options.jobs = jobs;
  options.keep_bytes = keep_bytes;
  Survey survey = survey_inputs(std::vector<std::string>{kLetters}, options);
  LearnOptions learn;
  learn.letter_sample = sample;
  const TemplateSet templates = survey_templates(survey, {}, learn, jobs);
  return json_report(report_survey(survey, templates, {}, jobs));
}

// Every letter tokenised with the templates' vocabulary before the stream, one
// after another: no letter goes through its own extension or the memo.
std::string all_shared_json(std::size_t sample) {
  SurveyOptions options;
  options.keep_bytes = SIZE_MAX;
  Survey survey = survey_inputs(std::vector<std::string>{kLetters}, options);
  LearnOptions learn;
  learn.letter_sample = sample;
  TemplateSet templates = survey_templates(survey, {}, learn);
  tokenize_all(survey, templates);
  return json_report(report_survey(survey, templates));
}

}  // namespace

TEST_CASE("the streamed report of the real letters is the one of letters all tokenised alike, byte for byte") {
  const std::string shared = all_shared_json(LearnOptions{}.letter_sample);
  CHECK(streamed_json(SIZE_MAX, 1) == shared);
  CHECK(shared.find("two online complaint handling courses") != std::string::npos);
}

TEST_CASE("letters outside the sample, their verbatim paragraphs copied from the memo, are reported the same") {
  // The third 2023-24 letter is tokenised in the stream, with the memo.
  CHECK(streamed_json(SIZE_MAX, 2, 2) == all_shared_json(2));
}

TEST_CASE("letters past the memory budget are read again and reported the same") {
  const std::string all_kept = streamed_json(SIZE_MAX, 2);
  CHECK(streamed_json(0, 2) == all_kept);      // every letter read twice
  CHECK(streamed_json(10000, 1) == all_kept);  // some kept, some read twice
}

TEST_CASE("the survey puts letters in group then path order, whatever order the inputs came in") {
  std::vector<Document> docs;
  for (int i = 3; i >= 0; --i) {
    LetterSpec s;
    s.council = council_name(i);
    s.body = boilerplate();
    docs.push_back(document("letter" + std::to_string(i) + ".txt", render(s)));
  }
  const Survey survey = survey_documents(std::move(docs));
  REQUIRE(survey.letters.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(survey.letters[i].path == "letter" + std::to_string(i) + ".txt");
    CHECK(survey.letters[i].letter != nullptr);
  }
}

TEST_CASE("a letter that vanishes between the survey and its turn is reported missing, the rest go on") {
  const fs::path dir = fs::temp_directory_path() / "letterdiff-stream-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(kLetters)) fs::copy_file(entry.path(), dir / entry.path().filename());
  SurveyOptions options;
  options.keep_bytes = 0;  // nothing kept: every letter is read again
  Survey survey = survey_inputs(std::vector<std::string>{dir.string()}, options);
  REQUIRE(survey.letters.size() == 5);
  LearnOptions learn;
  // 2023-24 learnt from two of its three letters, the first two in the order of their
  // contents: the third is read only when its turn comes.
  learn.letter_sample = 2;
  std::vector<const SurveyedLetter*> year;
  for (const auto& s : survey.letters)
    if (s.metadata.group == "2023-24") year.push_back(&s);
  REQUIRE(year.size() == 3);
  std::sort(year.begin(), year.end(), [](auto* a, auto* b) { return a->fingerprint < b->fingerprint; });
  const std::string gone_early = year[0]->path;
  const std::string gone_late = year[2]->path;
  REQUIRE(fs::remove(gone_early));  // before the sample is read
  const TemplateSet templates = survey_templates(survey, {}, learn);
  REQUIRE(fs::remove(gone_late));  // after
  const Report report = report_survey(survey, templates, {}, 2);
  CHECK(report.letters.size() == 3);
  for (const auto& gone : {gone_early, gone_late}) {
    int said = 0;
    for (const auto& d : survey.diagnostics) said += d.file == gone && d.severity == Severity::error;
    CHECK(said == 1);  // once, however many times its turn came
  }
  fs::remove_all(dir);
}

TEST_CASE("support is recounted over every letter of the group, streamed") {
  Survey survey = survey_inputs(std::vector<std::string>{kLetters}, SurveyOptions{});
  TemplateSet templates = survey_templates(survey);
  recount_support(survey, templates, 2);
  const Template& tpl = *templates.find("2023-24");
  CHECK(tpl.letters == 3);
  for (const auto& p : tpl.paragraphs) CHECK(p.support >= 2);  // learnt from half of the group or more
  CHECK(templates.find("2018")->letters == 1);
}
