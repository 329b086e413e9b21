#include <catch2/catch.hpp>

#include "templating/template_file.h"

using namespace letterdiff;

TEST_CASE("a template written to .tpl reads back the same, slots and tables included") {
  Vocabulary v;
  Template t;
  t.group = "2023-24";
  t.letters = 3;
  t.paragraphs = {{"Dear {{recipient:person}}", ParagraphKind::text, 3, {}},
                  {"Complaint statistics", ParagraphKind::heading, 3, {}},
                  {"Housing\tTotal\n{{housing:number}}\t190", ParagraphKind::table, 2, {}}};
  const std::string text = write_template(t);
  CHECK(text.find("[1] 3/3 text\nDear {{recipient:person}}\n") != std::string::npos);
  Diagnostics ds;
  const auto back = read_template(text, "t.tpl", v, ds);
  REQUIRE(back);
  CHECK(ds.empty());
  CHECK(back->group == "2023-24");
  CHECK(back->letters == 3);
  REQUIRE(back->paragraphs.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(back->paragraphs[i].text == t.paragraphs[i].text);
    CHECK(back->paragraphs[i].kind == t.paragraphs[i].kind);
    CHECK(back->paragraphs[i].support == t.paragraphs[i].support);
  }
  CHECK(v.is_slot(back->paragraphs[0].tokens[1].id));
  CHECK(write_template(*back) == text);
}

TEST_CASE("a malformed template is refused with the line number of the problem") {
  struct Case {
    const char* text;
    int line;
  };
  for (const auto& c : {Case{"group: 2020\nletters: 1\n\n[1] 1/1 text\n\n", 5},
                        Case{"group: 2020\nletters: 1\nsomething odd\n", 3},
                        Case{"letters: 1\n\n[1] 1/1 text\nHello\n", 1},
                        Case{"group: 2020\nletters: 1\n\n[1] one/1 text\nHello\n", 4},
                        Case{"group: 2020\nletters: 1\n", 2},
                        // A group is a year form, never a path: it names files.
                        Case{"group: x/../../escaped\nletters: 1\n\n[1] 1/1 text\nHello\n", 1},
                        Case{"group: 2020\nletters: 1\n\n[1] 0/1 text\nHello\n", 4},
                        Case{"group: 2020\nletters: 1\n\n[1] -3/1 text\nHello\n", 4},
                        Case{"group: 2020\nletters: 1\n\n[1] 1/1 text\nHello \xC3\n", 0}}) {
    Vocabulary v;
    Diagnostics ds;
    CHECK_FALSE(read_template(c.text, "bad.tpl", v, ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].file == "bad.tpl");
    CHECK(ds[0].line == c.line);
  }
}

TEST_CASE("optional paragraphs keep their mark through a .tpl, and a slot of unknown type is refused") {
  Vocabulary v;
  Template t;
  t.group = "2023-24";
  t.letters = 120;
  t.paragraphs = {{"Dear {{recipient:person}}", ParagraphKind::text, 120, {}, false},
                  {"Housing complaints accounted for {{n:number}} of them.", ParagraphKind::text, 72, {}, true}};
  const std::string text = write_template(t);
  CHECK(text.find("[2] 72/120 text optional\n") != std::string::npos);
  Diagnostics ds;
  const auto back = read_template(text, "t.tpl", v, ds);
  REQUIRE(back);
  CHECK_FALSE(back->paragraphs[0].optional);
  CHECK(back->paragraphs[1].optional);
  CHECK_FALSE(read_template("group: 2023-24\nletters: 2\n\n[1] 2/2 text\nIn {{when:sentence}} we wrote.\n", "bad.tpl", v, ds));
  REQUIRE_FALSE(ds.empty());
  CHECK(ds.back().message.find("sentence") != std::string::npos);
}

TEST_CASE("a template as written carries a checksum that any edit breaks, so learn can tell it was edited") {
  Template tpl;
  tpl.group = "2023-24";
  tpl.letters = 2;
  tpl.paragraphs.push_back({"Dear {{recipient:person}}", ParagraphKind::text, 2, {}});
  tpl.paragraphs.push_back({"Yours sincerely,", ParagraphKind::text, 2, {}});
  const std::string text = write_template(tpl);
  CHECK_FALSE(edited_since_written(text));
  std::string reworded = text;
  reworded.replace(reworded.find("sincerely"), 9, "faithfully");
  CHECK(edited_since_written(reworded));
  CHECK(edited_since_written(text.substr(0, text.rfind("# letterdiff checksum"))));  // checksum line removed
  CHECK(edited_since_written(text + "\n[3] 1/2 text\nAdded.\n"));                      // a paragraph after it
  CHECK(edited_since_written("group: 2023-24\nletters: 2\n\n[1] 2/2 text\nHello\n"));  // written by hand
  Vocabulary v;
  Diagnostics ds;
  const auto back = read_template(text, "t.tpl", v, ds);  // the checksum is a comment to the reader
  REQUIRE(back);
  CHECK(back->paragraphs.size() == 2);
  CHECK(ds.empty());
}
