// The letterdiff program as a user runs it, for tests: through the shell, so
// that pipes, redirections and environment settings read as on a command line.
#pragma once

#include <filesystem>
#include <string>

namespace letterdiff::testing {

struct ProgramRun {
  int status = -1;  // the exit status; -1 when killed by a signal
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `program args` (shell words) in folder `cwd` when one is given; `program`
// is the built letterdiff unless named.
ProgramRun run_program(const std::string& args, const std::filesystem::path& cwd = {},
                       const std::string& program = LETTERDIFF_BINARY);

}  // namespace letterdiff::testing
