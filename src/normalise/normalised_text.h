// The normaliser's output: a letter's clean paragraphs in one text buffer, each
// with the source lines it came from, and the page furniture set apart.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace letterdiff {

enum class ParagraphKind { text, heading, table };

std::string_view to_string(ParagraphKind kind);
bool parse_paragraph_kind(std::string_view s, ParagraphKind& kind);

struct Paragraph {
  std::uint32_t begin = 0;  // byte range in NormalisedText::text
  std::uint32_t end = 0;
  int first_line = 0;  // 1-based source lines
  int last_line = 0;
  ParagraphKind kind = ParagraphKind::text;
};

// A line that is not part of the letter's content: page numbers, committee-pack
// labels, running headers, garbled signature images.
struct Furniture {
  std::string text;
  int line = 0;
  std::string reason;
};

// The lines about one page break, kept for the letter's group to judge: a line
// a letter carries once at a page edge may be furniture that only the group's
// other letters reveal (group_evidence.h).
struct SeamLine {
  std::string key;       // edge_key of the line
  bool at_edge = false;  // one of the page's edge lines that could be a running line
};
using Seam = std::vector<SeamLine>;

// What only the letter's group can judge (group_evidence.h), kept until it has.
struct GroupClues {
  std::vector<Seam> seams;                // one per page break between pages with text, in order
  std::vector<std::string> hyphenated;    // words it writes with a hyphen inside a line, lower case
  std::vector<std::string> dehyphenated;  // line-end hyphens it undid, as the hyphenated word, lower case
};

// One change the normaliser made, so that what was smoothed away as noise stays auditable.
struct LedgerEntry {
  int line = 0;        // source line it happened at
  std::string change;  // "joined lines", "page-break rejoin", "dehyphenated", "folded characters",
                       // "markup stripped", "furniture set apart"
  std::string detail;
};

struct NormalisedText {
  std::string text;  // paragraphs separated by a blank line; table rows by '\n', cells by '\t'
  std::vector<Paragraph> paragraphs;
  std::vector<Furniture> furniture;
  std::vector<LedgerEntry> ledger;  // in source-line order
  GroupClues clues;

  std::string_view paragraph_text(const Paragraph& p) const {
    return std::string_view(text).substr(p.begin, p.end - p.begin);
  }
};

}  // namespace letterdiff
