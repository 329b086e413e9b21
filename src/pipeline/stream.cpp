#include "pipeline/stream.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <optional>

#include "audit/audit.h"
#include "base/parallel.h"
#include "letter/metadata.h"
#include "segment/paragraph_memo.h"

namespace letterdiff {
namespace {

// Positions in the survey of each group's letters, in order.
std::map<std::string, std::vector<std::size_t>> group_positions(const Survey& survey) {
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < survey.letters.size(); ++i) groups[survey.letters[i].metadata.group].push_back(i);
  return groups;
}

// The other year closest in time; between two as close, the newer.
const Template* nearest_template(const Templates& templates, const std::string& group) {
  const int year = group_end_year(group);
  const Template* best = nullptr;
  int best_distance = 0;
  for (const auto& [other, tpl] : templates) {
    const int other_year = group_end_year(other);
    if (other == group || year == 0 || other_year == 0) continue;
    const int distance = std::abs(other_year - year);
    if (!best || distance < best_distance || (distance == best_distance && other_year > group_end_year(best->group)))
      best = &tpl, best_distance = distance;
  }
  return best;
}

std::map<std::string, TemplateMatcher> matchers_for(const Templates& templates, const Vocabulary& vocabulary) {
  std::map<std::string, TemplateMatcher> matchers;
  for (const auto& [group, tpl] : templates) matchers.emplace(group, TemplateMatcher(tpl, vocabulary));
  return matchers;
}

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

// A group to learn, and the letters of its sample.
struct Learning {
  std::string group;
  std::vector<SurveyedLetter*> chosen;
};

// Every group's sample tokenised at once, the groups drafted on threads of their
// own, then tokenised in group order: ids never depend on the threads.
void learn_samples(const std::vector<Learning>& learning, Vocabulary& vocabulary, Survey& survey,
                   const LearnOptions& options, int jobs, Templates& templates) {
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
    templates.emplace(learning[g].group, std::move(*drafts[g]));
  }
}

// Template paragraphs without slots: what most letters carry word for word.
ParagraphMemo verbatim_paragraphs(const Templates& templates, const Vocabulary& vocabulary) {
  std::vector<std::string_view> texts;
  for (const auto& [group, tpl] : templates)
    for (const auto& p : tpl.paragraphs)
      if (std::none_of(p.tokens.begin(), p.tokens.end(), [&](const Token& t) { return vocabulary.is_slot(t.id); }))
        texts.push_back(p.text);
  return ParagraphMemo(texts, vocabulary);
}

}  // namespace

Templates survey_templates(Survey& survey, Vocabulary& vocabulary, const std::filesystem::path& dir,
                           const LearnOptions& options, int jobs) {
  // Every letter's metadata becomes these slots: they must be slots of the shared
  // vocabulary before letters are tokenised into extensions of it.
  for (const auto marker : {kRecipientSlot, kCouncilSlot, kDateSlot}) vocabulary.intern_slot(marker);
  Templates templates;
  std::vector<Learning> learning;
  for (const auto& [group, positions] : group_positions(survey)) {
    if (!dir.empty()) {
      if (auto tpl = template_in_dir(dir, group, positions.size(), vocabulary, survey.diagnostics)) {
        templates.emplace(group, std::move(*tpl));
        continue;
      }
    }
    Learning& l = learning.emplace_back(Learning{group, {}});
    for (std::size_t k : evenly_spaced(positions.size(), std::max<std::size_t>(1, options.letter_sample)))
      l.chosen.push_back(&survey.letters[positions[k]]);
  }
  learn_samples(learning, vocabulary, survey, options, jobs, templates);
  return templates;
}

void stream_letters(Survey& survey, const Templates& templates, const Vocabulary& vocabulary, int jobs,
                    Progress* progress, const LetterVisit& visit) {
  const ParagraphMemo memo = verbatim_paragraphs(templates, vocabulary);
  std::vector<Diagnostics> diagnostics(survey.letters.size());
  if (progress) progress->begin("aligning", survey.letters.size());
  parallel_for(survey.letters.size(), jobs, [&](std::size_t i) {
    SurveyedLetter& s = survey.letters[i];
    const bool tokenized = s.tokenized;
    if (std::optional<Letter> letter = take_letter(s, survey.read, diagnostics[i])) {
      if (tokenized) {
        visit(i, *letter, vocabulary);
      } else {
        Vocabulary own(&vocabulary);
        tokenize_letter(*letter, own, &memo);
        visit(i, *letter, own);
      }
    }
    tick(progress);
  });
  for (auto& ds : diagnostics)
    for (auto& d : ds) survey.diagnostics.push_back(std::move(d));
}

LetterReport report_one(const Letter& letter, const Templates& templates, const TemplateMatcher& matcher,
                        const Vocabulary& vocabulary, const ReportOptions& options) {
  LetterReport r = report_letter(letter, matcher.tpl(), align(letter, matcher), vocabulary, options);
  if (!r.single_letter_group) return r;
  if (const Template* other = nearest_template(templates, r.group)) {
    LetterReport against =
        report_letter(letter, *other, align_across_years(letter.tokens, *other, vocabulary), vocabulary);
    r.compared_with = other->group;
    r.differences = std::move(against.variants);
    rank_by_specificity(r.differences, r);
  }
  return r;
}

Report report_survey(Survey& survey, const Templates& templates, const Vocabulary& vocabulary, int jobs,
                     const ReportOptions& options, Progress* progress) {
  Report report;
  const auto groups = group_positions(survey);
  for (const auto& [group, tpl] : templates) {
    const auto it = groups.find(group);
    if (it != groups.end()) report.groups.push_back(summarise_group(tpl, static_cast<int>(it->second.size())));
  }
  const auto matchers = matchers_for(templates, vocabulary);
  std::vector<std::optional<LetterReport>> reports(survey.letters.size());
  stream_letters(survey, templates, vocabulary, jobs, progress, [&](std::size_t i, const Letter& letter, const Vocabulary& v) {
    const auto it = matchers.find(letter.metadata.group);
    if (it != matchers.end()) reports[i] = report_one(letter, templates, it->second, v, options);
  });
  report.letters.reserve(std::count_if(reports.begin(), reports.end(), [](const auto& r) { return r.has_value(); }));
  for (auto& r : reports) {
    if (r) report.letters.push_back(std::move(*r));
    r.reset();
  }
  return report;
}

void recount_support(Templates& templates, Survey& survey, const Vocabulary& vocabulary, int jobs,
                     Progress* progress) {
  // Sums of counts: the same whatever order the threads add them in.
  std::map<std::string, std::vector<std::atomic<int>>> support;
  for (const auto& [group, tpl] : templates) support.try_emplace(group, tpl.paragraphs.size());
  std::map<std::string, int> letters;
  for (const auto& s : survey.letters) ++letters[s.metadata.group];
  const auto matchers = matchers_for(templates, vocabulary);
  stream_letters(survey, templates, vocabulary, jobs, progress, [&](std::size_t, const Letter& letter, const Vocabulary&) {
    const auto it = matchers.find(letter.metadata.group);
    if (it == matchers.end()) return;
    auto& counts = support.at(letter.metadata.group);
    const auto carried = carried_paragraphs(align(letter, it->second), counts.size());
    for (std::size_t t = 0; t < carried.size(); ++t)
      if (carried[t]) counts[t].fetch_add(1, std::memory_order_relaxed);
  });
  for (auto& [group, tpl] : templates) {
    const auto& counts = support.at(group);
    for (std::size_t t = 0; t < counts.size(); ++t) tpl.paragraphs[t].support = counts[t].load();
    tpl.letters = letters[group];
  }
}

}  // namespace letterdiff
