#include "report/recurring.h"

#include <dtl/dtl.hpp>

#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/parallel.h"
#include "segment/slot_types.h"
#include "segment/tokenize.h"
#include "templating/paragraph_index.h"

namespace letterdiff {
namespace {

// Remarks this alike are shown as one recurring remark.
constexpr double kAlikeRemark = 0.5;

using VariantRef = std::pair<std::size_t, std::size_t>;  // (letter, variant)

// Inserted paragraphs of one group clustered through a shingle index, as the
// template builder clusters paragraphs: no remark is compared with every other.
// The index takes small ids: each word key gets one, in order of first sight.
// Clusters come in order of their first member.
std::vector<std::vector<VariantRef>> cluster_remarks(const Report& report, const std::vector<VariantRef>& members) {
  std::unordered_map<std::uint64_t, TokenId> id_of;
  ParagraphIndex index;
  std::vector<std::vector<VariantRef>> clusters;
  std::vector<TokenId> ids;
  for (const auto& [l, v] : members) {
    ids.clear();
    for (const std::uint64_t key : report.letters[l].variants[v].words)
      ids.push_back(id_of.try_emplace(key, static_cast<TokenId>(id_of.size())).first->second);
    const auto found = index.best(ids, kAlikeRemark);
    const std::size_t c = found ? found->entry : index.add(ids);
    if (c == clusters.size()) clusters.emplace_back();
    clusters[c].emplace_back(l, v);
  }
  return clusters;
}

struct Remark {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<int> facing;  // for each of the first remark's tokens, the equal token here, or -1
};

std::vector<TokenId> ids_of(const std::vector<Token>& tokens) {
  std::vector<TokenId> ids;
  for (const auto& t : tokens) ids.push_back(t.id);
  return ids;
}

// This remark's words facing the first remark's tokens [begin, end): those between
// the equal tokens around them.
std::vector<std::string_view> facing_words(const Remark& r, std::size_t begin, std::size_t end) {
  int from = 0, to = static_cast<int>(r.tokens.size());
  for (std::size_t i = begin; i-- > 0;)
    if (r.facing[i] >= 0) {
      from = r.facing[i] + 1;
      break;
    }
  for (std::size_t i = end; i < r.facing.size(); ++i)
    if (r.facing[i] >= 0) {
      to = r.facing[i];
      break;
    }
  std::vector<std::string_view> words;
  for (int t = from; t < to; ++t) words.push_back(token_text(r.text, r.tokens[t]));
  return words;
}

// The value's type if every remark's words there are one value of it.
std::string_view value_type(const std::vector<std::vector<std::string_view>>& values) {
  const std::string_view type = infer_slot_type(values.front());
  for (const auto& words : values)
    if (type.empty() || !slot_value_fits(type, words)) return "";
  return type;
}

std::string joined(const std::vector<std::string_view>& words, std::string_view text) {
  if (words.empty()) return {};
  return std::string(text.substr(words.front().data() - text.data(), words.back().data() + words.back().size() -
                                                                        words.front().data()));
}

// The first remark's wording with {{type}} where the remarks hold different values
// of one type, and each remark's values. A run where they differ by more than a
// value keeps the first remark's words: it is wording, not a slot.
void fill_wording(RecurringInsert& rec, std::vector<Remark>& remarks) {
  Vocabulary vocabulary;
  for (auto& r : remarks) r.tokens = tokenize(r.text, vocabulary);
  const Remark& first = remarks.front();
  std::vector<bool> varied(first.tokens.size(), false);
  for (auto& r : remarks) {
    r.facing.assign(first.tokens.size(), -1);
    dtl::Diff<TokenId, std::vector<TokenId>> diff(ids_of(first.tokens), ids_of(r.tokens));
    diff.compose();
    for (const auto& [id, info] : diff.getSes().getSequence()) {
      (void)id;
      if (info.type == dtl::SES_COMMON) r.facing[info.beforeIdx - 1] = static_cast<int>(info.afterIdx - 1);
    }
    for (std::size_t i = 0; i < varied.size(); ++i) varied[i] = varied[i] || r.facing[i] < 0;
  }
  std::vector<std::string_view> words;
  for (const auto& t : first.tokens) words.push_back(token_text(first.text, t));
  widen_dates(varied, words);
  std::string wording;
  std::size_t copied = 0;
  rec.values.assign(remarks.size(), {});
  for (std::size_t i = 0; i < first.tokens.size();) {
    if (!varied[i]) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < first.tokens.size() && varied[j]) ++j;
    std::vector<std::vector<std::string_view>> values;
    for (const auto& r : remarks) values.push_back(facing_words(r, i, j));
    if (const std::string_view type = value_type(values); !type.empty()) {
      wording += first.text.substr(copied, first.tokens[i].begin - copied);
      wording += "{{" + std::string(type) + "}}";
      copied = first.tokens[j - 1].end;
      for (std::size_t r = 0; r < remarks.size(); ++r) rec.values[r].push_back(joined(values[r], remarks[r].text));
    }
    i = j;
  }
  rec.wording = wording + std::string(first.text.substr(copied));
}

}  // namespace

void find_recurring(Report& report, int jobs) {
  report.recurring.clear();
  std::map<std::string, std::vector<VariantRef>> inserts;  // group -> inserted variants
  for (std::size_t l = 0; l < report.letters.size(); ++l)
    for (std::size_t v = 0; v < report.letters[l].variants.size(); ++v)
      if (report.letters[l].variants[v].kind == EntryKind::inserted) inserts[report.letters[l].group].emplace_back(l, v);
  std::vector<const std::pair<const std::string, std::vector<VariantRef>>*> groups;
  for (const auto& entry : inserts) groups.push_back(&entry);
  // Per group: its recurring remarks and their members.
  std::vector<std::vector<std::pair<RecurringInsert, std::vector<VariantRef>>>> found(groups.size());
  parallel_for(groups.size(), jobs, [&](std::size_t g) {
    for (auto& cluster : cluster_remarks(report, groups[g]->second)) {
      RecurringInsert rec{groups[g]->first, {}, {}, {}};
      std::vector<Remark> remarks;  // each council's first, in first-seen order
      std::unordered_set<std::string_view> named;
      for (const auto& [l, v] : cluster)
        if (named.insert(report.letters[l].council).second) {
          rec.councils.push_back(report.letters[l].council);
          remarks.push_back({report.letters[l].variants[v].text, {}, {}});
        }
      if (rec.councils.size() < 2) continue;
      fill_wording(rec, remarks);
      found[g].emplace_back(std::move(rec), std::move(cluster));
    }
  });
  for (auto& group : found)
    for (auto& [rec, members] : group) {
      for (const auto& [l, v] : members) report.letters[l].variants[v].recurring = static_cast<int>(report.recurring.size());
      report.recurring.push_back(std::move(rec));
    }
}

}  // namespace letterdiff
