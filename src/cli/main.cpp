// letterdiff: learns the boilerplate a pile of form letters share and shows
// only what is specific to each recipient. The CLI is thin: options in, one
// pipeline, an exit status out; every message in letterdiff's own voice.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/completions.h"
#include "cli/manual.h"

namespace {

constexpr const char* kFooter = R"(Letters are .txt, .md or .pdf files (scanned PDFs are read with Tesseract when
installed), or folders searched for them; - reads one letter from standard input.

Examples:
  letterdiff report letters/                       what each council was told, as text
  letterdiff report letters/ -f md,json,csv -o out  one file per council plus an index
  letterdiff report letters/ -f html -o site        a static site to browse
  letterdiff learn letters/ -o templates            write each year's template to edit
  letterdiff diff letters/2023-24_kingston.txt --templates templates
  letterdiff audit letters/ --timeline              how the wording changed year by year
  letterdiff verify letters/                        check every word is accounted for

Exit status:
  0  all well (warnings alone do not change it)
  1  differences found where that is the question: diff (the letter differs from
     its template), verify (a letter not fully accounted for)
  2  trouble: an input that could not be read, a usage error, a file not written)";

// The subcommand named first on the command line, if any.
std::string first_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.empty() || arg[0] != '-') return std::string(arg);
  }
  return {};
}

bool is_command(const CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : app.get_subcommands({}))
    if (sub->get_name() == name) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"letterdiff: learn the template a pile of form letters share and show what is specific to each"};
  app.name("letterdiff");
  app.set_help_flag("-h,--help", "Show this help, or a command's: letterdiff COMMAND --help");
  app.set_help_all_flag("--help-all", "Show the help of every command");
  app.set_version_flag("-V,--version", std::string("letterdiff ") + LETTERDIFF_VERSION, "Show the version");
  app.footer(kFooter);
  app.get_formatter()->column_width(32);
  app.require_subcommand(0, 1);
  int status = letterdiff::kAllWell;
  letterdiff::add_report_command(app, status);
  letterdiff::add_learn_command(app, status);
  letterdiff::add_diff_command(app, status);
  letterdiff::add_audit_command(app, status);
  letterdiff::add_verify_command(app, status);

  std::string topic;
  CLI::App* help = app.add_subcommand("help", "Show this help, or a command's");
  help->set_help_all_flag();
  help->add_option("command", topic, "The command to explain")->option_text("COMMAND");
  bool man = false;
  help->add_flag("--man", man, "The manual page, in roff (man -l <(letterdiff help --man))");
  CLI::App* completions = app.add_subcommand("completions", "Print the completion script for a shell");
  std::string shell;
  completions->add_option("shell", shell, "bash, zsh or fish")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  completions->group("");  // kept out of the help: the packages install the scripts

  const std::string word = first_word(argc, argv);
  if (!word.empty() && !is_command(app, word)) {
    std::cerr << "letterdiff: unknown command '" << word << "' (see 'letterdiff --help')\n";
    return letterdiff::kTrouble;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --help-all, --version
    const auto chosen = app.get_subcommands();
    const std::string command = chosen.empty() ? "letterdiff" : "letterdiff " + chosen.front()->get_name();
    std::cerr << command << ": " << e.what() << " (see '" << command << " --help')\n";
    return letterdiff::kTrouble;
  }
  if (help->parsed()) {
    if (man) {
      std::cout << letterdiff::manual_page(app, std::string("letterdiff ") + LETTERDIFF_VERSION);
    } else if (topic.empty()) {  // app.help() would show the help command's own, it being chosen
      std::cout << app.get_formatter()->make_help(&app, "letterdiff", CLI::AppFormatMode::Normal);
    } else if (!is_command(app, topic)) {
      std::cerr << "letterdiff: no command '" << topic << "' (see 'letterdiff --help')\n";
      return letterdiff::kTrouble;
    } else {
      std::cout << app.get_subcommand(topic)->help("letterdiff");
    }
    return letterdiff::kAllWell;
  }
  if (completions->parsed()) {
    std::cout << letterdiff::completion_script(app, shell);
    return letterdiff::kAllWell;
  }
  if (app.get_subcommands().empty()) {
    std::cerr << "letterdiff: no command given (see 'letterdiff --help')\n" << app.help();
    return letterdiff::kTrouble;
  }
  return status;
}
