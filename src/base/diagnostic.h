// Problems a user can cause (a bad file, a malformed template) travel as values
// to the CLI, which prints them once. No stage prints on its own.
#pragma once

#include <string>
#include <vector>

namespace letterdiff {

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  std::string message;
  int line = 0;  // 1-based; 0 when the problem is not tied to a line
};

using Diagnostics = std::vector<Diagnostic>;

// "file:line: error: message" (line left out when 0, file when empty).
std::string describe(const Diagnostic& d);

inline bool has_errors(const Diagnostics& ds) {
  for (const auto& d : ds)
    if (d.severity == Severity::error) return true;
  return false;
}

}  // namespace letterdiff
