// Shows a long run's progress on stderr: letters done of the total, rate and time
// left, redrawn on one line. Only on a terminal, and only once a run has taken a
// second, so short runs and redirected output never see it.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

#include "base/progress.h"

namespace letterdiff {

class ProgressDisplay {
 public:
  explicit ProgressDisplay(const Progress& progress);
  ~ProgressDisplay();  // clears the line
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

 private:
  void run();

  const Progress& progress_;
  std::mutex mutex_;
  std::condition_variable stop_signal_;
  bool stop_ = false;
  bool drawn_ = false;
  std::thread thread_;
};

}  // namespace letterdiff
