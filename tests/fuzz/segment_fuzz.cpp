// libFuzzer target: tokenisation of letter text and of template text with slot markers.
#include <cstdint>
#include <string>

#include "segment/tokenize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  letterdiff::Vocabulary v;
  for (auto mode : {letterdiff::TokenizeMode::letter, letterdiff::TokenizeMode::template_text}) {
    std::uint32_t last = 0;
    for (const auto& t : letterdiff::tokenize(text, v, mode)) {
      if (t.begin >= t.end || t.end > text.size() || t.begin < last) __builtin_trap();
      last = t.end;
    }
  }
  return 0;
}
