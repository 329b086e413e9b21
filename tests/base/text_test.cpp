#include <catch2/catch.hpp>

#include "base/text.h"

using namespace letterdiff;

TEST_CASE("terminal punctuation is found behind closing quotes and brackets") {
  CHECK(ends_with_terminal_punctuation("It is rare."));
  CHECK(ends_with_terminal_punctuation("as we said (see below)."));
  CHECK(ends_with_terminal_punctuation("three key areas:"));
  CHECK(ends_with_terminal_punctuation("\"Your council's performance.\""));
  CHECK_FALSE(ends_with_terminal_punctuation("help us to assess our impact"));
  CHECK_FALSE(ends_with_terminal_punctuation("Yours sincerely,"));
}

TEST_CASE("a lower-case start is seen past an opening quote or bracket") {
  CHECK(starts_lowercase("and improve our offer"));
  CHECK(starts_lowercase("(and more)"));
  CHECK_FALSE(starts_lowercase("And improve"));
  CHECK_FALSE(starts_lowercase("2024 was"));
}

TEST_CASE("slugs are safe file names") {
  CHECK(slugify("Royal Borough of Kingston upon Thames") == "royal-borough-of-kingston-upon-thames");
  CHECK(slugify("../../etc/passwd") == "etc-passwd");
  CHECK(slugify("***") == "letter");
}

TEST_CASE("control characters and bidi overrides are shown, never obeyed") {
  CHECK(visible_controls("plain\ttext\n") == "plain\ttext\n");
  CHECK(visible_controls("a\x1b]0;pwned\x07z") == "a\\x1b]0;pwned\\x07z");
  CHECK(visible_controls("x\x1b[2Jy\x7f") == "x\\x1b[2Jy\\x7f");
  CHECK(visible_controls("c1 \xC2\x9B" "31m") == "c1 \\u009b31m");
  CHECK(visible_controls("abc\u202Eevil\u2069") == "abc\\u202eevil\\u2069");
  CHECK(visible_controls("caf\u00e9 \u2019") == "caf\u00e9 \u2019");  // ordinary non-ASCII stays
  CHECK(visible_controls("\xE2\x80") == "\xE2\x80");                  // a cut sequence is not read past its end
}

TEST_CASE("coloured output keeps its colours and shows every other control") {
  const std::string coloured = "\x1b[31m[-old-]\x1b[0m \x1b[1;32m{+new+}\x1b[0m";
  CHECK(visible_controls(coloured, true) == coloured);
  CHECK(visible_controls(coloured) != coloured);
  // A title, a screen clear or concealed text from a letter is shown, colours or not.
  CHECK(visible_controls("\x1b]0;pwned\x07 \x1b[2J \x1b[8mhidden", true) == "\\x1b]0;pwned\\x07 \\x1b[2J \\x1b[8mhidden");
}
