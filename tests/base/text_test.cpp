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

// Long text is passed over sixteen bytes at a time: a control anywhere in it is
// still found, in the first block, across a block's edge or in the last bytes,
// and text handed over whole comes back whole when it has none.
TEST_CASE("a control character is found wherever it stands in long text") {
  const std::string plain(40, 'a');
  for (std::size_t at = 0; at + 3 <= plain.size(); ++at) {
    std::string text = plain;
    text.replace(at, 3, "\u202E");  // three bytes, straddling a block's edge at 14 and 15
    CHECK(visible_controls(text) == plain.substr(0, at) + "\\u202e" + plain.substr(at + 3));
    CHECK(visible_controls(std::string(text)) == plain.substr(0, at) + "\\u202e" + plain.substr(at + 3));
  }
  CHECK(visible_controls(plain + "\x07") == plain + "\\x07");
  CHECK(visible_controls(plain + "\u00e9\u2019\r\n") == plain + "\u00e9\u2019\r\n");
  std::string whole = plain + "\u2019";
  const char* const buffer = whole.data();
  CHECK(visible_controls(std::move(whole)).data() == buffer);  // not copied
}

TEST_CASE("coloured output keeps its colours and shows every other control") {
  const std::string coloured = "\x1b[31m[-old-]\x1b[0m \x1b[1;32m{+new+}\x1b[0m";
  CHECK(visible_controls(coloured, true) == coloured);
  CHECK(visible_controls(coloured) != coloured);
  // A title, a screen clear or concealed text from a letter is shown, colours or not.
  CHECK(visible_controls("\x1b]0;pwned\x07 \x1b[2J \x1b[8mhidden", true) == "\\x1b]0;pwned\\x07 \\x1b[2J \\x1b[8mhidden");
}

TEST_CASE("text is wrapped at spaces to the width, continuation lines hung under their line, tables left whole") {
  const std::string paragraph =
      "    We were pleased to deliver two online complaint handling courses to staff at Achieving for Children.";
  CHECK(wrap_text(paragraph, 60) ==  // a list item
        "    We were pleased to deliver two online complaint handling\n"
        "        courses to staff at Achieving for Children.");
  CHECK(wrap_text("+ inserted, line 43:\n" + paragraph + "\n" + paragraph + "\n\n" + paragraph, 60) ==
        "+ inserted, line 43:\n"  // its paragraphs flush, to the blank line
        "    We were pleased to deliver two online complaint handling\n"
        "    courses to staff at Achieving for Children.\n"
        "    We were pleased to deliver two online complaint handling\n"
        "    courses to staff at Achieving for Children.\n\n"
        "    We were pleased to deliver two online complaint handling\n"
        "        courses to staff at Achieving for Children.");
  CHECK(wrap_text("note:      the only letter of group 2018: it is its own template", 40) ==
        "note:      the only letter of group\n"
        "           2018: it is its own template");  // under the value, its spacing kept
  CHECK(wrap_text("+ inserted, line 43, after \"Our successful complaint handling\":", 40) ==
        "+ inserted, line 43, after \"Our\n"
        "  successful complaint handling\":");
  const std::string table = "    2023-24  Royal Borough of Kingston upon Thames  Ms Ireland  2024-07-17  1 inserted";
  CHECK(wrap_text(table, 40) == table);
  CHECK(wrap_text("    57\t0\t6\t99\t6\t20\t2\t0\t0\t190 and more words past the width", 20).find('\n') == std::string::npos);
  // Characters, not bytes; colour sequences take no room; a word wider than the line stays whole.
  CHECK(wrap_text("é é é é é", 9) == "é é é é é");
  CHECK(wrap_text("\x1b[32m{+a b+}\x1b[0m c", 9) == "\x1b[32m{+a b+}\x1b[0m c");
  CHECK(wrap_text("www.lgo.org.uk/a-very-long-address-indeed x", 10) == "www.lgo.org.uk/a-very-long-address-indeed\n  x");
  CHECK(wrap_text("a b\n\nc d", 0) == "a b\n\nc d");
  CHECK(wrap_text("one two three\nfour", 8) == "one two\n  three\nfour");
}
