#include "pipeline/learn.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <optional>

#include "base/parallel.h"
#include "align/alignment.h"
#include "pipeline/stream.h"

namespace letterdiff {
namespace {

// The sample letters parsed and tokenised with the shared vocabulary: each into its
// own extension on any thread, then adopted in the sample's order, which gives the
// ids tokenising them one after another would. Each letter read is marked tokenized.
void tokenize_sample(const std::vector<SurveyedLetter*>& chosen, Vocabulary& vocabulary, Survey& survey, int jobs) {
  std::vector<std::unique_ptr<Vocabulary>> own(chosen.size());
  std::vector<Diagnostics> diagnostics(chosen.size());
  parallel_for(chosen.size(), jobs, [&](std::size_t k) {
    SurveyedLetter& s = *chosen[k];
    if (auto letter = take_letter(s, survey.read, diagnostics[k])) s.letter = std::make_unique<Letter>(std::move(*letter));
    if (!s.letter) return;
    own[k] = std::make_unique<Vocabulary>(&vocabulary);
    tokenize_letter(*s.letter, *own[k]);
  });
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    for (auto& d : diagnostics[k]) survey.diagnostics.push_back(std::move(d));
    if (!chosen[k]->letter) continue;
    const TokenId first = own[k]->first_own_id();
    const std::vector<TokenId> ids = vocabulary.adopt(*own[k]);
    for (auto& paragraph : chosen[k]->letter->tokens)
      for (auto& t : paragraph)
        if (t.id >= first) t.id = ids[t.id - first];
    chosen[k]->tokenized = true;
  }
}

// Which paragraphs are core, by how many of the sample's letters carry them as the
// aligner sees it: a letter printing two paragraphs as one (a letterhead on one
// line) still carries both, which the clustering alone cannot see. A standard
// paragraph is one that two or more letters carry word for word, slots apart:
// two councils' remarks that share a stock sentence are each council's own.
void settle_tiers(Template& tpl, const std::vector<SurveyedLetter*>& sample, const Vocabulary& vocabulary,
                  const LearnOptions& options, int jobs) {
  // Sums of counts: the same whatever order the threads add them in.
  std::vector<std::atomic<int>> carried(tpl.paragraphs.size()), verbatim(tpl.paragraphs.size());
  std::atomic<int> letters{0};
  {
    const TemplateMatcher matcher(tpl, vocabulary);
    parallel_for(sample.size(), jobs, [&](std::size_t k) {
      const SurveyedLetter* s = sample[k];
      if (!s->tokenized) return;
      letters.fetch_add(1, std::memory_order_relaxed);
      for (const auto& e : align(*s->letter, matcher).entries) {
        if (e.kind == EntryKind::omitted || e.kind == EntryKind::inserted) continue;
        for (auto t = e.template_begin; t < e.template_end; ++t) {
          carried[t].fetch_add(1, std::memory_order_relaxed);
          // Word for word where the draft put it, or elsewhere: a draft orders
          // optional paragraphs by their average place, which one letter's
          // missing letterhead can shift past a neighbour.
          const bool word_for_word = e.kind == EntryKind::template_text ||
                                     (e.kind == EntryKind::moved && e.words.identical());
          if (word_for_word) verbatim[t].fetch_add(1, std::memory_order_relaxed);
        }
      }
    });
  }
  const auto sampled = static_cast<std::size_t>(letters.load());
  if (sampled < options.tier_letters) return;  // too few letters for tiers: every paragraph is core
  const int core = core_letters(sampled, options);
  std::vector<TemplateParagraph> kept;
  for (std::size_t t = 0; t < tpl.paragraphs.size(); ++t) {
    TemplateParagraph& p = tpl.paragraphs[t];
    p.optional = carried[t] < core;
    if (!p.optional || verbatim[t] >= std::max(2, options.optional_letters)) kept.push_back(std::move(p));
  }
  tpl.paragraphs = std::move(kept);
}

// A group to learn, and the letters of its sample.
struct Learning {
  std::string group;
  std::vector<SurveyedLetter*> chosen;
};

// Every group's sample tokenised at once, the groups drafted on threads of their
// own, then tokenised in group order: ids never depend on the threads.
void learn_samples(const std::vector<Learning>& learning, TemplateSet& templates, Survey& survey,
                   const LearnOptions& options, int jobs) {
  Vocabulary& vocabulary = templates.vocabulary();
  std::vector<SurveyedLetter*> all;
  for (const auto& l : learning) all.insert(all.end(), l.chosen.begin(), l.chosen.end());
  // A first few letters adopted before the rest: later letters then find most of
  // their words in the shared vocabulary instead of each adding them all again.
  // Adoption stays in sample order, so the ids are the same either way.
  const std::size_t seed = std::min<std::size_t>(all.size(), 16);
  tokenize_sample({all.begin(), all.begin() + static_cast<std::ptrdiff_t>(seed)}, vocabulary, survey, jobs);
  tokenize_sample({all.begin() + static_cast<std::ptrdiff_t>(seed), all.end()}, vocabulary, survey, jobs);
  std::vector<std::optional<Template>> drafts(learning.size());
  parallel_for(learning.size(), jobs, [&](std::size_t g) {
    std::vector<const Letter*> sample;
    for (const SurveyedLetter* s : learning[g].chosen)
      if (s->tokenized) sample.push_back(s->letter.get());
    if (!sample.empty()) drafts[g] = draft_template(learning[g].group, sample, vocabulary, options);
  });
  for (std::size_t g = 0; g < learning.size(); ++g) {
    if (!drafts[g]) continue;
    tokenize_template(*drafts[g], vocabulary);
    settle_tiers(*drafts[g], learning[g].chosen, vocabulary, options, jobs);
    templates.add(std::move(*drafts[g]));
  }
}

}  // namespace

void survey_templates(Survey& survey, TemplateSet& templates, const std::filesystem::path& dir,
                      const LearnOptions& options, int jobs) {
  std::vector<Learning> learning;
  for (const auto& [group, positions] : group_positions(survey)) {
    if (!dir.empty()) {
      if (auto tpl = template_in_dir(dir, group, positions.size(), templates.vocabulary(), survey.diagnostics)) {
        templates.add(std::move(*tpl));
        continue;
      }
    }
    // Sampled and learnt in the order of the letters' contents, not of their paths:
    // the same letters under other names or folders learn the same template.
    std::vector<std::size_t> by_content = positions;
    std::stable_sort(by_content.begin(), by_content.end(), [&](std::size_t a, std::size_t b) {
      return survey.letters[a].fingerprint < survey.letters[b].fingerprint;
    });
    Learning& l = learning.emplace_back(Learning{group, {}});
    for (std::size_t k : evenly_spaced(by_content.size(), std::max<std::size_t>(1, options.letter_sample)))
      l.chosen.push_back(&survey.letters[by_content[k]]);
  }
  learn_samples(learning, templates, survey, options, jobs);
}

void recount_support(Survey& survey, TemplateSet& templates, int jobs, Progress* progress) {
  // Sums of counts: the same whatever order the threads add them in.
  std::map<std::string, std::vector<std::atomic<int>>, std::less<>> support;
  for (const Template* tpl : templates.templates()) support.try_emplace(tpl->group, tpl->paragraphs.size());
  stream_letters(survey, templates, jobs, progress, [&](std::size_t, const Letter& letter, const Vocabulary& v) {
    const TemplateMatcher* matcher = templates.matcher(letter.metadata.group);
    if (!matcher) return;
    auto& counts = support.at(letter.metadata.group);
    const auto carried = carried_paragraphs(align(letter, *matcher, v), counts.size());
    for (std::size_t t = 0; t < carried.size(); ++t)
      if (carried[t]) counts[t].fetch_add(1, std::memory_order_relaxed);
  });
  for (const auto& [group, positions] : group_positions(survey)) {
    const auto it = support.find(group);
    if (it == support.end()) continue;
    std::vector<int> counts;
    for (const auto& c : it->second) counts.push_back(c.load());
    templates.set_support(group, counts, static_cast<int>(positions.size()));
  }
}

void tokenize_all(Survey& survey, TemplateSet& templates) {
  for (auto& s : survey.letters) {
    if (s.tokenized) continue;
    if (auto letter = take_letter(s, survey.read, survey.diagnostics)) {
      s.letter = std::make_unique<Letter>(std::move(*letter));
      tokenize_letter(*s.letter, templates.vocabulary());
      s.tokenized = true;
    }
  }
}

}  // namespace letterdiff
