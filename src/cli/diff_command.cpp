#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "base/text.h"
#include "cli/commands.h"
#include "pipeline/stream.h"
#include "report/letter_wdiff.h"
#include "report/wdiff.h"

namespace letterdiff {

struct DiffArgs {
  std::string letter;
  std::string template_file;
  std::string templates;
  std::string colour = "auto";
};

static int run_diff(const DiffArgs& args) {
  std::error_code ec;
  if (std::filesystem::is_directory(args.letter, ec)) {
    std::cerr << "letterdiff diff: " << visible_controls(args.letter) << " is a folder; diff takes one letter file\n";
    return 2;
  }
  Survey survey = survey_inputs(std::vector<std::string>{args.letter}, SurveyOptions{});
  if (survey.letters.empty()) return print_diagnostics(survey.diagnostics);
  SurveyedLetter& letter = survey.letters.front();
  std::filesystem::path path = args.template_file;
  if (path.empty()) {
    path = template_path(args.templates.empty() ? default_template_dir() : args.templates, letter.metadata.group);
    if (!std::filesystem::exists(path, ec)) {
      survey.diagnostics.push_back(
          {Severity::error, letter.path,
           fmt::format("no template for group {} ({} not found); give --template FILE or run letterdiff learn",
                       letter.metadata.group, path.string()),
           0});
      return print_diagnostics(survey.diagnostics);
    }
  }
  TemplateSet templates;
  // Looked up by the letter's group, the file must be that group's; named with --template, it is used as given.
  auto tpl = read_template_file(path, templates.vocabulary(), survey.diagnostics,
                                args.template_file.empty() ? std::string_view(letter.metadata.group) : "");
  if (!tpl) return print_diagnostics(survey.diagnostics);
  letter.metadata.group = tpl->group;  // read against the template given, whatever its year
  templates.add(std::move(*tpl));
  ReportOptions options;
  options.passages = true;
  const Report report = report_survey(survey, templates, options);
  if (!report.letters.empty()) {
    const bool colour = use_colour(args.colour);
    const std::string wdiff = render_letter_wdiff(report.letters.front(), colour ? colour_style() : WdiffStyle{});
    std::cout << visible_controls(wdiff, colour);
  }
  return print_diagnostics(survey.diagnostics);
}

void add_diff_command(CLI::App& app, int& status) {
  auto args = std::make_shared<DiffArgs>();
  CLI::App* cmd = app.add_subcommand("diff", "Show one letter against its template, wdiff style");
  cmd->add_option("letter", args->letter, "The letter file")->required();
  cmd->add_option("--template", args->template_file, "Template file (default: <group>.tpl of --templates)");
  cmd->add_option("--templates", args->templates, "Folder of templates (default: ./templates, else the shipped ones)");
  cmd->add_option("--color,--colour", args->colour, "auto, always or never (auto honours NO_COLOR)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->callback([args, &status] { status = run_diff(*args); });
}

}  // namespace letterdiff
