// Every kind of bad input, run through the binary: what letterdiff says, and its
// exit status. The table in docs/bad-input.md is made from these runs; this test
// fails when the table is stale (LETTERDIFF_UPDATE_DOCS=1 rewrites it).
#include <catch2/catch.hpp>

#include "support/program_run.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace {

struct Case {
  std::string input;                               // as the table names it
  std::function<void(const fs::path&)> make;      // creates the bad input in the folder
  std::string args;                                // letterdiff's arguments, run in the folder
  int status;                                      // expected exit status
  std::string says;                                // expected in the message
  bool rest_reported = true;                       // the good letter is still reported
};

void write(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// The letter with its title's year replaced.
std::string retitled(std::string letter, std::string_view year) {
  const std::string title = "Annual Review letter 2023-24";
  letter.replace(letter.find(title), title.size(), "Annual Review letter " + std::string(year));
  return letter;
}

void template_file(const fs::path& dir, const std::string& name, const std::string& text) {
  fs::create_directories(dir / "tpl");
  write(dir / "tpl" / name, text);
}

std::string good_letter() {
  std::ifstream in(LETTERDIFF_TEST_DATA "/letters/2023-24_knowsley.txt");
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

// Runs letterdiff in dir; returns (exit status, stderr, stdout).
std::tuple<int, std::string, std::string> run_in(const fs::path& dir, const std::string& args) {
  const auto r = letterdiff::testing::run_program(args, dir);
  return {r.status, r.err, r.out};
}

std::vector<Case> cases() {
  const std::string good = good_letter();
  return {
      {"empty file", [](auto d) { write(d / "empty.txt", ""); }, "report empty.txt good.txt", 2, "empty file"},
      {"binary file", [](auto d) { write(d / "image.txt", "\x89PNG\x1a\x01\x02\x03\x04\x05\x06\x07 data"); },
       "report image.txt good.txt", 2, "binary file"},
      {"NUL bytes in text", [good](auto d) { write(d / "nul.txt", good.substr(0, 300) + std::string(1, '\0') + "x"); },
       "report nul.txt good.txt", 2, "NUL bytes"},
      {"invalid UTF-8", [good](auto d) { write(d / "broken.txt", "caf\xC3\xA9\n" + good.substr(0, 200) + "\xE2\x80 x"); },
       "report broken.txt good.txt", 2, "invalid UTF-8"},
      {"Windows-1252 text (read)", [good](auto d) { write(d / "cp1252.txt", good + "\nYour council\x92s view.\n"); },
       "report cp1252.txt good.txt", 0, "Windows-1252"},
      {"a 1 MB line", [good](auto d) { write(d / "oneline.txt", good + std::string(1 << 20, 'a') + "\n"); },
       "report oneline.txt good.txt", 2, "a line of 1048576 bytes"},
      {"file over the size limit (20 MB; --max-bytes raises it)",
       [good](auto d) { write(d / "huge.txt", std::string(21 << 20, 'a')); }, "report huge.txt good.txt", 2,
       "byte limit"},
      {"folder link loop",
       [](auto d) {
         fs::create_directories(d / "letters");
         fs::copy(d / "good.txt", d / "letters" / "good.txt");
         fs::create_directory_symlink("..", d / "letters" / "loop");
       },
       "report letters", 0, "already read"},
      {"file that cannot be read (a broken link)", [](auto d) { fs::create_symlink("nowhere.txt", d / "gone.txt"); },
       "report gone.txt good.txt", 2, "broken link"},
      {"a named pipe in a folder (one named on the command line is read)",
       [](auto d) {
         fs::create_directories(d / "letters");
         fs::copy(d / "good.txt", d / "letters" / "good.txt");
         ::mkfifo((d / "letters" / "pipe.txt").c_str(), 0600);
       },
       "report letters", 2, "not a regular file"},
      {"malformed template file",
       [](auto d) {
         fs::create_directories(d / "tpl");
         write(d / "tpl" / "2023-24.tpl", "group: 2023-24\nletters: 3\n\n[1] three/3 text\nHello\n");
       },
       "report good.txt --templates tpl", 2, "2023-24.tpl:4: error"},
      {"output folder that cannot be written", [](auto d) { write(d / "file", "x"); }, "report good.txt -o file/out", 2,
       "cannot create the output folder", false},
      {"output folder among the inputs", [](auto) {}, "report . -o reports", 2, "would mix with the input", false},
      {"letter with no recognisable year", [](auto d) { write(d / "noyear.txt", "Dear Ms Smith\n\nThank you.\n"); },
       "report noyear.txt good.txt", 0, "grouped as unknown"},
      {"a title year that is no year (\"2023-/4\")",
       [good](auto d) { write(d / "year.txt", retitled(good, "2023-/4")); }, "report year.txt good.txt", 0,
       "is no year"},
      {"a title year that is a path (\"/000\"), learnt with -o",
       [good](auto d) { write(d / "slash.txt", retitled(good, "/000")); }, "learn slash.txt good.txt -o learnt", 0,
       "is no year"},
      {"template whose group line is a path",
       [](auto d) { template_file(d, "2023-24.tpl", "group: x/../../escaped\nletters: 1\n\n[1] 1/1 text\nHello\n"); },
       "report good.txt --templates tpl", 2, "is not a year group"},
      {"template of another year saved under this year's name",
       [](auto d) { template_file(d, "2023-24.tpl", "group: 2022-23\nletters: 1\n\n[1] 1/1 text\nHello\n"); },
       "report good.txt --templates tpl", 2, "its group line says 2022-23 but its file name says 2023-24"},
      {"template that is not UTF-8",
       [](auto d) { template_file(d, "2023-24.tpl", "group: 2023-24\nletters: 1\n\n[1] 1/1 text\nHello \xff\n"); },
       "report good.txt --templates tpl", 2, "not valid UTF-8"},
      {"topic rules that are a folder", [](auto d) { fs::create_directories(d / "rules"); },
       "report good.txt --topics rules", 2, "not a regular file", false},
      {"topic rules that are a named pipe", [](auto d) { ::mkfifo((d / "rules").c_str(), 0600); },
       "report good.txt --topics rules", 2, "not a regular file", false},
      {"topic rules from a device (/dev/zero)", [](auto) {}, "report good.txt --topics /dev/zero", 2,
       "not a regular file", false},
      {"topic rules that are not UTF-8", [](auto d) { write(d / "rules", "remedies: apolog\xff\n"); },
       "report good.txt --topics rules", 2, "not valid UTF-8", false},
      {"--templates naming no folder", [](auto) {}, "report good.txt --templates nowhere", 2,
       "--templates nowhere: no such folder", false},
      {"--templates naming a template file, not its folder",
       [](auto d) { template_file(d, "2023-24.tpl", "group: 2023-24\nletters: 1\n\n[1] 1/1 text\nHello\n"); },
       "report good.txt --templates tpl/2023-24.tpl", 2, "not a folder", false},
      {"--topics naming no file", [](auto) {}, "report good.txt --topics nowhere.rules", 2, "no such file", false},
      {"an input folder holding a link to the output folder",
       [](auto d) {
         fs::create_directories(d / "letters");
         fs::copy(d / "good.txt", d / "letters" / "good.txt");
         fs::create_directory_symlink("../out", d / "letters" / "reports");
       },
       "report letters -o out --format json", 2, "leads to the output folder"},
  };
}

}  // namespace

TEST_CASE("each bad input gets one clear message naming it, the run goes on, and the exit status says so") {
  std::string table = "| Input | What letterdiff says (stderr) | Exit status |\n|---|---|---|\n";
  for (const auto& c : cases()) {
    INFO(c.input);
    const auto dir = fs::temp_directory_path() / "letterdiff_bad_input";
    fs::remove_all(dir);
    fs::create_directories(dir);
    write(dir / "good.txt", good_letter());
    c.make(dir);
    const auto [status, message, out] = run_in(dir, c.args + (c.args.find("-o") == std::string::npos ? " --format json" : ""));
    CHECK(status == c.status);
    CHECK(message.find(c.says) != std::string::npos);
    INFO(message);
    const auto first = message.substr(0, message.find('\n'));
    CHECK(first.starts_with("letterdiff: "));
    if (c.rest_reported && c.args.find("-o") == std::string::npos)
      CHECK(out.find("Knowsley Metropolitan Borough Council") != std::string::npos);  // the rest is reported
    if (!c.rest_reported) CHECK(out.empty());
    std::string shown;
    for (char ch : first) shown += ch == '|' ? '/' : ch;
    table += "| " + c.input + " | `" + shown + "` | " + std::to_string(status) + " |\n";
    fs::remove_all(dir);
  }
  const fs::path doc = LETTERDIFF_TEST_DATA "/../../docs/bad-input.md";
  const std::string header =
      "# Bad input: what letterdiff says\n\n"
      "Made by `tests/cli/bad_input_test.cpp`, which runs each case through the binary next to a good letter\n"
      "(`good.txt`). Exit status 0: a warning only, everything reported; 2: an input could not be read (the\n"
      "rest are still reported) or, for an option naming something unusable or an output folder that cannot\n"
      "be used, nothing done.\n\n";
  // The table is made here; what follows its end marker is written by hand and kept.
  const std::string marker = "\n<!-- end of the table made by tests/cli/bad_input_test.cpp -->\n";
  std::ifstream in(doc);
  const std::string current((std::istreambuf_iterator<char>(in)), {});
  const auto end = current.find(marker);
  const std::string rest = end == std::string::npos ? "" : current.substr(end + marker.size());
  if (const char* update = std::getenv("LETTERDIFF_UPDATE_DOCS"); update && std::string(update) == "1")
    std::ofstream(doc) << header << table << marker << rest;
  INFO("docs/bad-input.md is stale: rerun this test with LETTERDIFF_UPDATE_DOCS=1");
  CHECK(current.substr(0, end) == header + table);
}
