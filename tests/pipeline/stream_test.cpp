// The streaming pipeline of report and learn: letters beyond the memory budget are
// read twice, tokenised into their own vocabulary extensions on many threads, and
// the report is the one the in-memory pipeline makes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

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
  Vocabulary vocabulary;
  LearnOptions learn;
  learn.letter_sample = sample;
  const Templates templates = survey_templates(survey, vocabulary, {}, learn, jobs);
  return json_report(report_survey(survey, templates, vocabulary, jobs));
}

}  // namespace

TEST_CASE("the streamed report of the real letters is the in-memory pipeline's, byte for byte") {
  Corpus corpus = load_corpus(std::vector<std::string>{kLetters});
  const Templates templates = learn_templates(corpus);
  const std::string in_memory = json_report(build_report(corpus, templates));
  CHECK(streamed_json(SIZE_MAX, 1) == in_memory);
  CHECK(in_memory.find("two online complaint handling courses") != std::string::npos);
}

TEST_CASE("letters outside the sample, their verbatim paragraphs copied from the memo, are reported the same") {
  Corpus corpus = load_corpus(std::vector<std::string>{kLetters});
  LearnOptions learn;
  learn.letter_sample = 2;  // the third 2023-24 letter is tokenised in the stream, with the memo
  const Templates templates = learn_templates(corpus, learn);
  CHECK(streamed_json(SIZE_MAX, 2, 2) == json_report(build_report(corpus, templates)));
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
  Vocabulary vocabulary;
  LearnOptions learn;
  learn.letter_sample = 2;  // 2023-24 learnt from Kingston and Knowsley: Rotherham is read only when its turn comes
  const std::string gone_early = (dir / "2023-24_kingston-upon-thames.txt").string();
  const std::string gone_late = (dir / "2023-24_rotherham.txt").string();
  REQUIRE(fs::remove(gone_early));  // before the sample is read
  const Templates templates = survey_templates(survey, vocabulary, {}, learn);
  REQUIRE(fs::remove(gone_late));  // after
  const Report report = report_survey(survey, templates, vocabulary, 2);
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
  Vocabulary vocabulary;
  Templates templates = survey_templates(survey, vocabulary);
  recount_support(templates, survey, vocabulary, 2);
  const Template& tpl = templates.at("2023-24");
  CHECK(tpl.letters == 3);
  for (const auto& p : tpl.paragraphs) CHECK(p.support >= 2);  // learnt from half of the group or more
  CHECK(templates.at("2018").letters == 1);
}
