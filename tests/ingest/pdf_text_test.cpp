#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "ingest/pdf_text.h"
#include "support/pipeline_run.h"

using namespace letterdiff;

namespace {

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Report report_of(std::vector<std::string> files) {
  return testing::run_pipeline(files).report;
}

const LetterReport& by_council(const Report& r, std::string_view council) {
  for (const auto& l : r.letters)
    if (l.council == council) return l;
  FAIL("no " << council);
  throw;
}

const std::string kData = LETTERDIFF_TEST_DATA;

}  // namespace

TEST_CASE("a PDF's text keeps paragraphs apart, table cells as tabs and pages apart") {
  std::string error;
  const auto text = pdf_text(bytes_of(kData + "/pdf/table.pdf"), error);
  REQUIRE(text);
  CHECK(text->scanned_pages == 0);
  CHECK(text->text.find("Dear Ms Smith\n\nYour figures for the year:\n\nHousing\tPlanning\tTotal\n12\t7\t190\n") !=
        std::string::npos);
  const auto letter = pdf_text(bytes_of(kData + "/pdf/kingston.pdf"), error);
  REQUIRE(letter);
  CHECK(std::count(letter->text.begin(), letter->text.end(), '\f') == 2);
}

TEST_CASE("the PDF of Kingston's letter gives the same report as its text copy") {
  const std::string knowsley = kData + "/letters/2023-24_knowsley.txt", rotherham = kData + "/letters/2023-24_rotherham.txt";
  const Report from_text = report_of({knowsley, rotherham, kData + "/letters/2023-24_kingston-upon-thames.txt"});
  const Report from_pdf = report_of({knowsley, rotherham, kData + "/pdf/kingston.pdf"});
  for (auto council : {"Royal Borough of Kingston upon Thames", "Knowsley Metropolitan Borough Council",
                       "Rotherham Metropolitan Borough Council"}) {
    INFO(council);
    const auto& a = by_council(from_text, council);
    const auto& b = by_council(from_pdf, council);
    CHECK(a.recipient == b.recipient);
    CHECK(a.date == b.date);
    CHECK(a.group == b.group);
    REQUIRE(a.slots.size() == b.slots.size());
    for (std::size_t i = 0; i < a.slots.size(); ++i) CHECK(a.slots[i].value == b.slots[i].value);
    REQUIRE(a.variants.size() == b.variants.size());
    for (std::size_t i = 0; i < a.variants.size(); ++i) {
      CHECK(a.variants[i].kind == b.variants[i].kind);
      CHECK(a.variants[i].text == b.variants[i].text);
      CHECK(a.variants[i].after == b.variants[i].after);
    }
  }
  const auto& pdf = by_council(from_pdf, "Royal Borough of Kingston upon Thames");
  REQUIRE(pdf.variants.size() == 1);
  CHECK(pdf.variants[0].text.starts_with("We were pleased to deliver two online complaint handling courses"));
  std::vector<std::string> furniture;
  for (const auto& f : pdf.furniture) furniture.push_back(f.reason + ": " + f.text);
  CHECK(std::count(furniture.begin(), furniture.end(),
                   "running header or footer: Annual Review letter 2023-24 - Royal Borough of Kingston upon Thames") == 3);
  CHECK(std::count(furniture.begin(), furniture.end(), "page number: Page 2 of 3") == 1);
}

TEST_CASE("a damaged PDF and one without a text layer are refused with the reason") {
  std::string error;
  CHECK_FALSE(pdf_text("%PDF-1.4\nthis is not really a PDF\n", error));
  CHECK_FALSE(error.empty());
  const std::string blank =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  error.clear();
  CHECK_FALSE(pdf_text(blank, error));
  // Nothing is drawn on the page: blank, with or without OCR, and no OCR was needed to say so.
  CHECK(error == "PDF has no text: its pages are blank, or a scan too faint for OCR to read");
  // A page with text that the page tree does not list: damaged, not "no text layer".
  const std::string stream = "BT /F1 12 Tf 10 50 Td (Dear Ms Smith) Tj ET";
  const std::string orphan =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
      "3 0 obj<</Type/Page/MediaBox[0 0 100 100]/Contents 4 0 R/Resources<</Font<</F1<</Type/Font/Subtype/Type1"
      "/BaseFont/Helvetica>>>>>>>>endobj\n4 0 obj<</Length " + std::to_string(stream.size()) + ">>stream\n" + stream +
      "\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  error.clear();
  CHECK_FALSE(pdf_text(orphan, error));
  CHECK(error.find("page tree") != std::string::npos);
  CHECK(error.find("no text layer") == std::string::npos);
}
