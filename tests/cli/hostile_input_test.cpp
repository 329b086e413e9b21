// The binary given careless or hostile input: it writes only inside -o, under
// names it makes itself, and says what happened.
#include <catch2/catch.hpp>

#include "support/program_run.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;  // stdout, then stderr
};

Run run(const std::string& args) {
  const auto r = letterdiff::testing::run_program(args);
  return {r.status, r.out + r.err};
}

std::string letter(const std::string& name) {
  std::ifstream in(std::string(LETTERDIFF_TEST_DATA "/letters/") + name);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

fs::path fresh_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("letterdiff_hostile_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::set<std::string> listing(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a title year naming a path writes nothing outside -o") {
  const auto dir = fresh_dir("slash");
  std::ofstream(dir / "slash.txt") << replaced(letter("2023-24_knowsley.txt"), "letter 2023-24", "letter /000");
  std::ofstream(dir / "kingston.txt") << letter("2023-24_kingston-upon-thames.txt");
  const auto r = run("learn " + (dir / "slash.txt").string() + " " + (dir / "kingston.txt").string() + " -o " +
                     (dir / "out").string());
  CHECK(r.status == 0);  // a warning only
  CHECK(r.out.find("\"/000\" is no year") != std::string::npos);
  CHECK(listing(dir / "out") == std::set<std::string>{"2023-24.tpl", ".letterdiff-manifest"});
  CHECK(listing(dir) == std::set<std::string>{"slash.txt", "kingston.txt", "out"});
}

TEST_CASE("a council name too long for a file name still gets its pages, linked from the index") {
  const auto dir = fresh_dir("long");
  // No "Dear" line: the last paragraph becomes the council's name.
  std::string text = replaced(letter("2023-24_knowsley.txt"), "Dear Mr Harden\n", "");
  text = replaced(text, "Mr Harden Chief Executive Knowsley Metropolitan Borough Council",
                  "Chief Executive " + std::string(60, 'x') + " " + std::string(300, 'y') + " Council");
  std::ofstream(dir / "long.txt") << text;
  std::ofstream(dir / "kingston.txt") << letter("2023-24_kingston-upon-thames.txt");
  const auto r = run("report " + dir.string() + "/long.txt " + dir.string() + "/kingston.txt --format html,md -o " +
                     (dir / "out").string());
  INFO(r.out);
  CHECK(r.out.find("check the folder") == std::string::npos);
  std::ifstream index(dir / "out" / "index.html");
  const std::string html((std::istreambuf_iterator<char>(index)), {});
  int pages = 0;
  for (const auto& name : listing(dir / "out")) {
    CHECK(name.size() < 120);
    if (name.ends_with(".html") && name != "index.html" && !name.starts_with("template-")) {
      ++pages;
      CHECK(html.find("href=\"" + name + "\"") != std::string::npos);
    }
  }
  CHECK(pages == 2);
}

TEST_CASE("pruning removes the pages of letters no longer given, never a file letterdiff did not write") {
  const auto dir = fresh_dir("prune");
  for (auto name : {"2023-24_knowsley.txt", "2023-24_kingston-upon-thames.txt", "2023-24_rotherham.txt"})
    std::ofstream(dir / name) << letter(name);
  const std::string out = (dir / "out").string();
  REQUIRE(run("report " + dir.string() + "/2023-24_knowsley.txt " + dir.string() +
              "/2023-24_kingston-upon-thames.txt " + dir.string() + "/2023-24_rotherham.txt --format md -o " + out)
              .status == 0);
  std::ofstream(dir / "out" / "notes.md") << "mine";
  const auto pages = listing(dir / "out");
  CHECK(pages.count("2023-24_rotherham-metropolitan-borough-council.md"));
  const std::string two = dir.string() + "/2023-24_knowsley.txt " + dir.string() + "/2023-24_kingston-upon-thames.txt";
  const auto kept = run("report " + two + " --format md -o " + out);
  CHECK(kept.out.find("--prune removes it") != std::string::npos);
  CHECK(listing(dir / "out") == pages);
  CHECK(run("report " + two + " --format md --prune -o " + out).status == 0);
  auto after = listing(dir / "out");
  CHECK_FALSE(after.count("2023-24_rotherham-metropolitan-borough-council.md"));
  CHECK(after.count("notes.md"));
  CHECK(after.count("2023-24_knowsley-metropolitan-borough-council.md"));
}

TEST_CASE("the same folder named twice is read once, without a warning") {
  const auto r = run("report " LETTERDIFF_TEST_DATA "/letters " LETTERDIFF_TEST_DATA "/letters/ --format json");
  CHECK(r.status == 0);
  CHECK(r.out.find("loop") == std::string::npos);
}

TEST_CASE("a negative --max-bytes is a usage error") {
  const auto r = run("report " LETTERDIFF_TEST_DATA "/letters --max-bytes -1");
  CHECK(r.status == 2);
}

TEST_CASE("escape sequences in a letter reach the terminal as visible text, never as commands") {
  const auto dir = fresh_dir("escape");
  std::ofstream(dir / "esc.txt") << replaced(letter("2023-24_knowsley.txt"), "I look forward",
                                             "\x1b]0;pwned\x07\x1b[2J\x1b]8;;http://evil\x1b\\I look forward");
  std::ofstream(dir / "kingston.txt") << letter("2023-24_kingston-upon-thames.txt");
  for (const std::string command : {"report", "diff"}) {
    const auto r = run(command + " " + (dir / "esc.txt").string() +
                       (command == "report" ? " " + (dir / "kingston.txt").string() : std::string()));
    INFO(command << ": " << r.out);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find("\\x1b]0;pwned\\x07") != std::string::npos);
  }
}

TEST_CASE("verify's count names the inputs it could not read instead of leaving them out") {
  const auto dir = fresh_dir("verify");
  std::ofstream(dir / "good.txt") << letter("2023-24_knowsley.txt");
  std::ofstream(dir / "empty.txt") << "";
  const auto r = run("verify " + (dir / "good.txt").string() + " " + (dir / "empty.txt").string());
  CHECK(r.status == 2);  // an input could not be read
  CHECK(r.out.find("1 of 1 letters fully accounted for; 1 input not read, so not verified") != std::string::npos);
  const auto json = run("verify --format json " + (dir / "good.txt").string() + " " + (dir / "empty.txt").string());
  CHECK(json.out.find("\"skipped\": [\n    \"" + (dir / "empty.txt").string() + "\"") != std::string::npos);
}

TEST_CASE("a folder named together with a folder inside it is read once, in either order, without a warning") {
  const auto dir = fresh_dir("nested");
  fs::create_directories(dir / "in" / "sub");
  std::ofstream(dir / "in" / "knowsley.txt") << letter("2023-24_knowsley.txt");
  std::ofstream(dir / "in" / "sub" / "rotherham.txt") << letter("2023-24_rotherham.txt");
  const std::string in = (dir / "in").string(), sub = (dir / "in" / "sub").string();
  for (const auto& args : {sub + " " + in, in + " " + sub}) {
    const auto r = run("report " + args + " --format csv");
    INFO(args << "\n" << r.out);
    CHECK(r.status == 0);
    CHECK(r.out.find("warning") == std::string::npos);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 3);  // the header and each letter once
  }
}

TEST_CASE("a link in the inputs to a report in the output folder is never read as a letter") {
  const auto dir = fresh_dir("report-link");
  fs::create_directories(dir / "in");
  std::ofstream(dir / "in" / "knowsley.txt") << letter("2023-24_knowsley.txt");
  const std::string args = "report " + (dir / "in").string() + " --format md -o " + (dir / "out").string();
  REQUIRE(run(args).status == 0);
  fs::create_symlink(dir / "out" / "index.md", dir / "in" / "index.md");
  const auto r = run(args);
  CHECK(r.status == 2);
  CHECK(r.out.find("in/index.md: error: leads into the output folder (a link to a report?); not read") !=
        std::string::npos);
}

TEST_CASE("audit takes two template files by any names: the group is checked against a file name only when looked up") {
  const auto dir = fresh_dir("audit-names");
  fs::copy_file(LETTERDIFF_TEST_DATA "/../../templates/2020.tpl", dir / "old.tpl");
  fs::copy_file(LETTERDIFF_TEST_DATA "/../../templates/2023-24.tpl", dir / "new.tpl");
  const auto r = run("audit " + (dir / "old.tpl").string() + " " + (dir / "new.tpl").string());
  INFO(r.out);
  CHECK(r.status == 0);
  CHECK(r.out.starts_with("letterdiff audit: 2020 -> 2023-24\n"));
}
