#include "pipeline/survey.h"

#include <algorithm>
#include <atomic>

#include <xxhash.h>

#include "base/parallel.h"
#include "base/text.h"
#include "ingest/collect_files.h"

namespace letterdiff {
namespace {

// What a parsed letter holds in memory, roughly: its text and its paragraphs' records.
std::size_t footprint(const Letter& letter) {
  return letter.normalised.text.size() + letter.normalised.paragraphs.size() * sizeof(Paragraph) +
         letter.normalised.ledger.size() * sizeof(LedgerEntry) + letter.path.size();
}

// The text of a letter its group may make read differently (page breaks, a
// line-end hyphen) is kept beside it until the group is judged; no other letter
// is ever parsed again.
std::string raw_if_group_may_tell(const Document& document) {
  const std::string& text = document.text;
  bool may = text.find('\f') != std::string::npos;
  for (std::size_t at = text.find("-\n"); !may && at != std::string::npos; at = text.find("-\n", at + 2))
    may = at > 0 && is_ascii_alpha(text[at - 1]);
  return may ? text : std::string();
}

// Groups settled across the corpus, then a fixed order: by group, then path.
void finish(Survey& survey) {
  std::vector<std::pair<std::string_view, Metadata*>> entries;
  for (auto& s : survey.letters) entries.emplace_back(s.path, &s.metadata);
  resolve_groups(entries, survey.diagnostics);
  std::stable_sort(survey.letters.begin(), survey.letters.end(), [](const SurveyedLetter& a, const SurveyedLetter& b) {
    return std::tie(a.metadata.group, a.path) < std::tie(b.metadata.group, b.path);
  });
}

SurveyedLetter surveyed(Letter letter, bool keep, std::string raw) {
  SurveyedLetter s;
  s.path = letter.path;
  s.metadata = std::move(letter.metadata);
  s.clues = std::move(letter.normalised.clues);
  if (keep) {
    s.letter = std::make_unique<Letter>(std::move(letter));
    s.raw = std::move(raw);
  }
  return s;
}

// What each group's letters show together (group_evidence.h), judged once the
// groups are settled: the kept letters it changes are parsed again from their
// text, the others will be when they are read again.
void settle_group_evidence(Survey& survey, int jobs) {
  std::vector<std::size_t> again;
  for (const auto& [group, positions] : group_positions(survey)) {
    std::vector<const GroupClues*> clues;
    for (std::size_t i : positions) clues.push_back(&survey.letters[i].clues);
    GroupEvidence found = judge_group(clues);
    if (found.furniture.empty() && found.compounds.empty()) continue;
    const GroupEvidence& evidence = survey.group_evidence[group] = std::move(found);
    for (std::size_t i : positions) {
      SurveyedLetter& s = survey.letters[i];
      if (!reads_differently(s.clues, evidence)) continue;
      s.group_evidence = &evidence;
      if (s.letter) again.push_back(i);
    }
  }
  parallel_for(again.size(), jobs, [&](std::size_t k) {
    SurveyedLetter& s = survey.letters[again[k]];
    Document document;
    document.path = s.path;
    document.text = std::move(s.raw);
    *s.letter = parse_letter(std::move(document), s.metadata, s.group_evidence);
  });
  for (auto& s : survey.letters) {
    s.clues = {};
    std::string().swap(s.raw);
  }
}

}  // namespace

// Files are read and parsed in parallel, each into its own slot with its own
// diagnostics, then gathered in file order.
Survey survey_inputs(std::span<const std::string> inputs, const SurveyOptions& options) {
  Survey survey;
  survey.read = options.read;
  const auto files = collect_files(inputs, survey.diagnostics, options.output_folder);
  if (options.progress) options.progress->begin("reading", files.size());
  // Each file's letter in its slot, then the slots of files that could not be
  // read closed up: one array of letters, however many there are.
  survey.letters.resize(files.size());
  std::vector<char> parsed(files.size(), 0);
  std::vector<Diagnostics> diagnostics(files.size());
  std::atomic<std::size_t> kept{0};
  parallel_for(files.size(), options.jobs, [&](std::size_t i) {
    if (auto document = read_document(files[i], options.read, diagnostics[i])) {
      const std::uint64_t fingerprint = document->fingerprint;
      const bool stream = document->stream;
      std::string raw = raw_if_group_may_tell(*document);
      Letter letter = parse_letter(std::move(*document));
      const std::size_t bytes = footprint(letter) + raw.size();
      // Which letters stay only decides what is read twice, never what is reported;
      // a stream cannot be read twice, so it stays.
      const bool keep = kept.fetch_add(bytes, std::memory_order_relaxed) + bytes <= options.keep_bytes || stream;
      survey.letters[i] = surveyed(std::move(letter), keep, std::move(raw));
      survey.letters[i].fingerprint = fingerprint;
      parsed[i] = 1;
    }
    tick(options.progress);
  });
  std::size_t out = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    for (auto& d : diagnostics[i]) survey.diagnostics.push_back(std::move(d));
    if (!parsed[i]) continue;
    if (out != i) survey.letters[out] = std::move(survey.letters[i]);
    ++out;
  }
  survey.letters.resize(out);
  finish(survey);
  settle_group_evidence(survey, options.jobs);
  return survey;
}

Survey survey_documents(std::vector<Document> documents) {
  Survey survey;
  for (auto& document : documents) {
    if (document.fingerprint == 0) document.fingerprint = XXH3_64bits(document.text.data(), document.text.size());
    const std::uint64_t fingerprint = document.fingerprint;
    std::string raw = raw_if_group_may_tell(document);
    survey.letters.push_back(surveyed(parse_letter(std::move(document)), true, std::move(raw)));
    survey.letters.back().fingerprint = fingerprint;
  }
  finish(survey);
  settle_group_evidence(survey, 1);
  return survey;
}

std::map<std::string, std::vector<std::size_t>> group_positions(const Survey& survey) {
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < survey.letters.size(); ++i) groups[survey.letters[i].metadata.group].push_back(i);
  return groups;
}

std::optional<Letter> take_letter(SurveyedLetter& s, const ReadOptions& read, Diagnostics& diagnostics) {
  std::optional<Letter> letter;
  if (s.letter) letter = std::move(*s.letter);
  s.letter.reset();
  if (!letter && !s.lost) {
    Diagnostics again;  // what the survey said about this file was reported then
    auto document = read_document(s.path, read, again);
    if (!document) {
      diagnostics.push_back({Severity::error, s.path, "vanished or became unreadable during the run: left out", 0});
      s.lost = true;
    } else if (document->fingerprint != s.fingerprint) {
      // Its metadata came from the first read: reporting the new text under it would mix two letters.
      diagnostics.push_back({Severity::error, s.path, "changed during the run (its bytes differ from the first read): "
                                                      "left out; run again to report it",
                             0});
      s.lost = true;
    } else {
      letter = parse_letter(std::move(*document), s.metadata, s.group_evidence);
    }
  }
  if (!letter) return std::nullopt;
  letter->metadata = s.metadata;
  return letter;
}

}  // namespace letterdiff
