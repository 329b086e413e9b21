// Accountability: a letter's report, the value every format prints (template text
// with its slot values, the variants, the furniture, in order), must rebuild the
// letter's normalised text, every word and punctuation mark in order. A word the
// report lost, duplicated or put out of order surfaces here as not accounted for.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "letter/letter.h"
#include "report/report.h"

namespace letterdiff {

struct Accounting {
  std::size_t words = 0;      // words of the letter: its normalised text and its furniture
  std::size_t accounted = 0;  // ... rebuilt from the report, in order: the four below together
  std::size_t template_words = 0;              // the template's own wording
  std::map<std::string, std::size_t> slots;    // slot values, by slot type ("person", "number"...)
  std::size_t variant_words = 0;               // inserted paragraphs and words
  std::size_t furniture_words = 0;             // set apart as furniture
  std::string first_mismatch;  // where the rebuild first differs; empty when exact

  bool complete() const { return accounted == words && first_mismatch.empty(); }
  std::size_t slot_words() const;
};

// The report must keep the whole letter (made with ReportOptions::passages).
Accounting account(const Letter& letter, const LetterReport& report);

// A letter verified: its file, its accounting, and the normaliser's ledger when asked for.
struct VerifiedLetter {
  std::string file;
  Accounting accounting;
  std::vector<LedgerEntry> ledger;
};

// "file: 893/893 words accounted for (100.0%), 3 of them furniture; 879 template, ...",
// then where the rebuild differs and the ledger, a line each.
std::string verified_text(const VerifiedLetter& letter);
// The JSON document of `verify --format json` (schema letterdiff/verify-v1);
// skipped names the inputs that could not be read, so were not verified.
std::string verified_json(const std::vector<VerifiedLetter>& letters, bool ledger,
                          const std::vector<std::string>& skipped = {});

}  // namespace letterdiff
