// The whole run as values flowing one way: files -> letters grouped by year ->
// one template per group (learnt or loaded) -> alignments -> the Report, with
// every letter in memory at once. For the small inputs of diff, audit, verify and
// the tests; report and learn stream instead (pipeline/stream.h).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "align/alignment.h"
#include "base/vocabulary.h"
#include "ingest/read_document.h"
#include "letter/letter.h"
#include "report/report.h"
#include "templating/builder.h"
#include "templating/template.h"

namespace letterdiff {

struct Corpus {
  Vocabulary vocabulary;
  std::vector<Letter> letters;  // by group, then path: the order never depends on the inputs' order
  Diagnostics diagnostics;
};

using Templates = std::map<std::string, Template>;  // by group

Corpus load_corpus(std::span<const std::string> inputs, const ReadOptions& options = {}, int jobs = 1);
// The same from documents already in memory (tests, generated letters).
Corpus corpus_from_documents(std::vector<Document> documents);

std::map<std::string, std::vector<const Letter*>> letters_by_group(const Corpus& corpus);

Templates learn_templates(Corpus& corpus, const LearnOptions& options = {});

// Each letter aligned to its group's template, in corpus order; a letter whose
// group has no template gets an empty alignment.
std::vector<Alignment> align_corpus(const Corpus& corpus, const Templates& templates, int jobs = 1);

// Support as the aligner saw it, over every letter of the group (not only the
// sample it was learnt from): a letter that prints two template paragraphs as one,
// or one as two, still carries both.
void recount_support(Templates& templates, const Corpus& corpus, const std::vector<Alignment>& alignments);

std::optional<Template> load_template_file(const std::filesystem::path& path, Vocabulary& vocabulary,
                                           Diagnostics& diagnostics);

// The group's template from dir/<group>.tpl, or nullopt when there is none to be
// read there (said in a note, or by the reader's error): the caller learns it from
// the group's `letters` letters instead.
std::optional<Template> template_in_dir(const std::filesystem::path& dir, const std::string& group,
                                        std::size_t letters, Vocabulary& vocabulary, Diagnostics& diagnostics);

// Templates for the corpus's groups from dir/<group>.tpl; a group without a file
// there is learnt from its letters, with a note.
Templates load_or_learn_templates(Corpus& corpus, const std::filesystem::path& dir);

// Every letter aligned and reported (a one-letter year's letter also compared with
// the nearest other year's template), in corpus order.
Report build_report(const Corpus& corpus, const Templates& templates, int jobs = 1, const ReportOptions& options = {});

}  // namespace letterdiff
