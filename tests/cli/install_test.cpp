// letterdiff as a packager installs it: `cmake --install` into a DESTDIR, the
// program run from / with its data found beside it (never the source tree nor
// the current folder), the man page and completions knowing every command and
// option, and a Debian package by CPack.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "support/program_run.h"

namespace fs = std::filesystem;
using letterdiff::testing::run_program;

namespace {

const std::string kLetters = LETTERDIFF_TEST_DATA "/letters";
const std::vector<std::string> kCommands{"report", "learn", "diff", "audit", "verify"};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

// Every long option a command's help names.
std::set<std::string> long_options(const std::string& help) {
  std::set<std::string> names;
  const std::regex option("(--[a-z][a-z-]*)");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it)
    names.insert((*it)[1]);
  return names;
}

}  // namespace

TEST_CASE("cmake --install puts the program, its data, man page and completions in place, and it runs from / with the "
          "source tree out of reach") {
  const auto dest = fs::temp_directory_path() / "letterdiff_install";
  fs::remove_all(dest);
  const auto installed = run_program("DESTDIR='" + dest.string() + "' '" LETTERDIFF_CMAKE "' --install '" LETTERDIFF_BUILD_DIR
                                         "' --prefix /usr",
                                     {}, "env");
  INFO(installed.err);
  REQUIRE(installed.status == 0);
  const auto usr = dest / "usr";
  for (const char* file : {"bin/letterdiff", "share/man/man1/letterdiff.1", "share/bash-completion/completions/letterdiff",
                           "share/zsh/vendor-completions/_letterdiff", "share/fish/vendor_completions.d/letterdiff.fish",
                           "share/letterdiff/templates/topics.rules", "share/letterdiff/templates/2023-24.tpl",
                           "share/doc/letterdiff/LICENSE", "share/doc/letterdiff/README.md"})
    CHECK(fs::is_regular_file(usr / file));
  // Nothing in the program points at the source tree's data.
  CHECK(slurp(usr / "bin/letterdiff").find(LETTERDIFF_SOURCE_DIR "/templates") == std::string::npos);

  // Moved elsewhere (as a package manager might relocate it), run from /, with no
  // LETTERDIFF_DATA_DIR: the shipped templates and topic rules are its own.
  const auto moved = fs::temp_directory_path() / "letterdiff_install_moved";
  fs::remove_all(moved);
  fs::rename(usr, moved);
  const std::string program = (moved / "bin/letterdiff").string();
  const auto diff = run_program("env -u LETTERDIFF_DATA_DIR '" + program + "' diff '" + kLetters +
                                    "/2023-24_kingston-upon-thames.txt'",
                                "/", "env");
  CHECK(diff.status == 1);  // found the 2023-24 template, and the letter differs from it
  CHECK(diff.out.find("{+We were pleased to deliver two online complaint handling courses") != std::string::npos);
  const auto report = run_program("env -u LETTERDIFF_DATA_DIR '" + program + "' report '" + kLetters + "' -f json", "/",
                                  "env");
  CHECK(report.status == 0);
  CHECK(report.err.find("topics.rules") == std::string::npos);  // found, no warning
  CHECK(report.out.find("\"training\"") != std::string::npos);   // Kingston's remark, by the shipped rules

  // LETTERDIFF_DATA_DIR overrides: an empty one has no templates to diff against.
  const auto empty = fs::temp_directory_path() / "letterdiff_install_empty_data";
  fs::create_directories(empty);
  const auto elsewhere = run_program("LETTERDIFF_DATA_DIR='" + empty.string() + "' '" + program + "' diff '" + kLetters +
                                         "/2023-24_knowsley.txt'",
                                     "/", "env");
  CHECK(elsewhere.status == 2);
  CHECK(elsewhere.err.find("no template for group 2023-24") != std::string::npos);
  fs::remove_all(dest);
  fs::remove_all(moved);
  fs::remove_all(empty);
}

TEST_CASE("the man page and the shell completions know every command and every option") {
  const std::string man = run_program("help --man").out;
  CHECK(man.starts_with(".TH LETTERDIFF 1"));
  CHECK(slurp(LETTERDIFF_BUILD_DIR "/generated/letterdiff.1") == man);
  for (const char* section : {".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS", ".SH \"EXIT STATUS\"",
                              ".SH EXAMPLES", ".SH ENVIRONMENT", ".SH FILES"})
    CHECK(man.find(section) != std::string::npos);
  const std::string bash = run_program("completions bash").out, zsh = run_program("completions zsh").out,
                    fish = run_program("completions fish").out;
  for (const auto& command : kCommands) {
    INFO(command);
    CHECK(man.find(".SS \"letterdiff " + command + "\"") != std::string::npos);
    CHECK(bash.find("    " + command + ")") != std::string::npos);
    CHECK(zsh.find("'" + command + ":") != std::string::npos);
    CHECK(fish.find("-a " + command + " ") != std::string::npos);
    for (const auto& option : long_options(run_program(command + " --help").out)) {
      INFO(option);
      std::string escaped;
      for (char c : option) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
      CHECK(man.find(escaped) != std::string::npos);
      CHECK(bash.find(option) != std::string::npos);
      CHECK(zsh.find(option) != std::string::npos);
      CHECK(fish.find("-l " + option.substr(2)) != std::string::npos);
    }
  }
}

TEST_CASE("the bash completion completes commands, options and their values") {
  const auto script = fs::path(LETTERDIFF_BUILD_DIR) / "generated/letterdiff.bash";
  REQUIRE(run_program("-n '" + script.string() + "'", {}, "bash").status == 0);
  const auto complete = [&](const std::string& words) {
    const std::string line = "source '" + script.string() + "'; COMP_WORDS=(" + words +
                             "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _letterdiff; printf '%s\\n' \"${COMPREPLY[@]}\"";
    return run_program("-c \"$(cat <<'EOF'\n" + line + "\nEOF\n)\"", {}, "bash").out;
  };
  CHECK(complete("letterdiff re") == "report\n");
  CHECK(complete("letterdiff report --fo") == "--format\n");
  CHECK(complete("letterdiff report --format ''") == "text\nmd\njson\nhtml\ncsv\n");
  CHECK(complete("letterdiff verify -f ''") == "text\njson\n");
  CHECK(complete("letterdiff diff --color a") == "auto\nalways\n");
}

TEST_CASE("cpack makes a Debian package of the program with its runtime libraries as dependencies") {
  const auto dir = fs::temp_directory_path() / "letterdiff_cpack";
  fs::remove_all(dir);
  const auto made = run_program("-G DEB -B '" + dir.string() + "' --config '" LETTERDIFF_BUILD_DIR "/CPackConfig.cmake'",
                                {}, LETTERDIFF_CPACK);
  INFO(made.out << made.err);
  REQUIRE(made.status == 0);
  fs::path deb;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".deb") deb = e.path();
  REQUIRE(!deb.empty());
  const std::string depends = run_program("-f '" + deb.string() + "' Depends", {}, "dpkg-deb").out;
  for (const char* library : {"libpoppler", "libfmt", "libc6", "libstdc++6"}) CHECK(depends.find(library) != std::string::npos);
  const std::string contents = run_program("-c '" + deb.string() + "'", {}, "dpkg-deb").out;
  for (const char* file : {"./usr/bin/letterdiff", "./usr/share/man/man1/letterdiff.1",
                           "./usr/share/letterdiff/templates/topics.rules"})
    CHECK(contents.find(file) != std::string::npos);
  fs::remove_all(dir);
}
