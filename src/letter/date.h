// Dates as letters write them ("17 July 2024", "17th July 2024", "July 17, 2024",
// "17/07/2024") parsed into a value that prints as ISO 8601.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace letterdiff {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  std::string iso() const;
};

struct DateMatch {
  Date date;
  std::size_t begin = 0;  // byte range of the date in the searched text
  std::size_t end = 0;
};

// The first date written anywhere in text.
std::optional<DateMatch> find_date(std::string_view text);
// text is a date and nothing else (trailing punctuation aside).
std::optional<Date> parse_date(std::string_view text);

}  // namespace letterdiff
