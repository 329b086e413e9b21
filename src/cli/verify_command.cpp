#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "base/parallel.h"
#include "cli/commands.h"
#include "pipeline/corpus.h"
#include "verify/accounting.h"

namespace letterdiff {

struct VerifyArgs {
  std::vector<std::string> paths;
  std::string templates;
  bool ledger = false;
  std::uintmax_t max_bytes = ReadOptions{}.max_bytes;
  int jobs = default_jobs();
};

static int run_verify(const VerifyArgs& args) {
  Corpus corpus = load_corpus(args.paths, ReadOptions{args.max_bytes}, args.jobs);
  if (corpus.letters.empty()) {
    corpus.diagnostics.push_back({Severity::error, "", "no letters read: nothing to verify", 0});
    return print_diagnostics(corpus.diagnostics);
  }
  const Templates templates =
      args.templates.empty() ? learn_templates(corpus) : load_or_learn_templates(corpus, args.templates);
  const auto alignments = align_corpus(corpus, templates, args.jobs);
  std::size_t complete = 0;
  for (std::size_t i = 0; i < corpus.letters.size(); ++i) {
    const Letter& letter = corpus.letters[i];
    const Accounting a = account(letter, templates.at(letter.metadata.group), alignments[i], corpus.vocabulary);
    complete += a.complete();
    std::cout << fmt::format("{}: {}/{} words accounted for ({:.1f}%)", letter.path, a.accounted, a.words,
                             a.words ? 100.0 * static_cast<double>(a.accounted) / static_cast<double>(a.words) : 100.0);
    if (a.furniture_words) std::cout << fmt::format(", {} of them furniture", a.furniture_words);
    std::cout << '\n';
    if (!a.first_mismatch.empty()) std::cout << "    NOT ACCOUNTED FOR: " << a.first_mismatch << '\n';
    if (args.ledger)
      for (const auto& entry : letter.normalised.ledger)
        std::cout << fmt::format("    line {}: {}: {}\n", entry.line, entry.change, entry.detail);
  }
  std::cout << fmt::format("{} of {} letters fully accounted for\n", complete, corpus.letters.size());
  const int status = print_diagnostics(corpus.diagnostics);
  return complete == corpus.letters.size() ? status : 1;
}

void add_verify_command(CLI::App& app, int& status) {
  auto args = std::make_shared<VerifyArgs>();
  CLI::App* cmd = app.add_subcommand(
      "verify", "Check that each letter's template paragraphs, slot values, variants and furniture rebuild it");
  cmd->add_option("paths", args->paths, "Letter files or folders")->required();
  cmd->add_option("--templates", args->templates, "Folder of <group>.tpl templates (default: learn them)");
  cmd->add_flag("--ledger", args->ledger, "Also list every change the normaliser made, with its source line");
  add_reading_options(cmd, args->max_bytes, args->jobs);
  cmd->callback([args, &status] { status = run_verify(*args); });
}

}  // namespace letterdiff
