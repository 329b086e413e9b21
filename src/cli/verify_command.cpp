#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <set>

#include "base/parallel.h"
#include "base/text.h"
#include "cli/commands.h"
#include "pipeline/learn.h"
#include "pipeline/stream.h"

namespace letterdiff {

struct VerifyArgs {
  std::vector<std::string> paths;
  std::string templates;
  std::string format = "text";
  bool ledger = false;
  std::uintmax_t max_bytes = ReadOptions{}.max_bytes;
  int jobs = default_jobs();
};

static int run_verify(const VerifyArgs& args) {
  if (args.format != "text" && args.format != "json") {
    std::cerr << fmt::format("letterdiff verify: unknown format \"{}\" (text, json)\n", args.format);
    return 2;
  }
  Survey survey = survey_inputs(args.paths, survey_options(args.max_bytes, args.jobs, nullptr));
  // Inputs that were never read are not "accounted for": the count says so.
  std::set<std::string> skipped;
  for (const auto& d : survey.diagnostics)
    if (d.severity == Severity::error && !d.file.empty()) skipped.insert(d.file);
  if (survey.letters.empty()) {
    survey.diagnostics.push_back({Severity::error, "", "no letters read: nothing to verify", 0});
    return print_diagnostics(survey.diagnostics);
  }
  const TemplateSet templates = survey_templates(survey, args.templates, {}, args.jobs);
  const auto verified = verify_survey(survey, templates, args.ledger, args.jobs);
  std::size_t complete = 0;
  for (const auto& v : verified) complete += v.accounting.complete();
  if (args.format == "json") {
    std::cout << verified_json(verified, args.ledger, {skipped.begin(), skipped.end()});
  } else {
    for (const auto& v : verified) std::cout << visible_controls(verified_text(v));
    std::cout << fmt::format("{} of {} letters fully accounted for", complete, verified.size());
    if (!skipped.empty())
      std::cout << fmt::format("; {} input{} not read, so not verified (said below)", skipped.size(),
                               skipped.size() == 1 ? "" : "s");
    std::cout << '\n';
  }
  const int status = print_diagnostics(survey.diagnostics);
  return complete == verified.size() && skipped.empty() ? status : 1;
}

void add_verify_command(CLI::App& app, int& status) {
  auto args = std::make_shared<VerifyArgs>();
  CLI::App* cmd = app.add_subcommand(
      "verify", "Check that each letter's report (template text, slot values, variants, furniture) rebuilds it");
  cmd->add_option("paths", args->paths, "Letter files or folders")->required();
  cmd->add_option("--templates", args->templates, "Folder of <group>.tpl templates (default: learn them)");
  cmd->add_option("--format", args->format, "text or json")->capture_default_str();
  cmd->add_flag("--ledger", args->ledger, "Also list every change the normaliser made, with its source line");
  add_reading_options(cmd, args->max_bytes, args->jobs);
  cmd->callback([args, &status] { status = run_verify(*args); });
}

}  // namespace letterdiff
