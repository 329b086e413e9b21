// What every command that reads letters does first: open the output folder it was
// given (none for standard output; refused when it would mix with the inputs),
// show progress on stderr, and read the letters with the walk kept out of that
// folder. One object, so the commands differ only in what they do with the letters.
#pragma once

#include <memory>
#include <span>
#include <string>

#include "base/output_folder.h"
#include "base/progress.h"
#include "base/progress_display.h"
#include "cli/commands.h"
#include "pipeline/survey.h"

namespace letterdiff {

class Session {
 public:
  Session(const CommonOptions& common, std::span<const std::string> paths);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // kAllWell, or kTrouble when the output folder was refused (already said).
  int status() const { return status_; }
  OutputFolder* output() { return output_.folder.get(); }  // null: standard output
  Progress& progress() { return progress_; }
  // The survey options of the command line, keeping the walk out of the output folder.
  SurveyOptions reading();
  Survey survey() { return survey_inputs(paths_, reading()); }
  // Stops the progress line and clears it: before anything else is printed.
  void quiet() { display_.stop(); }

 private:
  const CommonOptions& common_;
  std::span<const std::string> paths_;
  PreparedOutput output_;
  int status_ = kAllWell;
  Progress progress_;
  ProgressDisplay display_;
};

}  // namespace letterdiff
