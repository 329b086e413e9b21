// A year of 330 letters made by tools/gen-year from how the real letters vary
// (tests/data/year-2023-24): a statistics page with repeated lines, optional
// standard paragraphs at 6 to 60%, remarks for one council, a sentence reworded by
// several councils, a remark inside a figure's place, varied job titles and joint
// councils, noise at the same place in several letters. Its labels are the truth.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "report/topics.h"
#include "support/letter_builder.h"
#include "support/pipeline_run.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

const std::string kYear = LETTERDIFF_TEST_DATA "/year-2023-24";

// Reported with the shipped topic rules, as `report` does by default.
const PipelineRun& year() {
  static const PipelineRun run = [] {
    std::ifstream in(LETTERDIFF_TEST_DATA "/../../templates/topics.rules");
    const std::string rules((std::istreambuf_iterator<char>(in)), {});
    Diagnostics ds;
    ReportOptions options;
    options.topics = *parse_topic_rules(rules, "topics.rules", ds);
    return run_pipeline(std::vector<std::string>{kYear + "/letters"}, options);
  }();
  return run;
}

std::map<std::string, nlohmann::json> labels() {
  std::map<std::string, nlohmann::json> out;
  std::ifstream in(kYear + "/labels.jsonl");
  for (std::string line; std::getline(in, line);) {
    auto label = nlohmann::json::parse(line);
    out[label["file"].get<std::string>()] = label;
  }
  return out;
}

std::string squeeze(const std::string& s) { return std::regex_replace(s, std::regex("\\s+"), " "); }

std::string file_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

}  // namespace

TEST_CASE("realistic year: the statistics page's repeated lines are template, never a variant") {
  REQUIRE(year().report.letters.size() == 330);
  for (const auto& l : year().report.letters)
    for (const auto& v : l.variants) {
      INFO(l.file << ": " << v.text);
      CHECK(v.text.find("This compares to an average of") == std::string::npos);
      CHECK(v.text.find("Statistics are based on a total of") == std::string::npos);
    }
}

TEST_CASE("realistic year: standard paragraphs are reported with their true support, and never as omitted") {
  std::map<std::string, int> truth;  // standard paragraph -> letters
  for (const auto& [file, label] : labels())
    for (const auto& s : label["standard"]) ++truth[s["id"].get<std::string>()];
  const std::map<std::string, std::string> opening = {{"housing", "Housing complaints"},
                                                      {"social_care", "Adult social care complaints"},
                                                      {"pir", "we issued"}};
  for (const auto& [id, words] : opening) {
    int reported = 0, support = 0;
    for (const auto& l : year().report.letters)
      for (const auto& v : l.variants) {
        if (v.text.find(words) == std::string::npos) continue;
        CHECK(v.kind != EntryKind::omitted);
        reported += v.kind == EntryKind::standard || v.kind == EntryKind::modified;
        if (v.kind == EntryKind::standard) support = v.support;
      }
    INFO(id);
    CHECK(reported == truth[id]);
    CHECK(support == truth[id]);
  }
}

TEST_CASE("realistic year: council-specific content is the councils' own remarks, found with support 1") {
  const auto truth = labels();
  int remarks = 0, found = 0, false_claims = 0;
  for (const auto& l : year().report.letters) {
    const auto& label = truth.at(file_name(l.file));
    std::vector<std::string> own;
    for (const auto& u : label["unique"]) own.push_back(squeeze(u["text"].get<std::string>()).substr(0, 40));
    remarks += static_cast<int>(own.size());
    std::vector<bool> hit(own.size(), false);
    for (const auto& v : l.variants) {
      if (!v.specific()) continue;
      std::string words = squeeze(v.text);
      for (const auto& w : v.inserted()) words += " " + squeeze(w);
      bool any = false;
      for (std::size_t i = 0; i < own.size(); ++i)
        if (words.find(own[i]) != std::string::npos) hit[i] = any = true;
      false_claims += !any;
    }
    for (bool h : hit) found += h;
  }
  CHECK(remarks == 107);
  CHECK(found == remarks);
  CHECK(false_claims == 0);
}

TEST_CASE("realistic year: at most a fifth of the councils' own remarks fall under no topic") {
  int own = 0, other = 0;
  for (const auto& l : year().report.letters)
    for (const auto& v : l.variants)
      if (v.specific()) {
        ++own;
        other += v.topics == std::vector<std::string>{"other"};
      }
  CHECK(own == 107);
  CHECK(other * 5 <= own);
}

TEST_CASE("realistic year: the councils counted as having content of their own are the true ones") {
  const auto truth = labels();
  int councils = 0;
  for (const auto& l : year().report.letters) {
    const bool own = !truth.at(file_name(l.file))["unique"].empty();
    councils += own;
    INFO(file_name(l.file));
    CHECK(own == l.has_specific());
  }
  CHECK(councils == 93);
  CHECK(year().report.digest.with_content == councils);
}

TEST_CASE("realistic year: job titles and joint councils are the address's slots, not content") {
  for (const auto& l : year().report.letters) {
    for (const auto& v : l.variants) CHECK(v.text.find(l.recipient) == std::string::npos);
    bool role = false;
    for (const auto& s : l.slots) role |= s.name == "role" && !s.value.empty();
    CHECK(role);
  }
}

TEST_CASE("realistic year: the same letters under other names learn the same template and report the same content") {
  // Sixty letters, then the same sixty renamed so that their paths sort the other way round.
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(kYear + "/letters")) names.push_back(e.path().string());
  std::sort(names.begin(), names.end());
  names.resize(60);
  std::vector<Document> as_named, renamed;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::ifstream in(names[i]);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    as_named.push_back(document(names[i], text));
    renamed.push_back(document("elsewhere/" + std::to_string(100 - i) + ".txt", std::move(text)));
  }
  const PipelineRun a = run_pipeline(as_named), b = run_pipeline(renamed);
  const auto wording = [](const PipelineRun& run) {
    std::vector<std::string> out;
    for (const auto& p : run.tpl("2023-24").paragraphs) out.push_back(p.text);
    return out;
  };
  CHECK(wording(a) == wording(b));
  const auto content = [](const LetterReport& l) {
    std::vector<std::string> out;
    for (const auto& v : l.variants) out.push_back(std::string(to_string(v.kind)) + ": " + v.text);
    return out;
  };
  REQUIRE(a.report.letters.size() == 60);
  REQUIRE(b.report.letters.size() == 60);
  for (std::size_t i = 0; i < 60; ++i) {
    INFO(names[i]);
    CHECK(content(a.letter(names[i])) == content(b.letter("elsewhere/" + std::to_string(100 - i) + ".txt")));
  }
}
