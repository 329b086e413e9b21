// Letters as other producers make them: PDFs printed by Chromium and exported
// by LibreOffice (tests/data/pdf/office, made by tools/make-office-fixtures) and
// text extracted from committee packs with their page furniture
// (tests/data/furniture, made by tools/make-furniture-fixtures). Each must give
// the report its clean text copy gives, among the same letters, and verify must
// account for every word.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

#include "ingest/read_document.h"
#include "pipeline/learn.h"
#include "pipeline/stream.h"
#include "support/pipeline_run.h"
#include "verify/accounting.h"

using namespace letterdiff;
namespace fs = std::filesystem;

namespace {

const std::string kData = LETTERDIFF_TEST_DATA;

struct Fixture {
  std::string file;   // under tests/data
  std::string clean;  // the same letter as clean text, under tests/data
  std::string replaces;  // the corpus letter it stands for
};

// The three real 2023-24 letters and sixty letters built like them, with their
// statistics pages: enough letters for a template like a real year's.
std::vector<std::string> corpus() {
  std::vector<std::string> files = {kData + "/letters/2023-24_kingston-upon-thames.txt",
                                    kData + "/letters/2023-24_knowsley.txt", kData + "/letters/2023-24_rotherham.txt"};
  std::vector<std::string> year;
  for (const auto& e : fs::directory_iterator(kData + "/year-2023-24/letters")) year.push_back(e.path().string());
  std::sort(year.begin(), year.end());
  year.resize(60);
  for (auto name : {"2023-24_aldby.txt", "2023-24_larkminster.txt", "2023-24_everhurst.txt", "2023-24_crowley.txt"}) {
    const std::string path = kData + "/year-2023-24/letters/" + name;
    if (std::find(year.begin(), year.end(), path) == year.end()) year.push_back(path);
  }
  files.insert(files.end(), year.begin(), year.end());
  return files;
}

struct Reported {
  std::optional<Letter> letter;
  LetterReport report;
};

// The report of the letter read from `file`, among the corpus with `replaces` swapped for it.
Reported report_among(const std::string& file, const std::string& replaces) {
  auto files = corpus();
  std::replace(files.begin(), files.end(), replaces, file);
  REQUIRE(std::count(files.begin(), files.end(), file) == 1);
  SurveyOptions options;
  options.keep_bytes = SIZE_MAX;
  Survey survey = survey_inputs(files, options);
  for (const auto& d : survey.diagnostics) INFO(describe(d));
  const TemplateSet templates = survey_templates(survey);
  ReportOptions report_options;
  report_options.passages = true;
  Reported out;
  stream_letters(survey, templates, 1, nullptr, [&](std::size_t, const Letter& letter, const Vocabulary& v) {
    if (letter.path != file) return;
    out.letter = letter;
    out.report = report_letter(letter, templates, v, report_options);
  });
  REQUIRE(out.letter);
  return out;
}

std::vector<std::string> variant_lines(const LetterReport& r) {
  std::vector<std::string> out;
  for (const auto& v : r.variants) out.push_back(std::string(to_string(v.kind)) + ": " + v.text);
  return out;
}

std::vector<std::string> slot_lines(const LetterReport& r) {
  std::vector<std::string> out;
  for (const auto& s : r.slots) out.push_back(s.name + "=" + s.value);
  return out;
}

// What one list has that the other lacks, each line marked "-" (clean) or "+" (made):
// empty when both say the same in the same order.
std::vector<std::string> differences(const std::vector<std::string>& clean, const std::vector<std::string>& made) {
  std::vector<std::string> out;
  if (clean == made) return out;
  for (const auto& line : clean)
    if (std::find(made.begin(), made.end(), line) == made.end()) out.push_back("- " + line);
  for (const auto& line : made)
    if (std::find(clean.begin(), clean.end(), line) == clean.end()) out.push_back("+ " + line);
  if (out.empty()) out.push_back("same lines in another order");
  return out;
}

// `misread` paragraphs may differ from the clean report's as modified template
// paragraphs (an OCR misreading: "Your." for "Your"); nothing else may.
void check_same_report(const Fixture& f, std::size_t misread = 0) {
  INFO(f.file);
  const Reported clean = report_among(kData + "/" + f.clean, kData + "/" + f.replaces);
  const Reported made = report_among(kData + "/" + f.file, kData + "/" + f.replaces);
  CHECK(made.report.council == clean.report.council);
  CHECK(made.report.recipient == clean.report.recipient);
  CHECK(made.report.date == clean.report.date);
  CHECK(made.report.group == clean.report.group);
  auto variants = differences(variant_lines(clean.report), variant_lines(made.report));
  const auto misreadings = std::count_if(variants.begin(), variants.end(),
                                         [](const std::string& line) { return line.starts_with("+ modified: "); });
  if (misreadings <= static_cast<std::ptrdiff_t>(misread))
    std::erase_if(variants, [](const std::string& line) { return line.starts_with("+ modified: "); });
  for (const auto& d : {differences(slot_lines(clean.report), slot_lines(made.report)), variants}) {
    std::string lines;
    for (const auto& line : d) lines += line + "\n";
    INFO(lines);
    CHECK(d.empty());
  }
  const Accounting a = account(*made.letter, made.report);
  INFO(a.first_mismatch);
  CHECK(a.complete());
}

}  // namespace

TEST_CASE("PDFs printed by Chromium and exported by LibreOffice report what their text copies report") {
  const Fixture f = GENERATE(values<Fixture>({
      {"pdf/office/chromium-header-footer.pdf", "letters/2023-24_kingston-upon-thames.txt",
       "letters/2023-24_kingston-upon-thames.txt"},
      {"pdf/office/chromium-margin-boxes.pdf", "letters/2023-24_knowsley.txt", "letters/2023-24_knowsley.txt"},
      {"pdf/office/chromium-three-boxes.pdf", "year-2023-24/letters/2023-24_aldby.txt",
       "year-2023-24/letters/2023-24_aldby.txt"},
      {"pdf/office/libreoffice-docx.pdf", "letters/2023-24_rotherham.txt", "letters/2023-24_rotherham.txt"},
      {"pdf/office/libreoffice-table.pdf", "year-2023-24/letters/2023-24_larkminster.txt",
       "year-2023-24/letters/2023-24_larkminster.txt"},
  }));
  check_same_report(f);
}

// Layouts that made the letter's own lines look like furniture, or read the address
// out of its place (tests/data/pdf/layouts, made by tools/make-layout-fixtures).
TEST_CASE("PDFs whose layout makes the letter's lines look like furniture report what their text copies report") {
  const Fixture f = GENERATE(values<Fixture>({
      {"pdf/layouts/a4-narrow-everhurst.pdf", "year-2023-24/letters/2023-24_everhurst.txt",
       "year-2023-24/letters/2023-24_everhurst.txt"},
      {"pdf/layouts/a4-wide-kingston.pdf", "letters/2023-24_kingston-upon-thames.txt",
       "letters/2023-24_kingston-upon-thames.txt"},
      {"pdf/layouts/fixed-hf-crowley.pdf", "year-2023-24/letters/2023-24_crowley.txt",
       "year-2023-24/letters/2023-24_crowley.txt"},
      {"pdf/layouts/thead-hf-knowsley.pdf", "letters/2023-24_knowsley.txt", "letters/2023-24_knowsley.txt"},
      {"pdf/layouts/chrome-hf-longtitle-rotherham.pdf", "letters/2023-24_rotherham.txt",
       "letters/2023-24_rotherham.txt"},
      {"pdf/layouts/letterhead-right-knowsley.pdf", "letters/2023-24_knowsley.txt", "letters/2023-24_knowsley.txt"},
      {"pdf/layouts/para-cut-spaced-rotherham.pdf", "letters/2023-24_rotherham.txt", "letters/2023-24_rotherham.txt"},
      {"pdf/layouts/sig-cut-aldby.pdf", "year-2023-24/letters/2023-24_aldby.txt",
       "year-2023-24/letters/2023-24_aldby.txt"},
      {"pdf/layouts/stats-grid-aldby.pdf", "year-2023-24/letters/2023-24_aldby.txt",
       "year-2023-24/letters/2023-24_aldby.txt"},
  }));
  check_same_report(f);
}

TEST_CASE("text with committee-pack furniture, broken addresses and line-end hyphens reports what the clean text reports") {
  const std::string name = GENERATE(values<std::string>({"address-footer", "committee-pack", "broken-url",
                                                         "title-header", "council-header-once", "hyphenation",
                                                         "paragraph-across-footer", "first-page-footer", "everything"}));
  const std::map<std::string, std::string> source = {
      {"address-footer", "rotherham"}, {"committee-pack", "knowsley"},
      {"broken-url", "knowsley"},      {"title-header", "rotherham"},
      {"council-header-once", "kingston-upon-thames"}, {"hyphenation", "rotherham"},
      {"paragraph-across-footer", "kingston-upon-thames"}, {"first-page-footer", "knowsley"},
      {"everything", "kingston-upon-thames"}};
  check_same_report({"furniture/" + name + ".txt", "furniture/" + name + ".expected.txt",
                     "letters/2023-24_" + source.at(name) + ".txt"});
}

// Among three letters the letterhead is a template paragraph of two letters; the
// Word letter's page header sets its lines apart as furniture, with "Appendix
// Two" between them. Nothing lacks from that letter.
TEST_CASE("a letterhead the letter's page header carries, in lines apart, is not an omitted paragraph") {
  const auto run = testing::run_pipeline({kData + "/pdf/office/libreoffice-docx.pdf",
                                          kData + "/letters/2023-24_kingston-upon-thames.txt",
                                          kData + "/letters/2023-24_knowsley.txt"});
  const LetterReport& rotherham = run.letter("Rotherham Metropolitan Borough Council");
  std::string variants;
  for (const auto& v : rotherham.variants) variants += std::string(to_string(v.kind)) + ": " + v.text + "\n";
  INFO(variants);
  CHECK(rotherham.variants.empty());
  CHECK(run.tpl("2023-24").paragraphs.at(0).text == "Local Government & Social Care OMBUDSMAN 50 years 1974 - 2024");
}

// A scan (tests/data/pdf/scanned, made by tools/make-scanned-fixture: askew, dusty,
// black and white, no text layer) read by Tesseract, and the same letter with only
// its signed last page scanned: the same council, recipient, date, slots and
// variants, but for one paragraph where a speck of dust beside a word is read as a
// full stop ("Your." for "Your").
TEST_CASE("a scanned letter read by OCR reports what its text copy reports, with a warning naming it") {
  const auto [name, warning] = GENERATE(values<std::pair<std::string, std::string>>({
      {"rotherham-scan.pdf", "2 of 2 pages had no text layer and were read by OCR (Tesseract)"},
      {"rotherham-last-page-scanned.pdf", "1 of 2 pages had no text layer and was read by OCR (Tesseract)"},
  }));
  const std::string scan = kData + "/pdf/scanned/" + name;
  Diagnostics ds;
  const auto doc = read_document(scan, {}, ds);
#ifdef LETTERDIFF_OCR
  REQUIRE(doc);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].severity == Severity::warning);
  CHECK(ds[0].file == scan);
  CHECK(ds[0].message == warning + ": check names and figures against the PDF");
  check_same_report({"pdf/scanned/" + name, "letters/2023-24_rotherham.txt", "letters/2023-24_rotherham.txt"}, 1);
#else
  // Without OCR, a wholly scanned letter is refused and a partly scanned one read
  // without its scanned pages: either way the message says what to install.
  CHECK(bool(doc) == (name == "rotherham-last-page-scanned.pdf"));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].file == scan);
  CHECK(ds[0].message.find("built without OCR: install libtesseract-dev") != std::string::npos);
#endif
}
