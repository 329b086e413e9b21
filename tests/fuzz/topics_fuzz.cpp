// libFuzzer target: see check_topics in fuzz_checks.h.
#include <cstdint>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (!letterdiff::fuzz::check_topics(std::string(reinterpret_cast<const char*>(data), size))) __builtin_trap();
  return 0;
}
