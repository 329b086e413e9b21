#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"

namespace letterdiff {

int print_diagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics) std::cerr << "letterdiff: " << describe(d) << '\n';
  return has_problems(diagnostics) ? 1 : 0;
}

bool stderr_is_terminal() { return ::isatty(2) == 1; }

bool use_colour(const std::string& when) {
  if (when == "always") return true;
  if (when == "never") return false;
  const char* no_colour = std::getenv("NO_COLOR");
  return (no_colour == nullptr || *no_colour == '\0') && ::isatty(1) == 1;
}

std::string default_template_dir() {
  std::error_code ec;
  if (std::filesystem::is_directory("templates", ec)) return "templates";
  return LETTERDIFF_TEMPLATE_DIR;
}

}  // namespace letterdiff
