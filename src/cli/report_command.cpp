#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <map>

#include "audit/audit.h"
#include "base/file_name.h"
#include "base/output_folder.h"
#include "base/text.h"
#include "base/parallel.h"
#include "cli/commands.h"
#include "base/progress_display.h"
#include "ingest/read_file.h"
#include "pipeline/learn.h"
#include "pipeline/stream.h"
#include "report/audit_formats.h"
#include "report/digest.h"
#include "report/formats.h"
#include "report/topics.h"

namespace letterdiff {

namespace fs = std::filesystem;

struct ReportArgs {
  std::vector<std::string> paths;
  std::string templates;
  std::vector<std::string> formats{"text"};
  std::string output;
  std::string topics;
  bool prune = false;
  std::uintmax_t max_bytes = ReadOptions{}.max_bytes;
  int jobs = default_jobs();
};

// "2023-24_royal-borough-of-kingston-upon-thames", unique within the run.
static std::vector<std::string> letter_file_stems(const Report& report) {
  std::vector<std::string> stems;
  std::map<std::string, FileStems, std::less<>> by_group;
  for (const auto& l : report.letters) {
    const std::string name = l.council.empty() ? fs::path(l.file).stem().string() : l.council;
    stems.push_back(file_stem(l.group) + "_" + by_group[l.group].take(name));
  }
  return stems;
}

// The site's audit of each pair of consecutive years, from their templates (the
// crossovers between remarks and boilerplate need every letter kept: `audit` gives them).
static void write_audits(const Report& report, const TemplateSet& templates, OutputFolder& folder, Diagnostics& ds) {
  for (const auto& [from, to] : audited_years(report)) {
    const Template* older = templates.find(from);
    const Template* newer = templates.find(to);
    if (!older || !newer) continue;
    const Audit audit = audit_templates(*older, *newer, templates.vocabulary());
    folder.write(audit_file_name(from, to, Format::html),
                 visible_controls(render_audits({audit}, Format::html, false, false, true)), ds);
  }
}

static void write_reports(const Report& report, const TemplateSet& templates, const std::vector<Format>& formats,
                          OutputFolder& folder, int jobs, Diagnostics& ds) {
  const auto stems = letter_file_stems(report);
  for (Format format : formats) {
    if (format == Format::csv) {  // one row per letter: a single file
      folder.write("letters.csv", render_index(report, {}, Format::csv), ds);
      continue;
    }
    std::vector<std::string> files;
    for (std::size_t i = 0; i < report.letters.size(); ++i) {
      files.push_back(fmt::format("{}.{}", stems[i], extension(format)));
      folder.write(files.back(), render_letter(report.letters[i], format), ds);
    }
    const auto index = fmt::format("index.{}", extension(format));
    if (format == Format::json)  // the whole report: streamed, never held at once
      folder.write(index, [&](std::ostream& out) { write_json_report(out, report, jobs); }, ds);
    else
      folder.write(index, render_index(report, files, format, jobs), ds);
    if (format == Format::html) {
      for (const auto& g : report.groups)
        folder.write(template_page_name(g.group), visible_controls(html_template(report, g)), ds);
      write_audits(report, templates, folder, ds);
    }
  }
}

static std::string summary(const Report& report) {
  int specific = 0, comparable = 0;
  for (const auto& l : report.letters) {
    if (l.single_letter_group) continue;
    ++comparable;
    specific += !l.variants.empty();
  }
  return fmt::format("{} letters in {} groups; {} of the {} councils in groups of two or more letters have "
                     "council-specific content",
                     report.letters.size(), report.groups.size(), specific, comparable);
}

constexpr std::uintmax_t kMaxTopicBytes = 1u << 20;

// The rules named, else topics.rules beside the templates in use, else beside the default ones.
static std::optional<TopicRules> load_topic_rules(const std::string& named, const std::string& templates,
                                                  Diagnostics& ds) {
  fs::path path = named;
  if (path.empty()) {
    std::error_code ec;
    path = fs::path(templates) / "topics.rules";
    if (templates.empty() || !fs::exists(path, ec)) path = fs::path(default_template_dir()) / "topics.rules";
  }
  Diagnostics unread;
  const auto text = read_file(path, kMaxTopicBytes, unread);
  if (!text) {
    // Why it could not be read ("not a regular file", "no such file"), without "skipped".
    std::string why = unread.empty() ? "cannot read" : unread.front().message;
    if (const auto skipped = why.rfind("; skipped"); skipped != std::string::npos) why.erase(skipped);
    ds.push_back({Severity::warning, path.string(), why + "; no topic rules, so every remark's topic is \"other\"", 0});
    return std::nullopt;
  }
  return parse_topic_rules(*text, path.string(), ds);
}

static int run_report(const ReportArgs& args) {
  std::vector<Format> formats;
  for (const auto& name : args.formats) {
    const auto format = parse_format(name);
    if (!format) {
      std::cerr << fmt::format("letterdiff report: unknown format \"{}\" (text, md, json, html, csv)\n", name);
      return 2;
    }
    formats.push_back(*format);
  }
  const bool html = std::find(formats.begin(), formats.end(), Format::html) != formats.end();
  if ((formats.size() > 1 || html) && args.output.empty()) {
    std::cerr << "letterdiff report: " << (html ? "html" : "several formats") << " needs -o DIR\n";
    return 2;
  }
  PreparedOutput output;
  if (!args.output.empty()) {
    output = prepare_output(args.output, args.paths);
    if (!output.folder) return output.status;
  }
  PhaseTimer timer;
  Progress progress;
  const ProgressDisplay display(progress);
  SurveyOptions reading = survey_options(args.max_bytes, args.jobs, &progress);
  if (output.folder) avoid_output(reading, *output.folder);
  Survey survey = survey_inputs(args.paths, reading);
  timer.mark("survey");
  const TemplateSet templates = survey_templates(survey, args.templates, {}, args.jobs);
  timer.mark("templates");
  Diagnostics& diagnostics = survey.diagnostics;
  if (survey.letters.empty()) {
    diagnostics.push_back({Severity::error, "", "no letters read: nothing to do", 0});
    return print_diagnostics(diagnostics);
  }
  ReportOptions options;
  options.passages = html;
  if (auto rules = load_topic_rules(args.topics, args.templates, diagnostics)) options.topics = std::move(*rules);
  const Report report = report_survey(survey, templates, options, args.jobs, &progress);
  timer.mark("report");
  if (!output.folder) {
    write_report(std::cout, report, formats.front(), args.jobs);
  } else {
    write_reports(report, templates, formats, *output.folder, args.jobs, diagnostics);
    std::vector<std::string> endings;
    for (Format f : formats) endings.push_back(fmt::format(".{}", extension(f)));
    const std::vector<std::string_view> kinds(endings.begin(), endings.end());
    output.folder->commit(args.prune, kinds, diagnostics);
  }
  timer.mark("write");
  const int status = print_diagnostics(diagnostics);
  if (stderr_is_terminal()) std::cerr << summary(report) << '\n';
  return status;
}

void add_report_command(CLI::App& app, int& status) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand("report", "Report what is specific to each council's letter");
  cmd->add_option("paths", args->paths, "Letter files or folders (searched recursively for .txt and .md)")
      ->required();
  cmd->add_option("--templates", args->templates,
                  "Folder of <group>.tpl templates (default: learn them from the letters)");
  cmd->add_option("--format", args->formats, "text, md, json, html or csv; several (and html) with -o, comma-separated")
      ->delimiter(',')
      ->capture_default_str();
  cmd->add_option("-o,--output", args->output, "Write one file per council plus an index into this folder");
  cmd->add_flag("--prune", args->prune,
               "Remove files an earlier run wrote into -o that this run did not (letters no longer given); "
               "files letterdiff did not write are never touched");
  cmd->add_option("--topics", args->topics, "Topic rules file (default: topics.rules beside the templates in use)");
  add_reading_options(cmd, args->max_bytes, args->jobs);
  cmd->callback([args, &status] { status = run_report(*args); });
}

}  // namespace letterdiff
