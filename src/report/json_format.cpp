// JSON following the letterdiff/report-v1 schema (docs/report-schema.md).
#include <sstream>

#include "base/parallel.h"
#include "report/digest.h"
#include "report/formats.h"
#include "report/json_writer.h"

namespace letterdiff {
namespace {

void variant_json(JsonWriter& w, const Variant& v) {
  w.begin_object().member("kind", to_string(v.kind)).member("text", v.text).member("line", v.line).member("after", v.after);
  if (!v.template_opening.empty()) w.member("template", v.template_opening);
  w.member("support", v.support);
  if (v.lacking > 0) w.member("lacking", v.lacking);
  if (!v.topics.empty()) w.member("topics", v.topics);
  if (v.recurring >= 0) w.member("recurring", v.recurring);
  if (v.kind == EntryKind::modified || v.kind == EntryKind::moved)
    w.member("inserted", v.inserted()).member("deleted", v.deleted()).member("wdiff", v.wdiff());
  w.end_object();
}

void letter_object(JsonWriter& w, const LetterReport& l) {
  w.begin_object()
      .member("file", l.file)
      .member("group", l.group)
      .member("council", l.council)
      .member("recipient", l.recipient);
  if (l.date.empty()) w.member("date", nullptr);  // no date found: null, never ""
  else w.member("date", l.date);
  w.key("slots").begin_array();
  for (const auto& s : l.slots)
    w.begin_object().member("name", s.name).member("type", s.type).member("value", s.value).end_object();
  w.end_array().key("variants").begin_array();
  for (const auto& v : l.variants) variant_json(w, v);
  w.end_array().key("statistics").begin_array();
  for (const auto& s : l.statistics) w.begin_object().member("label", s.label).member("value", s.value).end_object();
  w.end_array().key("figures").begin_object();
  for (const auto& f : l.figures) w.member(f.name, f.value);
  w.end_object().key("furniture").begin_array();
  for (const auto& f : l.furniture) w.value(f.text);
  w.end_array().key("furniture_lines").begin_array();
  for (const auto& f : l.furniture)
    w.begin_object().member("text", f.text).member("line", f.line).member("reason", f.reason).end_object();
  w.end_array();
  if (l.single_letter_group) w.member("notice", single_letter_notice(l.group));
  w.member("digest", digest_line(l));
  w.key("ledger").begin_array();
  for (const auto& e : l.ledger)
    w.begin_object().member("line", e.line).member("change", e.change).member("detail", e.detail).end_object();
  w.end_array();
  if (!l.compared_with.empty()) {
    w.key("differs_from").begin_object().member("group", l.compared_with).member("notice", differs_notice(l.compared_with));
    w.key("differences").begin_array();
    for (const auto& v : l.differences) variant_json(w, v);
    w.end_array().end_object();
  }
  w.end_object();
}

void digest_json(JsonWriter& w, const Report& r) {
  w.begin_object().member("summary", corpus_line(r)).member("councils", r.digest.comparable);
  w.member("with_content", r.digest.with_content).member("shared_only", r.digest.shared_only);
  w.key("topics").begin_array();
  for (const auto& [topic, n] : r.digest.topics)
    w.begin_object().member("topic", topic).member("councils", n).end_object();
  w.end_array().key("recurring").begin_array();
  for (const auto& rec : r.recurring) {
    w.begin_object().member("group", rec.group).member("wording", rec.wording).member("councils", rec.councils);
    w.key("values").begin_array();
    for (const auto& values : rec.values) w.value(values);
    w.end_array().end_object();
  }
  w.end_array().end_object();
}

void group_json(JsonWriter& w, const GroupSummary& g) {
  w.begin_object()
      .member("group", g.group)
      .member("letters", g.letters)
      .member("template_paragraphs", g.template_paragraphs)
      .end_object();
}

// Up to the "letters" key of the document.
std::string head(const Report& r) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().member("schema", "letterdiff/report-v1").key("groups").begin_array();
  for (const auto& g : r.groups) group_json(w, g);
  w.end_array();
  digest_json(w.key("digest"), r);
  w.key("letters");
  return out;
}

}  // namespace

// Letters are written a chunk at a time, rendered on all threads, so the whole
// document is never in memory; each is indented to its depth in the document.
void write_json_report(std::ostream& out, const Report& report, int jobs) {
  out << head(report);
  if (report.letters.empty()) {
    out << "[]\n}\n";
    return;
  }
  out << "[\n";
  constexpr std::size_t kChunk = 512;
  std::vector<std::string> letters(std::min(kChunk, report.letters.size()));
  for (std::size_t first = 0; first < report.letters.size(); first += kChunk) {
    const std::size_t n = std::min(kChunk, report.letters.size() - first);
    parallel_for(n, jobs, [&](std::size_t i) {
      std::string& text = letters[i];
      text.assign("    ");
      JsonWriter w(text, 2);
      letter_object(w, report.letters[first + i]);
      text += first + i + 1 < report.letters.size() ? ",\n" : "\n";
    });
    std::string block;  // one write per chunk, not one per letter
    for (std::size_t i = 0; i < n; ++i) block += letters[i];
    out.write(block.data(), static_cast<std::streamsize>(block.size()));
  }
  out << "  ]\n}\n";
}

std::string json_report(const Report& report, int jobs) {
  std::ostringstream out;
  write_json_report(out, report, jobs);
  return std::move(out).str();
}

std::string json_letter(const LetterReport& letter, const GroupSummary* group) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().member("schema", "letterdiff/report-v1").key("groups").begin_array();
  if (group) group_json(w, *group);
  w.end_array().key("letters").begin_array();
  letter_object(w, letter);
  w.end_array().end_object();
  return out + "\n";
}

}  // namespace letterdiff
