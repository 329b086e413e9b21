#include "letter/date.h"

#include <array>
#include <fmt/format.h>

#include "base/text.h"

namespace letterdiff {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                       "july",    "august",   "september", "october", "november", "december"};

int month_of(std::string_view word) {
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (iequals(word, kMonths[i])) return static_cast<int>(i) + 1;
    if (word.size() == 3 && iequals(word, kMonths[i].substr(0, 3))) return static_cast<int>(i) + 1;
  }
  return 0;
}

// Reads digits at pos; returns the value and moves pos, or -1.
int read_number(std::string_view s, std::size_t& pos, std::size_t max_digits) {
  std::size_t start = pos;
  int value = 0;
  while (pos < s.size() && is_ascii_digit(s[pos]) && pos - start < max_digits) value = value * 10 + (s[pos++] - '0');
  return pos == start ? -1 : value;
}

std::string_view read_word(std::string_view s, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < s.size() && is_ascii_alpha(s[pos])) ++pos;
  return s.substr(start, pos - start);
}

void skip_spaces(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
}

// A day the calendar has: no 31 February, 29 February in leap years only.
bool valid(const Date& d) {
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  return d.day <= kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
}

bool boundary_before(std::string_view s, std::size_t pos) {
  return pos == 0 || !(is_ascii_alpha(s[pos - 1]) || is_ascii_digit(s[pos - 1]));
}

// Tries each written form of a date starting exactly at pos.
std::optional<DateMatch> date_at(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  if (is_ascii_digit(s[pos])) {
    const int first = read_number(s, p, 2);
    if (p < s.size() && s[p] == '/') {  // 17/07/2024
      ++p;
      const int month = read_number(s, p, 2);
      if (p < s.size() && s[p] == '/') {
        ++p;
        const std::size_t year_start = p;
        const int year = read_number(s, p, 4);
        Date d{year, month, first};
        if (p - year_start == 4 && month <= 12 && valid(d)) return DateMatch{d, pos, p};
      }
      return std::nullopt;
    }
    for (auto suffix : {"st", "nd", "rd", "th"})
      if (s.substr(p).starts_with(suffix)) p += 2;
    skip_spaces(s, p);
    const int month = month_of(read_word(s, p));
    skip_spaces(s, p);
    const std::size_t year_start = p;
    const int year = read_number(s, p, 4);
    Date d{year, month, first};
    if (month && p - year_start == 4 && valid(d)) return DateMatch{d, pos, p};
    return std::nullopt;
  }
  const int month = month_of(read_word(s, p));  // July 17, 2024
  if (!month) return std::nullopt;
  skip_spaces(s, p);
  const int day = read_number(s, p, 2);
  if (p < s.size() && s[p] == ',') ++p;
  skip_spaces(s, p);
  const std::size_t year_start = p;
  const int year = read_number(s, p, 4);
  Date d{year, month, day};
  if (day > 0 && p - year_start == 4 && valid(d)) return DateMatch{d, pos, p};
  return std::nullopt;
}

}  // namespace

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::optional<DateMatch> find_date(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!(is_ascii_digit(text[i]) || is_ascii_upper(text[i])) || !boundary_before(text, i)) continue;
    if (auto m = date_at(text, i)) return m;
  }
  return std::nullopt;
}

std::optional<Date> parse_date(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ',')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  auto m = date_at(text, 0);
  if (!m || m->end != text.size()) return std::nullopt;
  return m->date;
}

}  // namespace letterdiff
