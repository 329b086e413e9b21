#include <catch2/catch.hpp>

#include "base/utf8.h"

using namespace letterdiff;

TEST_CASE("valid UTF-8 is accepted, including curly quotes and the BOM") {
  CHECK(is_valid_utf8("plain ASCII"));
  CHECK(is_valid_utf8("your council\u2019s performance \u2013 2024"));
  CHECK(is_valid_utf8("\xEF\xBB\xBFwith BOM"));
}

TEST_CASE("invalid UTF-8 is refused: stray bytes, truncated sequences, overlong forms, surrogates") {
  CHECK_FALSE(is_valid_utf8("caf\xE9"));           // Latin-1 e-acute
  CHECK_FALSE(is_valid_utf8("end \xE2\x80"));      // truncated en dash
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));  // past U+10FFFF
}

TEST_CASE("Windows-1252 text is converted to UTF-8, smart quotes and pound sign included") {
  CHECK(windows1252_to_utf8("council\x92s \x93view\x94 \x96 \xA3" "5") ==
        "council\u2019s \u201Cview\u201D \u2013 \u00A3" "5");
  CHECK(is_valid_utf8(windows1252_to_utf8("\x81\x8D\x8F\x90\x9D")));  // unassigned bytes become U+FFFD
}

TEST_CASE("a file name that is not UTF-8 is shown with U+FFFD for each stray byte") {
  CHECK(valid_utf8("bad\xff\xfename.txt") == "bad\uFFFD\uFFFDname.txt");
  CHECK(valid_utf8("caf\u00e9.txt") == "caf\u00e9.txt");
  CHECK(valid_utf8("cut\xE2\x80") == "cut\uFFFD\uFFFD");
  CHECK(is_valid_utf8(valid_utf8("\xC0\xAF overlong")));
}
