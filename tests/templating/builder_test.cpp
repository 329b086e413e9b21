#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/letter_builder.h"
#include "support/pipeline_run.h"
#include "templating/builder.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

std::vector<Document> documents_of(const std::vector<LetterSpec>& specs) {
  std::vector<Document> docs;
  for (std::size_t i = 0; i < specs.size(); ++i) docs.push_back(document("l" + std::to_string(i) + ".txt", render(specs[i])));
  return docs;
}

LearntRun learn_from(const std::vector<LetterSpec>& specs, const LearnOptions& options = {}) {
  return learn_documents(documents_of(specs), options);
}

std::vector<LetterSpec> councils(int n) {
  std::vector<LetterSpec> specs(n);
  for (int i = 0; i < n; ++i) {
    specs[i].council = council_name(i);
    specs[i].recipient = i % 2 ? "Mr Jones" : "Ms Patel";
  }
  return specs;
}

bool has_paragraph(const Template& t, std::string_view start) {
  for (const auto& p : t.paragraphs)
    if (p.text.starts_with(start)) return true;
  return false;
}

}  // namespace

TEST_CASE("paragraphs most letters carry form the template, in reading order, with metadata slots") {
  auto specs = councils(4);
  specs[0].body = boilerplate();
  specs[0].body.insert(specs[0].body.begin() + 3, "We were pleased to deliver two courses to your staff this year.");
  const LearntRun run = learn_from(specs);
  const Template& tpl = run.tpl("2023-24");
  CHECK(tpl.letters == 4);
  CHECK_FALSE(has_paragraph(tpl, "We were pleased"));
  CHECK(has_paragraph(tpl, "Dear {{recipient:person}}"));
  CHECK(has_paragraph(tpl, "{{recipient:person}} {{role:role}} {{council:organisation}}"));
  CHECK(has_paragraph(tpl, "{{date:date}}"));
  const auto find = [&](std::string_view s) {
    for (std::size_t i = 0; i < tpl.paragraphs.size(); ++i)
      if (tpl.paragraphs[i].text.starts_with(s)) return i;
    return tpl.paragraphs.size();
  };
  CHECK(find("Dear") < find("I write"));
  CHECK(find("I write") < find("Complaint statistics"));
  CHECK(find("Finally") < find("Returning"));
  for (const auto& p : tpl.paragraphs) CHECK(p.support == 4);
}

TEST_CASE("a paragraph carried by half the letters is template - by fewer, it is not") {
  auto specs = councils(4);
  for (int i = 0; i < 2; ++i) {
    specs[i].body = boilerplate();
    specs[i].body.push_back("A remark two councils of four got.");
  }
  specs[2].body = boilerplate();
  specs[2].body.push_back("A remark only one council got, about its delays.");
  const LearntRun run = learn_from(specs);
  const Template& tpl = run.tpl("2023-24");
  CHECK(has_paragraph(tpl, "A remark two councils of four got."));
  CHECK_FALSE(has_paragraph(tpl, "A remark only one"));
}

TEST_CASE("numbers that vary across letters become a typed slot - a word changed in one letter stays an edit") {
  auto specs = councils(5);
  const char* numbers[] = {"126", "118", "97", "126", "140"};
  for (int i = 0; i < 5; ++i) {
    specs[i].body = boilerplate();
    specs[i].body[6] = std::string("We delivered ") + numbers[i] + " online workshops during the year.";
  }
  specs[3].body[5] = "Finally, we compare the three key annual statistics for your council with similar authorities "
                     "to provide an average marker of performance.";
  const LearntRun run = learn_from(specs);
  const Template& tpl = run.tpl("2023-24");
  CHECK(has_paragraph(tpl, "We delivered {{online:number}} online workshops during the year."));
  CHECK(has_paragraph(tpl, "Finally, we compare the three key annual statistics for your organisation"));
}

TEST_CASE("a varying month makes its whole date the slot, and a service of four words fits a name slot") {
  auto specs = councils(12);
  const char* months[] = {"May", "June", "July", "May", "August", "April", "June", "July", "May", "June", "April", "March"};
  const char* services[] = {"complaint handling", "housing", "adult social care services", "council tax administration"};
  for (int i = 0; i < 12; ++i) {
    specs[i].body = boilerplate();
    specs[i].body.insert(specs[i].body.begin() + 4, fmt::format("In {} {} we issued a public interest report about your "
                                                                "Council's {}.",
                                                                months[i], i == 11 ? 2024 : 2023, services[i % 4]));
  }
  const PipelineRun run = run_pipeline(documents_of(specs));
  CHECK(has_paragraph(run.tpl("2023-24"),
                      "In {{issued:date}} we issued a public interest report about your Council's {{name:name}}."));
  for (const auto& l : run.report.letters) {
    INFO(l.file);
    CHECK(l.variants.empty());
  }
}

TEST_CASE("a group of one letter is its own template, support 1/1") {
  const LearntRun run = learn_from(councils(1));
  const Template& tpl = run.tpl("2023-24");
  CHECK(tpl.single_letter());
  CHECK(tpl.paragraphs.size() == run.letters("2023-24").at(0)->paragraph_count());
}

TEST_CASE("learning does not depend on the order the letters come in") {
  auto specs = councils(6);
  specs[2].body = boilerplate();
  specs[2].body.erase(specs[2].body.begin() + 4);
  std::vector<Document> forward, backward;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    forward.push_back(document("l" + std::to_string(i) + ".txt", render(specs[i])));
    backward.insert(backward.begin(), forward.back());
  }
  const LearntRun a = learn_documents(forward), b = learn_documents(backward);
  const Template &ta = a.tpl("2023-24"), &tb = b.tpl("2023-24");
  REQUIRE(ta.paragraphs.size() == tb.paragraphs.size());
  for (std::size_t i = 0; i < ta.paragraphs.size(); ++i) CHECK(ta.paragraphs[i].text == tb.paragraphs[i].text);
}

TEST_CASE("a large group is learnt from an evenly spaced sample, and support is recounted over every letter") {
  auto specs = councils(12);
  specs[5].body = boilerplate();
  specs[5].body.push_back("A remark for one council.");
  Survey survey = survey_documents(documents_of(specs));
  LearnOptions options;
  options.letter_sample = 4;
  TemplateSet t = survey_templates(survey, {}, options);
  CHECK(t.find("2023-24")->letters == 4);
  CHECK_FALSE(has_paragraph(*t.find("2023-24"), "A remark"));
  recount_support(survey, t);
  CHECK(t.find("2023-24")->letters == 12);
  for (const auto& p : t.find("2023-24")->paragraphs) CHECK(p.support == 12);
}

TEST_CASE("a paragraph every letter carries three times is three template paragraphs, each at its place") {
  auto specs = councils(12);
  for (int i = 0; i < 12; ++i) {
    specs[i].body = boilerplate();
    for (int k = 0; k < 3; ++k) {
      specs[i].body.push_back(k == 0 ? "Complaints upheld" : k == 1 ? "Compliance with recommendations" : "Redress");
      specs[i].body.push_back("This compares to an average of " + std::to_string(60 + 7 * i + k) +
                              "% in similar organisations.");
    }
  }
  const LearntRun run = learn_from(specs);
  const Template& tpl = run.tpl("2023-24");
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < tpl.paragraphs.size(); ++i)
    if (tpl.paragraphs[i].text.starts_with("This compares to an average of {{")) at.push_back(i);
  REQUIRE(at.size() == 3);
  CHECK(tpl.paragraphs[at[0] - 1].text == "Complaints upheld");
  CHECK(tpl.paragraphs[at[2] - 1].text == "Redress");
  // Each letter's k-th line aligns to the k-th of them: nothing is reported.
  const PipelineRun reported = run_pipeline(documents_of(specs));
  for (const auto& l : reported.report.letters) CHECK(l.variants.empty());
}
