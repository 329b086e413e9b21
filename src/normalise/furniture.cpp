#include "normalise/furniture.h"

#include <algorithm>

#include <array>

#include "base/text.h"

namespace letterdiff {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_ascii_digit(c)) return false;
  return true;
}

bool is_ordinal_word(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (auto k : kWords)
    if (iequals(w, k)) return true;
  return false;
}

bool is_roman(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;
  for (char c : w)
    if (std::string_view("ivxIVX").find(c) == std::string_view::npos) return false;
  return true;
}

// "CV4 0EH": a UK postcode's outward code, then a digit and two letters.
bool is_postcode(std::string_view outward, std::string_view inward) {
  if (inward.size() != 3 || !is_ascii_digit(inward[0]) || !is_ascii_upper(inward[1]) || !is_ascii_upper(inward[2]))
    return false;
  if (outward.size() < 2 || outward.size() > 4 || !is_ascii_upper(outward[0])) return false;
  return std::any_of(outward.begin(), outward.end(), is_ascii_digit) &&
         std::all_of(outward.begin(), outward.end(), [](char c) { return is_ascii_upper(c) || is_ascii_digit(c); });
}

bool is_address(std::string_view word) {
  return istarts_with(word, "www.") || istarts_with(word, "http://") || istarts_with(word, "https://") ||
         (word.find('@') != std::string_view::npos && word.find('.') != std::string_view::npos);
}

}  // namespace

std::string edge_key(std::string_view line) {
  std::string key;
  for (char c : trim(line)) {
    if (c == '|') c = 'l';
    if (is_ascii_digit(c) || c == 'O') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (c == ' ' || c == '\t') {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += ascii_lower(c);
    }
  }
  return key;
}

bool is_contact_line(std::string_view line) {
  const std::string_view s = trim(line);
  if (s.size() > 160 || ends_with_terminal_punctuation(s)) return false;
  const auto words = split_words(s);
  if (!words.empty() && (iequals(words[0], "cc") || iequals(words[0], "cc:"))) return false;  // a copy list is the letter's
  bool address = false, postal = false;  // a web or e-mail address; a postcode or telephone number
  std::size_t prose = 0;  // words of a sentence: lower case, not an address
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (i + 1 < words.size() && std::string_view(".?!").find(w.back()) != std::string_view::npos)
      return false;  // a sentence ends mid-line
    while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == '|')) w.remove_suffix(1);
    if (is_address(w)) address = true;
    else if (!w.empty() && is_ascii_lower(w[0])) ++prose;
    if (i + 1 < words.size() && is_postcode(w, words[i + 1])) postal = true;
    if (iequals(w, "t:") || iequals(w, "tel") || iequals(w, "tel:") || iequals(w, "telephone:") || iequals(w, "phone:"))
      postal = true;
  }
  // "www.lgo.org.uk/training or" is a wrapped sentence; "Ombudsman, PO Box 4771, Coventry CV4 0EH" is not.
  return (address && prose == 0) || (postal && prose <= 1);
}

bool is_page_number(std::string_view line) {
  std::string_view s = trim(line);
  if (s.size() > 20) return false;
  if (istarts_with(s, "page ")) s = trim(s.substr(5));
  if (s.size() >= 2 && s.front() == '-' && s.back() == '-') s = trim(s.substr(1, s.size() - 2));
  const auto words = split_words(s);
  if (words.size() == 1) {
    const auto slash = words[0].find('/');
    if (slash == std::string_view::npos) return all_digits(words[0]) && words[0].size() <= 3;
    return all_digits(words[0].substr(0, slash)) && all_digits(words[0].substr(slash + 1));
  }
  return words.size() == 3 && all_digits(words[0]) && iequals(words[1], "of") &&
         all_digits(words[2]);
}

bool is_pack_label(std::string_view line) {
  const std::string_view s = trim(line);
  if (s.empty() || (ascii_lower(s[0]) != 'a' && ascii_lower(s[0]) != 'e')) return false;
  if (!(istarts_with(s, "agenda") || istarts_with(s, "appendix") || istarts_with(s, "annex") ||
        istarts_with(s, "enclosure")))
    return false;  // most lines: decided without splitting them into words
  const auto words = split_words(s);
  if (words.size() < 2 || words.size() > 8 || ends_with_terminal_punctuation(line)) return false;
  std::size_t label = 1;
  if (iequals(words[0], "agenda") && iequals(words[1], "item")) {
    label = 2;
  } else if (!(iequals(words[0], "appendix") || iequals(words[0], "annex") ||
               iequals(words[0], "annexe") || iequals(words[0], "enclosure"))) {
    return false;
  }
  if (label >= words.size()) return false;
  std::string_view id = words[label];
  while (!id.empty() && (id.back() == ':' || id.back() == '.' || id.back() == ')')) id.remove_suffix(1);
  return all_digits(id) || is_ordinal_word(id) || is_roman(id) || (id.size() == 1 && is_ascii_upper(id[0]));
}

bool is_committee_header(std::string_view line) {
  const std::string_view s = trim(line);
  if (s.size() < 8 || s.size() > 100 || !is_ascii_upper(s[0]) || ends_with_terminal_punctuation(s)) return false;
  std::size_t dash = s.find(" - "), width = 3;
  if (dash == std::string_view::npos) dash = s.find(" \u2013 "), width = 5;  // an en dash, not yet folded
  if (dash == std::string_view::npos) return false;
  const std::string_view after = s.substr(dash + width);
  const bool dated = std::any_of(after.begin(), after.end(), is_ascii_digit);
  const std::string_view before = s.substr(0, dash);
  const bool body = before.find("Committee") != std::string_view::npos || before.find("Cabinet") != std::string_view::npos ||
                    before.find("Panel") != std::string_view::npos || before.find("Board") != std::string_view::npos;
  const bool item = istarts_with(s, "item ") && s.size() > 5 && is_ascii_digit(s[5]);
  return (body && dated) || item;
}

bool is_valediction(std::string_view line) {
  const std::string_view s = trim(line);
  const char first = s.empty() ? 0 : ascii_lower(s[0]);
  if (first != 'y' && first != 'k' && first != 'b') return false;  // most lines
  return istarts_with(s, "yours sincerely") || istarts_with(s, "yours faithfully") ||
         istarts_with(s, "kind regards") || istarts_with(s, "best wishes") ||
         istarts_with(s, "yours truly");
}

bool is_garbled_signature(std::string_view line) {
  const std::string_view s = trim(line);
  if (s.empty() || s.size() > 30 || split_words(s).size() > 4) return false;
  std::size_t letters = 0;
  for (char c : s) {
    if (is_ascii_alpha(c)) ++letters;
    if (std::string_view("()[]{}<>|\\/~_=+*^$#@").find(c) != std::string_view::npos) return true;
  }
  return s.back() == '-' || letters * 2 < s.size();
}

bool could_be_running_header(std::string_view line) {
  const std::string_view s = trim(line);
  if (ends_with_terminal_punctuation(s) || s.find('\t') != std::string_view::npos) return false;  // most lines
  const auto words = count_words(s, 12);
  return words >= 1 && words <= 12 && !is_valediction(s);
}

}  // namespace letterdiff
