// libFuzzer target: the .tpl reader. Whatever it accepts, it writes back in a
// form it reads again to the same template.
#include <cstdint>
#include <string>

#include "templating/template_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  letterdiff::Vocabulary v;
  letterdiff::Diagnostics ds;
  const auto tpl = letterdiff::read_template(text, "fuzz.tpl", v, ds);
  if (!tpl) return 0;
  const std::string once = letterdiff::write_template(*tpl);
  const auto again = letterdiff::read_template(once, "fuzz.tpl", v, ds);
  if (!again || letterdiff::write_template(*again) != once) __builtin_trap();
  return 0;
}
