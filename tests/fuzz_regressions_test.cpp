// Replays every input in tests/data/fuzz-regressions (hand-made nasty inputs and
// every crash the fuzzers ever found) through the fuzz targets' checks.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/fuzz_checks.h"

namespace fs = std::filesystem;

TEST_CASE("every fuzz regression input passes every fuzz check") {
  int inputs = 0;
  for (const auto& entry : fs::directory_iterator(LETTERDIFF_TEST_DATA "/fuzz-regressions")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string data = bytes.str();
    INFO(entry.path().filename().string());
    CHECK(letterdiff::fuzz::check_normalise(data));
    CHECK(letterdiff::fuzz::check_segment(data));
    CHECK(letterdiff::fuzz::check_metadata(data));
    CHECK(letterdiff::fuzz::check_template_reader(data));
    CHECK(letterdiff::fuzz::check_pdf(data));
    CHECK(letterdiff::fuzz::check_topics(data));
    ++inputs;
  }
  CHECK(inputs >= 10);
}
