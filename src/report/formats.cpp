#include "report/formats.h"

#include <fmt/format.h>

#include "audit/audit.h"
#include "base/file_name.h"
#include "base/text.h"

namespace letterdiff {

std::string template_page_name(std::string_view group) { return "template-" + file_stem(group) + ".html"; }

std::string audit_file_name(std::string_view from, std::string_view to, Format format) {
  return fmt::format("audit-{}-{}.{}", file_stem(from), file_stem(to), extension(format));
}

std::vector<std::pair<std::string, std::string>> audited_years(const Report& report) {
  std::vector<std::string> groups;
  for (const auto& g : report.groups) groups.push_back(g.group);
  return consecutive_years(std::move(groups));
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text" || name == "txt") return Format::text;
  if (name == "md" || name == "markdown") return Format::markdown;
  if (name == "json") return Format::json;
  if (name == "html") return Format::html;
  if (name == "csv") return Format::csv;
  return std::nullopt;
}

std::string_view extension(Format format) {
  switch (format) {
    case Format::markdown: return "md";
    case Format::json: return "json";
    case Format::html: return "html";
    case Format::csv: return "csv";
    case Format::text: break;
  }
  return "txt";
}

std::string render_report(const Report& report, Format format, int jobs) {
  if (format == Format::json) return json_report(report, jobs);
  if (format == Format::csv) return visible_controls(csv_report(report));
  const std::vector<std::string> no_files(report.letters.size());
  std::string out = render_index(report, no_files, format);
  for (const auto& letter : report.letters) out += "\n" + render_letter(letter, format);
  return out;
}

void write_report(std::ostream& out, const Report& report, Format format, int jobs) {
  if (format == Format::json) {
    write_json_report(out, report, jobs);
    return;
  }
  out << render_report(report, format, jobs);
}

// Every format but JSON (which escapes them itself) shows control characters
// from letters, file names and templates as visible escapes.
const GroupSummary* find_group(const Report& report, std::string_view group) {
  for (const auto& g : report.groups)
    if (g.group == group) return &g;
  return nullptr;
}

std::string render_letter(const LetterReport& letter, Format format, const GroupSummary* group) {
  switch (format) {
    case Format::markdown: return visible_controls(markdown_letter(letter));
    case Format::json: return json_letter(letter, group);
    case Format::html: return visible_controls(html_letter(letter));
    case Format::csv:
    case Format::text: break;
  }
  return visible_controls(text_letter(letter));
}

std::string render_index(const Report& report, const std::vector<std::string>& letter_files, Format format,
                         int jobs) {
  switch (format) {
    case Format::markdown: return visible_controls(markdown_index(report, letter_files));
    case Format::json: return json_report(report, jobs);
    case Format::html: return visible_controls(html_index(report, letter_files));
    case Format::csv: return visible_controls(csv_report(report));
    case Format::text: break;
  }
  return visible_controls(text_index(report, letter_files));
}

}  // namespace letterdiff
