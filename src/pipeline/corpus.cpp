#include "pipeline/corpus.h"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <optional>
#include <sstream>

#include "align/alignment.h"
#include "audit/audit.h"
#include "base/parallel.h"
#include "ingest/collect_files.h"
#include "letter/metadata.h"
#include "templating/template_file.h"

namespace letterdiff {

namespace {

// Groups settled across the corpus, then a fixed order: by group, then path.
void finish_loading(Corpus& corpus) {
  resolve_groups(corpus.letters, corpus.diagnostics);
  std::stable_sort(corpus.letters.begin(), corpus.letters.end(), [](const Letter& a, const Letter& b) {
    return std::tie(a.metadata.group, a.path) < std::tie(b.metadata.group, b.path);
  });
}

}  // namespace

// Files are read and parsed in parallel, each into its own slot with its own
// diagnostics, then gathered and tokenised in file order.
Corpus load_corpus(std::span<const std::string> inputs, const ReadOptions& options, int jobs) {
  Corpus corpus;
  const auto files = collect_files(inputs, corpus.diagnostics);
  std::vector<std::optional<Letter>> parsed(files.size());
  std::vector<Diagnostics> diagnostics(files.size());
  parallel_for(files.size(), jobs, [&](std::size_t i) {
    if (auto document = read_document(files[i], options, diagnostics[i])) parsed[i] = parse_letter(std::move(*document));
  });
  for (std::size_t i = 0; i < files.size(); ++i) {
    for (auto& d : diagnostics[i]) corpus.diagnostics.push_back(std::move(d));
    if (!parsed[i]) continue;
    tokenize_letter(*parsed[i], corpus.vocabulary);
    corpus.letters.push_back(std::move(*parsed[i]));
  }
  finish_loading(corpus);
  return corpus;
}

Corpus corpus_from_documents(std::vector<Document> documents) {
  Corpus corpus;
  for (auto& document : documents) corpus.letters.push_back(make_letter(std::move(document), corpus.vocabulary));
  finish_loading(corpus);
  return corpus;
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
      std::vector<bool> carried(tpl.paragraphs.size(), false);
      for (const auto& e : alignments[i].entries)
        if (e.kind != EntryKind::omitted)
          for (auto t = e.template_begin; t < e.template_end; ++t) carried[t] = true;
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

Templates load_or_learn_templates(Corpus& corpus, const std::filesystem::path& dir) {
  Templates templates;
  for (const auto& [group, letters] : letters_by_group(corpus)) {
    const auto path = dir / (group + ".tpl");
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      if (auto tpl = load_template_file(path, corpus.vocabulary, corpus.diagnostics)) {
        templates.emplace(group, std::move(*tpl));
        continue;
      }
    } else {
      corpus.diagnostics.push_back({Severity::note, path.string(),
                                    fmt::format("no template for group {}; learnt it from its {} letter{}", group,
                                                letters.size(), letters.size() == 1 ? "" : "s"),
                                    0});
    }
    templates.emplace(group, learn_template(group, letters, corpus.vocabulary));
  }
  return templates;
}

Report build_report(const Corpus& corpus, const Templates& templates, const std::vector<Alignment>& alignments,
                    int jobs, const ReportOptions& options) {
  Report report;
  for (const auto& [group, tpl] : templates) {
    int letters = 0;
    for (const auto& l : corpus.letters) letters += l.metadata.group == group;
    if (letters == 0) continue;
    GroupSummary g{group, letters, static_cast<int>(tpl.paragraphs.size()), tpl.letters, {}};
    for (const auto& p : tpl.paragraphs) g.paragraphs.push_back({p.text, p.kind, p.support});
    report.groups.push_back(std::move(g));
  }
  std::vector<std::optional<LetterReport>> reports(corpus.letters.size());
  parallel_for(corpus.letters.size(), jobs, [&](std::size_t i) {
    const auto it = templates.find(corpus.letters[i].metadata.group);
    if (it != templates.end())
      reports[i] = report_letter(corpus.letters[i], it->second, alignments[i], corpus.vocabulary, options);
  });
  for (auto& r : reports)
    if (r) report.letters.push_back(std::move(*r));
  return report;
}

namespace {

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

}  // namespace

void compare_single_letters(Report& report, const Corpus& corpus, const Templates& templates) {
  for (LetterReport& r : report.letters) {
    if (!r.single_letter_group) continue;
    const Template* other = nearest_template(templates, r.group);
    const auto it = std::find_if(corpus.letters.begin(), corpus.letters.end(),
                                 [&](const Letter& l) { return l.path == r.file; });
    if (!other || it == corpus.letters.end()) continue;
    const Letter& letter = *it;
    LetterReport against =
        report_letter(letter, *other, align_across_years(letter.tokens, *other, corpus.vocabulary), corpus.vocabulary);
    r.compared_with = other->group;
    r.differences = std::move(against.variants);
    rank_by_specificity(r.differences, r);
  }
}

}  // namespace letterdiff
