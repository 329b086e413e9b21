// CSV for spreadsheets: one row per letter, one column per slot and per figure
// of the letter's statistics tables, then the variant counts. RFC 4180: CRLF line
// ends, and fields with commas, quotes or line breaks quoted with quotes doubled.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/text.h"
#include "report/digest.h"
#include "report/formats.h"

namespace letterdiff {
namespace {

std::string field(std::string_view s) {
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

}  // namespace

std::string csv_report(const Report& r) {
  std::vector<std::string> columns = {"file", "group", "council", "recipient", "date"};
  for (const auto& l : r.letters)
    for (const auto& s : l.slots)
      if (s.name != "recipient" && s.name != "council") add_column(columns, s.name == "date" ? "date_written" : s.name);
  for (const auto& l : r.letters)
    for (const auto& [name, value] : named_statistics(l)) add_column(columns, name);
  for (auto c : {"inserted", "modified", "omitted", "moved", "topics"}) columns.emplace_back(c);

  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + field(columns[i]);
  out += "\r\n";
  for (const auto& l : r.letters) {
    std::map<std::string, std::string> values = {
        {"file", l.file}, {"group", l.group}, {"council", l.council}, {"recipient", l.recipient}, {"date", l.date}};
    for (const auto& s : l.slots)
      if (s.name != "recipient" && s.name != "council") values.emplace(s.name == "date" ? "date_written" : s.name, s.value);
    for (auto& [name, value] : named_statistics(l)) values.emplace(name, value);
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
