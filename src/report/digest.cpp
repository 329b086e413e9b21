#include "report/digest.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/parallel.h"
#include "base/text.h"
#include "templating/paragraph_index.h"

namespace letterdiff {
namespace {

// Remarks this alike are shown as one recurring remark (the same remark to
// several councils, or remarks sharing a stock sentence).
constexpr double kAlikeRemark = 0.5;

using VariantRef = std::pair<std::size_t, std::size_t>;  // (letter, variant)

// What a variant says of its own: a changed paragraph's inserted and deleted
// words, not the template's words around them ("without undue delay" is no delay).
std::string own_words(const Variant& v) {
  if (v.kind != EntryKind::modified && v.kind != EntryKind::moved) return v.text;
  std::string words;
  for (const auto& p : v.pieces)
    if (p.op == WordOp::inserted || p.op == WordOp::deleted) words += p.text + "\n";
  return words;
}

// Inserted paragraphs of one group clustered through a shingle index, as the
// template builder clusters paragraphs: no remark is compared with every other.
// The index takes small ids: each word key gets one, in order of first sight.
// Clusters come in order of their first member.
std::vector<std::vector<VariantRef>> cluster_remarks(const Report& report, const std::vector<VariantRef>& members,
                                                     double threshold) {
  std::unordered_map<std::uint64_t, TokenId> id_of;
  ParagraphIndex index;
  std::vector<std::vector<VariantRef>> clusters;
  std::vector<TokenId> ids;
  for (const auto& [l, v] : members) {
    ids.clear();
    for (const std::uint64_t key : report.letters[l].variants[v].words)
      ids.push_back(id_of.try_emplace(key, static_cast<TokenId>(id_of.size())).first->second);
    const auto found = index.best(ids, threshold);
    const std::size_t c = found ? found->entry : index.add(ids);
    if (c == clusters.size()) clusters.emplace_back();
    clusters[c].emplace_back(l, v);
  }
  return clusters;
}

// Groups are clustered on their own threads; recurring remarks are numbered in
// group order afterwards.
void find_recurring(Report& report, int jobs) {
  std::map<std::string, std::vector<VariantRef>> inserts;  // group -> inserted variants
  for (std::size_t l = 0; l < report.letters.size(); ++l)
    for (std::size_t v = 0; v < report.letters[l].variants.size(); ++v)
      if (report.letters[l].variants[v].kind == EntryKind::inserted)
        inserts[report.letters[l].group].emplace_back(l, v);
  std::vector<const std::pair<const std::string, std::vector<VariantRef>>*> groups;
  for (const auto& entry : inserts) groups.push_back(&entry);
  std::vector<std::vector<std::vector<VariantRef>>> clustered(groups.size());
  parallel_for(groups.size(), jobs, [&](std::size_t g) {
    clustered[g] = cluster_remarks(report, groups[g]->second, kAlikeRemark);
  });
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (const auto& cluster : clustered[g]) {
      RecurringInsert r{groups[g]->first, report.letters[cluster[0].first].variants[cluster[0].second].text, {}};
      std::unordered_set<std::string_view> named;  // councils in first-seen order, each once
      for (const auto& [l, v] : cluster)
        if (named.insert(report.letters[l].council).second) r.councils.push_back(report.letters[l].council);
      if (r.councils.size() < 2) continue;
      for (const auto& [l, v] : cluster) report.letters[l].variants[v].recurring = static_cast<int>(report.recurring.size());
      report.recurring.push_back(std::move(r));
    }
  }
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
    for (const auto& t : letter.topics()) ++councils_per_topic[t];
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
