// The letterdiff commands. Each registers its options on the CLI11 app and,
// when chosen, runs the pipeline and sets the exit status:
// 0 all well, 1 some inputs failed (the rest still done), 2 usage error.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "base/diagnostic.h"
#include "base/output_folder.h"
#include "pipeline/survey.h"

namespace letterdiff {

void add_learn_command(CLI::App& app, int& status);
void add_report_command(CLI::App& app, int& status);
void add_diff_command(CLI::App& app, int& status);
void add_audit_command(CLI::App& app, int& status);
void add_verify_command(CLI::App& app, int& status);

// --max-bytes and -j/--jobs, shared by the commands that read letters.
void add_reading_options(CLI::App* command, std::uintmax_t& max_bytes, int& jobs);

// What those options ask of the survey, counting on progress.
SurveyOptions survey_options(std::uintmax_t max_bytes, int jobs, Progress* progress);

// Prints each diagnostic once on stderr; returns 1 if any is a warning or an error, else 0.
int print_diagnostics(const Diagnostics& diagnostics);
bool stderr_is_terminal();
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

// The output folder, open, or why not: status 2 when it would mix with the
// inputs (inside an input folder, holding an input file, or either reaching the
// other through a link), 1 when it cannot be created.
struct PreparedOutput {
  std::unique_ptr<OutputFolder> folder;
  int status = 0;
};
PreparedOutput prepare_output(const std::string& output, std::span<const std::string> inputs);
// Survey options that keep the walk out of the output folder.
void avoid_output(SurveyOptions& options, const OutputFolder& folder);

// The templates folder when none is given: ./templates, else the one shipped with letterdiff.
std::string default_template_dir();

}  // namespace letterdiff
