#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/output_folder.h"

using namespace letterdiff;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHtmlEnding[] = {".html"};
const std::span<const std::string_view> kHtml(kHtmlEnding);

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

fs::path fresh(const char* name) {
  const auto dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  return dir;
}

// Files other than the manifest and what the test put there.
int temporaries(const fs::path& dir) {
  int n = 0;
  for (const auto& e : fs::directory_iterator(dir)) n += e.path().filename().string().starts_with(".letterdiff-tmp-");
  return n;
}

}  // namespace

TEST_CASE("a link planted at a temporary file's name is never followed") {
  const auto dir = fresh("letterdiff-output-links");
  fs::create_directories(dir);
  const auto victim = fs::temp_directory_path() / "letterdiff-output-victim.txt";
  std::ofstream(victim) << "precious";
  // Every name this process could give its next temporary files.
  for (int n = 0; n < 300; ++n)
    fs::create_symlink(victim, dir / (".letterdiff-tmp-" + std::to_string(::getpid()) + "-" + std::to_string(n)));
  Diagnostics ds;
  auto folder = OutputFolder::open(dir, ds);
  REQUIRE(folder);
  CHECK(folder->write("index.txt", "report", ds));
  CHECK(folder->commit(ds));
  CHECK(slurp(victim) == "precious");
  CHECK(slurp(dir / "index.txt") == "report");
  CHECK_FALSE(fs::is_symlink(dir / "index.txt"));
  fs::remove(victim);
}

TEST_CASE("a name that is not one plain file name is refused, never joined to the folder") {
  const auto dir = fresh("letterdiff-output-names");
  Diagnostics ds;
  auto folder = OutputFolder::open(dir / "out", ds);
  REQUIRE(folder);
  for (const char* name : {"/000.tpl", "../escaped.html", "..", "", "a/b.txt"}) CHECK_FALSE(folder->write(name, "x", ds));
  CHECK(ds.size() == 5);
  CHECK_FALSE(folder->commit(ds));  // the run did not write all it meant to
  CHECK(ds.size() == 5);
  CHECK_FALSE(fs::exists(dir / "escaped.html"));
}

TEST_CASE("the manifest lets --prune remove pages of letters no longer given, and nothing else") {
  const auto dir = fresh("letterdiff-output-prune");
  {
    Diagnostics ds;
    auto folder = OutputFolder::open(dir, ds);
    folder->write("a.html", "A", ds);
    folder->write("b.html", "B", ds);
    REQUIRE(folder->commit(ds));
  }
  std::ofstream(dir / "mine.txt") << "written by hand";
  {
    Diagnostics ds;
    auto folder = OutputFolder::open(dir, ds);
    folder->write("a.html", "A2", ds);
    REQUIRE(folder->commit(false, kHtml, ds));
    REQUIRE(ds.size() == 1);  // a note: one file no longer written
    CHECK(ds[0].severity == Severity::note);
    CHECK(ds[0].message.find("--prune") != std::string::npos);
    CHECK(fs::exists(dir / "b.html"));
  }
  {
    Diagnostics ds;
    auto folder = OutputFolder::open(dir, ds);
    folder->write("a.html", "A3", ds);
    REQUIRE(folder->commit(true, kHtml, ds));
    CHECK(ds.empty());
  }
  CHECK_FALSE(fs::exists(dir / "b.html"));
  CHECK(slurp(dir / "a.html") == "A3");
  CHECK(slurp(dir / "mine.txt") == "written by hand");
  CHECK(slurp(dir / ".letterdiff-manifest") == "a.html\n");
  CHECK(temporaries(dir) == 0);
}

TEST_CASE("a file letterdiff did not write is never replaced, and nothing is pruned after a failed write") {
  const auto dir = fresh("letterdiff-output-foreign");
  {
    Diagnostics ds;
    auto folder = OutputFolder::open(dir, ds);
    folder->write("a.html", "A", ds);
    folder->write("b.html", "B", ds);
    REQUIRE(folder->commit(ds));
  }
  std::ofstream(dir / "index.html") << "the user's own page";
  Diagnostics ds;
  auto folder = OutputFolder::open(dir, ds);
  CHECK(folder->write("a.html", "A2", ds));
  CHECK_FALSE(folder->write("index.html", "ours", ds));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message.find("not written by letterdiff") != std::string::npos);
  CHECK_FALSE(folder->commit(true, kHtml, ds));  // b.html would be stale, but a write failed
  CHECK(slurp(dir / "index.html") == "the user's own page");
  CHECK(slurp(dir / "a.html") == "A2");
  CHECK(slurp(dir / "b.html") == "B");
  CHECK(ds.back().message.find("nothing pruned") != std::string::npos);
  // A refused name never enters the manifest: the next run refuses it too.
  Diagnostics again;
  auto next = OutputFolder::open(dir, again);
  CHECK_FALSE(next->write("index.html", "ours", again));
  CHECK(slurp(dir / "index.html") == "the user's own page");
}

// The user saves a page of their own into the folder while a run is writing:
// the run, which found no file at that name, still never replaces it, and says so.
TEST_CASE("a file that appears while the run goes on is not replaced either") {
  const auto dir = fresh("letterdiff-output-appeared");
  Diagnostics ds;
  auto folder = OutputFolder::open(dir, ds);
  CHECK(folder->write("a.html", "A", ds));
  CHECK(folder->write("b.html", "B", ds));
  CHECK(folder->write("b.html", "B2", ds));  // written twice: the later write wins
  std::ofstream(dir / "a.html") << "the user's own page";
  CHECK_FALSE(folder->commit(ds));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].file == (dir / "a.html").string());
  CHECK(ds[0].message.find("appeared while letterdiff ran") != std::string::npos);
  CHECK(slurp(dir / "a.html") == "the user's own page");
  CHECK(slurp(dir / "b.html") == "B2");
  CHECK(temporaries(dir) == 0);
  CHECK(slurp(dir / ".letterdiff-manifest").find("a.html") == std::string::npos);
}

TEST_CASE("temporary files go on SIGTERM, and those of a killed run with the next run") {
  const auto dir = fresh("letterdiff-output-signals");
  fs::create_directories(dir);
  std::ofstream(dir / "index.txt") << "previous";
  const pid_t child = ::fork();
  if (child == 0) {
    Diagnostics ds;
    auto folder = OutputFolder::open(dir, ds);
    folder->write("index.txt", "half", ds);
    folder->write("other.txt", "half", ds);
    ::raise(SIGTERM);  // before the commit
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(temporaries(dir) == 0);
  CHECK(slurp(dir / "index.txt") == "previous");  // the earlier file stays whole
  CHECK_FALSE(fs::exists(dir / "other.txt"));

  std::ofstream(dir / ".letterdiff-tmp-999999999-0") << "left by a killed run";
  Diagnostics ds;
  auto folder = OutputFolder::open(dir, ds);
  CHECK(temporaries(dir) == 0);
}

TEST_CASE("writing says what went wrong in its own words") {
  CHECK(write_error_words(ENOSPC) == "the disk is full");
  CHECK(write_error_words(ENAMETOOLONG) == "the name is too long for the file system");
  CHECK(write_error_words(EACCES) == "permission denied");
}
