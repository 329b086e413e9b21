#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <map>
#include <mutex>

#include "audit/audit.h"
#include "base/file_name.h"
#include "base/output_folder.h"
#include "base/text.h"
#include "base/parallel.h"
#include "cli/commands.h"
#include "cli/session.h"
#include "base/progress_display.h"
#include "ingest/read_file.h"
#include "pipeline/learn.h"
#include "pipeline/stream.h"
#include "report/audit_formats.h"
#include "report/digest.h"
#include "report/formats.h"
#include "report/html_site.h"
#include "report/topics.h"

namespace letterdiff {

namespace fs = std::filesystem;

struct ReportArgs {
  std::vector<std::string> paths;
  std::string templates;
  std::string topics;
  bool prune = false;
  CommonOptions common;
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
                          OutputFolder& folder, int jobs, std::size_t width, Progress& progress, Diagnostics& ds) {
  const auto stems = letter_file_stems(report);
  progress.begin("writing", formats.size() * (report.letters.size() + 1), "files");
  for (Format format : formats) {
    if (format == Format::csv) {  // one row per letter: a single file
      folder.write("letters.csv", render_index(report, {}, Format::csv), ds);
      continue;
    }
    std::vector<std::string> files;
    for (const auto& stem : stems) files.push_back(fmt::format("{}.{}", stem, extension(format)));
    if (format == Format::html) {
      const SitePlan plan = plan_site(report, std::move(files));
      // Pages are written from several threads; what went wrong is told in the order of their names.
      std::mutex mutex;
      std::map<std::string, Diagnostics, std::less<>> failed;
      write_site(report, plan, jobs, [&](std::string_view name, std::string_view page) {
        Diagnostics said;
        folder.write(name, page, said);
        if (!said.empty()) {
          const std::lock_guard lock(mutex);
          failed[std::string(name)] = std::move(said);
        }
        if (!name.starts_with("template-") && !name.starts_with("council-") && name.ends_with(".html")) progress.tick();
      });
      for (auto& [name, said] : failed) ds.insert(ds.end(), said.begin(), said.end());
      write_audits(report, templates, folder, ds);
      continue;
    }
    for (std::size_t i = 0; i < report.letters.size(); ++i) {
      const LetterReport& letter = report.letters[i];
      const std::string page = render_letter(letter, format, find_group(report, letter.group));
      folder.write(files[i], format == Format::text ? wrap_text(page, width) : page, ds);
      progress.tick();
    }
    const auto index = fmt::format("index.{}", extension(format));
    if (format == Format::json)  // the whole report: streamed, never held at once
      folder.write(index, [&](std::ostream& out) { write_json_report(out, report, jobs); }, ds);
    else if (format == Format::text)
      folder.write(index, wrap_text(render_index(report, files, format, jobs), width), ds);
    else
      folder.write(index, render_index(report, files, format, jobs), ds);
    progress.tick();
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

// The rules named, else topics.rules beside the templates in use, else letterdiff's
// own. Rules named that cannot be read are an error (nothing is done); the
// default ones missing, a warning.
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
    if (named.empty())
      ds.push_back({Severity::warning, path.string(), why + "; no topic rules, so every remark's topic is \"other\"", 0});
    else
      ds.push_back({Severity::error, "--topics " + path.string(), why, 0});
    return std::nullopt;
  }
  return parse_topic_rules(*text, path.string(), ds);
}

// The run's report, never freed: the process ends with the command, and freeing
// millions of strings one by one took a tenth of a second of a 10,000-letter site.
// Kept in a global, it stays reachable, so leak checkers do not count it.
static const Report* g_report = nullptr;

static int run_report(const ReportArgs& args) {
  std::vector<Format> formats;
  for (const auto& name : args.common.formats) formats.push_back(*parse_format(name));
  const bool html = std::find(formats.begin(), formats.end(), Format::html) != formats.end();
  if ((formats.size() > 1 || html) && args.common.to_stdout())
    return trouble(fmt::format("report: {} needs -o DIR (a folder to write into)", html ? "html" : "several formats"));
  if (!args.templates.empty() && check_folder_option("--templates", args.templates) != kAllWell) return kTrouble;
  Diagnostics about_topics;
  ReportOptions options;
  options.passages = html;
  if (auto rules = load_topic_rules(args.topics, args.templates, about_topics)) options.topics = std::move(*rules);
  if (has_errors(about_topics)) return print_diagnostics(about_topics, args.common.quiet);
  Session session(args.common, args.paths);
  if (session.status() != kAllWell) return session.status();
  PhaseTimer timer;
  Survey survey = session.survey();
  Diagnostics& diagnostics = survey.diagnostics;
  timer.mark("survey");
  if (survey.letters.empty()) {
    session.quiet();
    diagnostics.insert(diagnostics.end(), about_topics.begin(), about_topics.end());
    diagnostics.push_back({Severity::error, "", "no letters read: nothing to do", 0});
    return print_diagnostics(diagnostics, args.common.quiet);
  }
  session.progress().begin("learning", 0);
  const TemplateSet templates = survey_templates(survey, args.templates, {}, args.common.jobs);
  timer.mark("templates");
  diagnostics.insert(diagnostics.end(), about_topics.begin(), about_topics.end());
  g_report = new Report(report_survey(survey, templates, options, args.common.jobs, &session.progress()));
  const Report& report = *g_report;
  timer.mark("report");
  OutputFolder* folder = session.output();
  if (!folder) {
    session.quiet();  // the report may go to the same terminal
    if (formats.front() == Format::text)
      std::cout << wrap_text(render_report(report, Format::text), text_width(args.common, true));
    else
      write_report(std::cout, report, formats.front(), args.common.jobs);
  } else {
    write_reports(report, templates, formats, *folder, args.common.jobs, text_width(args.common, false),
                  session.progress(), diagnostics);
    std::vector<std::string> endings;
    for (Format f : formats) endings.push_back(fmt::format(".{}", extension(f)));
    const std::vector<std::string_view> kinds(endings.begin(), endings.end());
    folder->commit(args.prune, kinds, diagnostics);
    session.quiet();
  }
  timer.mark("write");
  const int status = print_diagnostics(diagnostics, args.common.quiet);
  if (!args.common.quiet && ::isatty(2) == 1) {
    std::cerr << "letterdiff: " << summary(report);
    if (folder) std::cerr << fmt::format("; wrote {}", folder->path().string());
    std::cerr << '\n';
  }
  return status;
}

void add_report_command(CLI::App& app, int& status) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand("report", "Report what is specific to each council's letter");
  cmd->add_option("letters", args->paths, "Letter files (.txt, .md, .pdf) or folders of them; - for standard input")
      ->required()
      ->option_text("LETTER...");
  cmd->add_option("--templates", args->templates,
                  "Folder of <group>.tpl templates (default: learn them from the letters)")
      ->option_text("DIR");
  cmd->add_flag("--prune", args->prune,
               "Remove the files of letters no longer given from -o (never a file letterdiff did not write)");
  cmd->add_option("--topics", args->topics,
                  "Topic rules (default: topics.rules of --templates, else letterdiff's)")
      ->option_text("FILE");
  add_common_options(cmd, args->common, {"text", "md", "json", "html", "csv"}, true,
                     "Write a file per council and an index into DIR (-: standard output)");
  cmd->footer(R"(Examples:
  letterdiff report letters/
  letterdiff report letters/ -f md,json,csv -o reports
  letterdiff report letters/ -f html -o site --templates templates)");
  cmd->callback([args, &status] { status = run_report(*args); });
}

}  // namespace letterdiff
