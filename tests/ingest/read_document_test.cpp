#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "ingest/read_document.h"

using namespace letterdiff;

namespace {

std::optional<Document> from(std::string bytes, Diagnostics& ds) { return document_from_bytes("x.txt", std::move(bytes), ds); }

}  // namespace

TEST_CASE("a UTF-8 letter with a BOM and CRLF line ends is read as plain LF text") {
  Diagnostics ds;
  const auto doc = from("\xEF\xBB\xBF" "Dear Ms Smith\r\n\r\nText.\r\n", ds);
  REQUIRE(doc);
  CHECK(doc->text == "Dear Ms Smith\n\nText.\n");
  CHECK(ds.empty());
}

TEST_CASE("a Windows-1252 letter is converted with a warning naming the file") {
  Diagnostics ds;
  const auto doc = from("Your council\x92s performance", ds);
  REQUIRE(doc);
  CHECK(doc->text == "Your council\u2019s performance");
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].severity == Severity::warning);
  CHECK(ds[0].file == "x.txt");
  CHECK(ds[0].message.find("Windows-1252") != std::string::npos);
}

TEST_CASE("the line of a NUL byte or a broken UTF-8 byte is named") {
  Diagnostics ds;
  CHECK_FALSE(from(std::string("one\ntwo\nth\0ree", 15), ds));
  CHECK_FALSE(from("caf\xC3\xA9\nline two \xE2\x80 broken", ds));
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].line == 3);
  CHECK(ds[1].line == 2);
  CHECK(ds[1].message.find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("empty, blank, binary, NUL, UTF-16, broken UTF-8 and overlong-line files are refused with an error") {
  for (std::string bytes :
       {std::string(""), std::string(" \n\n\t\n"), std::string("PK\x03\x04\0\0zip", 9),
        std::string("Dear Sir\nText\0more", 18), std::string("\x01\x02\x03\x04 binary"),
        std::string("\xFF\xFE" "D\0e\0", 6), std::string("%PDF-1.7\n..."),
        std::string("caf\xC3\xA9 and then \xE2\x80 broken"), "Dear Sir\n" + std::string(200'000, 'a')}) {
    Diagnostics ds;
    CHECK_FALSE(from(bytes, ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].severity == Severity::error);
    CHECK(ds[0].file == "x.txt");
  }
}

TEST_CASE("files over the size limit and missing files are refused, naming the file") {
  const auto dir = std::filesystem::temp_directory_path() / "letterdiff_read_test";
  std::filesystem::create_directories(dir);
  const auto big = dir / "big.txt";
  std::ofstream(big) << std::string(2000, 'a');
  Diagnostics ds;
  CHECK_FALSE(read_document(big, ReadOptions{1000}, ds));
  CHECK_FALSE(read_document(dir / "missing.txt", ReadOptions{}, ds));
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].message.find("--max-bytes") != std::string::npos);
  CHECK(ds[0].file == big.string());
  CHECK(ds[1].file == (dir / "missing.txt").string());
  CHECK(read_document(big, ReadOptions{5000}, ds));
  std::filesystem::remove_all(dir);
}

TEST_CASE("line ends, control bytes and long lines are found wherever they lie in a long line of text") {
  const std::string line(40, 'a');
  for (std::size_t at = 0; at < line.size(); ++at) {
    INFO("at byte " << at);
    Diagnostics ds;
    std::string crlf = line + line;
    crlf.replace(at, 1, "\r\n");
    const auto doc = from(crlf, ds);
    REQUIRE(doc);
    CHECK(doc->text.find('\r') == std::string::npos);
    CHECK(doc->text.size() == crlf.size() - 1);

    std::string lone_cr = line;
    lone_cr[at] = '\r';
    REQUIRE(from(lone_cr, ds));
    CHECK(from(lone_cr, ds)->text[at] == '\n');

    std::string control = std::string(at, 'a') + "\x01\x02";  // over 1% of a short text
    if (!control.empty()) CHECK_FALSE(from(control + "b", ds));
  }
  Diagnostics ds;
  ReadOptions options;
  options.max_line = 50;
  CHECK(document_from_bytes("x.txt", line + "\n" + std::string(50, 'b'), ds, options));
  CHECK_FALSE(document_from_bytes("x.txt", line + "\n" + line + "\n" + std::string(51, 'b') + "\nend", ds, options));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].line == 3);
  CHECK(ds[0].message.find("a line of 51 bytes") != std::string::npos);
}
