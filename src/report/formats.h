// The report's output formats. Every format reads the same Report value; the
// CLI chooses between one document (stdout) and a file per council plus an index.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace letterdiff {

enum class Format { text, markdown, json };

std::optional<Format> parse_format(std::string_view name);  // "text", "md"/"markdown", "json"
std::string_view extension(Format format);

std::string render_report(const Report& report, Format format);
std::string render_letter(const LetterReport& letter, Format format);
// letter_files[i] is the file written for report.letters[i], relative to the index.
std::string render_index(const Report& report, const std::vector<std::string>& letter_files, Format format);

// Letter text made safe for Markdown: no accidental emphasis, links or HTML.
std::string markdown_escape(std::string_view text);

// Per-format renderers behind the three calls above.
std::string text_letter(const LetterReport& letter);
std::string text_index(const Report& report, const std::vector<std::string>& letter_files);
std::string markdown_letter(const LetterReport& letter);
std::string markdown_index(const Report& report, const std::vector<std::string>& letter_files);
std::string json_report(const Report& report);
std::string json_letter(const LetterReport& letter);

}  // namespace letterdiff
