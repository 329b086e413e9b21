// letterdiff: learns the boilerplate a pile of form letters share and shows
// only what is specific to each recipient.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"letterdiff: learn the template a pile of form letters share and show what is specific to each"};
  app.set_version_flag("--version", std::string("letterdiff ") + LETTERDIFF_VERSION);
  app.require_subcommand(1, 1);
  int status = 0;
  letterdiff::add_learn_command(app, status);
  letterdiff::add_report_command(app, status);
  letterdiff::add_diff_command(app, status);
  letterdiff::add_audit_command(app, status);
  letterdiff::add_verify_command(app, status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return status;
}
