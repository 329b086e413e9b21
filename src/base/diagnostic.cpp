#include "base/diagnostic.h"

#include <fmt/format.h>

namespace letterdiff {

std::string describe(const Diagnostic& d) {
  const char* level = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "note";
  if (d.file.empty()) return fmt::format("{}: {}", level, d.message);
  if (d.line > 0) return fmt::format("{}:{}: {}: {}", d.file, d.line, level, d.message);
  return fmt::format("{}: {}: {}", d.file, level, d.message);
}

}  // namespace letterdiff
