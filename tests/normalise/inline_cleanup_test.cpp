#include <catch2/catch.hpp>

#include <iterator>
#include <random>
#include <string>
#include <utility>

#include "normalise/inline_cleanup.h"

using namespace letterdiff;

TEST_CASE("curly quotes, dashes, non-breaking spaces and ligatures fold to plain text") {
  CHECK(clean_line("your council\u2019s \u201Cview\u201D \u2013 \u2014 fi\u00A0x").text == "your council's \"view\" - - fi x");
  CHECK(clean_line("\uFB01nal e\u00ADdition").text == "final edition");
}

TEST_CASE("markdown headings, bold, underline tags and links are stripped") {
  const auto heading = clean_line("## **Complaint statistics**");
  CHECK(heading.text == "Complaint statistics");
  CHECK(heading.markdown_heading);
  CHECK(clean_line("map, <u>Your council's</u> <u>performance</u>, on").text == "map, Your council's performance, on");
  CHECK(clean_line("visit [our website](https://www.lgo.org.uk) today").text == "visit our website today");
  CHECK_FALSE(clean_line("#hashtag is not a heading").markdown_heading);
}

TEST_CASE("brackets around words are not a link: nothing but markup is ever removed, and the ledger names it") {
  // Words in brackets are words: "[to](we found fault ...)" once lost everything up to the ')'.
  const auto words = clean_line("I look forward [to](we found fault in 45 of your cases) working with you");
  CHECK(words.text == "I look forward [to](we found fault in 45 of your cases) working with you");
  CHECK(words.markup.empty());
  const auto link = clean_line("visit [our website](https://www.lgo.org.uk) today");
  CHECK(link.markup.find("[](https://www.lgo.org.uk)") != std::string::npos);  // exactly what went
}

TEST_CASE("runs of spaces collapse but tabs between table cells stay") {
  CHECK(clean_line("a   b  ").text == "a b");
  CHECK(clean_line("57\t0\t6").text == "57\t0\t6");
}

namespace {

// The clean-up passes as first written, a byte at a time: the reference the
// stretch-copying passes of clean_line must agree with.
std::string naive_fold(std::string_view in, int& folds) {
  static const std::pair<std::string_view, std::string_view> kFolds[] = {
      {"\u2019", "'"}, {"\u201C", "\""}, {"\u2013", "-"}, {"\u00A0", " "}, {"\u00AD", ""}, {"\uFB01", "fi"}};
  std::string out;
  for (std::size_t i = 0; i < in.size();) {
    bool folded = false;
    for (const auto& [from, to] : kFolds)
      if (!folded && static_cast<unsigned char>(in[i]) >= 0x80 && in.substr(i).starts_with(from)) {
        out += to, i += from.size(), folded = true, ++folds;
      }
    if (!folded) out += in[i++];
  }
  return out;
}

std::string naive_strip_markup(std::string_view in) {
  static const std::string_view kMarkup[] = {"**", "__", "<u>", "</u>", "<b>", "</b>"};
  std::string out;
  for (std::size_t i = 0; i < in.size();) {
    bool stripped = false;
    for (auto tag : kMarkup)
      if (!stripped && in.substr(i).starts_with(tag)) i += tag.size(), stripped = true;
    if (!stripped) out += in[i++];
  }
  return out;
}

std::string naive_strip_links(std::string_view in) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '[') {
      const auto close = in.find("](", i);
      const auto end = close == std::string_view::npos ? close : in.find(')', close);
      bool link = close != std::string_view::npos && end != std::string_view::npos && end > close + 2;
      for (std::size_t j = close + 2; link && j < end; ++j)  // one unbroken address
        link = in[j] != ' ' && in[j] != '\t' && in[j] != '\n' && in[j] != '[';
      if (link) {
        out += in.substr(i + 1, close - i - 1);
        i = end;
        continue;
      }
    }
    out += in[i];
  }
  return out;
}

std::string naive_collapse(std::string_view in) {
  std::string out;
  for (char c : in) {
    if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '\t')) continue;
    out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("clean_line gives what the byte-at-a-time passes give, on generated lines") {
  static const std::string_view kPieces[] = {"a", "b", " ", "  ", "\t", "*", "**", "_", "__", "<u>", "</u>", "<b",
                                             "[", "](", ")", "x]", "\u2019", "\u201C", "\u2013", "\u00A0", "\u00AD",
                                             "\uFB01", "\xE2\x80", "word "};
  std::mt19937 rng(5);
  std::uniform_int_distribution<std::size_t> count(0, 24), pick(0, std::size(kPieces) - 1);
  for (int round = 0; round < 20000; ++round) {
    std::string line = "w";  // never a heading or a quote: those marks are stripped before the passes
    for (std::size_t n = count(rng); n > 0; --n) line += kPieces[pick(rng)];
    int folds = 0;
    const std::string expected = naive_collapse(naive_strip_links(naive_strip_markup(naive_fold(line, folds))));
    const CleanLine clean = clean_line(line);
    INFO("line \"" << line << "\"");
    REQUIRE(clean.text == expected);
    REQUIRE(clean.folded == folds);
  }
}
