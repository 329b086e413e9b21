// Runs f(i) for every i in [0, n) on up to `jobs` threads. Each index is handled
// by exactly one thread and results go to per-index slots, so the outcome never
// depends on the number of threads or their timing.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace letterdiff {

inline int default_jobs() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

template <typename F>
void parallel_for(std::size_t n, int jobs, F&& f) {
  const std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, jobs)), n);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  constexpr std::size_t kBatch = 16;  // letters per grab: little contention, even load
  const auto work = [&] {
    for (std::size_t start; (start = next.fetch_add(kBatch)) < n;)
      for (std::size_t i = start; i < std::min(n, start + kBatch); ++i) f(i);
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace letterdiff
