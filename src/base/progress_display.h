// Shows a long run's progress on stderr: the phase, letters (or files) done of the
// total, rate and time left, redrawn on one line. Only on a terminal, and only
// once a run has taken a second, so short runs and redirected output never see it;
// stopped, and the line cleared, before anything else is printed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include "base/progress.h"

namespace letterdiff {

struct DisplayOptions {
  std::FILE* out = stderr;
  bool terminal = false;                      // shown only when true
  std::chrono::milliseconds quiet{1000};      // nothing shown before
  std::chrono::milliseconds redraw{200};
};

// On stderr when it is a terminal, TERM is not dumb and the user did not ask for quiet.
DisplayOptions on_stderr(bool quiet);

class ProgressDisplay {
 public:
  ProgressDisplay(const Progress& progress, const DisplayOptions& options);
  ~ProgressDisplay() { stop(); }
  void stop();  // clears the line; nothing is drawn after
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

 private:
  void run();

  const Progress& progress_;
  DisplayOptions options_;
  std::mutex mutex_;
  std::condition_variable stop_signal_;
  bool stop_ = false;
  bool drawn_ = false;
  std::thread thread_;
};

}  // namespace letterdiff
