// A letter ready for templating and alignment: its normalised text (the one
// buffer everything views into), each paragraph's tokens, and its metadata.
// The recipient, council and date are already slot tokens in the paragraphs, so
// two letters that differ only in these compare equal.
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostic.h"
#include "base/vocabulary.h"
#include "ingest/document.h"
#include "letter/metadata.h"
#include "normalise/group_evidence.h"
#include "normalise/normalised_text.h"
#include "segment/token.h"

namespace letterdiff {

class ParagraphMemo;

// The slot markers every template shares; metadata values become these tokens.
inline constexpr std::string_view kRecipientSlot = "{{recipient:person}}";
inline constexpr std::string_view kCouncilSlot = "{{council:organisation}}";
inline constexpr std::string_view kDateSlot = "{{date:date}}";
inline constexpr std::string_view kRoleSlot = "{{role:role}}";

struct Letter {
  std::string path;
  NormalisedText normalised;
  std::vector<std::vector<Token>> tokens;  // one per normalised paragraph
  Metadata metadata;

  std::string_view text() const { return normalised.text; }
  std::size_t paragraph_count() const { return tokens.size(); }
};

// Paragraphs [begin, end)'s tokens, each viewing the letter's text.
std::vector<TokenRef> token_refs(const Letter& letter, std::uint32_t begin, std::uint32_t end);

Letter make_letter(Document document, Vocabulary& vocabulary);

// make_letter in two steps: parsing (normalise, metadata) touches nothing shared and
// may run on many threads; tokenising interns words, so letters are tokenised in a
// fixed order and token ids never depend on thread timing.
Letter parse_letter(Document document);
// A letter read again whose metadata is already known: only normalised, with
// what its group shows (group_evidence.h) when that changes how it reads.
Letter parse_letter(Document document, Metadata metadata, const GroupEvidence* group = nullptr);
// Paragraphs the memo remembers are copied from it, not tokenised again.
void tokenize_letter(Letter& letter, Vocabulary& vocabulary, const ParagraphMemo* memo = nullptr);

// Settles each letter's group across the corpus: a letter without a title joins
// the titled group whose year it shares; a letter with no year at all goes to
// "unknown", with a warning.
// Each entry is a letter's path and the metadata to settle.
void resolve_groups(std::span<const std::pair<std::string_view, Metadata*>> letters, Diagnostics& diagnostics);

}  // namespace letterdiff
