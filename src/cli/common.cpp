#include <sys/resource.h>
#include <sys/stat.h>

#include <unistd.h>

#include <cstdlib>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "base/text.h"
#include "base/utf8.h"
#include "cli/commands.h"

namespace letterdiff {

void add_reading_options(CLI::App* command, std::uintmax_t& max_bytes, int& jobs) {
  command->add_option("--max-bytes", max_bytes, "Skip letter files larger than this")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_option("-j,--jobs", jobs, "Threads to use; the output is the same for any number")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

SurveyOptions survey_options(std::uintmax_t max_bytes, int jobs, Progress* progress) {
  SurveyOptions options;
  options.read.max_bytes = max_bytes;
  options.jobs = jobs;
  options.progress = progress;
  return options;
}

int print_diagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics) std::cerr << "letterdiff: " << visible_controls(valid_utf8(describe(d))) << '\n';
  return has_problems(diagnostics) ? 1 : 0;
}

bool stderr_is_terminal() { return ::isatty(2) == 1; }

bool use_colour(const std::string& when) {
  if (when == "always") return true;
  if (when == "never") return false;
  const char* no_colour = std::getenv("NO_COLOR");
  return (no_colour == nullptr || *no_colour == '\0') && ::isatty(1) == 1;
}

namespace {

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

PhaseTimer::PhaseTimer() : on_(std::getenv("LETTERDIFF_TIMING") != nullptr), last_(now_seconds()) {}

void PhaseTimer::mark(const char* phase) {
  if (!on_) return;
  const double t = now_seconds();
  struct rusage usage {};
  ::getrusage(RUSAGE_SELF, &usage);  // ru_maxrss: the peak so far, in KB
  std::cerr << "letterdiff: timing: " << phase << " " << (t - last_) << " s (peak RSS so far " << usage.ru_maxrss / 1024
            << " MB)\n";
  last_ = t;
}

namespace {

// a is b or lies inside it.
bool within(const std::filesystem::path& a, const std::filesystem::path& b) {
  auto [end, _] = std::mismatch(b.begin(), b.end(), a.begin(), a.end());
  return end == b.end();
}

}  // namespace

PreparedOutput prepare_output(const std::string& output, std::span<const std::string> inputs) {
  namespace fs = std::filesystem;
  std::error_code ec;
  // Canonical paths resolve every link on the way, so a link to either is seen
  // through; a link inside an input folder is refused by the walk (avoid_output).
  const fs::path out = fs::weakly_canonical(fs::absolute(output, ec), ec);
  for (const auto& input : inputs) {
    const fs::path in = fs::weakly_canonical(fs::absolute(input, ec), ec);
    const bool folder = fs::is_directory(in, ec);
    if ((folder && within(out, in)) || (!folder && within(in, out))) {
      std::cerr << "letterdiff: " << visible_controls(output) << ": error: the output folder would mix with the input " << visible_controls(input)
                << "; choose a folder outside the letters\n";
      return {nullptr, 2};
    }
  }
  Diagnostics ds;
  auto folder = OutputFolder::open(output, ds);
  if (!folder) return {nullptr, print_diagnostics(ds)};
  return {std::move(folder), 0};
}

void avoid_output(SurveyOptions& options, const OutputFolder& folder) {
  struct stat st {};
  if (::fstat(folder.descriptor(), &st) == 0) options.output_folder = FileId{st.st_dev, st.st_ino};
}

std::string default_template_dir() {
  std::error_code ec;
  if (std::filesystem::is_directory("templates", ec)) return "templates";
  return LETTERDIFF_TEMPLATE_DIR;
}

}  // namespace letterdiff
