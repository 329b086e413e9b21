// CSV for spreadsheets: one row per letter, the same columns whatever the letters
// (docs/report-schema.md): the letter's fields, its key statistics, its variant counts. RFC 4180: CRLF line
// ends, and fields with commas, quotes or line breaks quoted with quotes doubled.
// Cells that a spreadsheet would take for a formula are guarded (docs/report-schema.md).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/text.h"
#include "report/digest.h"
#include "report/formats.h"
#include "report/key_figures.h"

namespace letterdiff {
namespace {

// "-12" or "3.5%": a figure, which a spreadsheet may read as one.
bool is_figure(std::string_view s) {
  if (s.starts_with('-') || s.starts_with('+')) s.remove_prefix(1);
  if (s.ends_with('%')) s.remove_suffix(1);
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_ascii_digit(c) || c == '.' || c == ','; });
}

// A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) is
// written after an apostrophe, which shows it as text; figures stay figures.
std::string field(std::string_view value) {
  std::string guarded;
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos && !is_figure(value))
    guarded = "'" + std::string(value);
  const std::string_view s = guarded.empty() ? value : guarded;
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

// The same columns for every letter and every corpus: the letter's fields, its
// key statistics under their stable names (numbers; a percentage's unit is in its
// name), then what is specific to it.
std::string csv_report(const Report& r) {
  std::vector<std::string_view> columns = {"file", "group", "council", "recipient", "role", "date", "date_written"};
  for (const Measure& m : kMeasures) columns.push_back(m.name);
  for (std::string_view c : {"inserted", "modified", "omitted", "moved", "standard", "topics"}) columns.push_back(c);
  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + field(columns[i]);
  out += "\r\n";
  for (const auto& l : r.letters) {
    std::map<std::string_view, std::string> values = {
        {"file", l.file}, {"group", l.group}, {"council", l.council}, {"recipient", l.recipient}, {"date", l.date}};
    for (const auto& s : l.slots) {
      if (s.name == "role") values["role"] = s.value;
      if (s.name == "date") values["date_written"] = s.value;
    }
    for (const Figure& f : l.figures) values[f.name] = fmt::format("{}", f.value);  // as JSON and HTML write it: 39, 7.9
    for (const EntryKind kind : {EntryKind::inserted, EntryKind::modified, EntryKind::omitted, EntryKind::moved,
                                 EntryKind::standard})
      values[to_string(kind)] = std::to_string(l.count(kind));
    std::string topics;
    for (const auto& t : l.topics()) topics += (topics.empty() ? "" : "; ") + t;
    values["topics"] = topics;
    for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + field(values[columns[i]]);
    out += "\r\n";
  }
  return out;
}

}  // namespace letterdiff
