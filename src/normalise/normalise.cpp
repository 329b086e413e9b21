#include "normalise/normalise.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
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
  int page = 0;           // counted by form feeds
  bool heading_mark = false;
  bool furniture = false;
  bool header_candidate = false;  // stands alone and could be a running header
};

struct Draft {
  std::string text;
  int first_line = 0;
  int last_line = 0;
  int first_page = 0;
  int last_page = 0;
  ParagraphKind kind = ParagraphKind::text;
  bool heading_mark = false;
  bool closes_itself = false;  // a salutation or valediction: never joined to what follows
  std::size_t last_line_width = 0;  // characters on its last source line
};

// Characters, not bytes: a curly quote is as wide as a straight one.
std::size_t width_of(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The width the letter was hard-wrapped to, or 0 when it was not: the widest line
// that a line of the same paragraph follows (a paragraph's last line ends where
// its words do, not at the margin). Too few wrapped lines say nothing.
std::size_t wrap_width(const std::vector<SourceLine>& lines) {
  std::size_t widest = 0, wrapped = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].furniture || lines[i].text.empty() || lines[i + 1].text.empty() || lines[i + 1].page != lines[i].page ||
        lines[i].text.find('\t') != std::string_view::npos)
      continue;
    widest = std::max(widest, width_of(lines[i].text));
    ++wrapped;
  }
  return wrapped >= 5 ? widest : 0;
}

// A form feed is a page break: it separates blocks like a blank line does.
// Lines that needed cleaning are kept in `cleaned` (stable addresses); the rest
// are views of the raw text.
std::vector<SourceLine> read_lines(std::string_view raw, std::deque<std::string>& cleaned,
                                   std::vector<LedgerEntry>& ledger) {
  std::vector<SourceLine> lines;
  int number = 0, page = 0;
  for (std::string_view line : split_lines(raw)) {
    ++number;
    std::size_t start = 0;
    for (;;) {
      const auto ff = line.find('\f', start);
      const std::string_view piece = line.substr(start, ff == std::string_view::npos ? ff : ff - start);
      if (already_clean(piece)) {
        lines.push_back({piece, number, page, false, false, false});
      } else {
        CleanLine clean = clean_line(piece);
        if (clean.folded > 0)
          ledger.push_back({number, "folded characters",
                            std::to_string(clean.folded) + " curly quote, dash, space or ligature" +
                                (clean.folded == 1 ? "" : "s")});
        if (!clean.markup.empty()) ledger.push_back({number, "markup stripped", clean.markup});
        lines.push_back({cleaned.emplace_back(std::move(clean.text)), number, page, clean.markdown_heading, false, false});
      }
      if (ff == std::string_view::npos) break;
      lines.push_back({"", number, page++, false, false, false});
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

void set_apart(SourceLine& line, const char* reason, std::vector<Furniture>& furniture,
               std::vector<LedgerEntry>& ledger) {
  line.furniture = true;
  furniture.push_back({std::string(line.text), line.number, reason});
  ledger.push_back({line.number, "furniture set apart", fmt::format("{}: {}", reason, line.text)});
}

// The recipient's address block (the paragraph before the salutation), as one line.
std::string address_block(const std::vector<SourceLine>& lines, const std::vector<Block>& blocks) {
  for (std::size_t b = 1; b < blocks.size(); ++b) {
    if (!lines[blocks[b].first].text.starts_with("Dear ")) continue;
    std::string address;
    for (std::size_t i = blocks[b - 1].first; i < blocks[b - 1].last; ++i)
      address += (address.empty() ? "" : " ") + std::string(trim(lines[i].text));
    return address;
  }
  return "";
}

// Page furniture by where it stands: lines at the top or bottom of the pages
// (within the first and last few lines of each) that recur, digits masked, at
// the edges of most pages: running headers and footers, addresses, page numbers
// in any form, print dates. Page numbers, committee-pack labels, contact details
// (a first-page-only footer) and the council's own name standing alone are
// furniture too, even once. A salutation or valediction ends the search: the
// letter's title after "Dear" is never a running header, whatever repeats it.
// Lines the letter's group shows to be furniture (group_evidence.h) are set
// apart at the page breaks; the lines about each break are kept for the group.
void mark_page_edges(std::vector<SourceLine>& lines, const std::vector<Block>& blocks, const EdgeFurniture* group,
                     NormalisedText& out) {
  auto& furniture = out.furniture;
  auto& ledger = out.ledger;
  constexpr std::size_t kEdgeLines = 6;
  std::vector<std::vector<std::size_t>> pages;  // non-blank lines of each page
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.empty()) continue;
    if (pages.size() <= static_cast<std::size_t>(lines[i].page)) pages.resize(lines[i].page + 1);
    pages[lines[i].page].push_back(i);
  }
  std::erase_if(pages, [](const auto& p) { return p.empty(); });
  if (pages.size() < 2) return;
  // The edge lines of each page: from the top down and from the bottom up.
  const auto edge = [&](const std::vector<std::size_t>& page, bool top) {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < page.size() && k < kEdgeLines; ++k) {
      const std::size_t i = top ? page[k] : page[page.size() - 1 - k];
      if (lines[i].text.starts_with("Dear ") || is_valediction(lines[i].text)) break;
      out.push_back(i);
    }
    return out;
  };
  std::map<std::string, std::set<int>> pages_of;  // edge key -> pages it stands at an edge of
  for (const auto& page : pages)
    for (bool top : {true, false})
      for (std::size_t i : edge(page, top)) pages_of[edge_key(lines[i].text)].insert(lines[i].page);
  // A running line is never a sentence, however often the statistics repeat it
  // ("This compares to an average of 67% ..."), nor the wrapped end of one ("2023 to
  // 31 March 2024" under "... 1 April"), nor a lone figure ("2024"): it takes more
  // than one group of digits to be a date.
  const auto continues_line_above = [&](std::size_t i) {
    const std::string_view text = trim(lines[i].text);
    return i > 0 && !lines[i - 1].text.empty() && lines[i - 1].page == lines[i].page &&
           !ends_with_terminal_punctuation(trim(lines[i - 1].text)) &&
           (starts_lowercase(text) || (!text.empty() && is_ascii_digit(text[0])));
  };
  const auto recurs = [&](std::size_t i) {
    const std::string_view text = trim(lines[i].text);
    const bool sentence = ends_with_terminal_punctuation(text) && !text.ends_with("...");  // "...": a cut title
    if (sentence || continues_line_above(i)) return false;
    const std::string key = edge_key(text);
    if (std::none_of(key.begin(), key.end(), is_ascii_alpha) && std::count(key.begin(), key.end(), '#') < 2) return false;
    const auto& on = pages_of[key];
    return on.size() >= 2 && 2 * on.size() >= pages.size();
  };
  const std::string address = address_block(lines, blocks);
  const auto councils_name = [&](std::string_view line) {
    const std::string_view t = trim(line);
    return count_words(t, 3) >= 2 && address.size() > t.size() && iends_with(address, t) &&
           address[address.size() - t.size() - 1] == ' ';
  };
  // Why a line at a page edge is furniture, or null. Contact details and the
  // council's name are furniture even once, but never in page 1's letterhead.
  const auto at_break = [&](std::size_t page, bool top) { return top ? page > 0 : page + 1 < pages.size(); };
  const auto furniture_reason = [&](std::size_t i, std::size_t page, bool top) -> const char* {
    const std::string_view text = lines[i].text;
    if (is_page_number(text)) return "page number";
    if (recurs(i)) return "running header or footer";
    if (group && at_break(page, top) && group->contains(edge_key(text)))
      return "recurs at page breaks across the group's letters";
    if (is_pack_label(text) || is_committee_header(text)) return "committee-pack label";
    const bool below_letterhead = !top || lines[i].page > 0;
    if (below_letterhead && is_contact_line(text)) return "footer: contact details";
    if (below_letterhead && councils_name(text)) return "running header: the council's name";
    return nullptr;
  };
  // From each edge inwards, furniture runs until the first line that is none:
  // past it is the letter (a signatory line that a footer repeats is the letter's).
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (bool top : {true, false})
      for (std::size_t i : edge(pages[p], top)) {
        SourceLine& line = lines[i];
        if (line.furniture) continue;
        const char* reason = furniture_reason(i, p, top);
        if (!reason) break;
        set_apart(line, reason, furniture, ledger);
      }

  // About each break, the lines left: the edge lines that could be running lines,
  // and a few lines of text beyond them on either side.
  const auto could_run = [&](std::size_t i) {
    const std::string_view text = trim(lines[i].text);
    return could_be_running_header(text) && !continues_line_above(i) &&
           std::any_of(text.begin(), text.end(), is_ascii_alpha);
  };
  constexpr std::size_t kBeyond = 3;
  for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
    std::set<std::size_t> edges;
    for (std::size_t i : edge(pages[p], false)) edges.insert(i);
    for (std::size_t i : edge(pages[p + 1], true)) edges.insert(i);
    Seam& seam = out.clues.seams.emplace_back();
    const auto& above = pages[p];
    const auto& below = pages[p + 1];
    const std::size_t depth = kEdgeLines + kBeyond;
    for (std::size_t k = above.size() > depth ? above.size() - depth : 0; k < above.size(); ++k)
      if (!lines[above[k]].furniture) seam.push_back({edge_key(lines[above[k]].text), edges.contains(above[k]) && could_run(above[k])});
    for (std::size_t k = 0; k < below.size() && k < depth; ++k)
      if (!lines[below[k]].furniture) seam.push_back({edge_key(lines[below[k]].text), edges.contains(below[k]) && could_run(below[k])});
  }
}

void mark_furniture(std::vector<SourceLine>& lines, const std::vector<Block>& blocks,
                    std::vector<Furniture>& furniture, std::vector<LedgerEntry>& ledger) {
  // Running headers and footers stand alone between blank lines or page breaks; a
  // wrapped line of a paragraph the letter repeats is not one.
  // With page breaks, the page edges say what repeats (mark_page_edges); without,
  // a line standing alone twice does, but never the title after the salutation.
  const bool paged = std::any_of(lines.begin(), lines.end(), [](const SourceLine& l) { return l.page > 0; });
  tsl::hopscotch_map<std::string_view, int, WordHash, WordEqual> repeats;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    SourceLine& line = lines[blocks[b].first];
    const bool title = b > 0 && lines[blocks[b - 1].first].text.starts_with("Dear ");
    line.header_candidate = !paged && !title && blocks[b].size() == 1 && could_be_running_header(line.text);
    if (line.header_candidate) ++repeats[line.text];
  }

  bool in_signature = false;
  for (const auto& block : blocks) {
    for (std::size_t i = block.first; i < block.last; ++i) {
      SourceLine& line = lines[i];
      if (line.furniture) continue;
      const char* reason = nullptr;
      // A wrapped line of running text can look like a label; real ones stand
      // alone, or beside furniture only.
      const bool alone = std::count_if(lines.begin() + block.first, lines.begin() + block.last,
                                       [](const SourceLine& l) { return !l.furniture; }) == 1;
      if (is_page_number(line.text) && (alone || istarts_with(line.text, "page")))
        reason = "page number";
      else if (alone && (is_pack_label(line.text) || is_committee_header(line.text)))
        reason = "committee-pack label";
      else if (in_signature && is_garbled_signature(line.text))
        reason = "garbled signature";
      else if (line.header_candidate && repeats[line.text] >= 2)
        reason = "running header or footer";
      if (reason) {
        set_apart(line, reason, furniture, ledger);
        continue;
      }
      in_signature = is_valediction(line.text);
    }
  }
}

// Compounds that keep their hyphen when a line break falls on it, though the
// letter does not write them elsewhere: a wrap never splits these words there.
bool known_compound(std::string_view first, std::string_view second) {
  static constexpr std::string_view kPrefixes[] = {"well", "self", "co", "non", "multi", "cross", "long", "short"};
  static constexpr std::string_view kWords[] = {"follow-up", "follow-on", "one-off", "e-mail", "decision-making",
                                                "year-end", "in-house", "part-time", "full-time", "high-quality"};
  for (auto p : kPrefixes)
    if (iequals(first, p)) return true;
  const std::string word = std::string(first) + "-" + std::string(second);
  for (auto w : kWords)
    if (iequals(word, w)) return true;
  return false;
}

// A web or e-mail address broken at a line end ("www.lgo.org.uk/" / "training",
// "training@lgo." / "org.uk"): its last word, when it goes on in the next line.
bool address_goes_on(std::string_view text, std::string_view next) {
  const std::size_t space = text.find_last_of(' ');
  const std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
  const bool address = word.find("www.") != std::string_view::npos || word.find("://") != std::string_view::npos ||
                       word.find('@') != std::string_view::npos;
  if (!address || word.empty() || next.empty()) return false;
  const bool open_end = std::string_view("/.-_=?&@#").find(word.back()) != std::string_view::npos;
  return open_end && (is_ascii_lower(next.front()) || is_ascii_digit(next.front()));
}

struct Joined {
  const char* kind = nullptr;  // the ledger's word for what was undone, when something was
  std::string detail;
};

// What joining the pieces of a paragraph looks at, and what it leaves for the group.
struct Joining {
  std::string_view raw;                            // the letter as read
  const std::set<std::string>* group_compounds;    // the group's (group_evidence.h), once known
  std::vector<std::string>& dehyphenated;          // clues: the hyphenated words it undid, lower case
};

// Joins two pieces of one paragraph: an address broken at the line end is
// rejoined, a line-end hyphen undone unless the hyphenated word is written that
// way elsewhere in the letter or in its group, or is a known compound.
Joined join_into(std::string& text, std::string_view next, const Joining& joining) {
  if (address_goes_on(text, next)) {
    const std::size_t space = text.find_last_of(' ');
    Joined joined{"address rejoined", text.substr(space == std::string::npos ? 0 : space + 1) + " " +
                                          std::string(next.substr(0, next.find(' ')))};
    text += next;
    return joined;
  }
  const bool hyphen = text.size() >= 2 && text.back() == '-' && is_ascii_alpha(text[text.size() - 2]) &&
                      !next.empty() && is_ascii_lower(next.front());
  if (!hyphen) {
    text += ' ';
    text += next;
    return {};
  }
  std::size_t start = text.size() - 1;
  while (start > 0 && is_ascii_alpha(text[start - 1])) --start;
  std::size_t stop = 0;
  while (stop < next.size() && is_ascii_alpha(next[stop])) ++stop;
  const std::string compound = text.substr(start) + std::string(next.substr(0, stop));
  const std::size_t dash = compound.find('-');
  const std::string lower = to_lower(compound);
  const bool undo = joining.raw.find(compound) == std::string_view::npos &&
                    !known_compound(std::string_view(compound).substr(0, dash), next.substr(0, stop)) &&
                    !(joining.group_compounds && joining.group_compounds->contains(lower));
  if (undo) {
    text.pop_back();
    joining.dehyphenated.push_back(lower);
  }
  text += next;
  if (!undo) return {};
  std::string joined = compound;
  joined.erase(dash, 1);
  return {"dehyphenated", compound + " -> " + joined};
}

bool closes_itself(std::string_view line) {
  return line.starts_with("Dear ") || is_valediction(line);
}

std::vector<Draft> drafts_from_blocks(const std::vector<SourceLine>& lines, const std::vector<Block>& blocks,
                                      const Joining& joining, std::vector<LedgerEntry>& ledger) {
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
      Draft d{"",    lines[kept.front()].number, lines[kept.back()].number, lines[kept.front()].page,
              lines[kept.back()].page, ParagraphKind::table, false, true};
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
        drafts.push_back({std::string(line.text), line.number, line.number, line.page, line.page, ParagraphKind::text,
                          line.heading_mark, closes_itself(line.text), width_of(line.text)});
        open = &drafts.back();
        continue;
      }
      if (const auto joined = join_into(open->text, line.text, joining); joined.kind)
        ledger.push_back({line.number, joined.kind, joined.detail});
      if (!joined_to) joined_to = open->last_line;
      open->last_line = line.number;
      open->last_page = line.page;
      open->last_line_width = width_of(line.text);
    }
    close();
  }
  return drafts;
}

// One short line that does not end a sentence: a heading, not a paragraph's rest.
bool could_be_heading(const Draft& d) {
  return d.first_line == d.last_line && !ends_with_terminal_punctuation(d.text) && count_words(d.text, 11) <= 10;
}

// A paragraph cut by a page break ends mid-sentence and its rest starts in lower
// case. Or a page break lies between them and the first is no heading and either
// its last line is full, so the margin ended it rather than the paragraph (the
// next word would not have fitted: "... for the statistic." / "This year, we
// also ..."), or it stopped mid-sentence before more than a heading ("...
// completed about your" / "Council this year, many ..."). `width`: the letter's
// wrap width, 0 if it was not wrapped.
std::vector<Draft> rejoin_page_breaks(std::vector<Draft> drafts, std::size_t width, const Joining& joining,
                                      std::vector<LedgerEntry>& ledger) {
  const auto cut_by_page_break = [&](const Draft& prev, const Draft& d) {
    const bool sentence_ended = ends_with_terminal_punctuation(prev.text);
    if (starts_lowercase(d.text)) return !sentence_ended;
    if (d.first_page == prev.last_page || d.heading_mark || closes_itself(d.text) || could_be_heading(prev))
      return false;
    const std::string_view first_word = std::string_view(d.text).substr(0, d.text.find(' '));
    const bool full = width > 0 && prev.last_line_width + 1 + width_of(first_word) > width;
    if (could_be_heading(d)) return full && !sentence_ended;
    return full || (!sentence_ended && prev.text.back() != ',');
  };
  std::vector<Draft> out;
  for (auto& d : drafts) {
    if (!out.empty()) {
      Draft& prev = out.back();
      if (prev.kind == ParagraphKind::text && d.kind == ParagraphKind::text && !prev.heading_mark &&
          !prev.closes_itself && cut_by_page_break(prev, d)) {
        if (const auto joined = join_into(prev.text, d.text, joining); joined.kind)
          ledger.push_back({d.first_line, joined.kind, joined.detail});
        ledger.push_back({d.first_line, "page-break rejoin",
                          "paragraph from line " + std::to_string(prev.first_line) + " continues here"});
        prev.last_line = d.last_line;
        prev.last_page = d.last_page;
        prev.last_line_width = d.last_line_width;
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

// The words written with a hyphen inside a line ("well-established"), lower case,
// each once: evidence for the group of which line-end hyphens are compounds'.
std::vector<std::string> hyphenated_words(std::string_view raw) {
  std::vector<std::string> words;
  for (std::size_t dash = raw.find('-'); dash != std::string_view::npos; dash = raw.find('-', dash + 1)) {
    if (dash == 0 || dash + 1 >= raw.size() || !is_ascii_alpha(raw[dash - 1]) || !is_ascii_alpha(raw[dash + 1]))
      continue;
    std::size_t start = dash, stop = dash + 1;
    while (start > 0 && is_ascii_alpha(raw[start - 1])) --start;
    while (stop < raw.size() && is_ascii_alpha(raw[stop])) ++stop;
    words.push_back(to_lower(raw.substr(start, stop - start)));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

}  // namespace

NormalisedText normalise(std::string_view raw, const GroupEvidence* group) {
  NormalisedText out;
  std::deque<std::string> cleaned;
  auto lines = read_lines(raw, cleaned, out.ledger);
  const auto blocks = find_blocks(lines);
  mark_page_edges(lines, blocks, group ? &group->furniture : nullptr, out);
  mark_furniture(lines, blocks, out.furniture, out.ledger);
  const Joining joining{raw, group ? &group->compounds : nullptr, out.clues.dehyphenated};
  auto drafts = rejoin_page_breaks(drafts_from_blocks(lines, blocks, joining, out.ledger), wrap_width(lines), joining,
                                   out.ledger);
  out.clues.hyphenated = hyphenated_words(raw);
  mark_headings(drafts);
  set_apart_salutation_punctuation(drafts, out.furniture, out.ledger);
  set_apart_postal_address(drafts, out.furniture, out.ledger);
  out.paragraphs.reserve(drafts.size());
  std::size_t size = 0;
  for (const auto& d : drafts) size += d.text.size() + 2;
  out.text.reserve(size);
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
