#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "pipeline/survey.h"

using namespace letterdiff;
namespace fs = std::filesystem;

TEST_CASE("a letter read twice must be the letter first read: one changed mid-run is named and left out") {
  const auto dir = fs::temp_directory_path() / "letterdiff-survey-reread";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (auto name : {"2023-24_kingston-upon-thames.txt", "2023-24_knowsley.txt"})
    fs::copy_file(fs::path(LETTERDIFF_TEST_DATA) / "letters" / name, dir / name);
  SurveyOptions options;
  options.keep_bytes = 0;  // past the budget: every letter is read again when reported
  const std::string input = dir.string();
  Survey survey = survey_inputs(std::span(&input, 1), options);
  REQUIRE(survey.letters.size() == 2);
  // Kingston's file is replaced by another letter between the two reads.
  fs::copy_file(fs::path(LETTERDIFF_TEST_DATA) / "letters" / "2023-24_rotherham.txt", dir / "2023-24_kingston-upon-thames.txt",
                fs::copy_options::overwrite_existing);
  Diagnostics ds;
  for (auto& s : survey.letters) {
    const auto letter = take_letter(s, survey.read, ds);
    CHECK(letter.has_value() == (s.path.find("knowsley") != std::string::npos));
  }
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].file.find("kingston") != std::string::npos);
  CHECK(ds[0].message.find("changed during the run") != std::string::npos);
  fs::remove_all(dir);
}
