#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "audit/audit.h"
#include "base/text.h"
#include "cli/commands.h"
#include "pipeline/audit_inputs.h"
#include "report/audit_formats.h"
#include "report/formats.h"

namespace letterdiff {

struct AuditArgs {
  std::vector<std::string> paths;
  std::vector<std::string> groups;
  bool timeline = false;
  std::string format = "text";
  std::string colour = "auto";
  bool show_dates = false;
  std::string output;
};

// The pairs to compare: consecutive years for --timeline, else the two templates named.
using YearPair = std::pair<const YearTemplate*, const YearTemplate*>;

static std::vector<YearPair> choose_pairs(const AuditInputs& in, const AuditArgs& args, std::string& error) {
  std::vector<const YearTemplate*> all;
  for (const auto& source : in.sources)
    for (const auto& y : source.years) all.push_back(&y);
  std::vector<YearPair> pairs;
  if (args.timeline) {
    std::vector<const YearTemplate*> years;
    for (const YearTemplate* t : all)
      if (std::none_of(years.begin(), years.end(), [&](const YearTemplate* y) { return y->tpl->group == t->tpl->group; }))
        years.push_back(t);
    std::stable_sort(years.begin(), years.end(), [](const YearTemplate* a, const YearTemplate* b) {
      return older_group(a->tpl->group, b->tpl->group);
    });
    for (std::size_t i = 0; i + 1 < years.size(); ++i) pairs.emplace_back(years[i], years[i + 1]);
    if (pairs.empty()) error = "--timeline needs letters or templates of at least two years";
    return pairs;
  }
  std::vector<const YearTemplate*> chosen;
  if (args.groups.empty()) {
    chosen = all;
  } else {
    for (const auto& g : args.groups)
      for (const YearTemplate* t : all)
        if (t->tpl->group == g && std::find(chosen.begin(), chosen.end(), t) == chosen.end()) {
          chosen.push_back(t);
          break;
        }
  }
  if (chosen.size() != 2) {
    std::string found;
    for (const YearTemplate* t : all) found += (found.empty() ? "" : ", ") + t->tpl->group;
    error = fmt::format("audit compares two templates: give two .tpl files or folders of one year each, or "
                        "--group OLD --group NEW (found: {})",
                        found.empty() ? "none" : found);
    return {};
  }
  pairs.emplace_back(chosen[0], chosen[1]);
  return pairs;
}

static int run_audit(const AuditArgs& args) {
  const auto format = parse_format(args.format);
  if (!format || *format == Format::csv) {
    std::cerr << fmt::format("letterdiff audit: unknown format \"{}\" (text, md, json, html)\n", args.format);
    return 2;
  }
  PreparedOutput output;
  if (!args.output.empty()) {
    output = prepare_output(args.output, args.paths);
    if (!output.folder) return output.status;
  }
  const AuditInputs in = load_audit_inputs(args.paths);
  std::string error;
  const auto pairs = choose_pairs(in, args, error);
  if (pairs.empty()) {
    print_diagnostics(in.diagnostics);
    std::cerr << "letterdiff audit: " << visible_controls(error) << '\n';
    return has_errors(in.diagnostics) ? 1 : 2;
  }
  std::vector<Audit> audits;
  for (const auto& [older, newer] : pairs) {
    audits.push_back(audit_templates(*older->tpl, *newer->tpl, *in.vocabulary));
    find_crossovers(audits.back(), *older->tpl, older->letters, *newer->tpl, newer->letters, *in.vocabulary);
  }
  Diagnostics diagnostics = in.diagnostics;
  if (output.folder) {
    // Each pair of years in every format, as report -o writes letters: audit-<old>-<new>.<ext>.
    for (const Audit& a : audits)
      for (const Format f : {Format::text, Format::markdown, Format::json, Format::html})
        output.folder->write(audit_file_name(a.from, a.to, f),
                             render_audits({a}, f, false, args.show_dates), diagnostics);
    output.folder->commit(diagnostics);
    return print_diagnostics(diagnostics);
  }
  const bool colour = use_colour(args.colour);
  const std::string rendered = render_audits(audits, *format, colour, args.show_dates);
  std::cout << (*format == Format::json ? rendered : visible_controls(rendered, colour));
  return print_diagnostics(diagnostics);
}

void add_audit_command(CLI::App& app, int& status) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand("audit", "Show how the template's wording changed between years");
  cmd->add_option("paths", args->paths, "Two templates (.tpl) or letter folders; with --timeline, any number")
      ->required();
  cmd->add_option("--group", args->groups, "Year group to take from the paths (give it twice: OLD, then NEW)");
  cmd->add_flag("--timeline", args->timeline, "Audit every consecutive pair of years found, oldest first");
  cmd->add_option("-o,--output", args->output,
                  "Write each audit as text, Markdown, JSON and HTML (audit-OLD-NEW.txt, .md, .json, .html) here");
  cmd->add_flag("--show-dates", args->show_dates,
                "List the paragraphs that differ only in their dates and years (summarised in one line otherwise)");
  cmd->add_option("--format", args->format, "text, md, json or html (the two templates side by side)")
      ->capture_default_str();
  cmd->add_option("--color,--colour", args->colour, "auto, always or never (auto honours NO_COLOR)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->callback([args, &status] { status = run_audit(*args); });
}

}  // namespace letterdiff
