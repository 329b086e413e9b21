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

constexpr std::string_view kFixedColumns[] = {"file",     "group",    "council", "recipient", "date",
                                              "inserted", "modified", "omitted", "moved",     "topics"};

// The columns between the fixed ones: each slot and each statistic gets one,
// named after it, else with its kind in front ("slot_file", "stat_inserted"),
// else numbered; no two ever share a name, so no value is dropped.
class Columns {
 public:
  Columns() { taken_.insert(std::begin(kFixedColumns), std::end(kFixedColumns)); }

  void add(const std::string& kind, const std::string& name) {
    const std::string key = kind + ':' + name;
    if (by_key_.count(key)) return;
    std::string column = kind == "slot" && name == "date" ? "date_written" : name;
    if (taken_.count(column)) column = kind + "_" + name;
    const std::string base = column;
    for (int n = 2; taken_.count(column); ++n) column = base + "_" + std::to_string(n);
    taken_.insert(column);
    by_key_.emplace(key, column);
    order_.push_back(column);
  }
  const std::string& of(const std::string& kind, const std::string& name) const {
    return by_key_.at(kind + ':' + name);
  }
  const std::vector<std::string>& order() const { return order_; }

 private:
  std::set<std::string, std::less<>> taken_;
  std::map<std::string, std::string> by_key_;
  std::vector<std::string> order_;
};

bool own_column(const SlotValue& s) { return s.name != "recipient" && s.name != "council"; }

}  // namespace

std::string csv_report(const Report& r) {
  Columns middle;
  for (const auto& l : r.letters)
    for (const auto& s : l.slots)
      if (own_column(s)) middle.add("slot", s.name);
  for (const auto& l : r.letters)
    for (const auto& [name, value] : named_statistics(l)) middle.add("stat", name);
  std::vector<std::string> columns(std::begin(kFixedColumns), std::begin(kFixedColumns) + 5);
  columns.insert(columns.end(), middle.order().begin(), middle.order().end());
  columns.insert(columns.end(), std::begin(kFixedColumns) + 5, std::end(kFixedColumns));

  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + field(columns[i]);
  out += "\r\n";
  for (const auto& l : r.letters) {
    std::map<std::string, std::string> values = {
        {"file", l.file}, {"group", l.group}, {"council", l.council}, {"recipient", l.recipient}, {"date", l.date}};
    for (const auto& s : l.slots)
      if (own_column(s)) values.emplace(middle.of("slot", s.name), s.value);
    for (auto& [name, value] : named_statistics(l)) values.emplace(middle.of("stat", name), value);
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
