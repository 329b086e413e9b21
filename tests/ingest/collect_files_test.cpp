#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/collect_files.h"

using namespace letterdiff;
namespace fs = std::filesystem;

TEST_CASE("folders are walked recursively for .txt and .md letters, sorted whatever the argument order") {
  const auto dir = fs::temp_directory_path() / "letterdiff_collect_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "b" / "deeper");
  for (auto name : {"a.txt", "b/deeper/c.md", "b/ignored.pdfx", "b/z.TXT"}) std::ofstream(dir / name) << "x";
  fs::create_directory_symlink(dir, dir / "b" / "loop");  // a link back up must not trap the walk

  Diagnostics ds;
  const std::vector<std::string> forward = {(dir / "b").string(), (dir / "a.txt").string()};
  const std::vector<std::string> backward = {(dir / "a.txt").string(), (dir / "b").string()};
  const auto files = collect_files(forward, ds);
  CHECK(files == collect_files(backward, ds));
  REQUIRE(files.size() == 3);
  CHECK(files[0].ends_with("a.txt"));
  CHECK(files[1].ends_with("c.md"));
  CHECK(files[2].ends_with("z.TXT"));
  REQUIRE(ds.size() == 2);  // the loop, once per walk
  CHECK(ds[0].file == (dir / "b" / "loop" / "b").string());  // through the link, back at b
  CHECK(ds[0].message.find("already read") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a link to a folder is followed, and a broken link to a letter is reported") {
  const auto dir = fs::temp_directory_path() / "letterdiff_collect_links";
  fs::remove_all(dir);
  fs::create_directories(dir / "real");
  fs::create_directories(dir / "top");
  std::ofstream(dir / "real" / "x.txt") << "x";
  fs::create_directory_symlink(dir / "real", dir / "top" / "linked");
  fs::create_symlink(dir / "nowhere.txt", dir / "top" / "broken.txt");
  Diagnostics ds;
  const std::vector<std::string> inputs = {(dir / "top").string()};
  const auto files = collect_files(inputs, ds);
  REQUIRE(files.size() == 1);
  CHECK(files[0].ends_with("linked/x.txt"));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].file.ends_with("broken.txt"));
  fs::remove_all(dir);
}

TEST_CASE("a path that does not exist is an error naming it, and the others are still collected") {
  Diagnostics ds;
  const std::vector<std::string> inputs = {"/no/such/letters", LETTERDIFF_TEST_DATA "/letters"};
  const auto files = collect_files(inputs, ds);
  CHECK(files.size() == 5);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].file == "/no/such/letters");
}

TEST_CASE("the walk goes as deep as paths go, says where a path grows too long, and never enters the output folder") {
  const auto dir = fs::temp_directory_path() / "letterdiff_collect_deep";
  REQUIRE(std::system(("rm -rf '" + dir.string() + "'").c_str()) == 0);
  fs::path deep = dir;
  fs::create_directories(dir);
  for (int i = 0; i < 1000; ++i) deep /= "d", fs::create_directory(deep);  // 2,000 bytes of path
  std::ofstream(deep / "letter.txt") << "x";
  // Past PATH_MAX: each folder made inside the last one, through its descriptor.
  int fd = ::open(deep.c_str(), O_RDONLY | O_DIRECTORY);
  for (int i = 0; i < 1100 && fd >= 0; ++i) {
    ::mkdirat(fd, "e", 0700);
    const int next = ::openat(fd, "e", O_RDONLY | O_DIRECTORY);
    ::close(fd);
    fd = next;
  }
  REQUIRE(fd >= 0);
  ::close(fd);
  fs::create_directories(dir / "out");
  fs::create_directory_symlink(dir / "out", dir / "reports");
  struct stat st {};
  REQUIRE(::stat((dir / "out").c_str(), &st) == 0);
  Diagnostics ds;
  const std::vector<std::string> inputs = {dir.string(), dir.string()};  // named twice: read once
  const auto files = collect_files(inputs, ds, FileId{st.st_dev, st.st_ino});
  REQUIRE(files.size() == 1);
  CHECK(files[0].ends_with("/d/letter.txt"));
  bool too_long = false, output = false;
  for (const auto& d : ds) {
    too_long |= d.message.find("cannot read folder") != std::string::npos;
    output |= d.message.find("leads to the output folder") != std::string::npos;
    CHECK(d.message.find("loop") == std::string::npos);
  }
  CHECK(output);
  CHECK(too_long);
  // Too deep for remove_all's paths: the shell's rm goes folder by folder.
  CHECK(std::system(("rm -rf '" + dir.string() + "'").c_str()) == 0);
}
