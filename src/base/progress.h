// How far a long run has got: the pipeline counts, a display on another thread reads.
#pragma once

#include <atomic>
#include <cstddef>

namespace letterdiff {

struct Progress {
  std::atomic<const char*> phase{nullptr};  // "reading", "aligning"...; null before the first
  std::atomic<std::size_t> done{0};
  std::atomic<std::size_t> total{0};  // 0: a phase not counted
  std::atomic<const char*> unit{"letters"};

  void begin(const char* name, std::size_t count, const char* what = "letters") {
    done = 0;
    total = count;
    unit = what;
    phase = name;
  }
  void tick() { done.fetch_add(1, std::memory_order_relaxed); }
};

// Counts on a Progress when there is one.
inline void tick(Progress* progress) {
  if (progress) progress->tick();
}

}  // namespace letterdiff
