// Problems a user can cause (a bad file, a malformed template) travel as values
// to the CLI, which prints them once. No stage prints on its own.
#pragma once

#include <string>
#include <vector>

namespace letterdiff {

// note: worth knowing, nothing wrong. warning: an input was not as expected but was
// used (converted, guessed). error: an input was skipped. Warnings and errors make
// the exit status 1.
enum class Severity { note, warning, error };

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

// Some input was skipped or not as expected: exit status 1.
inline bool has_problems(const Diagnostics& ds) {
  for (const auto& d : ds)
    if (d.severity != Severity::note) return true;
  return false;
}

}  // namespace letterdiff
