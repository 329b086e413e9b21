#include "report/digest.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>

#include "base/parallel.h"
#include "base/text.h"
#include "report/recurring.h"

namespace letterdiff {
namespace {

// What a variant says of its own: a changed paragraph's inserted and deleted
// words, not the template's words around them ("without undue delay" is no delay).
std::string own_words(const Variant& v) {
  if (v.kind != EntryKind::modified && v.kind != EntryKind::moved) return v.text;
  std::string words;
  for (const auto& p : v.pieces)
    if (p.op == WordOp::inserted || p.op == WordOp::deleted) words += p.text + "\n";
  return words;
}

}  // namespace

void make_digest(Report& report, const TopicRules& rules, int jobs) {
  find_recurring(report, jobs);
  Digest& d = report.digest;
  d = Digest{};
  parallel_for(report.letters.size(), jobs, [&](std::size_t l) {
    for (auto& v : report.letters[l].variants) v.topics = rules.topics_of(own_words(v));
  });
  std::map<std::string, int> councils_per_topic;
  for (auto& letter : report.letters) {
    if (letter.single_letter_group) continue;
    ++d.comparable;
    if (!letter.has_specific()) {
      d.shared_only += !letter.variants.empty();
      continue;
    }
    ++d.with_content;
    // The corpus topics are what was written for councils alone, not their standard paragraphs.
    std::vector<std::string_view> topics;
    for (const auto& v : letter.variants)
      if (v.specific())
        for (const auto& t : v.topics)
          if (std::find(topics.begin(), topics.end(), t) == topics.end()) topics.push_back(t);
    for (const auto t : topics) ++councils_per_topic[std::string(t)];
  }
  for (const auto& [topic, n] : councils_per_topic) d.topics.emplace_back(topic, n);
  std::stable_sort(d.topics.begin(), d.topics.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
}

std::string digest_line(const LetterReport& l) {
  if (l.single_letter_group) return "single letter of its year: nothing can be isolated";
  if (l.variants.empty()) return "nothing specific: the template word for word";
  std::string topics;
  for (const auto& t : l.topics()) topics += (topics.empty() ? "" : ", ") + t;
  std::string line = fmt::format("{} inserted, {} modified, {} omitted", l.count(EntryKind::inserted),
                                 l.count(EntryKind::modified), l.count(EntryKind::omitted));
  if (const int moved = l.count(EntryKind::moved)) line += fmt::format(", {} moved", moved);
  if (const int standard = l.count(EntryKind::standard)) line += fmt::format(", {} standard", standard);
  if (!l.has_specific()) line = "nothing of its own, standard content only: " + line;
  return line + (topics.empty() ? "" : ": " + topics);
}

std::string corpus_line(const Report& report) {
  const Digest& d = report.digest;
  std::string topics;
  for (const auto& [topic, n] : d.topics) topics += fmt::format("{}{} ({})", topics.empty() ? "" : ", ", topic, n);
  std::string line = fmt::format("{} of {} councils in years with two or more letters got council-specific content",
                                 d.with_content, d.comparable);
  if (d.shared_only > 0)
    line += fmt::format(" ({} more got only standard paragraphs or remarks other councils got too)", d.shared_only);
  if (!topics.empty()) line += ", on: " + topics;
  if (!report.recurring.empty()) line += fmt::format("; {} remark{} recur across councils", report.recurring.size(),
                                                     report.recurring.size() == 1 ? "" : "s");
  return line + ".";
}

}  // namespace letterdiff
