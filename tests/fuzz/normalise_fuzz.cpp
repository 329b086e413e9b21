// libFuzzer target: ingest (encoding checks) and normalisation of arbitrary bytes.
#include <cstdint>
#include <string>

#include "ingest/read_document.h"
#include "normalise/normalise.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  letterdiff::Diagnostics ds;
  auto doc = letterdiff::document_from_bytes("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size), ds);
  if (!doc) return 0;
  const auto n = letterdiff::normalise(doc->text);
  for (const auto& p : n.paragraphs) {
    if (p.begin > p.end || p.end > n.text.size()) __builtin_trap();
    if (p.first_line > p.last_line) __builtin_trap();
  }
  return 0;
}
