// The JSON documents letterdiff writes, checked against their schemas in
// docs/schema (JSON Schema draft 2020-12, every field described, none beyond
// them) by tools/validate-json: real outputs of every command, on the sample
// letters, their PDFs, a generated year of 330 letters and a letter with no date.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "support/program_run.h"

namespace fs = std::filesystem;
using letterdiff::testing::run_program;

namespace {

const std::string kData = LETTERDIFF_TEST_DATA;
const std::string kSchemas = LETTERDIFF_SOURCE_DIR "/docs/schema/";
const std::string kValidate = LETTERDIFF_SOURCE_DIR "/tools/validate-json";

// Writes what `args` prints into dir/name and returns its path.
std::string output(const fs::path& dir, const std::string& name, const std::string& args) {
  const auto r = run_program(args + " -q");
  INFO(args << "\n" << r.err);
  REQUIRE(r.status <= 1);  // 1: diff found differences
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << r.out;
  return path.string();
}

// tools/validate-json's verdict on the files: 0 valid, 1 not, with its messages.
letterdiff::testing::ProgramRun validate(const std::string& schema, const std::vector<std::string>& files) {
  std::string args = "'" + kSchemas + schema + "'";
  for (const auto& f : files) args += " '" + f + "'";
  return run_program(args, {}, kValidate);
}

}  // namespace

TEST_CASE("every JSON document letterdiff writes is valid against its schema, and the schemas admit nothing else") {
  const auto dir = fs::temp_directory_path() / "letterdiff_json_schema";
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  std::ofstream(dir / "in" / "nodate.txt") << "Dear Ms Smith\n\nThank you for your letter about the park.\n";
  const std::string letters = kData + "/letters";
  const std::vector<std::string> reports = {
      output(dir, "sample.json", "report " + letters + " " + kData + "/pdf -f json"),
      output(dir, "year.json", "report " + kData + "/year-2023-24/letters -f json"),
      output(dir, "nodate.json", "report " + (dir / "in").string() + " " + letters + "/2023-24_knowsley.txt -f json"),
      output(dir, "diff.json", "diff " + letters + "/2023-24_kingston-upon-thames.txt -f json"),
  };
  REQUIRE(run_program("report " + letters + " -f json -o " + (dir / "out").string()).status == 0);
  std::vector<std::string> files = reports;
  for (const auto& e : fs::directory_iterator(dir / "out"))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  const auto valid = validate("report.schema.json", files);
  INFO(valid.err);
  CHECK(valid.status == 0);

  const auto audits = validate("audit.schema.json",
                               {output(dir, "timeline.json", "audit " + letters + " --timeline -f json"),
                                output(dir, "audit.json", "audit " + letters + " --group 2018 --group 2020 -f json")});
  INFO(audits.err);
  CHECK(audits.status == 0);
  const auto verified = validate("verify.schema.json", {output(dir, "verify.json", "verify " + letters + " --ledger -f json"),
                                                         output(dir, "verify2.json", "verify " + letters + " -f json")});
  INFO(verified.err);
  CHECK(verified.status == 0);
  const auto learnt =
      validate("learn.schema.json", {output(dir, "learn.json", "learn " + letters + " -f json -o " + (dir / "tpl").string())});
  INFO(learnt.err);
  CHECK(learnt.status == 0);

  // A missing date is null; a letter's own file names its year.
  std::ifstream nodate_in(reports[2]);
  const auto nodate = nlohmann::json::parse(nodate_in);
  bool found = false;
  for (const auto& l : nodate["letters"]) {
    if (!l["file"].get<std::string>().ends_with("nodate.txt")) continue;
    found = true;
    CHECK(l["date"].is_null());
  }
  CHECK(found);
  std::ifstream kent_in(dir / "out" / "2018_kent-county-council.json");
  const auto kent = nlohmann::json::parse(kent_in);
  REQUIRE(kent["groups"].size() == 1);
  CHECK(kent["groups"][0]["group"] == "2018");

  // An undocumented field, or a field of the wrong type, fails.
  std::ifstream sample_in(reports[0]);
  auto doctored = nlohmann::json::parse(sample_in);
  doctored["letters"][0]["undocumented"] = 1;
  std::ofstream(dir / "doctored.json") << doctored.dump();
  doctored["letters"][0].erase("undocumented");
  doctored["letters"][0]["date"] = "";
  std::ofstream(dir / "empty-date.json") << doctored.dump();
  const auto strict = validate("report.schema.json", {(dir / "doctored.json").string(), (dir / "empty-date.json").string()});
  CHECK(strict.status == 1);
  CHECK(strict.err.find("doctored.json: /letters/0: Additional properties are not allowed ('undocumented'") !=
        std::string::npos);
  CHECK(strict.err.find("empty-date.json: /letters/0/date") != std::string::npos);
  fs::remove_all(dir);
}
