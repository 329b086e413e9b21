#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "audit/audit.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/session.h"
#include "pipeline/audit_inputs.h"
#include "report/audit_formats.h"
#include "report/formats.h"

namespace letterdiff {

struct AuditArgs {
  std::vector<std::string> paths;
  std::vector<std::string> groups;
  bool timeline = false;
  bool show_dates = false;
  CommonOptions common;
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
  const auto format = parse_format(args.common.format());
  Session session(args.common, args.paths);
  if (session.status() != kAllWell) return session.status();
  const AuditInputs in = load_audit_inputs(args.paths, session.reading());
  session.quiet();
  std::string error;
  const auto pairs = choose_pairs(in, args, error);
  if (pairs.empty()) {
    print_diagnostics(in.diagnostics, args.common.quiet);
    return trouble("audit: " + error);
  }
  std::vector<Audit> audits;
  for (const auto& [older, newer] : pairs) {
    audits.push_back(audit_templates(*older->tpl, *newer->tpl, *in.vocabulary));
    find_crossovers(audits.back(), *older->tpl, older->letters, *newer->tpl, newer->letters, *in.vocabulary);
  }
  Diagnostics diagnostics = in.diagnostics;
  if (OutputFolder* folder = session.output()) {
    // Each pair of years in every format, as report -o writes letters: audit-<old>-<new>.<ext>.
    for (const Audit& a : audits)
      for (const Format f : {Format::text, Format::markdown, Format::json, Format::html})
        folder->write(audit_file_name(a.from, a.to, f),
                             render_audits({a}, f, false, args.show_dates), diagnostics);
    folder->commit(diagnostics);
    return print_diagnostics(diagnostics, args.common.quiet);
  }
  const bool colour = use_colour(args.common.colour);
  const std::string rendered = render_audits(audits, *format, colour, args.show_dates);
  if (*format == Format::text)
    std::cout << wrap_text(visible_controls(rendered, colour), text_width(args.common, true));
  else
    std::cout << (*format == Format::json ? rendered : visible_controls(rendered, colour));
  return print_diagnostics(diagnostics, args.common.quiet);
}

void add_audit_command(CLI::App& app, int& status) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand("audit", "Show how the template's wording changed between years");
  cmd->add_option("paths", args->paths, "Two templates (.tpl) or letter folders; with --timeline, any number")
      ->required()
      ->option_text("PATH...");
  cmd->add_option("--group", args->groups, "Year group to take from the paths (give it twice: OLD, then NEW)")
      ->option_text("YEAR");
  cmd->add_flag("--timeline", args->timeline, "Audit every consecutive pair of years found, oldest first");
  cmd->add_flag("--show-dates", args->show_dates,
                "List paragraphs that differ only in dates and years (else one line)");
  add_common_options(cmd, args->common, {"text", "md", "json", "html"}, false,
                     "Write audit-OLD-NEW in every format into DIR (-: standard output)");
  cmd->footer(R"(Examples:
  letterdiff audit letters/ --timeline
  letterdiff audit templates/2020.tpl templates/2023-24.tpl -f html > audit.html
  letterdiff audit letters/ --group 2020 --group 2023-24 --show-dates)");
  cmd->callback([args, &status] { status = run_audit(*args); });
}

}  // namespace letterdiff
