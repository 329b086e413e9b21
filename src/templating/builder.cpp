#include "templating/builder.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "diff/word_diff.h"
#include "segment/slot_types.h"
#include "templating/paragraph_index.h"
#include "templating/slot_naming.h"

namespace letterdiff {
namespace {

struct Member {
  std::uint32_t letter = 0;
  std::uint32_t paragraph = 0;
};

struct Cluster {
  std::vector<Member> members;
  int support = 0;  // distinct letters
  std::uint32_t last_letter = UINT32_MAX;
  double rank_sum = 0;  // of each letter's first member, for ordering
  std::size_t next_occurrence = SIZE_MAX;  // the cluster of the same paragraph's next occurrence in a letter
};

// Paragraphs clustered through the shingle index. A paragraph a letter carries k
// times (a statistics page's "This compares to an average of ..." lines) is k
// clusters: its first occurrence in each letter joins the first, its second the
// second, and so on, so each occurrence becomes a template paragraph at its place.
std::vector<Cluster> cluster_paragraphs(std::span<const Letter* const> letters, const LearnOptions& options) {
  ParagraphIndex index;
  std::vector<std::size_t> first_occurrence;  // index entry -> cluster
  std::vector<Cluster> clusters;
  for (std::uint32_t li = 0; li < letters.size(); ++li) {
    const Letter& letter = *letters[li];
    for (std::uint32_t pi = 0; pi < letter.paragraph_count(); ++pi) {
      const auto ids = ids_of(letter.tokens[pi]);
      if (ids.empty()) continue;
      const auto found = index.best(ids, options.match_threshold);
      std::size_t c = clusters.size();
      if (found) {
        c = first_occurrence[found->entry];
      } else {
        index.add(ids);
        first_occurrence.push_back(c);
        clusters.emplace_back();
      }
      while (clusters[c].last_letter == li) {
        if (clusters[c].next_occurrence == SIZE_MAX) {
          clusters[c].next_occurrence = clusters.size();
          clusters.emplace_back();
        }
        c = clusters[c].next_occurrence;
      }
      Cluster& cluster = clusters[c];
      cluster.members.push_back({li, pi});
      if (cluster.last_letter != li) {
        cluster.last_letter = li;
        ++cluster.support;
        cluster.rank_sum += static_cast<double>(pi) / static_cast<double>(letter.paragraph_count());
      }
    }
  }
  return clusters;
}

// The wording most members share exactly. When none is shared more than the others
// (every member fills its slots differently), the most typical member: the one whose
// words differ least from the other members' (fewest words the others lack, fewest
// it lacks), so one council's added sentence or a paragraph cut short by a page is
// never the template. Then the longer, which still covers a letter printing two
// paragraphs as one; then the earliest (the letters come in the order of their contents).
Member representative(const Cluster& cluster, std::span<const Letter* const> letters, std::size_t sample) {
  const std::size_t n = std::min(sample, cluster.members.size());
  std::vector<std::vector<TokenId>> wording(n);
  std::map<std::vector<TokenId>, int> counts;
  for (std::size_t i = 0; i < n; ++i) {
    const Member& m = cluster.members[i];
    wording[i] = ids_of(letters[m.letter]->tokens[m.paragraph]);
    ++counts[wording[i]];
  }
  int most = 0;
  for (const auto& [ids, count] : counts) most = std::max(most, count);
  std::vector<std::size_t> tied;
  for (std::size_t i = 0; i < n; ++i)
    if (counts[wording[i]] == most) tied.push_back(i);
  if (tied.size() == 1) return cluster.members[tied[0]];
  // Sum over members of |words of c xor words of m|, from how many members carry each word.
  std::vector<std::vector<TokenId>> words(n);
  std::map<TokenId, int> carried;
  for (std::size_t i = 0; i < n; ++i) {
    words[i] = wording[i];
    std::sort(words[i].begin(), words[i].end());
    words[i].erase(std::unique(words[i].begin(), words[i].end()), words[i].end());
    for (TokenId t : words[i]) ++carried[t];
  }
  std::int64_t all = 0;  // sum of every word's carriers: what a member with no words would differ by
  for (const auto& [t, c] : carried) all += c;
  const auto distance = [&](std::size_t i) {
    std::int64_t d = all;
    for (TokenId t : words[i]) d += static_cast<std::int64_t>(n) - 2 * carried[t];
    return d;
  };
  std::size_t best = tied[0];
  std::int64_t best_distance = distance(best);
  for (std::size_t k = 1; k < tied.size(); ++k) {
    const std::size_t i = tied[k];
    const std::int64_t d = distance(i);
    if (d < best_distance || (d == best_distance && words[i].size() > words[best].size())) {
      best = i;
      best_distance = d;
    }
  }
  return cluster.members[best];
}

// Which of the representative's tokens vary in enough members to be slots.
std::vector<bool> slot_positions(const Cluster& cluster, const Member& base, std::span<const Letter* const> letters,
                                 const Vocabulary& vocabulary, std::size_t sample) {
  const auto base_ids = ids_of(letters[base.letter]->tokens[base.paragraph]);
  std::vector<int> varied(base_ids.size(), 0);
  const std::size_t n = std::min(sample, cluster.members.size());
  for (std::size_t i = 0; i < n; ++i) {
    const Member& m = cluster.members[i];
    const auto diff = diff_words(base_ids, ids_of(letters[m.letter]->tokens[m.paragraph]), vocabulary);
    for (const auto& run : diff.runs)
      if (run.op == WordOp::deleted)
        for (auto t = run.template_begin; t < run.template_end; ++t) ++varied[t];
  }
  const int needed = std::max(2, static_cast<int>(std::ceil(0.05 * static_cast<double>(n))));
  std::vector<bool> slot(base_ids.size());
  for (std::size_t t = 0; t < base_ids.size(); ++t)
    slot[t] = varied[t] >= needed && !vocabulary.is_slot(base_ids[t]);
  // A date is one value: the letter dated a year later still fills the slot.
  std::vector<std::string_view> words;
  for (const Token& t : letters[base.letter]->tokens[base.paragraph])
    words.push_back(vocabulary.is_slot(t.id) ? vocabulary.text(t.id) : token_text(letters[base.letter]->text(), t));
  widen_dates(slot, words);
  return slot;
}

// The representative's text with metadata values and varying runs written as slot markers.
std::string template_text(const Letter& letter, std::uint32_t paragraph, const std::vector<bool>& slot,
                          const Vocabulary& vocabulary, SlotNamer& namer) {
  const auto& tokens = letter.tokens[paragraph];
  const std::string_view text = letter.text();
  const auto& p = letter.normalised.paragraphs[paragraph];
  std::string out;
  std::uint32_t copied = p.begin;
  for (std::size_t i = 0; i < tokens.size();) {
    const Token& t = tokens[i];
    out += text.substr(copied, t.begin - copied);
    if (vocabulary.is_slot(t.id)) {
      out += vocabulary.text(t.id);
      copied = t.end;
      ++i;
      continue;
    }
    if (!slot[i]) {
      out += token_text(text, t);
      copied = t.end;
      ++i;
      continue;
    }
    // A slot run stops at a cell or row boundary, so a table row keeps one slot per cell.
    std::size_t j = i + 1;
    while (j < tokens.size() && slot[j] && !vocabulary.is_slot(tokens[j].id) &&
           text.substr(tokens[j - 1].end, tokens[j].begin - tokens[j - 1].end).find_first_of("\t\n") ==
               std::string_view::npos)
      ++j;
    if (const auto marker = namer.marker(tokens, i, j, text, vocabulary)) {
      out += *marker;
    } else {  // a phrase, not a value: each letter's own words will be a change
      out += text.substr(tokens[i].begin, tokens[j - 1].end - tokens[i].begin);
    }
    copied = tokens[j - 1].end;
    i = j;
  }
  out += text.substr(copied, p.end - copied);
  return out;
}

}  // namespace

std::vector<std::size_t> evenly_spaced(std::size_t n, std::size_t most) {
  std::vector<std::size_t> positions;
  const std::size_t k = std::min(most, n);
  for (std::size_t i = 0; i < k; ++i) positions.push_back(i * n / k);
  return positions;
}

int core_letters(std::size_t letters, const LearnOptions& options) {
  if (letters == 1) return 1;
  const double share = letters < options.tier_letters ? options.small_group_share : options.core_share;
  return std::max(options.min_letters, static_cast<int>(std::ceil(share * static_cast<double>(letters) - 1e-9)));
}

Template draft_template(std::string group, std::span<const Letter* const> all_letters, const Vocabulary& vocabulary,
                        const LearnOptions& options) {
  std::vector<const Letter*> sample;
  for (std::size_t i : evenly_spaced(all_letters.size(), std::max<std::size_t>(1, options.letter_sample)))
    sample.push_back(all_letters[i]);
  const std::span<const Letter* const> letters = sample;
  Template tpl;
  tpl.group = std::move(group);
  tpl.letters = static_cast<int>(letters.size());
  const auto clusters = cluster_paragraphs(letters, options);
  const int core = core_letters(letters.size(), options);
  const int optional = letters.size() < options.tier_letters ? core
                                                              : std::min(core, std::max(2, options.optional_letters));
  std::vector<std::size_t> kept;
  for (std::size_t c = 0; c < clusters.size(); ++c)
    if (clusters[c].support >= optional) kept.push_back(c);
  std::stable_sort(kept.begin(), kept.end(), [&](std::size_t x, std::size_t y) {
    return clusters[x].rank_sum / clusters[x].support < clusters[y].rank_sum / clusters[y].support;
  });
  SlotNamer namer;
  for (std::size_t c : kept) {
    const Member base = representative(clusters[c], letters, options.slot_sample);
    const auto slot = slot_positions(clusters[c], base, letters, vocabulary, options.slot_sample);
    const Letter& letter = *letters[base.letter];
    TemplateParagraph p;
    p.text = template_text(letter, base.paragraph, slot, vocabulary, namer);
    p.kind = letter.normalised.paragraphs[base.paragraph].kind;
    p.support = clusters[c].support;
    p.optional = clusters[c].support < core;
    tpl.paragraphs.push_back(std::move(p));
  }
  return tpl;
}

Template learn_template(std::string group, std::span<const Letter* const> letters, Vocabulary& vocabulary,
                        const LearnOptions& options) {
  Template tpl = draft_template(std::move(group), letters, vocabulary, options);
  tokenize_template(tpl, vocabulary);
  return tpl;
}

}  // namespace letterdiff
