// The real Annual Review letters in tests/data/letters through the whole pipeline.
#include <catch2/catch.hpp>

#include <fstream>

#include "audit/audit.h"
#include "report/formats.h"
#include "support/pipeline_run.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

const std::vector<std::string> kInputs = {LETTERDIFF_TEST_DATA "/letters"};

// The sample letters through the function `report` calls.
const PipelineRun& sample() {
  static const PipelineRun run = run_pipeline(kInputs);
  return run;
}

}  // namespace

TEST_CASE("the sample letters form three groups, 2018 and 2020 of one letter each") {
  const auto& r = sample().report;
  REQUIRE(r.groups.size() == 3);
  CHECK(r.groups[0].group == "2018");
  CHECK(r.groups[1].group == "2020");
  CHECK(r.groups[2].group == "2023-24");
  CHECK(r.groups[2].letters == 3);
  CHECK(sample().survey.diagnostics.empty());
  CHECK(sample().letter("Kent County Council").single_letter_group);
  CHECK(sample().letter("Tonbridge and Malling Borough Council").single_letter_group);
}

TEST_CASE("recipient, council and date are right for every sample letter") {
  struct Row {
    const char* council;
    const char* recipient;
    const char* date;
  };
  for (const auto& row : {Row{"Royal Borough of Kingston upon Thames", "Ms Ireland", "2024-07-17"},
                          Row{"Knowsley Metropolitan Borough Council", "Mr Harden", "2024-07-17"},
                          Row{"Rotherham Metropolitan Borough Council", "Ms Kemp", "2024-07-17"},
                          Row{"Tonbridge and Malling Borough Council", "Ms Beilby", "2020-07-22"},
                          Row{"Kent County Council", "David Cockburn", "2018-07-18"}}) {
    const auto& l = sample().letter(row.council);
    CHECK(l.recipient == row.recipient);
    CHECK(l.date == row.date);
  }
}

TEST_CASE("Kingston's training-courses paragraph is the only variant of group 2023-24") {
  int variants = 0;
  for (const auto& l : sample().report.letters)
    if (l.group == "2023-24") variants += static_cast<int>(l.variants.size());
  CHECK(variants == 1);
  const auto& kingston = sample().letter("Royal Borough of Kingston upon Thames");
  REQUIRE(kingston.variants.size() == 1);
  const Variant& v = kingston.variants[0];
  CHECK(v.kind == EntryKind::inserted);
  CHECK(v.support == 1);  // written for Kingston alone
  CHECK(v.text.starts_with("We were pleased to deliver two online complaint handling courses to staff at Achieving "
                           "for Children"));
  CHECK(v.line == 43);
  CHECK(v.after.starts_with("Our successful complaint handling training programme"));
}

TEST_CASE("furniture in the sample letters is listed apart: Appendix Two and the garbled signatures") {
  const auto& rotherham = sample().letter("Rotherham Metropolitan Borough Council");
  REQUIRE(rotherham.furniture.size() == 2);
  CHECK(rotherham.furniture[0].text == "Appendix Two");
  CHECK(rotherham.furniture[1].text == "Some (-");
  CHECK(sample().letter("Royal Borough of Kingston upon Thames").furniture.at(0).text == "Asma (-");
}

TEST_CASE("the 2023-24 template has the shared paragraphs with slots for recipient, council and date") {
  const Template& t = sample().tpl("2023-24");
  CHECK(t.letters == 3);
  std::string all;
  for (const auto& p : t.paragraphs) all += p.text + "\n";
  CHECK(all.find("Dear {{recipient:person}}") != std::string::npos);
  CHECK(all.find("{{recipient:person}} {{role:role}} {{council:organisation}}") != std::string::npos);
  CHECK(all.find("Your responses will help us to assess our impact and improve our offer to you.") != std::string::npos);
  CHECK(all.find("We were pleased") == std::string::npos);
  CHECK(all.find("Appendix") == std::string::npos);
  CHECK(all.find("(-") == std::string::npos);
}

TEST_CASE("Kent's 2018 statistics table stays a table and its figures are the letter's statistics") {
  const auto& kent = sample().letter("Kent County Council");
  const auto figure = [&](std::string_view label) {
    for (const auto& s : kent.statistics)
      if (s.label == label) return s.value;
    return std::string("missing");
  };
  CHECK(figure("Adult Care Services") == "57");
  CHECK(figure("Education and Children's Services") == "99");
  CHECK(figure("Uphold Rate") == "39%");
  CHECK(figure("Referred back for Local Resolution") == "59");
  const Template& t = sample().tpl("2018");
  int tables = 0;
  for (const auto& p : t.paragraphs) tables += p.kind == ParagraphKind::table;
  CHECK(tables == 2);
}

TEST_CASE("the JSON report follows the report-v1 schema") {
  const std::string json = render_report(sample().report, Format::json);
  CHECK(json.find("\"schema\": \"letterdiff/report-v1\"") != std::string::npos);
  CHECK(json.find("\"template_paragraphs\"") != std::string::npos);
  CHECK(json.find("\"kind\": \"inserted\"") != std::string::npos);
  CHECK(json.find("\"furniture\": [\n        \"Appendix Two\"") != std::string::npos);
}

TEST_CASE("Kingston's one-line letterhead still carries the template's second letterhead paragraph") {
  SurveyOptions options;
  options.keep_bytes = SIZE_MAX;
  Survey survey = survey_inputs(kInputs, options);
  TemplateSet templates = survey_templates(survey);
  recount_support(survey, templates);
  const Template& t = *templates.find("2023-24");
  REQUIRE(t.paragraphs.at(1).text == "50 years 1974 - 2024");
  CHECK(t.paragraphs[1].support == 3);
  for (const auto& p : t.paragraphs) CHECK(p.support == 3);
}

TEST_CASE("audit of the sample years: what changed from 2018 to 2020 to 2023-24") {
  const PipelineRun& t = sample();
  const Vocabulary& v = sample().templates.vocabulary();
  const Audit early = audit_templates(t.tpl("2018"), t.tpl("2020"), v);
  const Audit late = audit_templates(t.tpl("2020"), t.tpl("2023-24"), v);
  const auto find = [](const Audit& a, ChangeKind kind, std::string_view text) -> const TemplateChange* {
    for (const auto& c : a.changes)
      if (c.kind == kind && (c.from_text.find(text) != std::string::npos || c.to_text.find(text) != std::string::npos))
        return &c;
    return nullptr;
  };
  CHECK(find(early, ChangeKind::removed, "Future development of annual review letters"));
  CHECK(find(early, ChangeKind::removed, "We will be providing this broader range of data"));
  const TemplateChange* training = find(early, ChangeKind::reworded, "well-established and successful training");
  REQUIRE(training);
  CHECK(training->deleted == std::vector<std::string>{"In 2017-18", "58", "800",
                                                       "We also set up a network of council link officers to promote "
                                                       "and share best practice in complaint handling, and hosted a "
                                                       "series of seminars for that group"});
  CHECK(std::find(training->inserted.begin(), training->inserted.end(), "118") != training->inserted.end());
  CHECK(std::find(training->inserted.begin(), training->inserted.end(), "1,400") != training->inserted.end());
  CHECK(find(early, ChangeKind::reworded, "I write to you with our annual summary"));
  const TemplateChange* opening = find(late, ChangeKind::reworded, "I write to you with");
  REQUIRE(opening);
  CHECK(std::find(opening->deleted.begin(), opening->deleted.end(), "our") != opening->deleted.end());
  CHECK(std::find(opening->inserted.begin(), opening->inserted.end(), "your") != opening->inserted.end());
  for (auto code : {"we launched the Complaint Handling Code", "The Code is issued to councils",
                    "The Code is considered good practice"})
    CHECK(find(late, ChangeKind::added, code));
  REQUIRE_FALSE(late.terms.empty());
  CHECK(late.terms[0].from == "authority");
  CHECK(late.terms[0].to == "organisation");
}

TEST_CASE("a one-letter year is compared with the nearest year's template, most specific content first") {
  const auto& tonbridge = sample().letter("Tonbridge and Malling Borough Council");
  CHECK(tonbridge.compared_with == "2018");
  REQUIRE_FALSE(tonbridge.differences.empty());
  // The address line and the salutation differ only in their slots (the role, a comma): no difference.
  for (const auto& v : tonbridge.differences) CHECK(v.text.find("Ms Beilby") == std::string::npos);
  CHECK(tonbridge.differences[0].text.find("we delivered 118 courses") != std::string::npos);
  // The title's year moving on is the least specific of all: last, after the other year's paragraphs.
  CHECK(tonbridge.differences.back().text == "Annual Review letter 2020");
  CHECK(tonbridge.differences.back().kind == EntryKind::modified);
  CHECK(tonbridge.differences[tonbridge.differences.size() - 2].kind == EntryKind::omitted);
  const auto& kent = sample().letter("Kent County Council");
  CHECK(kent.compared_with == "2020");
  const auto training = std::find_if(kent.differences.begin(), kent.differences.end(), [](const Variant& v) {
    return v.text.find("we delivered 58 courses") != std::string::npos;
  });
  REQUIRE(training != kent.differences.end());
  CHECK(training->kind == EntryKind::modified);
  for (const auto& l : sample().report.letters)
    if (l.group == "2023-24") CHECK(l.compared_with.empty());
}

TEST_CASE("a remark's anchor is the letter's own words, never a template's slot markers") {
  std::vector<Document> documents;
  for (const char* name : {"2023-24_kingston-upon-thames.txt", "2023-24_knowsley.txt", "2023-24_rotherham.txt"}) {
    std::ifstream in(std::string(LETTERDIFF_TEST_DATA "/letters/") + name);
    documents.push_back({name, std::string((std::istreambuf_iterator<char>(in)), {})});
  }
  std::string& knowsley = documents[1].text;
  knowsley.insert(knowsley.find("Dear Mr Harden\n") + 15, "\nThank you for your warm welcome at our meeting in Huyton.\n");
  const auto run = run_pipeline(std::move(documents));
  const auto& l = run.letter("Knowsley Metropolitan Borough Council");
  REQUIRE(l.variants.size() == 1);
  CHECK(l.variants[0].text.starts_with("Thank you for your warm welcome"));
  CHECK(l.variants[0].after == "Dear Mr Harden");  // the template's is "Dear {{recipient:person}}"
  CHECK(render_letter(l, Format::text).find("{{") == std::string::npos);
}
