#include "segment/slot_types.h"

#include <algorithm>
#include <array>
#include <cstddef>

#include "base/text.h"

namespace letterdiff {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 9> kTitles = {"Mr", "Ms", "Mrs", "Miss", "Dr", "Cllr", "Sir", "Dame", "Councillor"};
constexpr std::array<std::string_view, 10> kOrganisationWords = {"Council", "Borough", "County", "City", "District",
                                                                 "Authority", "Corporation", "Combined", "Parish",
                                                                 "Metropolitan"};
constexpr std::array<std::string_view, 14> kRoleWords = {"Executive", "Director", "Manager", "Clerk",   "Leader",
                                                         "Mayor",     "Head",     "Officer", "Interim", "Acting",
                                                         "General",   "Chair",    "Service", "Secretary"};
// Lower-case words a name may carry inside ("Royal Borough of Kingston upon Thames").
constexpr std::array<std::string_view, 9> kJoiners = {"of", "and", "upon", "on", "the", "in", "le", "under", "&"};

// Words a phrase is made of, never a name: a place holding one is no slot.
constexpr std::array<std::string_view, 48> kFunctionWords = {
    "this",  "that",   "these",   "those", "it",    "them",  "they",  "a",     "an",    "the",   "to",    "of",
    "and",   "or",     "in",      "on",    "at",    "for",   "with",  "without", "by",  "from",  "not",   "no",
    "any",   "all",    "some",    "your",  "our",   "its",   "their", "which", "who",   "was",   "were",  "is",
    "are",   "be",     "been",    "has",   "have",  "had",   "will",  "would", "should", "could", "may",  "must"};
constexpr std::array<std::string_view, 28> kNumberWords = {
    "one",     "two",     "three",     "four",     "five",    "six",     "seven",  "eight",  "nine",  "ten",
    "eleven",  "twelve",  "thirteen",  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",  "thirty",  "forty",     "fifty",    "sixty",   "seventy", "eighty", "ninety", "no"};

template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_figure(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (is_ascii_digit(c)) digit = true;
    else if (c != ',' && c != '.') return false;
  }
  return digit;
}

bool is_punctuation(std::string_view w) {
  return std::none_of(w.begin(), w.end(), [](char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || (c & 0x80); });
}

bool capitalised(std::string_view w) { return !w.empty() && (is_ascii_upper(w[0]) || (w[0] & 0x80)); }

// Words of a name: capitalised, or a joiner inside; a hyphen or an apostrophe allowed.
bool name_words(std::span<const std::string_view> words, std::size_t most) {
  if (words.empty() || words.size() > most || !capitalised(words.front())) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return capitalised(w) || one_of(w, kJoiners) || w == "-" || w == "'" || w == "’";
  });
}

bool is_year(std::string_view w) {
  return (w.size() == 4 && std::all_of(w.begin(), w.end(), is_ascii_digit)) ||
         (w.size() == 7 && w[4] == '-' && is_ascii_digit(w[0]) && is_ascii_digit(w[6]));
}

// "17 July 2024", "July 2024", "31/03/2024", "2024-07-17".
bool is_date(std::span<const std::string_view> words) {
  if (words.empty() || words.size() > 3) return false;
  if (words.size() == 1) {
    const std::string_view w = words[0];
    return w.size() >= 8 && w.size() <= 10 && is_ascii_digit(w[0]) &&
           std::all_of(w.begin(), w.end(), [](char c) { return is_ascii_digit(c) || c == '/' || c == '-' || c == '.'; }) &&
           std::count_if(w.begin(), w.end(), [](char c) { return c == '/' || c == '-' || c == '.'; }) == 2;
  }
  const bool month = std::any_of(words.begin(), words.end(), [](std::string_view w) { return one_of(w, kMonths); });
  const bool rest = std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return one_of(w, kMonths) || (w.size() <= 4 && std::all_of(w.begin(), w.end(), is_ascii_digit));
  });
  return month && rest;
}

}  // namespace

std::size_t max_slot_words(std::string_view type) {
  if (type == "number" || type == "percentage" || type == "money" || type == "year" || type == "month") return 1;
  if (type == "date") return 3;
  if (type == "name" || type == "text") return 4;  // "adult social care services"
  if (type == "person") return 5;
  if (type == "role") return 8;
  if (type == "organisation") return 12;
  return 0;
}

bool clear_edged(std::string_view type) {
  return type == "number" || type == "percentage" || type == "money" || type == "date" || type == "month" ||
         type == "year";
}

bool known_slot_type(std::string_view type) {
  static constexpr std::array<std::string_view, 11> kTypes = {"number", "percentage", "money", "date",
                                                              "month",  "year",       "person", "organisation",
                                                              "role",   "name",       "text"};
  return one_of(type, kTypes);
}

bool slot_value_fits(std::string_view type, std::span<const std::string_view> words) {
  if (words.empty() || words.size() > max_slot_words(type)) return false;
  const std::string_view w = words[0];
  if (type == "number") return words.size() == 1 && (is_figure(w) || one_of(w, kNumberWords));
  if (type == "percentage") return words.size() == 1 && w.size() > 1 && w.back() == '%' && is_figure(w.substr(0, w.size() - 1));
  if (type == "money") return words.size() == 1 && (w.starts_with("£") || w.starts_with("$")) && is_figure(w.substr(w[0] == '$' ? 1 : 2));
  if (type == "year") return words.size() == 1 && is_year(w);
  if (type == "month") return words.size() == 1 && one_of(w, kMonths);
  if (type == "date") return is_date(words);
  if (type == "person") return name_words(words, 5);
  if (type == "organisation") return name_words(words, 12);
  if (type == "role") return name_words(words, 8);
  if (type == "name" || type == "text") {  // a service, a place: a few words, no phrase
    if (one_of(words.front(), kFunctionWords) || one_of(words.back(), kFunctionWords))
      return false;
    return std::none_of(words.begin(), words.end(), [](std::string_view x) {
      return (is_punctuation(x) && x != "-" && x != "&") || (one_of(x, kFunctionWords) && x != "of" && x != "and");
    });
  }
  return false;
}

void widen_dates(std::vector<bool>& varying, std::span<const std::string_view> words) {
  const auto fits = [&](std::size_t i, std::string_view type) { return slot_value_fits(type, words.subspan(i, 1)); };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!varying[i] || !fits(i, "month")) continue;
    if (i + 1 < words.size() && fits(i + 1, "year")) varying[i + 1] = true;
    if (i > 0 && fits(i - 1, "number") && words[i - 1].size() <= 2) varying[i - 1] = true;
  }
}

std::string_view infer_slot_type(std::span<const std::string_view> words) {
  if (words.empty()) return "";
  const auto has = [&](const auto& list) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return one_of(w, list); });
  };
  for (std::string_view type : {"percentage", "money", "number", "year", "month", "date"})
    if (slot_value_fits(type, words)) return type;
  if (one_of(words[0], kTitles) && slot_value_fits("person", words)) return "person";
  if (has(kOrganisationWords) && slot_value_fits("organisation", words)) return "organisation";
  if (has(kRoleWords) && slot_value_fits("role", words)) return "role";
  if (slot_value_fits("name", words)) return "name";
  return "";
}

}  // namespace letterdiff
