// CSV for spreadsheets: one row per letter, one column per slot and per figure
// of the letter's statistics tables, then the variant counts. RFC 4180: CRLF line
// ends, and fields with commas, quotes or line breaks quoted with quotes doubled.
// Cells that a spreadsheet would take for a formula are guarded (docs/report-schema.md).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/text.h"
#include "report/digest.h"
#include "report/formats.h"

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

// "Uphold Rate" -> "uphold_rate"; a second "Total" in the same letter -> "total_2".
std::vector<std::pair<std::string, std::string>> named_statistics(const LetterReport& l) {
  std::vector<std::pair<std::string, std::string>> out;
  std::map<std::string, int> seen;
  for (const auto& s : l.statistics) {
    std::string name = slugify(s.label);
    std::replace(name.begin(), name.end(), '-', '_');
    if (const int n = ++seen[name]; n > 1) name += "_" + std::to_string(n);
    out.emplace_back(name, s.value);
  }
  return out;
}

void add_column(std::vector<std::string>& columns, const std::string& name) {
  if (std::find(columns.begin(), columns.end(), name) == columns.end()) columns.push_back(name);
}

constexpr std::string_view kFixedColumns[] = {"file",     "group",    "council", "recipient", "date",
                                              "inserted", "modified", "omitted", "moved",     "topics"};

bool fixed_column(std::string_view name) {
  return std::find(std::begin(kFixedColumns), std::end(kFixedColumns), name) != std::end(kFixedColumns);
}

// A slot's column; one named like a fixed column ("file") is "slot_file".
std::string slot_column(const SlotValue& s) {
  if (s.name == "date") return "date_written";
  return fixed_column(s.name) ? "slot_" + s.name : s.name;
}

}  // namespace

std::string csv_report(const Report& r) {
  std::vector<std::string> columns = {"file", "group", "council", "recipient", "date"};
  std::set<std::string, std::less<>> slot_columns;
  for (const auto& l : r.letters)
    for (const auto& s : l.slots)
      if (s.name != "recipient" && s.name != "council") add_column(columns, *slot_columns.insert(slot_column(s)).first);
  // A statistic labelled like another column ("Inserted", "Council", a slot's name) is "stat_inserted".
  const auto statistic_column = [&](const std::string& name) {
    return fixed_column(name) || slot_columns.count(name) || name == "date_written" ? "stat_" + name : name;
  };
  for (const auto& l : r.letters)
    for (const auto& [name, value] : named_statistics(l)) add_column(columns, statistic_column(name));
  for (auto c : {"inserted", "modified", "omitted", "moved", "topics"}) columns.emplace_back(c);

  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + field(columns[i]);
  out += "\r\n";
  for (const auto& l : r.letters) {
    std::map<std::string, std::string> values = {
        {"file", l.file}, {"group", l.group}, {"council", l.council}, {"recipient", l.recipient}, {"date", l.date}};
    for (const auto& s : l.slots)
      if (s.name != "recipient" && s.name != "council") values.emplace(slot_column(s), s.value);
    for (auto& [name, value] : named_statistics(l)) values.emplace(statistic_column(name), value);
    std::string topics;
    for (const auto& t : l.topics()) topics += (topics.empty() ? "" : "; ") + t;
    values["inserted"] = std::to_string(l.count(EntryKind::inserted));
    values["modified"] = std::to_string(l.count(EntryKind::modified));
    values["omitted"] = std::to_string(l.count(EntryKind::omitted));
    values["moved"] = std::to_string(l.count(EntryKind::moved));
    values["topics"] = topics;
    for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + field(values[columns[i]]);
    out += "\r\n";
  }
  return out;
}

}  // namespace letterdiff
