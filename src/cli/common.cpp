#include <sys/resource.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fmt/format.h>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "base/parallel.h"
#include "base/text.h"
#include "base/utf8.h"
#include "cli/commands.h"

namespace letterdiff {

namespace {

// "N": a whole number of at least `least`, said in words when it is not.
CLI::Validator whole_number(unsigned long long least) {
  return CLI::Validator(
      [least](std::string& text) -> std::string {
        const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        errno = 0;
        const unsigned long long n = digits ? std::strtoull(text.c_str(), nullptr, 10) : 0;
        if (!digits || errno == ERANGE || n < least)
          return fmt::format("'{}' is not a whole number{}", text, least > 0 ? fmt::format(" of at least {}", least) : "");
        return {};
      },
      "N");
}

}  // namespace

CommonOptions::CommonOptions() : max_bytes(ReadOptions{}.max_bytes), jobs(default_jobs()) {}

void add_common_options(CLI::App* command, CommonOptions& options, const std::vector<std::string>& formats,
                        bool several, const std::string& output_help) {
  command->set_help_flag("-h,--help", "Show this help");
  command->set_help_all_flag();
  options.formats = {formats.front()};
  std::vector<std::string> accepted = formats;
  if (std::find(formats.begin(), formats.end(), "md") != formats.end()) accepted.push_back("markdown");
  std::string names;
  for (const auto& f : formats) names += (names.empty() ? "" : "|") + f;
  auto* format = command->add_option("-f,--format", options.formats,
                                     several ? fmt::format("Output format (default {}); several comma-separated, with -o",
                                                           formats.front())
                                             : fmt::format("Output format (default {})", formats.front()))
                     ->check(CLI::IsMember(accepted))
                     ->option_text(names);
  format->allow_extra_args(false);  // one argument each time, so the letters after it stay letters
  if (several) format->delimiter(',');
  command->add_option("-o,--output", options.output, output_help)->option_text("DIR|-");
  command->add_option("--color,--colour", options.colour, "Colour: auto (a terminal, no NO_COLOR), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->option_text("auto|always|never");
  command->add_option("--max-bytes", options.max_bytes,
                      fmt::format("Skip letter files larger than N bytes (default {})", options.max_bytes))
      ->check(whole_number(0))
      ->option_text("N");
  command->add_option("-j,--jobs", options.jobs,
                      fmt::format("Threads (default {}); the output is the same for any number", options.jobs))
      ->check(whole_number(1))
      ->option_text("N");
  command->add_flag("-q,--quiet", options.quiet, "No progress, summary, notes or warnings on stderr; errors still");
  command->add_option("--width", options.width, "Wrap text at N columns (default: the terminal's, else 80; 0: never)")
      ->check(whole_number(0))
      ->option_text("N");
}

std::size_t text_width(const CommonOptions& options, bool to_stdout) {
  if (options.width >= 0) return static_cast<std::size_t>(options.width);
  struct winsize size {};
  if (to_stdout && ::isatty(1) == 1 && ::ioctl(1, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) return size.ws_col;
  return 80;
}

SurveyOptions survey_options(const CommonOptions& common, Progress* progress) {
  SurveyOptions options;
  options.read.max_bytes = common.max_bytes;
  options.jobs = common.jobs;
  options.progress = progress;
  return options;
}

int print_diagnostics(const Diagnostics& diagnostics, bool quiet) {
  for (const auto& d : diagnostics)
    if (!quiet || d.severity == Severity::error)
      std::cerr << "letterdiff: " << visible_controls(valid_utf8(describe(d))) << '\n';
  return has_errors(diagnostics) ? kTrouble : kAllWell;
}

int trouble(const std::string& message) {
  std::cerr << "letterdiff: " << visible_controls(valid_utf8(message)) << '\n';
  return kTrouble;
}


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
      return {nullptr, kTrouble};
    }
  }
  Diagnostics ds;
  auto folder = OutputFolder::open(output, ds);
  if (!folder) {
    print_diagnostics(ds);
    return {nullptr, kTrouble};
  }
  return {std::move(folder), kAllWell};
}

void avoid_output(SurveyOptions& options, const OutputFolder& folder) {
  struct stat st {};
  if (::fstat(folder.descriptor(), &st) == 0) options.output_folder = FileId{st.st_dev, st.st_ino};
}

int check_folder_option(const char* option, const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (std::filesystem::is_directory(status)) return kAllWell;
  return trouble(fmt::format("{} {}: {}", option, path,
                             std::filesystem::exists(status) ? "not a folder (give the folder that holds the .tpl files)"
                                                             : "no such folder"));
}

std::string data_dir() {
  namespace fs = std::filesystem;
  if (const char* dir = std::getenv("LETTERDIFF_DATA_DIR"); dir && *dir) return dir;
  std::error_code ec;
  const fs::path program = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  for (const fs::path& candidate : {program.parent_path().parent_path() / "share" / "letterdiff",
                                    program.parent_path() / "share" / "letterdiff"})
    if (fs::is_directory(candidate, ec)) return candidate.string();
  return {};
}

std::string default_template_dir() {
  const std::string data = data_dir();
  return data.empty() ? std::string() : (std::filesystem::path(data) / "templates").string();
}

}  // namespace letterdiff
