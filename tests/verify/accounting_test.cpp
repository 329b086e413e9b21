#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <optional>

#include "pipeline/learn.h"
#include "pipeline/stream.h"
#include "support/letter_builder.h"
#include "verify/accounting.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

// A letter and its report as `report` makes it, keeping the whole letter.
struct Reported {
  Letter letter;
  LetterReport report;
};

std::vector<Reported> reports_of(Survey survey) {
  const TemplateSet templates = survey_templates(survey);
  ReportOptions options;
  options.passages = true;
  std::vector<std::optional<Reported>> reported(survey.letters.size());
  stream_letters(survey, templates, 1, nullptr, [&](std::size_t i, const Letter& letter, const Vocabulary& v) {
    reported[i] = Reported{letter, report_letter(letter, templates, v, options)};
  });
  std::vector<Reported> out;
  for (auto& r : reported)
    if (r) out.push_back(std::move(*r));
  return out;
}

std::vector<Reported> reports_of(const std::vector<std::string>& inputs) {
  SurveyOptions options;
  options.keep_bytes = SIZE_MAX;
  return reports_of(survey_inputs(inputs, options));
}

// Every letter accounted for from its report, each word in one part.
void check_all_accounted(const std::vector<Reported>& reported) {
  for (const auto& [letter, report] : reported) {
    const Accounting a = account(letter, report);
    INFO(letter.path << ": " << a.first_mismatch);
    CHECK(a.complete());
    CHECK(a.words > 0);
    CHECK(a.template_words + a.slot_words() + a.variant_words + a.furniture_words == a.accounted);
  }
}

const Reported& by_council(const std::vector<Reported>& reported, std::string_view council) {
  for (const auto& r : reported)
    if (r.report.council == council) return r;
  FAIL("no letter for " << council);
  throw;
}

}  // namespace

TEST_CASE("every sample letter and the PDF fixture are fully accounted for") {
  const auto reported = reports_of({LETTERDIFF_TEST_DATA "/letters", LETTERDIFF_TEST_DATA "/pdf/kingston.pdf"});
  REQUIRE(reported.size() == 6);
  check_all_accounted(reported);
}

TEST_CASE("generated letters with every kind of noise and edit are fully accounted for") {
  std::vector<Document> docs;
  for (int i = 0; i < 12; ++i) {
    LetterSpec s;
    s.council = council_name(i);
    s.recipient = i % 2 ? "Mr Jones" : "Ms Patel";
    s.body = boilerplate();
    if (i == 1) s.body.insert(s.body.begin() + 2, "We note your council's delays in answering our enquiries.");
    if (i == 2) s.body[5] = "Finally, we compare the key annual statistics for your council with similar councils.";
    if (i == 3) s.body.erase(s.body.begin() + 4);
    if (i == 4) std::swap(s.body[3], s.body[6]);
    std::string text = render(s);
    if (i == 5) text = hard_wrap(text, 50);
    if (i == 6) text = page_break(s, 3, "Page 2 of 3");
    if (i == 7) text = curly(text);
    if (i == 8) text = crlf(text);
    if (i == 9) text.replace(text.find("Amerdeep"), 0, "Asma (-\n\n");
    if (i == 10) text = "Appendix Two\n\n" + curly(hard_wrap(text, 40));
    Diagnostics ds;
    docs.push_back(*document_from_bytes("n" + std::to_string(i) + ".txt", text, ds));
  }
  check_all_accounted(reports_of(survey_documents(std::move(docs))));
}

// The real 2023-24 letters, Knowsley's edited by fn.
std::vector<Reported> real_year_with(const std::function<std::string(std::string)>& edit_knowsley) {
  std::vector<Document> docs;
  for (auto name : {"kingston-upon-thames", "knowsley", "rotherham"}) {
    const std::string path = std::string(LETTERDIFF_TEST_DATA "/letters/2023-24_") + name + ".txt";
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    if (std::string_view(name) == "knowsley") text = edit_knowsley(text);
    Diagnostics ds;
    docs.push_back(*document_from_bytes(path, text, ds));
  }
  return reports_of(survey_documents(std::move(docs)));
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Every word of the variants, one string.
std::string variant_words(const LetterReport& r) {
  std::string out;
  for (const auto& v : r.variants) out += v.text + " " + v.wdiff() + " ";
  return out;
}

TEST_CASE("words in brackets are words: a remark written as [to](...) is reported, never stripped as a link") {
  const auto reported = real_year_with([](std::string text) {
    return replaced(text, "I look forward to working with you",
                    "I look forward [to](we found fault in 45 of your cases and you ignored us) working with you");
  });
  check_all_accounted(reported);
  const auto& knowsley = by_council(reported, "Knowsley Metropolitan Borough Council").report;
  CHECK(variant_words(knowsley).find("we found fault in 45 of your cases and you ignored us") != std::string::npos);
}

TEST_CASE("a council name or a date written where template words stood is a change, not a slot's value") {
  const auto reported = real_year_with([](std::string text) {
    text = replaced(text,
                    "Twenty councils have volunteered to take part in an implementation pilot over the next two years "
                    "that will develop further guidance and best practice.",
                    "Knowsley Metropolitan Borough Council.");
    return replaced(text, "We expect councils to carefully consider the Code when developing policies and procedures",
                    "17 July 2024");
  });
  check_all_accounted(reported);
  const auto& knowsley = by_council(reported, "Knowsley Metropolitan Borough Council").report;
  const std::string words = variant_words(knowsley);
  CHECK(words.find("[-Twenty councils have volunteered") != std::string::npos);
  CHECK(words.find("[-We expect councils to carefully consider") != std::string::npos);
}

TEST_CASE("a report that loses a paragraph is caught, with where it differs") {
  const auto reported = reports_of({LETTERDIFF_TEST_DATA "/letters"});
  const Reported& kingston = by_council(reported, "Royal Borough of Kingston upon Thames");
  LetterReport lossy = kingston.report;
  std::erase_if(lossy.passages, [](const Passage& p) { return p.kind == EntryKind::inserted; });
  const Accounting a = account(kingston.letter, lossy);
  CHECK_FALSE(a.complete());
  CHECK(a.accounted < a.words);
  CHECK(a.first_mismatch.find("\"We\"") != std::string::npos);
  const Accounting whole = account(kingston.letter, kingston.report);
  CHECK(whole.complete());
  CHECK(whole.variant_words == 37);               // the training-courses paragraph
  CHECK(whole.slots.at("person") == 4);           // "Ms Ireland", twice
  CHECK(whole.slots.at("organisation") == 6);     // "Royal Borough of Kingston upon Thames"
  CHECK(whole.slots.at("date") == 3);             // "17 July 2024"
  CHECK(whole.furniture_words == 1);              // "Asma (-"
}

TEST_CASE("verify fails when a variant loses a word, a slot value is doubled or two variants swap") {
  std::vector<Document> docs;
  for (int i = 0; i < 4; ++i) {
    LetterSpec s;
    s.council = council_name(i);
    s.recipient = "Ms Patel";
    s.body = boilerplate();
    if (i == 1) {
      s.body.insert(s.body.begin() + 2, "We note your council's delays in answering our enquiries.");
      s.body[6] = "Finally, we compare the key annual statistics for your council with similar councils.";
    }
    docs.push_back(document("m" + std::to_string(i) + ".txt", render(s)));
  }
  const auto reported = reports_of(survey_documents(std::move(docs)));
  const Reported& two = reported.at(1);
  REQUIRE(two.report.variants.size() == 2);
  REQUIRE(account(two.letter, two.report).complete());

  LetterReport dropped = two.report;
  Variant& inserted = dropped.variants[0].kind == EntryKind::inserted ? dropped.variants[0] : dropped.variants[1];
  inserted.text.erase(0, inserted.text.find(' ') + 1);  // "We" gone
  CHECK_FALSE(account(two.letter, dropped).complete());

  LetterReport doubled = two.report;
  bool found = false;
  for (auto& p : doubled.passages)
    for (auto& piece : p.pieces)
      if (!found && piece.op == WordOp::slot) piece.text += " " + piece.text, found = true;
  REQUIRE(found);
  CHECK_FALSE(account(two.letter, doubled).complete());

  LetterReport swapped = two.report;
  std::swap(swapped.variants[0], swapped.variants[1]);
  CHECK_FALSE(account(two.letter, swapped).complete());
}
