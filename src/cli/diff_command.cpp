#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "base/file_name.h"
#include "base/text.h"
#include "cli/commands.h"
#include "pipeline/stream.h"
#include "report/formats.h"
#include "report/letter_wdiff.h"
#include "report/wdiff.h"

namespace letterdiff {

struct DiffArgs {
  std::string letter;
  std::string template_file;
  std::string templates;
  CommonOptions common;
};

// The letter differs from its template: it has anything but template text, slot
// values and the template's own optional paragraphs.
static bool differs(const LetterReport& letter) {
  return std::any_of(letter.variants.begin(), letter.variants.end(),
                     [](const Variant& v) { return v.kind != EntryKind::standard; });
}

static int run_diff(const DiffArgs& args) {
  std::error_code ec;
  if (std::filesystem::is_directory(args.letter, ec))
    return trouble(fmt::format("diff: {} is a folder; diff takes one letter file", args.letter));
  if (!args.templates.empty() && check_folder_option("--templates", args.templates) != kAllWell) return kTrouble;
  Survey survey = survey_inputs(std::vector<std::string>{args.letter}, survey_options(args.common, nullptr));
  if (survey.letters.empty()) return print_diagnostics(survey.diagnostics, args.common.quiet);
  SurveyedLetter& letter = survey.letters.front();
  std::filesystem::path path = args.template_file;
  if (path.empty()) {
    const std::string dir = args.templates.empty() ? default_template_dir() : args.templates;
    path = template_path(dir, letter.metadata.group);
    if (dir.empty() || !std::filesystem::exists(path, ec)) {
      survey.diagnostics.push_back(
          {Severity::error, letter.path,
           fmt::format("no template for group {} ({}); give --templates DIR or --template FILE, or run letterdiff learn",
                       letter.metadata.group,
                       dir.empty() ? "letterdiff's own data folder was not found" : path.string() + " not found"),
           0});
      return print_diagnostics(survey.diagnostics, args.common.quiet);
    }
  }
  TemplateSet templates;
  // Looked up by the letter's group, the file must be that group's; named with --template, it is used as given.
  auto tpl = read_template_file(path, templates.vocabulary(), survey.diagnostics,
                                args.template_file.empty() ? std::string_view(letter.metadata.group) : "");
  if (!tpl) return print_diagnostics(survey.diagnostics, args.common.quiet);
  letter.metadata.group = tpl->group;  // read against the template given, whatever its year
  templates.add(std::move(*tpl));
  ReportOptions options;
  options.passages = true;
  const Report report = report_survey(survey, templates, options);
  if (report.letters.empty()) return print_diagnostics(survey.diagnostics, args.common.quiet);
  const LetterReport& reported = report.letters.front();
  const bool json = args.common.format() == "json";
  const bool to_stdout = args.common.to_stdout();
  const bool colour = !json && to_stdout && use_colour(args.common.colour);
  const std::string shown = json ? render_letter(reported, Format::json, find_group(report, reported.group))
                                 : wrap_text(visible_controls(render_letter_wdiff(reported, colour ? colour_style()
                                                                                                       : WdiffStyle{}),
                                                                              colour),
                                             text_width(args.common, to_stdout));
  if (to_stdout) {
    std::cout << shown;
  } else {
    const PreparedOutput output = prepare_output(args.common.output, {&args.letter, 1});
    if (!output.folder) return output.status;
    const std::string name =
        file_stem(std::filesystem::path(args.letter).stem().string()) + (json ? ".json" : ".diff");
    if (output.folder->write(name, shown, survey.diagnostics)) output.folder->commit(survey.diagnostics);
  }
  const int status = print_diagnostics(survey.diagnostics, args.common.quiet);
  return status != kAllWell ? status : differs(reported) ? kDifferences : kAllWell;
}

void add_diff_command(CLI::App& app, int& status) {
  auto args = std::make_shared<DiffArgs>();
  CLI::App* cmd = app.add_subcommand("diff", "Show one letter against its template, wdiff style (exit 1: it differs)");
  cmd->add_option("letter", args->letter, "The letter file (.txt, .md, .pdf); - for standard input")
      ->required()
      ->option_text("LETTER");
  cmd->add_option("--template", args->template_file, "Template file (default: <year>.tpl of --templates)")
      ->option_text("FILE");
  cmd->add_option("--templates", args->templates, "Folder of templates (default: the ones letterdiff ships)")
      ->option_text("DIR");
  add_common_options(cmd, args->common, {"text", "json"}, false,
                     "Write <letter>.diff (or .json) into DIR (-: standard output)");
  cmd->footer(R"(Examples:
  letterdiff diff letters/2023-24_knowsley.txt
  letterdiff diff letter.txt --template templates/2023-24.tpl --color always | less -R)");
  cmd->callback([args, &status] { status = run_diff(*args); });
}

}  // namespace letterdiff
