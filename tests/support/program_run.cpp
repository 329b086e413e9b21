#include "support/program_run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace letterdiff::testing {

ProgramRun run_program(const std::string& args, const std::filesystem::path& cwd, const std::string& program) {
  const auto err_file = std::filesystem::temp_directory_path() / ("letterdiff_stderr_" + std::to_string(::getpid()));
  std::string command = "'" + program + "' " + args + " 2>'" + err_file.string() + "'";
  if (!cwd.empty()) command = "cd '" + cwd.string() + "' && " + command;
  ProgramRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) run.out.append(buffer.data(), n);
  const int raw = ::pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream err(err_file, std::ios::binary);
  run.err.assign(std::istreambuf_iterator<char>(err), {});
  std::filesystem::remove(err_file);
  return run;
}

}  // namespace letterdiff::testing
