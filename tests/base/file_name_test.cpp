#include <catch2/catch.hpp>

#include <string>

#include "base/file_name.h"

using namespace letterdiff;

TEST_CASE("a name from a letter or a template becomes a plain, bounded file stem, never a path") {
  CHECK(file_stem("Royal Borough of Kingston upon Thames") == "royal-borough-of-kingston-upon-thames");
  CHECK(file_stem("2023-24") == "2023-24");
  for (const char* hostile : {"/000", "x/../../escaped", "..", ".hidden", "/", "", "\x1b]0;title\x07", "a\\b"}) {
    const std::string stem = file_stem(hostile);
    INFO(hostile);
    CHECK(is_plain_file_name(stem));
    CHECK(stem.find('/') == std::string::npos);
    CHECK(stem.front() != '.');
  }
  // A letter without a "Dear" line: its last paragraph became the council.
  const std::string paragraph(3000, 'x');
  const std::string long_name = "We look forward to " + paragraph;
  const std::string stem = file_stem(long_name);
  CHECK(stem.size() <= kMaxStemBytes);
  CHECK(stem.starts_with("we-look-forward-to-"));
  CHECK(file_stem(long_name + "y") != stem);  // the hash keeps two long names apart
}

TEST_CASE("two names with one slug get a hash; the same name twice gets a number") {
  FileStems stems;
  CHECK(stems.take("St Helens Council") == "st-helens-council");
  const std::string other = stems.take("St. Helens Council");
  CHECK(other.starts_with("st-helens-council-"));
  CHECK(other.size() == std::string("st-helens-council-").size() + 8);
  CHECK(stems.take("St Helens Council") == "st-helens-council-2");
}
