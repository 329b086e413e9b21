#include "pipeline/corpus.h"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <optional>
#include <sstream>

#include "align/alignment.h"
#include "audit/audit.h"
#include "base/parallel.h"
#include "pipeline/stream.h"
#include "pipeline/survey.h"
#include "letter/metadata.h"
#include "templating/template_file.h"

namespace letterdiff {

namespace {

// Every letter kept from the survey and tokenised in its fixed order.
Corpus corpus_from_survey(Survey survey) {
  Corpus corpus;
  corpus.diagnostics = std::move(survey.diagnostics);
  for (auto& s : survey.letters) {
    if (auto letter = take_letter(s, survey.read, corpus.diagnostics)) {
      tokenize_letter(*letter, corpus.vocabulary);
      corpus.letters.push_back(std::move(*letter));
    }
  }
  return corpus;
}

}  // namespace

Corpus load_corpus(std::span<const std::string> inputs, const ReadOptions& options, int jobs) {
  return corpus_from_survey(survey_inputs(inputs, SurveyOptions{options, jobs, SIZE_MAX, nullptr}));
}

Corpus corpus_from_documents(std::vector<Document> documents) {
  return corpus_from_survey(survey_documents(std::move(documents)));
}

std::map<std::string, std::vector<const Letter*>> letters_by_group(const Corpus& corpus) {
  std::map<std::string, std::vector<const Letter*>> groups;
  for (const auto& letter : corpus.letters) groups[letter.metadata.group].push_back(&letter);
  return groups;
}

Templates learn_templates(Corpus& corpus, const LearnOptions& options) {
  Templates templates;
  for (const auto& [group, letters] : letters_by_group(corpus))
    templates.emplace(group, learn_template(group, letters, corpus.vocabulary, options));
  return templates;
}

std::vector<Alignment> align_corpus(const Corpus& corpus, const Templates& templates, int jobs) {
  std::map<std::string, TemplateMatcher> matchers;
  for (const auto& [group, tpl] : templates) matchers.emplace(group, TemplateMatcher(tpl, corpus.vocabulary));
  std::vector<Alignment> alignments(corpus.letters.size());
  parallel_for(corpus.letters.size(), jobs, [&](std::size_t i) {
    const auto it = matchers.find(corpus.letters[i].metadata.group);
    if (it != matchers.end()) alignments[i] = align(corpus.letters[i], it->second);
  });
  return alignments;
}

void recount_support(Templates& templates, const Corpus& corpus, const std::vector<Alignment>& alignments) {
  for (auto& [group, tpl] : templates) {
    std::vector<int> support(tpl.paragraphs.size(), 0);
    for (std::size_t i = 0; i < corpus.letters.size(); ++i) {
      if (corpus.letters[i].metadata.group != group) continue;
      const auto carried = carried_paragraphs(alignments[i], tpl.paragraphs.size());
      for (std::size_t t = 0; t < carried.size(); ++t) support[t] += carried[t];
    }
    for (std::size_t t = 0; t < support.size(); ++t) tpl.paragraphs[t].support = support[t];
    tpl.letters = 0;
    for (const auto& l : corpus.letters) tpl.letters += l.metadata.group == group;
  }
}

std::optional<Template> load_template_file(const std::filesystem::path& path, Vocabulary& vocabulary,
                                           Diagnostics& ds) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (!in || !(text << in.rdbuf())) {
    ds.push_back({Severity::error, path.string(), "cannot read template", 0});
    return std::nullopt;
  }
  return read_template(text.str(), path.string(), vocabulary, ds);
}

std::optional<Template> template_in_dir(const std::filesystem::path& dir, const std::string& group,
                                        std::size_t letters, Vocabulary& vocabulary, Diagnostics& diagnostics) {
  const auto path = dir / (group + ".tpl");
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return load_template_file(path, vocabulary, diagnostics);
  diagnostics.push_back({Severity::note, path.string(),
                         fmt::format("no template for group {}; learnt it from its {} letter{}", group, letters,
                                     letters == 1 ? "" : "s"),
                         0});
  return std::nullopt;
}

Templates load_or_learn_templates(Corpus& corpus, const std::filesystem::path& dir) {
  Templates templates;
  for (const auto& [group, letters] : letters_by_group(corpus)) {
    auto tpl = template_in_dir(dir, group, letters.size(), corpus.vocabulary, corpus.diagnostics);
    templates.emplace(group, tpl ? std::move(*tpl) : learn_template(group, letters, corpus.vocabulary));
  }
  return templates;
}

Report build_report(const Corpus& corpus, const Templates& templates, int jobs, const ReportOptions& options) {
  Report report;
  for (const auto& [group, tpl] : templates) {
    int letters = 0;
    for (const auto& l : corpus.letters) letters += l.metadata.group == group;
    if (letters > 0) report.groups.push_back(summarise_group(tpl, letters));
  }
  std::map<std::string, TemplateMatcher> matchers;
  for (const auto& [group, tpl] : templates) matchers.emplace(group, TemplateMatcher(tpl, corpus.vocabulary));
  std::vector<std::optional<LetterReport>> reports(corpus.letters.size());
  parallel_for(corpus.letters.size(), jobs, [&](std::size_t i) {
    const auto it = matchers.find(corpus.letters[i].metadata.group);
    if (it == matchers.end()) return;
    reports[i] = report_one(corpus.letters[i], templates, it->second, corpus.vocabulary, options);
  });
  for (auto& r : reports)
    if (r) report.letters.push_back(std::move(*r));
  return report;
}

}  // namespace letterdiff
