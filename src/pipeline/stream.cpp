#include "pipeline/stream.h"

#include <algorithm>
#include <optional>

#include "base/parallel.h"
#include "segment/paragraph_memo.h"

namespace letterdiff {
namespace {

// Template paragraphs without slots: what most letters carry word for word.
ParagraphMemo verbatim_paragraphs(const TemplateSet& templates) {
  const Vocabulary& vocabulary = templates.vocabulary();
  std::vector<std::string_view> texts;
  for (const Template* tpl : templates.templates())
    for (const auto& p : tpl->paragraphs)
      if (std::none_of(p.tokens.begin(), p.tokens.end(), [&](const Token& t) { return vocabulary.is_slot(t.id); }))
        texts.push_back(p.text);
  return ParagraphMemo(texts, vocabulary);
}

}  // namespace

void stream_letters(Survey& survey, const TemplateSet& templates, int jobs, Progress* progress,
                    const LetterVisit& visit) {
  const Vocabulary& vocabulary = templates.vocabulary();
  const ParagraphMemo memo = verbatim_paragraphs(templates);
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

Report report_survey(Survey& survey, const TemplateSet& templates, const ReportOptions& options, int jobs,
                     Progress* progress) {
  std::vector<GroupSummary> groups;
  for (const auto& [group, positions] : group_positions(survey))
    if (const Template* tpl = templates.find(group))
      groups.push_back(summarise_group(*tpl, static_cast<int>(positions.size())));
  std::vector<std::optional<LetterReport>> reports(survey.letters.size());
  stream_letters(survey, templates, jobs, progress, [&](std::size_t i, const Letter& letter, const Vocabulary& v) {
    if (templates.find(letter.metadata.group)) reports[i] = report_letter(letter, templates, v, options);
  });
  std::vector<LetterReport> letters;
  letters.reserve(std::count_if(reports.begin(), reports.end(), [](const auto& r) { return r.has_value(); }));
  for (auto& r : reports) {
    if (r) letters.push_back(std::move(*r));
    r.reset();
  }
  return make_report(std::move(groups), std::move(letters), options, jobs);
}

std::vector<VerifiedLetter> verify_survey(Survey& survey, const TemplateSet& templates, bool ledger, int jobs) {
  ReportOptions options;
  options.passages = true;
  std::vector<std::optional<VerifiedLetter>> verified(survey.letters.size());
  stream_letters(survey, templates, jobs, nullptr, [&](std::size_t i, const Letter& letter, const Vocabulary& v) {
    if (!templates.find(letter.metadata.group)) return;
    verified[i] = VerifiedLetter{letter.path, account(letter, report_letter(letter, templates, v, options)),
                                 ledger ? letter.normalised.ledger : std::vector<LedgerEntry>{}};
  });
  std::vector<VerifiedLetter> out;
  for (auto& v : verified)
    if (v) out.push_back(std::move(*v));
  return out;
}

}  // namespace letterdiff
