#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "pipeline/corpus.h"
#include "report/letter_wdiff.h"

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
    std::cerr << "letterdiff diff: " << args.letter << " is a folder; diff takes one letter file\n";
    return 2;
  }
  Corpus corpus = load_corpus(std::vector<std::string>{args.letter});
  if (corpus.letters.empty()) return print_diagnostics(corpus.diagnostics);
  const Letter& letter = corpus.letters.front();
  std::filesystem::path path = args.template_file;
  if (path.empty()) {
    const std::string dir = args.templates.empty() ? default_template_dir() : args.templates;
    path = std::filesystem::path(dir) / (letter.metadata.group + ".tpl");
    if (!std::filesystem::exists(path, ec)) {
      corpus.diagnostics.push_back(
          {Severity::error, letter.path,
           fmt::format("no template for group {} ({} not found); give --template FILE or run letterdiff learn",
                       letter.metadata.group, path.string()),
           0});
      return print_diagnostics(corpus.diagnostics);
    }
  }
  const auto tpl = load_template_file(path, corpus.vocabulary, corpus.diagnostics);
  if (!tpl) return print_diagnostics(corpus.diagnostics);
  const Alignment alignment = align(letter, TemplateMatcher(*tpl, corpus.vocabulary));
  std::cout << render_letter_wdiff(letter, *tpl, alignment, use_colour(args.colour) ? colour_style() : WdiffStyle{});
  return print_diagnostics(corpus.diagnostics);
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
