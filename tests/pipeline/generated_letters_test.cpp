// Letters made here with known inserted, modified and omitted paragraphs and one
// kind of noise each: every variant must be found, and no noise reported.
#include <catch2/catch.hpp>

#include "support/pipeline_run.h"
#include "support/letter_builder.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

LetterSpec council(int i) {
  LetterSpec s;
  s.council = council_name(i);
  s.recipient = i % 2 ? "Mr Jones" : "Ms Patel";
  s.body = boilerplate();
  return s;
}

Report report_of(std::vector<Document> docs) {
  return run_pipeline(std::move(docs)).report;
}

const LetterReport& by_file(const Report& r, const std::string& file) {
  for (const auto& l : r.letters)
    if (l.file == file) return l;
  FAIL("no letter " << file);
  throw;
}

}  // namespace

TEST_CASE("clean generated letters: every inserted, modified and omitted paragraph is found") {
  std::vector<Document> docs;
  for (int i = 0; i < 6; ++i) {
    LetterSpec s = council(i);
    if (i == 1) s.body.insert(s.body.begin() + 2, "We note your council's delays in answering our enquiries this year.");
    if (i == 2) s.body[5] = "Finally, we compare the three key annual statistics for your council with similar "
                            "authorities to provide an average marker of performance.";
    if (i == 3) s.body.erase(s.body.begin() + 4);
    docs.push_back(document("g" + std::to_string(i) + ".txt", render(s)));
  }
  const Report r = report_of(std::move(docs));
  CHECK(by_file(r, "g0.txt").variants.empty());
  const auto& inserted = by_file(r, "g1.txt").variants;
  REQUIRE(inserted.size() == 1);
  CHECK(inserted[0].kind == EntryKind::inserted);
  CHECK(inserted[0].text.starts_with("We note your council's delays"));
  const auto& modified = by_file(r, "g2.txt").variants;
  REQUIRE(modified.size() == 1);
  CHECK(modified[0].kind == EntryKind::modified);
  CHECK(modified[0].inserted() == std::vector<std::string>{"council"});
  CHECK(modified[0].deleted() == std::vector<std::string>{"organisation"});
  INFO(modified[0].wdiff());
  CHECK(modified[0].wdiff().find("your [-organisation-]{+council+} with") != std::string::npos);
  const auto& omitted = by_file(r, "g3.txt").variants;
  REQUIRE(omitted.size() == 1);
  CHECK(omitted[0].kind == EntryKind::omitted);
  CHECK(omitted[0].text.starts_with("Compliance with recommendations"));
  for (int i : {4, 5}) CHECK(by_file(r, "g" + std::to_string(i) + ".txt").variants.empty());
}

TEST_CASE("noise of every kind the normaliser handles is never reported as a variant") {
  std::vector<Document> docs;
  for (int i = 0; i < 4; ++i) docs.push_back(document("clean" + std::to_string(i) + ".txt", render(council(i))));
  std::vector<std::pair<std::string, std::string>> noisy;
  noisy.reserve(16);  // GCC 12 at -O2 warns falsely (-Warray-bounds) on growing it from empty
  noisy.emplace_back("hard-wrapped", hard_wrap(render(council(4)), 60));
  noisy.emplace_back("page-break", page_break(council(5), 3, "Page 2 of 3"));
  noisy.emplace_back("page-break-no-footer", page_break(council(6), 5, ""));
  {
    LetterSpec s = council(7);
    s.body[7] = hyphenate(s.body[7], "improvement");
    noisy.emplace_back("hyphenated", render(s));
  }
  {
    LetterSpec s = council(8);
    s.body[1] = "## **" + s.body[1] + "**";
    s.body[6] = "Our successful complaint handling training programme continues to develop with new modules "
                "available soon. To find out more visit <u>www.lgo.org.uk/training</u>.";
    noisy.emplace_back("markdown", render(s));
  }
  noisy.emplace_back("curly", curly(render(council(9))));
  noisy.emplace_back("crlf-bom", "\xEF\xBB\xBF" + crlf(render(council(10))));
  {
    std::string text = render(council(11));
    text.replace(text.find("Amerdeep"), 0, "Asma (-\n\n");
    noisy.emplace_back("garbled-signature", "Appendix Two\n\n" + text);
  }
  {
    std::string text = render(council(12));
    text.replace(text.find("Local Government & Social Care OMBUDSMAN"), 40,
                 "Local Government & Social Care\nOMBUDSMAN");
    noisy.emplace_back("letterhead-two-lines", text);
  }
  for (const auto& [name, text] : noisy) {
    Diagnostics ds;
    auto doc = document_from_bytes(name + ".txt", text, ds);
    REQUIRE(doc);
    docs.push_back(std::move(*doc));
  }
  const Report r = report_of(std::move(docs));
  REQUIRE(r.letters.size() == 4 + noisy.size());
  for (const auto& l : r.letters) {
    INFO(l.file);
    for (const auto& v : l.variants) INFO(std::string(to_string(v.kind)) + ": " + v.text);
    CHECK(l.variants.empty());
    CHECK(l.group == "2023-24");
    CHECK_FALSE(l.council.empty());
  }
  CHECK(by_file(r, "garbled-signature.txt").furniture.size() == 2);
  CHECK(by_file(r, "page-break.txt").furniture.at(0).text == "Page 2 of 3");
}

TEST_CASE("noise and a real variant in the same letter: only the variant is reported") {
  std::vector<Document> docs;
  for (int i = 0; i < 3; ++i) docs.push_back(document("c" + std::to_string(i) + ".txt", render(council(i))));
  LetterSpec s = council(3);
  s.body.insert(s.body.begin() + 6, "We issued a public interest report about your council's housing service.");
  docs.push_back(document("noisy.txt", curly(hard_wrap(render(s), 55))));
  const Report r = report_of(std::move(docs));
  const auto& v = by_file(r, "noisy.txt").variants;
  REQUIRE(v.size() == 1);
  CHECK(v[0].kind == EntryKind::inserted);
  CHECK(v[0].text == "We issued a public interest report about your council's housing service.");
}
