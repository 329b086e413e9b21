// Support: how many letters of a year carry each variant's paragraph, the same
// paragraph but for its values; 1 is what was written for one council alone.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/letter_builder.h"
#include "support/pipeline_run.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

std::vector<LetterSpec> year_of(int n) {
  std::vector<LetterSpec> specs(n);
  for (int i = 0; i < n; ++i) {
    specs[i].council = council_name(i);
    specs[i].body = boilerplate();
  }
  return specs;
}

PipelineRun run_of(const std::vector<LetterSpec>& specs) {
  std::vector<Document> docs;
  for (std::size_t i = 0; i < specs.size(); ++i)
    docs.push_back(document(fmt::format("l{:02}.txt", i), render(specs[i])));
  return run_pipeline(std::move(docs));
}

const Variant* variant_starting(const LetterReport& l, std::string_view words) {
  for (const auto& v : l.variants)
    if (v.text.starts_with(words)) return &v;
  return nullptr;
}

// The non-compliance paragraph as the Ombudsman fills it in: a count, a service, and
// the grammar agreeing with the count.
std::string noncompliance(int count, const std::string& service) {
  const char* words[] = {"", "one", "two", "three"};
  return fmt::format("I am concerned that your Council failed to comply with {} of our recommendations during the "
                     "year. {} {} {}, and I expect the Council to make sure {} remedied without further delay.",
                     words[count], count == 1 ? "This was a" : "These were", service, count == 1 ? "case" : "cases",
                     count == 1 ? "it is" : "they are");
}

}  // namespace

TEST_CASE("a standard paragraph in its singular and plural forms, with services of several words, is nobody's own") {
  auto specs = year_of(20);
  const std::pair<int, const char*> filled[] = {{2, "homelessness"},   {3, "homelessness"},
                                                {2, "planning"},       {1, "special educational needs"},
                                                {1, "school transport"}, {2, "children's social care"}};
  for (int i = 0; i < 6; ++i)
    specs[i * 3].body.insert(specs[i * 3].body.begin() + 5, noncompliance(filled[i].first, filled[i].second));
  // One council's standard paragraph with a sentence of its own added.
  specs[16].body.insert(specs[16].body.begin() + 5,
                        noncompliance(2, "housing") + " I was disappointed that it took a year and my personal "
                                                      "intervention before the Council accepted our findings.");
  const PipelineRun run = run_of(specs);
  int carried = 0;
  for (const auto& l : run.report.letters) {
    const Variant* v = variant_starting(l, "I am concerned that your Council failed to comply");
    if (!v) continue;
    ++carried;
    INFO(l.file << ": " << v->text);
    if (l.file == "l16.txt") {
      CHECK(v->specific());
      std::string inserted;
      for (const auto& w : v->inserted()) inserted += w + " ";
      CHECK_THAT(inserted, Catch::Contains("I was disappointed that it took a year and my personal intervention"));
    } else {
      CHECK_FALSE(v->specific());
      CHECK(v->support >= 2);
    }
  }
  CHECK(carried == 7);
  CHECK(run.report.digest.with_content == 1);
}

TEST_CASE("an omission several letters share is no council's own; one letter's alone is") {
  auto specs = year_of(12);
  for (int i : {2, 9}) specs[i].body.erase(specs[i].body.begin() + 6);  // 10 of 12 keep it: a core paragraph
  specs[7].body.erase(specs[7].body.begin() + 3);
  const PipelineRun run = run_of(specs);
  for (int i : {2, 9}) {
    const auto& l = run.report.letters[i];
    REQUIRE(l.variants.size() == 1);
    CHECK(l.variants[0].kind == EntryKind::omitted);
    CHECK(l.variants[0].support == 10);
    CHECK(l.variants[0].lacking == 2);
    CHECK_FALSE(l.has_specific());
  }
  const auto& alone = run.report.letters[7];
  REQUIRE(alone.variants.size() == 1);
  CHECK(alone.variants[0].lacking == 1);
  CHECK(alone.has_specific());
  CHECK(run.report.digest.with_content == 1);
}
