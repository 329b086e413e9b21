#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "templating/template_set.h"

using namespace letterdiff;
namespace fs = std::filesystem;

namespace {

Template named(std::string group, int letters = 3) {
  Template t;
  t.group = std::move(group);
  t.letters = letters;
  t.paragraphs = {{"Dear {{recipient:person}}", ParagraphKind::text, letters, {}}};
  return t;
}

TemplateSet set_of(std::initializer_list<const char*> groups) {
  TemplateSet set;
  for (const char* g : groups) {
    Template t = named(g);
    tokenize_template(t, set.vocabulary());
    set.add(std::move(t));
  }
  return set;
}

}  // namespace

TEST_CASE("each group's template comes with its matcher, and moving the set keeps both") {
  TemplateSet moved = set_of({"2022-23", "2023-24"});
  const TemplateSet set = std::move(moved);
  REQUIRE(set.find("2023-24"));
  CHECK(set.find("2023-24")->group == "2023-24");
  REQUIRE(set.matcher("2023-24"));
  CHECK(&set.matcher("2023-24")->tpl() == set.find("2023-24"));
  CHECK(set.matcher("2023-24")->match(set.matcher("2023-24")->ids()[0]) == 0);
  CHECK_FALSE(set.find("2019"));
  CHECK_FALSE(set.matcher("2019"));
  CHECK(set.templates().size() == 2);
}

TEST_CASE("the nearest other year is the closest in time, the newer of two as close") {
  const TemplateSet set = set_of({"2018", "2020", "2022-23", "2023-24"});
  CHECK(set.nearest("2020")->group == "2018");  // two years before, 2022-23 three after
  CHECK(set.nearest("2018")->group == "2020");
  CHECK(set.nearest("2023-24")->group == "2022-23");
  CHECK(set.nearest("2022-23")->group == "2023-24");
  CHECK(set_of({"2021", "2023"}).nearest("2022")->group == "2023");
  CHECK_FALSE(set_of({"2023-24"}).nearest("2023-24"));
  CHECK_FALSE(set.nearest("unknown"));
}

TEST_CASE("a group's template file is <group>.tpl in its folder: a missing one is a note and a pipe an error") {
  const fs::path dir = fs::temp_directory_path() / "letterdiff-template-set-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  CHECK(template_path(dir, "2023-24") == dir / "2023-24.tpl");
  TemplateSet set;
  Diagnostics ds;
  CHECK_FALSE(template_in_dir(dir, "2023-24", 3, set.vocabulary(), ds));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].severity == Severity::note);
  CHECK(ds[0].message == "no template for group 2023-24; learnt it from its 3 letters");
  std::ofstream(dir / "2022-23.tpl") << "group: 2022-23\nletters: 2\n\n[1] 2/2 text\nDear {{recipient:person}}\n";
  const auto read = template_in_dir(dir, "2022-23", 2, set.vocabulary(), ds);
  REQUIRE(read);
  CHECK(read->paragraphs.at(0).text == "Dear {{recipient:person}}");
  REQUIRE(::mkfifo((dir / "2021-22.tpl").c_str(), 0600) == 0);
  ds.clear();
  CHECK_FALSE(template_in_dir(dir, "2021-22", 2, set.vocabulary(), ds));  // refused, never waited on
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].severity == Severity::error);
  CHECK(ds[0].message.find("not a regular file") != std::string::npos);
  fs::remove_all(dir);
}
