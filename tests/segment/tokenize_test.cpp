#include <catch2/catch.hpp>

#include "segment/tokenize.h"

using namespace letterdiff;

namespace {

std::vector<std::string> words(std::string_view text, Vocabulary& v, TokenizeMode mode = TokenizeMode::letter) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text, v, mode)) out.emplace_back(token_text(text, t));
  return out;
}

}  // namespace

TEST_CASE("punctuation is split from words, numbers and addresses stay whole") {
  Vocabulary v;
  CHECK(words("reaching more than 1,700 people (100%).", v) ==
        std::vector<std::string>{"reaching", "more", "than", "1,700", "people", "(", "100%", ")", "."});
  CHECK(words("at training@lgo.org.uk. Or https://x.org/a:b", v) ==
        std::vector<std::string>{"at", "training@lgo.org.uk", ".", "Or", "https://x.org/a:b"});
  CHECK(words("organisation's 2023-24", v) == std::vector<std::string>{"organisation's", "2023-24"});
}

TEST_CASE("a colon glued between words by PDF extraction splits them") {
  Vocabulary v;
  CHECK(words("Report:Kent County", v) == std::vector<std::string>{"Report", ":", "Kent", "County"});
}

TEST_CASE("the same word gets the same id - a slot marker is a slot only in template text") {
  Vocabulary v;
  const auto a = tokenize("the council and the", v);
  CHECK(a[0].id == a[3].id);
  CHECK(a[0].id != a[1].id);
  const std::string text = "Dear {{recipient:person}},";
  const auto tpl = tokenize(text, v, TokenizeMode::template_text);
  REQUIRE(tpl.size() == 3);
  CHECK(v.is_slot(tpl[1].id));
  CHECK(token_text(text, tpl[1]) == "{{recipient:person}}");
  const auto letter = tokenize(text, v, TokenizeMode::letter);
  for (const auto& t : letter) CHECK_FALSE(v.is_slot(t.id));
}

TEST_CASE("malformed slot markers are plain words") {
  std::string_view name, type;
  CHECK(parse_slot_marker("{{courses:number}}", name, type));
  CHECK(name == "courses");
  CHECK(type == "number");
  CHECK_FALSE(parse_slot_marker("{{Courses:number}}", name, type));
  CHECK_FALSE(parse_slot_marker("{{courses}}", name, type));
  CHECK_FALSE(parse_slot_marker("{{:number}}", name, type));
}
