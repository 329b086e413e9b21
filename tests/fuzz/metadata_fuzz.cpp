// libFuzzer target: metadata (group, council, recipient, date) and date parsing.
#include <cstdint>
#include <string>

#include "letter/date.h"
#include "letter/letter.h"
#include "normalise/normalise.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  letterdiff::Vocabulary v;
  const auto letter = letterdiff::make_letter({"fuzz.txt", text}, v);
  if (auto d = letterdiff::find_date(text); d && (d->begin > d->end || d->end > text.size())) __builtin_trap();
  (void)letterdiff::parse_date(text);
  (void)letterdiff::group_end_year(letterdiff::group_from_title(text));
  return letter.tokens.size() == letter.normalised.paragraphs.size() ? 0 : (__builtin_trap(), 0);
}
