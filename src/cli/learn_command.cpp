#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/session.h"
#include "ingest/read_file.h"
#include "pipeline/learn.h"
#include "templating/template_file.h"

namespace letterdiff {

struct LearnArgs {
  std::vector<std::string> paths;
  bool force = false;
  CommonOptions common;
  LearnArgs() { common.output = "templates"; }
};

// A template file already in the folder that someone edited since learn wrote it.
static bool edited(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return false;
  Diagnostics unread;
  const auto text = read_file(file, std::uintmax_t{64} << 20, unread);
  return !text || edited_since_written(*text);
}

static int run_learn(const LearnArgs& args) {
  Session session(args.common, args.paths);
  if (session.status() != kAllWell) return session.status();
  Survey survey = session.survey();
  Diagnostics& diagnostics = survey.diagnostics;
  if (survey.letters.empty()) {
    session.quiet();
    diagnostics.push_back({Severity::error, "", "no letters read: nothing to do", 0});
    return print_diagnostics(diagnostics, args.common.quiet);
  }
  session.progress().begin("learning", 0);
  TemplateSet templates = survey_templates(survey, {}, {}, args.common.jobs);
  recount_support(survey, templates, args.common.jobs, &session.progress());
  session.quiet();
  const auto learnt = templates.templates();
  OutputFolder* folder = session.output();
  if (!folder) {  // one document: the template of the one year given
    if (learnt.size() != 1) {
      print_diagnostics(diagnostics, args.common.quiet);
      return trouble(fmt::format("learn -o - writes one template, but the letters are of {} years; give -o DIR",
                                 learnt.size()));
    }
    std::cout << write_template(*learnt.front());
    return print_diagnostics(diagnostics, args.common.quiet);
  }
  nlohmann::ordered_json written = nlohmann::ordered_json::array();
  std::vector<std::string> lines;
  for (const Template* tpl : learnt) {
    const std::string name = template_file_name(tpl->group);
    const auto path = folder->path() / name;
    if (!args.force && edited(path)) {
      diagnostics.push_back({Severity::error, path.string(),
                             "edited since letterdiff wrote it; not replaced (--force replaces it)", 0});
      continue;
    }
    if (!folder->write(name, write_template(*tpl), diagnostics)) continue;
    written.push_back({{"file", path.string()},
                       {"group", tpl->group},
                       {"paragraphs", tpl->paragraphs.size()},
                       {"letters", tpl->letters}});
    lines.push_back(fmt::format("wrote {} ({} paragraphs from {} letter{})", path.string(), tpl->paragraphs.size(),
                                tpl->letters, tpl->letters == 1 ? "" : "s"));
  }
  if (folder->commit(diagnostics)) {
    if (args.common.format() == "json") {
      std::cout << nlohmann::ordered_json{{"templates", written}}.dump(2) << '\n';
    } else if (!args.common.quiet) {
      for (const auto& line : lines) std::cout << line << '\n';
    }
  }
  return print_diagnostics(diagnostics, args.common.quiet);
}

void add_learn_command(CLI::App& app, int& status) {
  auto args = std::make_shared<LearnArgs>();
  CLI::App* cmd = app.add_subcommand("learn", "Learn one template per year and write <year>.tpl files to edit");
  cmd->add_option("letters", args->paths, "Letter files (.txt, .md, .pdf) or folders of them; - for standard input")
      ->required()
      ->option_text("LETTER...");
  cmd->add_flag("--force", args->force, "Replace templates edited since letterdiff wrote them");
  add_common_options(cmd, args->common, {"text", "json"}, false,
                     "Folder for the .tpl files (default templates; -: standard output)");
  cmd->footer(R"(Examples:
  letterdiff learn letters/ -o templates
  letterdiff learn letters/2023-24 -o -)");
  cmd->callback([args, &status] { status = run_learn(*args); });
}

}  // namespace letterdiff
