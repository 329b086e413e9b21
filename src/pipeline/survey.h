// The first pass over the inputs: every file read and parsed on all threads, to
// learn what each letter says about itself (year group, council, date) before any
// template exists. Parsed letters stay in memory while they fit a budget; past it
// only their metadata stays and they are read again when their turn comes, so
// memory stays bounded however many letters there are.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/progress.h"
#include "ingest/collect_files.h"
#include "ingest/read_document.h"
#include "letter/letter.h"

namespace letterdiff {

struct SurveyedLetter {
  std::string path;
  Metadata metadata;             // group settled across the corpus
  std::unique_ptr<Letter> letter;  // parsed, while the budget allowed (a pointer: most are not)
  bool tokenized = false;        // ... and tokenised with the shared vocabulary (the learning sample)
  bool lost = false;             // could not be read again: said once, then left out
  std::uint64_t fingerprint = 0;  // of the bytes first read: a second read must match; learning's order
  GroupClues clues;              // what its group judges (group_evidence.h), until it has
  std::string raw;               // its text as read, while kept and the group may change it: parsed again if so
  const GroupEvidence* group_evidence = nullptr;  // its group's, when it reads differently with it
};

struct Survey {
  std::vector<SurveyedLetter> letters;  // by group, then path: never the inputs' order
  std::map<std::string, GroupEvidence> group_evidence;  // by group: what its letters show together
  Diagnostics diagnostics;
  ReadOptions read;
};

struct SurveyOptions {
  ReadOptions read;
  int jobs = 1;
  std::size_t keep_bytes = std::size_t{96} << 20;  // parsed text kept for the second pass
  Progress* progress = nullptr;
  std::optional<FileId> output_folder;  // never read as input, whatever link leads there
};

Survey survey_inputs(std::span<const std::string> inputs, const SurveyOptions& options);
// The same from documents already in memory (tests, generated letters): all kept.
Survey survey_documents(std::vector<Document> documents);

// Positions in the survey of each group's letters, in order.
std::map<std::string, std::vector<std::size_t>> group_positions(const Survey& survey);

// The letter, parsed, as the survey kept it or read again, with the survey's
// settled metadata; the survey keeps no copy. nullopt, with an error, when the
// file can no longer be read.
std::optional<Letter> take_letter(SurveyedLetter& surveyed, const ReadOptions& read, Diagnostics& diagnostics);

}  // namespace letterdiff
