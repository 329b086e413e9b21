#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>
#include <optional>

#include "base/parallel.h"
#include "cli/commands.h"
#include "pipeline/learn.h"
#include "pipeline/stream.h"
#include "verify/accounting.h"

namespace letterdiff {

struct VerifyArgs {
  std::vector<std::string> paths;
  std::string templates;
  std::string format = "text";
  bool ledger = false;
  std::uintmax_t max_bytes = ReadOptions{}.max_bytes;
  int jobs = default_jobs();
};

namespace {

struct Verified {
  std::string file;
  Accounting accounting;
  std::vector<LedgerEntry> ledger;
};

std::string slot_counts(const Accounting& a) {
  std::string out;
  for (const auto& [type, n] : a.slots) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", type, n);
  return out.empty() ? "" : " (" + out + ")";
}

std::string text_line(const Verified& v) {
  const Accounting& a = v.accounting;
  std::string out = fmt::format("{}: {}/{} words accounted for ({:.1f}%)", v.file, a.accounted, a.words,
                                a.words ? 100.0 * static_cast<double>(a.accounted) / static_cast<double>(a.words)
                                        : 100.0);
  if (a.furniture_words) out += fmt::format(", {} of them furniture", a.furniture_words);
  out += fmt::format("; {} template, {} in slots{}, {} in variants\n", a.template_words, a.slot_words(),
                     slot_counts(a), a.variant_words);
  if (!a.first_mismatch.empty()) out += "    NOT ACCOUNTED FOR: " + a.first_mismatch + '\n';
  return out;
}

nlohmann::ordered_json json_letter(const Verified& v, bool ledger) {
  const Accounting& a = v.accounting;
  nlohmann::ordered_json j{{"file", v.file},          {"total", a.words},
                           {"accounted", a.accounted}, {"template", a.template_words},
                           {"slots", a.slots},         {"variants", a.variant_words},
                           {"furniture", a.furniture_words}, {"complete", a.complete()}};
  if (!a.first_mismatch.empty()) j["first_mismatch"] = a.first_mismatch;
  if (ledger) {
    j["ledger"] = nlohmann::ordered_json::array();
    for (const auto& e : v.ledger) j["ledger"].push_back({{"line", e.line}, {"change", e.change}, {"detail", e.detail}});
  }
  return j;
}

}  // namespace

// Each letter's report made as `report` makes it, then rebuilt into the letter.
static int run_verify(const VerifyArgs& args) {
  if (args.format != "text" && args.format != "json") {
    std::cerr << fmt::format("letterdiff verify: unknown format \"{}\" (text, json)\n", args.format);
    return 2;
  }
  Survey survey = survey_inputs(args.paths, survey_options(args.max_bytes, args.jobs, nullptr));
  if (survey.letters.empty()) {
    survey.diagnostics.push_back({Severity::error, "", "no letters read: nothing to verify", 0});
    return print_diagnostics(survey.diagnostics);
  }
  const TemplateSet templates = survey_templates(survey, args.templates, {}, args.jobs);
  std::vector<std::optional<Verified>> verified(survey.letters.size());
  ReportOptions options;
  options.passages = true;
  stream_letters(survey, templates, args.jobs, nullptr, [&](std::size_t i, const Letter& letter, const Vocabulary& v) {
    const LetterReport report = report_letter(letter, templates, v, options);
    verified[i] = Verified{letter.path, account(letter, report), args.ledger ? letter.normalised.ledger
                                                                             : std::vector<LedgerEntry>{}};
  });
  std::size_t complete = 0, letters = 0;
  std::string text;
  nlohmann::ordered_json json{{"schema", "letterdiff/verify-v1"}, {"letters", nlohmann::ordered_json::array()}};
  for (const auto& v : verified) {
    if (!v) continue;
    ++letters;
    complete += v->accounting.complete();
    if (args.format == "json") {
      json["letters"].push_back(json_letter(*v, args.ledger));
      continue;
    }
    text += text_line(*v);
    for (const auto& entry : v->ledger) text += fmt::format("    line {}: {}: {}\n", entry.line, entry.change, entry.detail);
  }
  if (args.format == "json") {
    json["complete"] = complete;
    json["total"] = letters;
    std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    std::cout << text << fmt::format("{} of {} letters fully accounted for\n", complete, letters);
  }
  const int status = print_diagnostics(survey.diagnostics);
  return complete == letters ? status : 1;
}

void add_verify_command(CLI::App& app, int& status) {
  auto args = std::make_shared<VerifyArgs>();
  CLI::App* cmd = app.add_subcommand(
      "verify", "Check that each letter's report (template text, slot values, variants, furniture) rebuilds it");
  cmd->add_option("paths", args->paths, "Letter files or folders")->required();
  cmd->add_option("--templates", args->templates, "Folder of <group>.tpl templates (default: learn them)");
  cmd->add_option("--format", args->format, "text or json")->capture_default_str();
  cmd->add_flag("--ledger", args->ledger, "Also list every change the normaliser made, with its source line");
  add_reading_options(cmd, args->max_bytes, args->jobs);
  cmd->callback([args, &status] { status = run_verify(*args); });
}

}  // namespace letterdiff
