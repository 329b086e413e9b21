// The word-at-a-time scans against byte-at-a-time references, on many generated
// strings: every length around the eight-byte boundaries and every position of
// the byte that matters.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "base/text.h"
#include "base/utf8.h"
#include "base/word_key.h"
#include "normalise/inline_cleanup.h"

using namespace letterdiff;

namespace {

std::string random_text(std::mt19937& rng, std::string_view alphabet, std::size_t max_length) {
  std::uniform_int_distribution<std::size_t> length(0, max_length), pick(0, alphabet.size() - 1);
  std::string s(length(rng), ' ');
  for (char& c : s) c = alphabet[pick(rng)];
  return s;
}

std::size_t naive_ifind(std::string_view haystack, std::string_view needle) {
  return to_lower(haystack).find(to_lower(needle));
}

bool naive_already_clean(std::string_view line) {
  if (line.empty()) return true;
  if (line.front() == ' ' || line.front() == '#' || line.front() == '>' || line.back() == ' ' || line.back() == '\t')
    return false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c >= 0x80 || c == '*' || c == '_' || c == '<' || c == '[') return false;
    if (c == ' ' && i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("ifind finds what a lower-cased find finds, at every offset and in either case") {
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    const std::string haystack = random_text(rng, "abAB:@` \t-", 40);
    const std::string needle = random_text(rng, "abAB:@`", 4);
    INFO("haystack \"" << haystack << "\", needle \"" << needle << "\"");
    REQUIRE(ifind(haystack, needle) == naive_ifind(haystack, needle));
  }
  CHECK(ifind("Local Authority Report:Kent", "local authority report:") == 0);
  CHECK(ifind("the year ENDING 31 March", "ending") == 9);
  CHECK(ifind("short", "longer than it") == std::string_view::npos);
}

TEST_CASE("a line is already clean exactly when the byte-by-byte rule says so") {
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    const std::string line = random_text(rng, "abcdefg  \t\t*_<[#>\xE2", 50);
    INFO("line \"" << line << "\"");
    REQUIRE(already_clean(line) == naive_already_clean(line));
  }
  // Double spaces and tab-space pairs straddling the eight- and sixteen-byte words.
  for (std::size_t at = 1; at < 38; ++at) {
    std::string line(40, 'x');
    line[at] = ' ';
    line[at + 1] = ' ';
    CHECK_FALSE(already_clean(line));
    line[at] = '\t';
    CHECK_FALSE(already_clean(line));
    line[at + 1] = 'x';
    CHECK(already_clean(line));
  }
}

TEST_CASE("word keys: equal words hash alike, and words differing in any byte compare unequal") {
  const WordHash hash;
  const WordEqual equal;
  for (std::size_t n = 0; n <= 24; ++n) {
    const std::string word(n, 'w');
    CHECK(equal(word, std::string(n, 'w')));
    CHECK(hash(word) == hash(std::string(n, 'w')));
    CHECK_FALSE(equal(word, word + "w"));
    for (std::size_t at = 0; at < n; ++at) {
      std::string other = word;
      other[at] = 'v';
      INFO("length " << n << ", differing at " << at);
      CHECK_FALSE(equal(word, other));
      CHECK(hash(word) != hash(other));
    }
  }
}

TEST_CASE("the UTF-8 census finds a bad byte wherever it lies, past the ASCII words it skips") {
  for (std::size_t at = 0; at < 30; ++at) {
    std::string text(32, 'a');
    text[at] = '\xE9';
    const Utf8Census census = utf8_census(text);
    INFO("bad byte at " << at);
    CHECK(census.bad_bytes == 1);
    CHECK(census.first_bad == at);
    CHECK(census.multibyte == 0);
    text.replace(at, 1, "\u2019");
    CHECK(utf8_census(text).bad_bytes == 0);
    CHECK(utf8_census(text).multibyte == 1);
  }
}
