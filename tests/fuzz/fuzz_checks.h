// What the fuzz targets check, shared with the test suite, which replays every
// input in tests/data/fuzz-regressions through the same checks. Each returns false
// when letterdiff broke a promise on that input (a crash fails on its own).
#pragma once

#include <string>

#include "ingest/pdf_text.h"
#include "ingest/read_document.h"
#include "letter/date.h"
#include "letter/letter.h"
#include "normalise/normalise.h"
#include "report/topics.h"
#include "segment/tokenize.h"
#include "templating/template_file.h"

namespace letterdiff::fuzz {

// Ingest and normalise: paragraphs lie inside the text, lines in order.
inline bool check_normalise(const std::string& bytes) {
  Diagnostics ds;
  auto doc = document_from_bytes("fuzz.txt", bytes, ds);
  if (!doc) return !ds.empty();
  const auto n = normalise(doc->text);
  for (const auto& p : n.paragraphs)
    if (p.begin > p.end || p.end > n.text.size() || p.first_line > p.last_line) return false;
  return true;
}

// Tokens are non-empty, inside the text and in order, in both modes.
inline bool check_segment(const std::string& text) {
  Vocabulary v;
  for (auto mode : {TokenizeMode::letter, TokenizeMode::template_text}) {
    std::uint32_t last = 0;
    for (const auto& t : tokenize(text, v, mode)) {
      if (t.begin >= t.end || t.end > text.size() || t.begin < last) return false;
      last = t.end;
    }
  }
  return true;
}

// Metadata: every paragraph tokenised, a found date inside the text.
inline bool check_metadata(const std::string& text) {
  Vocabulary v;
  const auto letter = make_letter({"fuzz.txt", text}, v);
  if (auto d = find_date(text); d && (d->begin > d->end || d->end > text.size())) return false;
  (void)parse_date(text);
  (void)group_end_year(group_from_title(text));
  return letter.tokens.size() == letter.normalised.paragraphs.size();
}

// The .tpl reader: what it accepts, it writes back in a form it reads to the same template.
inline bool check_template_reader(const std::string& text) {
  Vocabulary v;
  Diagnostics ds;
  const auto tpl = read_template(text, "fuzz.tpl", v, ds);
  if (!tpl) return !ds.empty();
  const std::string once = write_template(*tpl);
  const auto again = read_template(once, "fuzz.tpl", v, ds);
  return again && write_template(*again) == once;
}

// The PDF reader: any bytes give text or the reason there is none, never a crash or
// a hang; read as a letter, a document or a diagnostic.
inline bool check_pdf(const std::string& bytes) {
  std::string error;
  const auto text = pdf_text(bytes, error);
  if (!text && error.empty()) return false;
  Diagnostics ds;
  const auto doc = document_from_bytes("fuzz.pdf", bytes, ds);
  return doc || !ds.empty();
}

// The topic rules reader: rules or a diagnostic; the rules' index finds the same
// topics as searching keyword by keyword, on the rules file's own text.
inline bool check_topics(const std::string& text) {
  Diagnostics ds;
  const auto rules = parse_topic_rules(text, "fuzz.rules", ds);
  if (!rules) return !ds.empty();
  TopicRules unindexed;
  unindexed.rules = rules->rules;
  const auto topics = rules->topics_of(text);
  return !topics.empty() && topics == unindexed.topics_of(text);
}

}  // namespace letterdiff::fuzz
