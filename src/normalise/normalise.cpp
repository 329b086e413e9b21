#include "normalise/normalise.h"

#include <algorithm>
#include <deque>
#include <fmt/format.h>
#include <ranges>
#include <string>
#include <tsl/hopscotch_map.h>

#include "base/text.h"
#include "base/word_key.h"
#include "normalise/furniture.h"
#include "normalise/inline_cleanup.h"

namespace letterdiff {
namespace {

struct SourceLine {
  std::string_view text;  // into the raw text, or into the cleaned lines kept beside it
  int number = 0;
  bool heading_mark = false;
  bool furniture = false;
  bool header_candidate = false;  // stands alone and could be a running header
};

struct Draft {
  std::string text;
  int first_line = 0;
  int last_line = 0;
  ParagraphKind kind = ParagraphKind::text;
  bool heading_mark = false;
  bool closes_itself = false;  // a salutation or valediction: never joined to what follows
};

// A form feed is a page break: it separates blocks like a blank line does.
// Lines that needed cleaning are kept in `cleaned` (stable addresses); the rest
// are views of the raw text.
std::vector<SourceLine> read_lines(std::string_view raw, std::deque<std::string>& cleaned,
                                   std::vector<LedgerEntry>& ledger) {
  std::vector<SourceLine> lines;
  int number = 0;
  for (std::string_view line : split_lines(raw)) {
    ++number;
    std::size_t start = 0;
    for (;;) {
      const auto ff = line.find('\f', start);
      const std::string_view piece = line.substr(start, ff == std::string_view::npos ? ff : ff - start);
      if (already_clean(piece)) {
        lines.push_back({piece, number, false, false, false});
      } else {
        CleanLine clean = clean_line(piece);
        if (clean.folded > 0)
          ledger.push_back({number, "folded characters",
                            std::to_string(clean.folded) + " curly quote, dash, space or ligature" +
                                (clean.folded == 1 ? "" : "s")});
        if (!clean.markup.empty()) ledger.push_back({number, "markup stripped", clean.markup});
        lines.push_back({cleaned.emplace_back(std::move(clean.text)), number, clean.markdown_heading, false, false});
      }
      if (ff == std::string_view::npos) break;
      lines.push_back({"", number, false, false, false});
      start = ff + 1;
    }
  }
  return lines;
}

// Indices [first, last) of consecutive non-blank lines.
struct Block {
  std::size_t first, last;
  std::size_t size() const { return last - first; }
};

std::vector<Block> find_blocks(const std::vector<SourceLine>& lines) {
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].text.empty()) {
      ++i;
      continue;
    }
    const std::size_t first = i;
    while (i < lines.size() && !lines[i].text.empty()) ++i;
    blocks.push_back({first, i});
  }
  return blocks;
}

void mark_furniture(std::vector<SourceLine>& lines, const std::vector<Block>& blocks,
                    std::vector<Furniture>& furniture, std::vector<LedgerEntry>& ledger) {
  // Running headers and footers stand alone between blank lines or page breaks; a
  // wrapped line of a paragraph the letter repeats is not one.
  tsl::hopscotch_map<std::string_view, int, WordHash, WordEqual> repeats;
  for (const auto& block : blocks) {
    SourceLine& line = lines[block.first];
    line.header_candidate = block.size() == 1 && could_be_running_header(line.text);
    if (line.header_candidate) ++repeats[line.text];
  }

  bool in_signature = false;
  for (const auto& block : blocks) {
    for (std::size_t i = block.first; i < block.last; ++i) {
      SourceLine& line = lines[i];
      const char* reason = nullptr;
      // A wrapped line of running text can look like a label; real ones stand alone.
      const bool alone = block.size() == 1;
      if (is_page_number(line.text) && (alone || istarts_with(line.text, "page")))
        reason = "page number";
      else if (alone && (is_pack_label(line.text) || is_committee_header(line.text)))
        reason = "committee-pack label";
      else if (in_signature && is_garbled_signature(line.text))
        reason = "garbled signature";
      else if (line.header_candidate && repeats[line.text] >= 2)
        reason = "running header or footer";
      if (reason) {
        line.furniture = true;
        furniture.push_back({std::string(line.text), line.number, reason});
        ledger.push_back({line.number, "furniture set apart", fmt::format("{}: {}", reason, line.text)});
        continue;
      }
      in_signature = is_valediction(line.text);
    }
  }
}

// Joins two pieces of one paragraph, undoing a line-end hyphen unless the
// hyphenated word is written that way elsewhere in the letter.
// Returns "im-provement -> improvement" when a hyphen was undone, else "".
std::string join_into(std::string& text, std::string_view next, std::string_view raw) {
  const bool hyphen = text.size() >= 2 && text.back() == '-' && is_ascii_alpha(text[text.size() - 2]) &&
                      !next.empty() && is_ascii_lower(next.front());
  if (!hyphen) {
    text += ' ';
    text += next;
    return "";
  }
  std::size_t start = text.size() - 1;
  while (start > 0 && is_ascii_alpha(text[start - 1])) --start;
  std::size_t stop = 0;
  while (stop < next.size() && is_ascii_alpha(next[stop])) ++stop;
  const std::string compound = text.substr(start) + std::string(next.substr(0, stop));
  const bool undo = raw.find(compound) == std::string_view::npos;
  if (undo) text.pop_back();
  text += next;
  if (!undo) return "";
  std::string joined = compound;
  joined.erase(joined.find('-'), 1);
  return compound + " -> " + joined;
}

bool closes_itself(std::string_view line) {
  return line.starts_with("Dear ") || is_valediction(line);
}

std::vector<Draft> drafts_from_blocks(const std::vector<SourceLine>& lines, const std::vector<Block>& blocks,
                                      std::string_view raw, std::vector<LedgerEntry>& ledger) {
  std::vector<Draft> drafts;
  drafts.reserve(blocks.size());
  std::vector<std::size_t> kept;  // a block's lines that are not furniture
  for (const auto& block : blocks) {
    kept.clear();
    for (std::size_t i = block.first; i < block.last; ++i)
      if (!lines[i].furniture) kept.push_back(i);
    if (kept.empty()) continue;
    bool table = false;
    for (std::size_t i : kept) table = table || lines[i].text.find('\t') != std::string::npos;
    if (table) {
      Draft d{"", lines[kept.front()].number, lines[kept.back()].number, ParagraphKind::table, false, true};
      for (std::size_t i : kept) {
        if (!d.text.empty()) d.text += '\n';
        d.text += lines[i].text;
      }
      drafts.push_back(std::move(d));
      continue;
    }
    Draft* open = nullptr;
    int joined_to = 0;  // the line the open draft's first hard-wrapped line was joined to
    // One ledger entry per paragraph for its hard wraps, not one per line.
    const auto close = [&] {
      if (open && joined_to) {
        const int first = joined_to + 1;
        ledger.push_back({first, "joined lines",
                          first == open->last_line
                              ? fmt::format("hard-wrapped line {} joined to line {}", first, joined_to)
                              : fmt::format("hard-wrapped lines {}-{} joined to line {}", first, open->last_line,
                                            joined_to)});
      }
      open = nullptr;
      joined_to = 0;
    };
    for (std::size_t i : kept) {
      const SourceLine& line = lines[i];
      if (open && (open->closes_itself || line.heading_mark || closes_itself(line.text))) close();
      if (!open) {
        drafts.push_back({std::string(line.text), line.number, line.number, ParagraphKind::text, line.heading_mark,
                          closes_itself(line.text)});
        open = &drafts.back();
        continue;
      }
      if (const auto word = join_into(open->text, line.text, raw); !word.empty())
        ledger.push_back({line.number, "dehyphenated", word});
      if (!joined_to) joined_to = open->last_line;
      open->last_line = line.number;
    }
    close();
  }
  return drafts;
}

// A paragraph cut by a page break ends mid-sentence and its rest starts in lower case.
std::vector<Draft> rejoin_page_breaks(std::vector<Draft> drafts, std::string_view raw,
                                      std::vector<LedgerEntry>& ledger) {
  std::vector<Draft> out;
  for (auto& d : drafts) {
    if (!out.empty()) {
      Draft& prev = out.back();
      if (prev.kind == ParagraphKind::text && d.kind == ParagraphKind::text && !prev.heading_mark &&
          !prev.closes_itself && !ends_with_terminal_punctuation(prev.text) && starts_lowercase(d.text)) {
        if (const auto word = join_into(prev.text, d.text, raw); !word.empty())
          ledger.push_back({d.first_line, "dehyphenated", word});
        ledger.push_back({d.first_line, "page-break rejoin",
                          "paragraph from line " + std::to_string(prev.first_line) + " continues here"});
        prev.last_line = d.last_line;
        continue;
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

bool looks_like_heading(const Draft& d) {
  if (d.kind != ParagraphKind::text) return false;
  if (d.heading_mark) return true;
  const std::string_view s = d.text;
  return d.first_line == d.last_line && !ends_with_terminal_punctuation(s) && s.back() != ',' &&
         is_ascii_upper(s.front()) && count_words(s, 10) <= 10;
}

// Headings are only looked for in the body: before the salutation come the
// letterhead, date and address, which are short lines of another kind.
void mark_headings(std::vector<Draft>& drafts) {
  bool in_body = false;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    Draft& d = drafts[i];
    if (d.text.starts_with("Dear ")) {
      in_body = true;
      continue;
    }
    if (in_body && i + 1 < drafts.size() && looks_like_heading(d) && !is_valediction(d.text))
      d.kind = ParagraphKind::heading;
  }
}

// "Dear Mr Harden," and "Dear Mr Harden" greet alike: the punctuation after the
// salutation is set apart, so it is never a difference between letters.
void set_apart_salutation_punctuation(std::vector<Draft>& drafts, std::vector<Furniture>& furniture,
                                      std::vector<LedgerEntry>& ledger) {
  for (Draft& d : drafts) {
    if (!d.text.starts_with("Dear ")) continue;
    std::size_t end = d.text.size();
    while (end > 5 && (d.text[end - 1] == ',' || d.text[end - 1] == ':' || d.text[end - 1] == ';')) --end;
    if (end == d.text.size()) return;
    std::string mark = d.text.substr(end);
    d.text.erase(end);
    ledger.push_back({d.last_line, "furniture set apart", "salutation punctuation: " + mark});
    furniture.push_back({std::move(mark), d.last_line, "salutation punctuation"});
    return;
  }
}

// "CV4 0EH", "DY13 8UJ", "SW1A 2AA": a UK postcode's two parts.
bool is_postcode(std::string_view outward, std::string_view inward) {
  const auto upper = [](std::string_view w, std::size_t i) { return i < w.size() && is_ascii_upper(w[i]); };
  const auto digit = [](std::string_view w, std::size_t i) { return i < w.size() && is_ascii_digit(w[i]); };
  if (inward.size() != 3 || !digit(inward, 0) || !upper(inward, 1) || !upper(inward, 2)) return false;
  if (outward.size() < 2 || outward.size() > 4 || !upper(outward, 0)) return false;
  return std::all_of(outward.begin(), outward.end(), [](char c) { return is_ascii_upper(c) || is_ascii_digit(c); }) &&
         std::any_of(outward.begin(), outward.end(), is_ascii_digit);
}

// The recipient's postal address after the council's name ("Wyre Forest District
// Council Civic Centre Stourport-on-Severn DY13 8UJ") is where the letter went, not
// what it says: the street lines up to the postcode are set apart, on the address
// line or as lines of their own before the salutation.
void set_apart_postal_address(std::vector<Draft>& drafts, std::vector<Furniture>& furniture,
                              std::vector<LedgerEntry>& ledger) {
  const auto dear = std::find_if(drafts.begin(), drafts.end(), [](const Draft& d) { return d.text.starts_with("Dear "); });
  for (auto d = dear; d != drafts.begin() && dear - d < 3;) {
    --d;
    const std::string_view text = d->text;
    const auto words = split_words(text);
    if (words.size() < 2 || !is_postcode(words[words.size() - 2], words.back())) continue;
    // The offset just past the council's last word: the first "Council", or the
    // second of two joined by "and" ("Council House" may follow in the street).
    std::size_t after = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string_view bare = words[i].substr(0, words[i].find_last_not_of(",.") + 1);
      if (i == 0 || (bare != "Council" && bare != "Councils" && bare != "Authority")) continue;  // "Council House"
      after = static_cast<std::size_t>(words[i].data() - text.data()) + bare.size();
      if (i + 1 == words.size() || words[i + 1] != "and") break;
    }
    const std::size_t from = text.find_first_not_of(" ,", after);
    std::string address(text.substr(from));
    ledger.push_back({d->first_line, "furniture set apart", "postal address: " + address});
    furniture.push_back({std::move(address), d->first_line, "postal address"});
    if (after == 0) {
      drafts.erase(d);
    } else {
      d->text.erase(after);
    }
    return;
  }
}

}  // namespace

NormalisedText normalise(std::string_view raw) {
  NormalisedText out;
  std::deque<std::string> cleaned;
  auto lines = read_lines(raw, cleaned, out.ledger);
  const auto blocks = find_blocks(lines);
  mark_furniture(lines, blocks, out.furniture, out.ledger);
  auto drafts = rejoin_page_breaks(drafts_from_blocks(lines, blocks, raw, out.ledger), raw, out.ledger);
  mark_headings(drafts);
  set_apart_salutation_punctuation(drafts, out.furniture, out.ledger);
  set_apart_postal_address(drafts, out.furniture, out.ledger);
  out.paragraphs.reserve(drafts.size());
  for (const auto& d : drafts) {
    if (!out.text.empty()) out.text += "\n\n";
    Paragraph p;
    p.begin = static_cast<std::uint32_t>(out.text.size());
    out.text += d.text;
    p.end = static_cast<std::uint32_t>(out.text.size());
    p.first_line = d.first_line;
    p.last_line = d.last_line;
    p.kind = d.kind;
    out.paragraphs.push_back(p);
  }
  std::stable_sort(out.ledger.begin(), out.ledger.end(),
                   [](const LedgerEntry& a, const LedgerEntry& b) { return a.line < b.line; });
  std::stable_sort(out.furniture.begin(), out.furniture.end(),
                   [](const Furniture& a, const Furniture& b) { return a.line < b.line; });
  return out;
}

std::string_view to_string(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::heading: return "heading";
    case ParagraphKind::table: return "table";
    case ParagraphKind::text: break;
  }
  return "text";
}

bool parse_paragraph_kind(std::string_view s, ParagraphKind& kind) {
  if (s == "text") kind = ParagraphKind::text;
  else if (s == "heading") kind = ParagraphKind::heading;
  else if (s == "table") kind = ParagraphKind::table;
  else return false;
  return true;
}

}  // namespace letterdiff
