#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "base/progress_display.h"

using namespace letterdiff;
using namespace std::chrono_literals;

namespace {

// What a display wrote to a temporary file while progress stood at done/total.
std::string shown(bool terminal, std::chrono::milliseconds quiet, std::size_t done, std::size_t total) {
  std::FILE* out = std::tmpfile();
  REQUIRE(out);
  Progress progress;
  progress.begin("aligning", total);
  for (std::size_t i = 0; i < done; ++i) progress.tick();
  {
    DisplayOptions options;
    options.out = out;
    options.terminal = terminal;
    options.quiet = quiet;
    options.redraw = 20ms;
    const ProgressDisplay display(progress, options);
    std::this_thread::sleep_for(150ms);
  }
  std::rewind(out);
  std::string text;
  for (int c; (c = std::fgetc(out)) != EOF;) text += static_cast<char>(c);
  std::fclose(out);
  return text;
}

}  // namespace

TEST_CASE("on a terminal a long run shows letters done of the total, the rate and time left, then clears it") {
  const std::string text = shown(true, 0ms, 2500, 10000);
  CHECK(text.find("letterdiff: aligning 2500/10000 letters, ") != std::string::npos);
  CHECK(text.find("/s, ") != std::string::npos);
  CHECK(text.find(" s left") != std::string::npos);
  CHECK(text.ends_with("\r\x1b[K"));  // the line is cleared for what comes next
}

TEST_CASE("progress is never shown when the output is not a terminal, nor in a run's first second") {
  CHECK(shown(false, 0ms, 2500, 10000).empty());
  CHECK(shown(true, 1000ms, 2500, 10000).empty());
}

TEST_CASE("progress names its phase and what it counts, and a phase not counted shows its name alone") {
  std::FILE* out = std::tmpfile();
  REQUIRE(out);
  Progress progress;
  DisplayOptions options;
  options.out = out;
  options.terminal = true;
  options.quiet = 0ms;
  options.redraw = 20ms;
  {
    ProgressDisplay display(progress, options);
    progress.begin("learning", 0);
    std::this_thread::sleep_for(100ms);
    progress.begin("writing", 40, "files");
    progress.tick();
    std::this_thread::sleep_for(100ms);
    display.stop();  // before anything else is printed: the line cleared, nothing drawn after
    const long at_stop = std::ftell(out);
    std::this_thread::sleep_for(60ms);
    CHECK(std::ftell(out) == at_stop);
  }
  std::rewind(out);
  std::string text;
  for (int c; (c = std::fgetc(out)) != EOF;) text += static_cast<char>(c);
  std::fclose(out);
  CHECK(text.find("letterdiff: learning\r") != std::string::npos);  // no count: the next redraw follows
  CHECK(text.find("letterdiff: writing 1/40 files") != std::string::npos);
  CHECK(text.ends_with("\r\x1b[K"));
}

TEST_CASE("progress is off with --quiet and with TERM=dumb, whatever stderr is") {
  CHECK_FALSE(on_stderr(true).terminal);
  const char* term = std::getenv("TERM");
  const std::string saved = term ? term : "";
  ::setenv("TERM", "dumb", 1);
  CHECK_FALSE(on_stderr(false).terminal);
  if (term) ::setenv("TERM", saved.c_str(), 1);
  else ::unsetenv("TERM");
}
