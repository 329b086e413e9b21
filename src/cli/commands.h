// The letterdiff commands. Each registers its options on the CLI11 app and,
// when chosen, runs the pipeline and sets the exit status.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/output_folder.h"
#include "base/progress_display.h"
#include "pipeline/survey.h"

namespace letterdiff {

// Exit statuses as diff and grep users expect them. Warnings alone never change it.
enum ExitStatus : int {
  kAllWell = 0,
  kDifferences = 1,  // where that is the question: diff, verify not fully accounted
  kTrouble = 2,      // unreadable inputs, usage errors, files not written
};

void add_learn_command(CLI::App& app, int& status);
void add_report_command(CLI::App& app, int& status);
void add_diff_command(CLI::App& app, int& status);
void add_audit_command(CLI::App& app, int& status);
void add_verify_command(CLI::App& app, int& status);

// The options every command takes, meaning the same on each.
struct CommonOptions {
  std::vector<std::string> formats;  // as given; the command's first format by default
  std::string output;                // a folder; "-": standard output
  std::string colour = "auto";
  std::uintmax_t max_bytes;
  int jobs;
  bool quiet = false;
  int width = -1;  // text wrapped at; -1: the terminal's, else 80
  CommonOptions();
  const std::string& format() const { return formats.back(); }  // of a command that writes one: the last given
  bool to_stdout() const { return output.empty() || output == "-"; }
};

// Registers -f/--format (one of `formats`, the first by default; several, comma-separated,
// when `several`), -o/--output, --color, --max-bytes, -j/--jobs, -q/--quiet and --width.
void add_common_options(CLI::App* command, CommonOptions& options, const std::vector<std::string>& formats,
                        bool several, const std::string& output_help);

// Columns text output is wrapped at: --width, else the terminal's when standard
// output is one, else 80 (files always 80 unless --width); 0 for no wrapping.
std::size_t text_width(const CommonOptions& options, bool to_stdout);

// What the reading options ask of the survey, counting on progress.
SurveyOptions survey_options(const CommonOptions& options, Progress* progress);

// Prints each diagnostic once on stderr (notes and warnings not when quiet);
// kTrouble when any is an error, else kAllWell.
int print_diagnostics(const Diagnostics& diagnostics, bool quiet = false);
// "letterdiff: ERROR" on stderr; kTrouble.
int trouble(const std::string& message);
bool use_colour(const std::string& when);  // "auto" honours NO_COLOR and the terminal
// With LETTERDIFF_TIMING=1 in the environment, prints how long each phase took on stderr.
class PhaseTimer {
 public:
  PhaseTimer();
  void mark(const char* phase);

 private:
  bool on_;
  double last_;
};

// The output folder, open, or why not (said, kTrouble): when it would mix with
// the inputs (inside an input folder, holding an input file, or either reaching
// the other through a link), or cannot be created.
struct PreparedOutput {
  std::unique_ptr<OutputFolder> folder;
  int status = kAllWell;
};
PreparedOutput prepare_output(const std::string& output, std::span<const std::string> inputs);
// Survey options that keep the walk out of the output folder.
void avoid_output(SurveyOptions& options, const OutputFolder& folder);

// A folder named by an option (--templates): kAllWell when it is one, else says why.
int check_folder_option(const char* option, const std::string& path);

// Where letterdiff's own data is (topics.rules, the shipped templates in
// templates/): $LETTERDIFF_DATA_DIR, else share/letterdiff beside the program as
// installed (bin/../share/letterdiff) or as built (share/letterdiff next to it).
// Never the current folder nor the source tree. Empty when none is found.
std::string data_dir();
// The shipped templates: data_dir()/templates.
std::string default_template_dir();

}  // namespace letterdiff
