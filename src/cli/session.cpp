#include "cli/session.h"

namespace letterdiff {

namespace {

bool to_stdout(const std::string& output) { return output.empty() || output == "-"; }

}  // namespace

Session::Session(const CommonOptions& common, std::span<const std::string> paths)
    : common_(common),
      paths_(paths),
      output_(to_stdout(common.output) ? PreparedOutput{} : prepare_output(common.output, paths)),
      status_(to_stdout(common.output) || output_.folder ? kAllWell : kTrouble),
      display_(progress_, on_stderr(common.quiet || status_ != kAllWell)) {}

SurveyOptions Session::reading() {
  SurveyOptions options = survey_options(common_, &progress_);
  if (output_.folder) avoid_output(options, *output_.folder);
  return options;
}

}  // namespace letterdiff
