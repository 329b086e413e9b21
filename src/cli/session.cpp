#include "cli/session.h"

namespace letterdiff {

Session::Session(const CommonOptions& common, std::span<const std::string> paths)
    : common_(common),
      paths_(paths),
      output_(common.to_stdout() ? PreparedOutput{} : prepare_output(common.output, paths)),
      status_(common.to_stdout() || output_.folder ? kAllWell : kTrouble),
      display_(progress_, on_stderr(common.quiet || status_ != kAllWell)) {}

SurveyOptions Session::reading() {
  SurveyOptions options = survey_options(common_, &progress_);
  if (output_.folder) avoid_output(options, *output_.folder);
  return options;
}

}  // namespace letterdiff
