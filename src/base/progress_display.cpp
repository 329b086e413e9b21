#include "base/progress_display.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string_view>
#include <cstdio>
#include <fmt/format.h>

namespace letterdiff {

using Clock = std::chrono::steady_clock;

DisplayOptions on_stderr(bool quiet) {
  DisplayOptions options;
  const char* term = std::getenv("TERM");
  options.terminal = !quiet && ::isatty(2) == 1 && !(term && std::string_view(term) == "dumb");
  return options;
}

ProgressDisplay::ProgressDisplay(const Progress& progress, const DisplayOptions& options)
    : progress_(progress), options_(options) {
  if (options_.terminal) thread_ = std::thread([this] { run(); });
}

void ProgressDisplay::stop() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  stop_signal_.notify_one();
  thread_.join();
  if (drawn_) std::fputs("\r\x1b[K", options_.out);
  drawn_ = false;
}

void ProgressDisplay::run() {
  const auto start = Clock::now();
  const char* phase = nullptr;
  auto phase_start = start;
  std::unique_lock lock(mutex_);
  for (;;) {
    if (stop_signal_.wait_for(lock, options_.redraw, [this] { return stop_; })) return;
    const auto now = Clock::now();
    const char* current = progress_.phase.load();
    if (current != phase) phase = current, phase_start = now;
    if (!phase || now - start < options_.quiet) continue;
    const std::size_t done = progress_.done.load(), total = progress_.total.load();
    const double seconds = std::chrono::duration<double>(now - phase_start).count();
    const double rate = seconds > 0 ? done / seconds : 0;
    std::string line = fmt::format("letterdiff: {}", phase);
    if (total > 0) line += fmt::format(" {}/{} {}", done, total, progress_.unit.load());
    if (total > 0 && rate > 0) {
      line += fmt::format(", {:.0f}/s", rate);
      if (done < total) line += fmt::format(", {:.0f} s left", (total - done) / rate);
    }
    std::fputs(fmt::format("\r\x1b[K{}", line).c_str(), options_.out);
    std::fflush(options_.out);
    drawn_ = true;
  }
}

}  // namespace letterdiff
