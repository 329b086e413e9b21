// The report's output formats. Every format reads the same Report value; the
// CLI chooses between one document (stdout) and a file per council plus an index.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/report.h"

namespace letterdiff {

enum class Format { text, markdown, json, html, csv };

std::optional<Format> parse_format(std::string_view name);  // "text", "md"/"markdown", "json", "html", "csv"
// HTML is a site of several pages: it needs an output folder.
inline bool needs_folder(Format format) { return format == Format::html; }
std::string_view extension(Format format);

std::string render_report(const Report& report, Format format, int jobs = 1);
// The same, written to out as it is made: JSON never holds the whole document.
void write_report(std::ostream& out, const Report& report, Format format, int jobs = 1);
// A letter's own document; its group, when given, goes into the JSON's "groups".
std::string render_letter(const LetterReport& letter, Format format, const GroupSummary* group = nullptr);
// The report's summary of a group, or null.
const GroupSummary* find_group(const Report& report, std::string_view group);
// letter_files[i] is the file written for report.letters[i], relative to the index.
std::string render_index(const Report& report, const std::vector<std::string>& letter_files, Format format,
                         int jobs = 1);

// "template-2023-24.html": the site's page for a group's template.
std::string template_page_name(std::string_view group);
// "audit-2022-23-2023-24.html": how the template changed from one year to the next.
std::string audit_file_name(std::string_view from, std::string_view to, Format format);
// The pairs of consecutive years a report of several years audits, oldest first.
std::vector<std::pair<std::string, std::string>> audited_years(const Report& report);

// Letter text made safe for Markdown: no accidental emphasis, links or HTML.
std::string markdown_escape(std::string_view text);

// Per-format renderers behind the three calls above.
std::string text_letter(const LetterReport& letter);
std::string text_index(const Report& report, const std::vector<std::string>& letter_files);
std::string markdown_letter(const LetterReport& letter);
std::string markdown_index(const Report& report, const std::vector<std::string>& letter_files);
std::string json_report(const Report& report, int jobs = 1);
void write_json_report(std::ostream& out, const Report& report, int jobs = 1);
std::string json_letter(const LetterReport& letter, const GroupSummary* group = nullptr);
std::string html_letter(const LetterReport& letter);  // needs LetterReport::passages
std::string html_index(const Report& report, const std::vector<std::string>& letter_files);
std::string csv_report(const Report& report);  // one row per letter: the whole report is its index

// The HTML page shell (style included) and escaping, shared by the HTML renderers.
std::string html_escape(std::string_view text);
void append_html_escaped(std::string& out, std::string_view text);
std::string html_page(std::string_view title, std::string_view body, std::string_view script = "");

}  // namespace letterdiff
