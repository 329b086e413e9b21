// Recurring word substitutions, found from the word-level diffs rather than a
// fixed list: each [-old-]{+new+} of a few words is a candidate; the ones that
// recur are the template's change of vocabulary.
#include <algorithm>
#include <map>

#include "audit/audit.h"
#include "base/text.h"

namespace letterdiff {
namespace {

constexpr std::size_t kMaxWords = 3;

bool is_term(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (is_ascii_digit(c)) return false;  // figures change every year; they are not vocabulary
    letter = letter || is_ascii_alpha(c);
  }
  return letter;
}

// "authority's" -> "organisation's" is the same change of word as "authority" -> "organisation".
void drop_shared_possessive(std::string& from, std::string& to) {
  if (from.ends_with("'s") && to.ends_with("'s")) {
    from.resize(from.size() - 2);
    to.resize(to.size() - 2);
  }
}

void count_pair(std::map<std::pair<std::string, std::string>, int>& counts, std::string_view from_text,
                std::string_view to_text) {
  std::string from = to_lower(from_text), to = to_lower(to_text);
  drop_shared_possessive(from, to);
  if (!is_term(from) || !is_term(to) || from == to) return;
  ++counts[{from, to}];
}

}  // namespace

std::vector<TermChange> recurring_substitutions(const std::vector<TemplateChange>& changes) {
  std::map<std::pair<std::string, std::string>, int> counts;
  for (const auto& c : changes) {
    if (c.kind == ChangeKind::dates) continue;  // months moving on are not vocabulary
    for (std::size_t i = 0; i + 1 < c.pieces.size(); ++i) {
      if (c.pieces[i].op != WordOp::deleted || c.pieces[i + 1].op != WordOp::inserted) continue;
      const auto from = split_words(c.pieces[i].text), to = split_words(c.pieces[i + 1].text);
      if (from.empty() || to.empty() || from.size() > kMaxWords || to.size() > kMaxWords) continue;
      if (from.size() == to.size()) {  // "authority's approach" -> "organisation's approach": word by word
        for (std::size_t w = 0; w < from.size(); ++w) count_pair(counts, from[w], to[w]);
      } else {
        count_pair(counts, c.pieces[i].text, c.pieces[i + 1].text);
      }
    }
  }
  std::vector<TermChange> terms;
  for (const auto& [pair, n] : counts)
    if (n >= 2) terms.push_back({pair.first, pair.second, n});
  std::stable_sort(terms.begin(), terms.end(), [](const TermChange& a, const TermChange& b) { return a.count > b.count; });
  return terms;
}

}  // namespace letterdiff
