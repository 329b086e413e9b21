// The command line as diff, grep and git users expect it: errors in letterdiff's
// voice, help, the same flags on every command, exit statuses, - for standard
// input and output, and learn keeping templates someone edited.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "support/program_run.h"

namespace fs = std::filesystem;
using letterdiff::testing::run_program;

namespace {

const std::string kLetters = LETTERDIFF_TEST_DATA "/letters";
const std::string kKnowsley = kLetters + "/2023-24_knowsley.txt";
const std::vector<std::string> kCommands{"report", "learn", "diff", "audit", "verify"};

fs::path fresh_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("letterdiff_command_line_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

}  // namespace

TEST_CASE("mistakes on the command line are said in letterdiff's voice, with exit status 2") {
  const auto unknown = run_program("frobnicate");
  CHECK(unknown.status == 2);
  CHECK(unknown.err == "letterdiff: unknown command 'frobnicate' (see 'letterdiff --help')\n");
  CHECK(unknown.out.empty());
  const auto none = run_program("");
  CHECK(none.status == 2);
  CHECK(none.err.starts_with("letterdiff: no command given (see 'letterdiff --help')\n"));
  const auto jobs = run_program("report -j 0 " + kLetters);
  CHECK(jobs.status == 2);
  CHECK(jobs.err == "letterdiff report: --jobs: '0' is not a whole number of at least 1 (see 'letterdiff report --help')\n");
  const auto bytes = run_program("verify --max-bytes lots " + kLetters);
  CHECK(bytes.status == 2);
  CHECK(bytes.err.find("--max-bytes: 'lots' is not a whole number") != std::string::npos);
  const auto format = run_program("learn -f yaml " + kLetters);
  CHECK(format.status == 2);
  CHECK(format.err.starts_with("letterdiff learn: --format: yaml not in {text,json}"));
  const auto missing = run_program("report");
  CHECK(missing.status == 2);
  CHECK(missing.err.starts_with("letterdiff report: "));
  CHECK(run_program("help nosuch").status == 2);
}

TEST_CASE("the version (-V, --version), help and help COMMAND answer on standard output with exit status 0") {
  for (const char* flag : {"-V", "--version"}) {
    const auto version = run_program(flag);
    CHECK(version.status == 0);
    CHECK(std::regex_match(version.out, std::regex("letterdiff [0-9]+\\.[0-9]+\\.[0-9]+\n")));
  }
  const auto help = run_program("help");
  CHECK(help.status == 0);
  CHECK(help.out == run_program("--help").out);
  for (const char* says : {".pdf", "standard input", "Examples:", "Exit status:", "0  all well", "1  differences",
                           "2  trouble"})
    CHECK(help.out.find(says) != std::string::npos);
  const auto report = run_program("help report");
  CHECK(report.status == 0);
  CHECK(report.out.find("Usage: letterdiff report [OPTIONS] letters...") != std::string::npos);
  CHECK(report.out == run_program("report --help").out);
}

TEST_CASE("every command takes the same flags, meaning the same, and its help has no parser noise") {
  for (const auto& command : kCommands) {
    INFO(command);
    const auto help = run_program(command + " --help");
    CHECK(help.status == 0);
    for (const char* flag : {"-f,--format", "-o,--output DIR|-", "--color,--colour auto|always|never", "--max-bytes N",
                             "-j,--jobs N", "-q,--quiet", "-h,--help"})
      CHECK(help.out.find(flag) != std::string::npos);
    CHECK(std::regex_search(help.out, std::regex("--format [a-z|]*json")));
    for (const char* noise : {"TEXT", "=[", "UINT", "INT:", "REQUIRED", "--help-all"})
      CHECK(help.out.find(noise) == std::string::npos);
    CHECK(run_program(command + " " + kKnowsley + " -j 0").status == 2);
  }
}

TEST_CASE("quiet (-q) leaves warnings out of stderr but still says errors") {
  const auto dir = fresh_dir("quiet");
  std::ofstream(dir / "noyear.txt") << "Dear Ms Smith\n\nThank you.\n";
  std::ofstream(dir / "empty.txt");
  const auto loud = run_program("report noyear.txt " + kKnowsley + " -f json", dir);
  CHECK(loud.status == 0);  // a warning alone
  CHECK(loud.err.find("warning: no year found") != std::string::npos);
  const auto quiet = run_program("report noyear.txt " + kKnowsley + " -f json -q", dir);
  CHECK(quiet.status == 0);
  CHECK(quiet.err.empty());
  CHECK(quiet.out == loud.out);
  const auto error = run_program("report empty.txt " + kKnowsley + " -f json -q", dir);
  CHECK(error.status == 2);
  CHECK(error.err == "letterdiff: empty.txt: error: empty file; skipped\n");
  fs::remove_all(dir);
}

TEST_CASE("an output of - (-o -) writes the one document to standard output") {
  const auto report = run_program("report " + kLetters + " -f md");
  CHECK(run_program("report " + kLetters + " -f md -o -").out == report.out);
  CHECK(run_program("report " + kLetters + " -f md,json -o -").status == 2);
  CHECK(run_program("report " + kLetters + " -f html -o -").status == 2);
  const auto tpl = run_program("learn " + kLetters + "/2023-24_knowsley.txt " + kLetters + "/2023-24_rotherham.txt -o -");
  CHECK(tpl.status == 0);
  CHECK(tpl.out.starts_with("# letterdiff template for the 2023-24 letters, learnt from 2 letters."));
  const auto years = run_program("learn " + kLetters + " -o -");
  CHECK(years.status == 2);
  CHECK(years.err.find("learn -o - writes one template, but the letters are of 3 years") != std::string::npos);
  CHECK(run_program("audit " + kLetters + " --timeline -o -").out == run_program("audit " + kLetters + " --timeline").out);
  CHECK(!fs::exists("-"));
}

TEST_CASE("learn replaces the templates it wrote, but not one edited since, unless --force") {
  const auto dir = fresh_dir("learn_force");
  const std::string learn = "learn " + kLetters + " -o " + (dir / "tpl").string();
  REQUIRE(run_program(learn).status == 0);
  const auto edited = dir / "tpl" / "2020.tpl";
  std::string text = slurp(edited);
  text.replace(text.find("Dear "), 5, "Dear Councillor ");
  std::ofstream(edited, std::ios::binary) << text;
  const std::string untouched = slurp(dir / "tpl" / "2023-24.tpl");
  const auto again = run_program(learn);
  CHECK(again.status == 2);
  CHECK(again.err.find("2020.tpl: error: edited since letterdiff wrote it; not replaced (--force replaces it)") !=
        std::string::npos);
  CHECK(slurp(edited) == text);                                   // kept as edited
  CHECK(slurp(dir / "tpl" / "2023-24.tpl") == untouched);         // rewritten, the same
  CHECK(again.out.find("wrote " + (dir / "tpl" / "2023-24.tpl").string()) != std::string::npos);
  const auto forced = run_program(learn + " --force");
  CHECK(forced.status == 0);
  CHECK(slurp(edited).find("Dear Councillor") == std::string::npos);
  const auto json = run_program(learn + " -f json");
  CHECK(json.status == 0);
  CHECK(json.out.find("\"group\": \"2023-24\"") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("diff exits 1 when the letter differs from its template, 0 when not; verify 0 when every word is accounted for") {
  CHECK(run_program("diff " + kLetters + "/2023-24_kingston-upon-thames.txt").status == 1);
  CHECK(run_program("diff " + kKnowsley).status == 0);
  const auto json = run_program("diff " + kLetters + "/2023-24_kingston-upon-thames.txt -f json");
  CHECK(json.status == 1);
  CHECK(json.out.find("\"variants\"") != std::string::npos);
  CHECK(run_program("verify " + kLetters).status == 0);
}

TEST_CASE("a letter is read from standard input (-), a pipe or process substitution named on the command line") {
  const auto dir = fresh_dir("streams");
  const auto file = run_program("report " + kKnowsley + " -f csv");
  REQUIRE(file.status == 0);
  const auto from_stdin = run_program("report - -f csv < " + kKnowsley);
  CHECK(from_stdin.status == 0);
  CHECK(from_stdin.err.empty());
  CHECK(from_stdin.out.find("(standard input)") != std::string::npos);
  CHECK(from_stdin.out.find("Knowsley Metropolitan Borough Council") != std::string::npos);
  const auto substituted = run_program("-c \"'" LETTERDIFF_BINARY "' report <(cat '" + kKnowsley + "') -f csv\"", {}, "bash");
  CHECK(substituted.status == 0);
  CHECK(substituted.err.empty());
  CHECK(substituted.out.find("Knowsley Metropolitan Borough Council") != std::string::npos);
  // A named pipe whose writer comes later: waited for, as cat would.
  REQUIRE(::system(("mkfifo '" + (dir / "letter.pipe").string() + "'").c_str()) == 0);
  const auto piped = run_program("-c \"(sleep 0.2; cat '" + kKnowsley + "' > letter.pipe) & '" LETTERDIFF_BINARY
                                     "' report letter.pipe -f csv\"",
                                 dir, "bash");
  CHECK(piped.status == 0);
  CHECK(piped.out.find("Knowsley Metropolitan Borough Council") != std::string::npos);
  // ... and one whose writer was there first: letterdiff's opening lets it write
  // the whole letter and leave at once, and what it wrote is read, not lost
  // (timeout: a run that loses it waits for another writer for ever).
  const auto early = run_program("-c \"(cat '" + kKnowsley + "' > letter.pipe) & sleep 0.5; timeout 20 '" LETTERDIFF_BINARY
                                     "' report letter.pipe -f csv\"",
                                 dir, "bash");
  CHECK(early.status == 0);
  CHECK(early.out.find("Knowsley Metropolitan Borough Council") != std::string::npos);
  // diff and verify read it too, a PDF included.
  CHECK(run_program("diff - < " + kLetters + "/2023-24_kingston-upon-thames.txt").status == 1);
  const auto pdf = run_program("verify - < " LETTERDIFF_TEST_DATA "/pdf/kingston.pdf");
  CHECK(pdf.status == 0);
  CHECK(pdf.out.find("(standard input): 972/972 words accounted for") != std::string::npos);
  CHECK(run_program("report - -f json < /dev/null").err.find("(standard input): error: empty file") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("text output is wrapped at 80 columns off a terminal, at --width N when asked, never with --width 0") {
  const auto longest = [](const std::string& text, bool tables) {
    std::size_t most = 0, start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
      const std::string line = text.substr(start, end - start);
      const bool one_word = line.find(' ', line.find_first_not_of(' ')) == std::string::npos;  // a long address
      const bool table_row = line.find('\t') != std::string::npos || line.find("  20") != std::string::npos ||
                             line.starts_with("    year  ");
      if (!tables && (one_word || table_row)) continue;
      std::size_t chars = 0;
      for (char c : line) chars += (c & 0xC0) != 0x80;
      most = std::max(most, chars);
    }
    return most;
  };
  const auto plain = run_program("report " + kLetters);
  CHECK(longest(plain.out, false) <= 80);
  CHECK(longest(run_program("report " + kLetters + " --width 60").out, false) <= 60);
  CHECK(longest(run_program("report " + kLetters + " --width 0").out, true) > 200);  // a paragraph a line
  CHECK(longest(run_program("verify " + kLetters).out, true) <= 80);
  CHECK(longest(run_program("audit " + kLetters + " --timeline").out, false) <= 80);
  CHECK(longest(run_program("diff " + kLetters + "/2023-24_kingston-upon-thames.txt").out, false) <= 80);
  // The letters table: one row a letter, its columns aligned.
  const auto table = plain.out.substr(plain.out.find("letters:\n"));
  CHECK(table.find("    year     council                                 recipient       date        specific\n") !=
        std::string::npos);
  CHECK(table.find("    2023-24  Royal Borough of Kingston upon Thames   Ms Ireland      2024-07-17  1 inserted\n") !=
        std::string::npos);
}
