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

bool only_dates_moved(const std::vector<DiffPiece>& pieces) {
  bool changed = false;
  // Each side read as its own text (the older with its deletions, the newer with
  // its insertions), every word marked whether it changed.
  for (const WordOp side : {WordOp::deleted, WordOp::inserted}) {
    std::vector<std::pair<std::string_view, bool>> words;
    for (const auto& p : pieces) {
      if (p.op == WordOp::deleted || p.op == WordOp::inserted) {
        if (p.op != side) continue;
      }
      for (std::string_view w : split_words(p.text)) words.emplace_back(w, p.op == side);
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!words[i].second) continue;
      changed = true;
      const std::string_view w = words[i].first;
      // A day is a date's only beside its month: "[-27-]{+24+} July", "July {+24+}".
      const bool by_month =
          (i > 0 && is_month(words[i - 1].first)) || (i + 1 < words.size() && is_month(words[i + 1].first));
      if (!(is_year(w) || is_month(w) || (is_day(w) && by_month))) return false;
    }
  }
  return changed;
}

}  // namespace letterdiff
