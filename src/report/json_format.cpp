// JSON following the letterdiff/report-v1 schema (docs/report-schema.md).
#include <nlohmann/json.hpp>

#include <sstream>

#include "base/parallel.h"
#include "report/digest.h"
#include "report/formats.h"

namespace letterdiff {
namespace {

using Json = nlohmann::ordered_json;

Json variant_json(const Variant& v) {
  Json j = {{"kind", to_string(v.kind)}, {"text", v.text}, {"line", v.line}, {"after", v.after}};
  if (!v.template_opening.empty()) j["template"] = v.template_opening;
  if (!v.topics.empty()) j["topics"] = v.topics;
  if (v.recurring >= 0) j["recurring"] = v.recurring;
  if (v.kind == EntryKind::modified || v.kind == EntryKind::moved) {
    j["inserted"] = v.inserted;
    j["deleted"] = v.deleted;
    j["wdiff"] = v.wdiff();
  }
  return j;
}

Json letter_object(const LetterReport& l) {
  Json slots = Json::array(), variants = Json::array(), statistics = Json::array(), furniture = Json::array(),
       furniture_lines = Json::array();
  for (const auto& s : l.slots) slots.push_back({{"name", s.name}, {"type", s.type}, {"value", s.value}});
  for (const auto& v : l.variants) variants.push_back(variant_json(v));
  for (const auto& s : l.statistics) statistics.push_back({{"label", s.label}, {"value", s.value}});
  for (const auto& f : l.furniture) {
    furniture.push_back(f.text);
    furniture_lines.push_back({{"text", f.text}, {"line", f.line}, {"reason", f.reason}});
  }
  Json j = {{"file", l.file},           {"group", l.group},       {"council", l.council},
            {"recipient", l.recipient}, {"date", l.date},         {"slots", slots},
            {"variants", variants},     {"statistics", statistics}, {"furniture", furniture},
            {"furniture_lines", furniture_lines}};
  if (l.single_letter_group) j["notice"] = single_letter_notice(l.group);
  j["digest"] = digest_line(l);
  Json ledger = Json::array();
  for (const auto& e : l.ledger) ledger.push_back({{"line", e.line}, {"change", e.change}, {"detail", e.detail}});
  j["ledger"] = ledger;
  if (!l.compared_with.empty()) {
    Json differences = Json::array();
    for (const auto& v : l.differences) differences.push_back(variant_json(v));
    j["differs_from"] = {{"group", l.compared_with}, {"notice", differs_notice(l.compared_with)},
                         {"differences", differences}};
  }
  return j;
}

Json groups_json(const Report& r) {
  Json groups = Json::array();
  for (const auto& g : r.groups)
    groups.push_back({{"group", g.group}, {"letters", g.letters}, {"template_paragraphs", g.template_paragraphs}});
  return groups;
}

}  // namespace

Json digest_json(const Report& r) {
  Json topics = Json::array(), recurring = Json::array();
  for (const auto& [topic, n] : r.digest.topics) topics.push_back({{"topic", topic}, {"councils", n}});
  for (const auto& rec : r.recurring)
    recurring.push_back({{"group", rec.group}, {"wording", rec.wording}, {"councils", rec.councils}});
  return {{"summary", corpus_line(r)},         {"councils", r.digest.comparable},
          {"with_content", r.digest.with_content}, {"topics", topics}, {"recurring", recurring}};
}

// Each letter's object is dumped on its own, a chunk of letters at a time on all
// threads, indented to its depth and written out: the same bytes as dumping the
// whole tree, without one thread building a tree of the whole corpus, and without
// the whole document ever in memory.
void write_json_report(std::ostream& out, const Report& report, int jobs) {
  Json head = {{"schema", "letterdiff/report-v1"}, {"groups", groups_json(report)}};
  if (report.digest.made) head["digest"] = digest_json(report);
  head["letters"] = Json::array();
  std::string text = head.dump(2);
  if (report.letters.empty()) {
    out << text << '\n';
    return;
  }
  text.resize(text.size() - 4);  // reopen the empty array: "[]\n}" becomes "[\n"
  out << text << "[\n";
  constexpr std::size_t kChunk = 512;
  std::vector<std::string> letters(std::min(kChunk, report.letters.size()));
  for (std::size_t first = 0; first < report.letters.size(); first += kChunk) {
    const std::size_t n = std::min(kChunk, report.letters.size() - first);
    parallel_for(n, jobs, [&](std::size_t i) {
      const std::string dumped = letter_object(report.letters[first + i]).dump(2);
      std::string& indented = letters[i];
      indented.clear();
      for (std::size_t start = 0; start < dumped.size();) {
        std::size_t end = dumped.find('\n', start);
        end = end == std::string::npos ? dumped.size() : end + 1;
        indented += "    ";
        indented.append(dumped, start, end - start);
        start = end;
      }
      indented += first + i + 1 < report.letters.size() ? ",\n" : "\n";
    });
    for (std::size_t i = 0; i < n; ++i) out << letters[i];
  }
  out << "  ]\n}\n";
}

std::string json_report(const Report& report, int jobs) {
  std::ostringstream out;
  write_json_report(out, report, jobs);
  return std::move(out).str();
}

std::string json_letter(const LetterReport& letter) {
  const Json j = {{"schema", "letterdiff/report-v1"}, {"letters", Json::array({letter_object(letter)})}};
  return j.dump(2) + "\n";
}

}  // namespace letterdiff
