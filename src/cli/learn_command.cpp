#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "base/parallel.h"
#include "cli/commands.h"
#include "base/progress_display.h"
#include "pipeline/learn.h"
#include "templating/template_file.h"

namespace letterdiff {

struct LearnArgs {
  std::vector<std::string> paths;
  std::string output = "templates";
  std::uintmax_t max_bytes = ReadOptions{}.max_bytes;
  int jobs = default_jobs();
};

static int run_learn(const LearnArgs& args) {
  const PreparedOutput output = prepare_output(args.output, args.paths);
  if (!output.folder) return output.status;
  Progress progress;
  const ProgressDisplay display(progress);
  SurveyOptions options = survey_options(args.max_bytes, args.jobs, &progress);
  avoid_output(options, *output.folder);
  Survey survey = survey_inputs(args.paths, options);
  Diagnostics& diagnostics = survey.diagnostics;
  if (survey.letters.empty()) {
    diagnostics.push_back({Severity::error, "", "no letters read: nothing to do", 0});
    return print_diagnostics(diagnostics);
  }
  TemplateSet templates = survey_templates(survey, {}, {}, args.jobs);
  recount_support(survey, templates, args.jobs, &progress);
  std::vector<std::string> wrote;
  for (const Template* tpl : templates.templates()) {
    const std::string name = template_file_name(tpl->group);
    if (output.folder->write(name, write_template(*tpl), diagnostics))
      wrote.push_back(fmt::format("wrote {} ({} paragraphs from {} letter{})", (output.folder->path() / name).string(),
                                  tpl->paragraphs.size(), tpl->letters, tpl->letters == 1 ? "" : "s"));
  }
  if (output.folder->commit(diagnostics))
    for (const auto& line : wrote) std::cout << line << '\n';
  return print_diagnostics(diagnostics);
}

void add_learn_command(CLI::App& app, int& status) {
  auto args = std::make_shared<LearnArgs>();
  CLI::App* cmd = app.add_subcommand("learn", "Learn one template per year group and write <group>.tpl files");
  cmd->add_option("paths", args->paths, "Letter files or folders (searched recursively for .txt and .md)")
      ->required();
  cmd->add_option("-o,--output", args->output, "Folder for the .tpl files")->capture_default_str();
  add_reading_options(cmd, args->max_bytes, args->jobs);
  cmd->callback([args, &status] { status = run_learn(*args); });
}

}  // namespace letterdiff
