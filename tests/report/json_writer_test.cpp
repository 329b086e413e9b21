#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <random>

#include "report/json_writer.h"

using namespace letterdiff;

TEST_CASE("the JSON writer lays out and escapes exactly as nlohmann's dump(2)") {
  const std::string awkward = std::string("quote \" backslash \\ tab \t line\n cr\r ff\f bs\b nul ", 30) +
                              std::string(1, '\0') + " unit \x1f del \x7f curly \u2019 end";
  std::string written;
  JsonWriter w(written);
  w.begin_object().member("text", awkward).member("count", 42).member("negative", -7).member("yes", true);
  w.key("empty_array").begin_array().end_array();
  w.key("empty_object").begin_object().end_object();
  w.key("strings").value(std::vector<std::string>{"a", "", "b"});
  w.key("nested").begin_array().begin_object().member("x", 1).key("deeper").begin_array().value("y").end_array();
  w.end_object().value(0).end_array();
  w.end_object();

  nlohmann::ordered_json expected = {{"text", awkward},
                                     {"count", 42},
                                     {"negative", -7},
                                     {"yes", true},
                                     {"empty_array", nlohmann::ordered_json::array()},
                                     {"empty_object", nlohmann::ordered_json::object()},
                                     {"strings", {"a", "", "b"}},
                                     {"nested", {{{"x", 1}, {"deeper", {"y"}}}, 0}}};
  CHECK(written == expected.dump(2));
  CHECK(nlohmann::json::parse(written)["text"] == awkward);
}

TEST_CASE("strings escape as nlohmann's do wherever the awkward byte falls, past the stretches skipped whole") {
  std::mt19937 rng(3);
  const std::string_view alphabet("abc \"\\\n\t\x01\x1f\x7f\xc3\xa9", 13);
  std::uniform_int_distribution<std::size_t> length(0, 70), pick(0, alphabet.size() - 1), plain(0, 9);
  for (int round = 0; round < 5000; ++round) {
    std::string s(length(rng), 'x');
    for (char& c : s) c = plain(rng) == 0 ? alphabet[pick(rng)] : 'x';  // mostly plain, as letters are
    std::string written;
    JsonWriter(written).value(s);
    nlohmann::json expected = s;
    std::string dumped;
    try {
      dumped = expected.dump(2);
    } catch (const nlohmann::json::exception&) {
      continue;  // a cut UTF-8 sequence: nlohmann refuses it, the writer's callers never pass one
    }
    INFO("string of " << s.size() << " bytes");
    REQUIRE(written == dumped);
  }
}

TEST_CASE("a value written at a depth is indented for its place in a larger document") {
  std::string written;
  JsonWriter w(written, 2);
  w.begin_object().member("a", 1).end_object();
  CHECK(written == "{\n      \"a\": 1\n    }");
}
