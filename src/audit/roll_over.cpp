// A paragraph whose only changes are its dates and years moving on ("on [-27 July
// 2022-]{+24 July 2024+}", "Annual Review letter [-2022-23-]{+2023-24+}"): a
// year's roll-over, not a rewording.
#include <algorithm>
#include <array>

#include "audit/audit.h"
#include "base/text.h"

namespace letterdiff {
namespace {

std::string_view bare(std::string_view w) {
  while (!w.empty() && std::string_view(",.;:()").find(w.front()) != std::string_view::npos) w.remove_prefix(1);
  while (!w.empty() && std::string_view(",.;:()").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  return w;
}

bool digits(std::string_view s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), is_ascii_digit);
}

bool is_month(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  w = bare(w);
  for (auto m : kMonths)
    if (iequals(w, m) || (w.size() == 3 && iequals(w, m.substr(0, 3)))) return true;
  if (iequals(w, "sept")) return true;
  return false;
}

// 2024, 2023-24, 2023/24, 2023-2024.
bool is_year(std::string_view w) {
  w = bare(w);
  if (digits(w, 4)) return w.starts_with("19") || w.starts_with("20");
  if (w.size() < 7 || (w[4] != '-' && w[4] != '/')) return false;
  return is_year(w.substr(0, 4)) && (digits(w.substr(5), 2) || digits(w.substr(5), 4));
}

// 1 to 31, with or without "st", "nd", "rd", "th".
bool is_day(std::string_view w) {
  w = bare(w);
  std::size_t n = 0;
  while (n < w.size() && is_ascii_digit(w[n])) ++n;
  const std::string_view suffix = w.substr(n);
  if (n == 0 || n > 2 || !(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"))
    return false;
  const int day = n == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
  return day >= 1 && day <= 31;
}

}  // namespace

DateMarks mark_dates(const std::vector<DiffPiece>& pieces) {
  DateMarks marks;
  marks.date_piece.assign(pieces.size(), true);
  // Each side read as its own text (the older with its deletions, the newer with
  // its insertions), every word marked whether it changed.
  for (const WordOp side : {WordOp::deleted, WordOp::inserted}) {
    struct Word {
      std::string_view text;
      std::size_t piece;  // SIZE_MAX: unchanged
    };
    std::vector<Word> words;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      const DiffPiece& p = pieces[k];
      if ((p.op == WordOp::deleted || p.op == WordOp::inserted) && p.op != side) continue;
      for (std::string_view w : split_words(p.text)) words.push_back({w, p.op == side ? k : SIZE_MAX});
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i].piece == SIZE_MAX) continue;
      const std::string_view w = words[i].text;
      // A day is a date's only beside its month: "[-27-]{+24+} July", "July {+24+}".
      const bool by_month =
          (i > 0 && is_month(words[i - 1].text)) || (i + 1 < words.size() && is_month(words[i + 1].text));
      if (is_year(w) || is_month(w) || (is_day(w) && by_month)) {
        ++marks.date_words;
      } else {
        ++marks.other_words;
        marks.date_piece[words[i].piece] = false;
      }
    }
  }
  for (std::size_t k = 0; k < pieces.size(); ++k)
    if (pieces[k].op != WordOp::deleted && pieces[k].op != WordOp::inserted) marks.date_piece[k] = false;
  return marks;
}

bool only_dates_moved(const std::vector<DiffPiece>& pieces) {
  const DateMarks marks = mark_dates(pieces);
  return marks.date_words > 0 && marks.other_words == 0;
}

std::vector<DateMove> date_moves(const std::vector<DiffPiece>& pieces, const std::vector<bool>& date_piece) {
  std::vector<DateMove> moves;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    if (!date_piece[k]) continue;
    const bool replaced = pieces[k].op == WordOp::deleted && k + 1 < pieces.size() &&
                          pieces[k + 1].op == WordOp::inserted && date_piece[k + 1];
    if (replaced) {
      moves.push_back({std::string(trim(pieces[k].text)), std::string(trim(pieces[k + 1].text))});
      ++k;
    } else if (pieces[k].op == WordOp::deleted) {
      moves.push_back({std::string(trim(pieces[k].text)), ""});
    } else {
      moves.push_back({"", std::string(trim(pieces[k].text))});
    }
  }
  return moves;
}

}  // namespace letterdiff
