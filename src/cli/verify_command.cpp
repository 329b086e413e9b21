#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <set>

#include "base/parallel.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/session.h"
#include "pipeline/learn.h"
#include "pipeline/stream.h"

namespace letterdiff {

struct VerifyArgs {
  std::vector<std::string> paths;
  std::string templates;
  bool ledger = false;
  CommonOptions common;
};

static int run_verify(const VerifyArgs& args) {
  if (!args.templates.empty() && check_folder_option("--templates", args.templates) != kAllWell) return kTrouble;
  Session session(args.common, args.paths);
  if (session.status() != kAllWell) return session.status();
  Survey survey = session.survey();
  // Inputs that were never read are not "accounted for": the count says so.
  std::set<std::string> skipped;
  for (const auto& d : survey.diagnostics)
    if (d.severity == Severity::error && !d.file.empty()) skipped.insert(d.file);
  if (survey.letters.empty()) {
    session.quiet();
    survey.diagnostics.push_back({Severity::error, "", "no letters read: nothing to verify", 0});
    return print_diagnostics(survey.diagnostics, args.common.quiet);
  }
  session.progress().begin("learning", 0);
  const TemplateSet templates = survey_templates(survey, args.templates, {}, args.common.jobs);
  session.progress().begin("verifying", 0);
  const auto verified = verify_survey(survey, templates, args.ledger, args.common.jobs);
  session.quiet();
  std::size_t complete = 0;
  for (const auto& v : verified) complete += v.accounting.complete();
  std::string shown;
  const bool json = args.common.format() == "json";
  if (json) {
    shown = verified_json(verified, args.ledger, {skipped.begin(), skipped.end()});
  } else {
    for (const auto& v : verified) shown += visible_controls(verified_text(v));
    shown += fmt::format("{} of {} letters fully accounted for", complete, verified.size());
    if (!skipped.empty())
      shown += fmt::format("; {} input{} not read, so not verified (said below)", skipped.size(),
                           skipped.size() == 1 ? "" : "s");
    shown += '\n';
    shown = wrap_text(shown, text_width(args.common, !session.output()));
  }
  if (OutputFolder* folder = session.output()) {
    if (folder->write(json ? "verify.json" : "verify.txt", shown, survey.diagnostics)) folder->commit(survey.diagnostics);
  } else {
    std::cout << shown;
  }
  const int status = print_diagnostics(survey.diagnostics, args.common.quiet);
  return status != kAllWell ? status : complete == verified.size() ? kAllWell : kDifferences;
}

void add_verify_command(CLI::App& app, int& status) {
  auto args = std::make_shared<VerifyArgs>();
  CLI::App* cmd = app.add_subcommand(
      "verify", "Check that each letter's report rebuilds it word for word (exit 1: one does not)");
  cmd->add_option("letters", args->paths, "Letter files (.txt, .md, .pdf) or folders of them; - for standard input")
      ->required()
      ->option_text("LETTER...");
  cmd->add_option("--templates", args->templates, "Folder of <year>.tpl templates (default: learn them)")
      ->option_text("DIR");
  cmd->add_flag("--ledger", args->ledger, "Also list every change the normaliser made, with its source line");
  add_common_options(cmd, args->common, {"text", "json"}, false,
                     "Write verify.txt (or .json) into DIR (-: standard output)");
  cmd->footer(R"(Exit status 1 when a letter is not fully accounted for, 2 when an input could not be read.

Examples:
  letterdiff verify letters/
  letterdiff verify letters/ --ledger -f json)");
  cmd->callback([args, &status] { status = run_verify(*args); });
}

}  // namespace letterdiff
