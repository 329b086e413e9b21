#include "letter/metadata.h"

#include <algorithm>

#include <array>
#include <fmt/format.h>

#include "base/text.h"
#include "letter/date.h"

namespace letterdiff {
namespace {

std::string_view strip_trailing_punct(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == ',' || s.back() == ':' || s.back() == '.' || s.back() == ';')) s.remove_suffix(1);
  return trim(s);
}

bool is_delivery_line(std::string_view s) {
  static constexpr std::array<std::string_view, 7> kLines = {
      "by email", "by e-mail", "by post", "sent by email", "private and confidential", "personal", "confidential"};
  for (auto k : kLines)
    if (iequals(strip_trailing_punct(s), k)) return true;
  return false;
}

// The job title ends at the last of these words; the council follows it.
bool is_title_word(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "Executive", "Service", "Services", "Director", "Clerk", "Officer",
      "Manager",   "Secretary", "Leader", "Mayor",  "General"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

// Where a job title begins, given its first title word: "Interim Chief Executive",
// "Town Clerk and Chief Executive", "Head of Paid Service".
std::size_t title_start(const std::vector<std::string_view>& words, std::size_t first_title) {
  static constexpr std::array<std::string_view, 9> kLeading = {"Interim", "Acting", "Chief", "Managing", "Town",
                                                               "Deputy",  "Joint",  "Corporate", "Strategic"};
  std::size_t i = std::min(first_title, words.size());
  if (i >= 3 && words[i - 3] == "Head" && words[i - 2] == "of" && words[i - 1] == "Paid") return i - 3;
  while (i > 0 && std::find(kLeading.begin(), kLeading.end(), words[i - 1]) != kLeading.end()) --i;
  return i;
}

// The last word of a council's name: street lines and a postcode may follow it.
bool ends_council(std::string_view w) { return w == "Council" || w == "Councils" || w == "Authority"; }

std::string join_words(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return std::string(strip_trailing_punct(out));
}

struct Address {
  std::string role;
  std::string council;
  std::string addressee;  // the recipient as the address names them, before the job title
};

// "Ms Ireland Chief Executive Royal Borough of Kingston upon Thames" -> the job
// title and the council's name. "Leader of the Council" and "Mayor of London" are
// titles; a chief executive of two councils ("A District Council and B District
// Council") names both.
Address address_parts(std::string_view address, std::string_view recipient) {
  constexpr std::size_t kLongestCouncil = 14;  // words; past it, this is no address line
  const auto words = split_words(address);
  const auto word = [&](std::size_t i) { return strip_trailing_punct(words[i]); };
  std::size_t start = 0, first_title = words.size();
  for (std::size_t i = 0; i < words.size(); ++i)
    if (is_title_word(word(i))) start = i + 1, first_title = std::min(first_title, i);
  if (start > 0 && start + 3 <= words.size() && words[start] == "of" && words[start + 1] == "the" &&
      word(start + 2) == "Council")
    start += 3;
  else if (start > 0 && start + 2 < words.size() && word(start - 1) == "Mayor" && words[start] == "of")
    start += 2;  // "Mayor of London", then the authority
  std::size_t stop = words.size();
  for (std::size_t i = start; i < words.size(); ++i) {  // street lines may follow "... Council"
    if (ends_council(word(i)) && (i + 1 == words.size() || words[i + 1] != "of")) {
      stop = i + 1;
      const bool joint = i + 2 < words.size() && words[i + 1] == "and";
      for (std::size_t j = i + 2; joint && j < words.size() && j < i + 8; ++j)
        if (ends_council(word(j))) {
          stop = j + 1;
          break;
        }
      break;
    }
  }
  // The address may name the recipient more fully than the salutation ("Mr Tom
  // Fraser" to "Dear Mr Fraser"): the title starts after the recipient's surname.
  // A salutation to the office ("Dear Mayor") leaves the name to the address.
  const auto last_space = recipient.rfind(' ');
  const auto surname = recipient.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
  // A salutation of one word greets by office ("Dear Mayor") or by first name ("Dear
  // Joanne"): no surname to look for, the title starts where its words do.
  std::size_t role = SIZE_MAX;
  if (last_space != std::string_view::npos)
    for (std::size_t i = 0; i < start && !surname.empty(); ++i)
      if (word(i) == surname) role = i + 1;
  if (role == SIZE_MAX) role = title_start(words, first_title);
  if (stop - start > kLongestCouncil || role >= start) return {};
  return {join_words(words, role, start), join_words(words, start, stop), join_words(words, 0, role)};
}

// "Local Authority Report:Kent County CouncilFor the Period Ending:31/03/2018" -> "Kent County Council".
std::string council_from_report_line(std::string_view text) {
  constexpr std::string_view kLabel = "Local Authority Report:";
  const auto found = ifind(text, kLabel);
  if (found == std::string_view::npos) return "";
  std::string_view rest = text.substr(found + kLabel.size());
  const auto period = ifind(rest, "For the Period");
  if (period != std::string_view::npos) rest = rest.substr(0, period);
  const auto newline = rest.find('\n');
  if (newline != std::string_view::npos) rest = rest.substr(0, newline);
  return std::string(strip_trailing_punct(rest));
}

// "year ending", "year ended", "period ending" or "period ended", then a date: one
// scan of the paragraph for "end", the words around it checked where it is found.
int year_ending(std::string_view text) {
  for (std::size_t at = ifind(text, "end"); at != std::string_view::npos;) {
    const std::string_view before = text.substr(0, at), after = text.substr(at + 3);
    const bool subject = iends_with(before, "year ") || iends_with(before, "period ");
    const std::size_t suffix = istarts_with(after, "ing") ? 3 : istarts_with(after, "ed") ? 2 : 0;
    if (subject && suffix > 0) {
      const std::string_view rest = after.substr(suffix);
      if (auto m = find_date(rest.substr(0, std::min<std::size_t>(rest.size(), 24)))) return m->date.year;
    }
    const auto next = ifind(after, "end");
    at = next == std::string_view::npos ? next : at + 3 + next;
  }
  return 0;
}

}  // namespace

std::string group_from_title(std::string_view paragraph) {
  constexpr std::string_view kTitle = "Annual Review letter";
  const auto found = ifind(paragraph, kTitle);
  if (found == std::string_view::npos) return "";
  std::string_view rest = trim(paragraph.substr(found + kTitle.size()));
  std::size_t n = 0;
  while (n < rest.size() && (is_ascii_digit(rest[n]) || rest[n] == '-' || rest[n] == '/')) ++n;
  const std::string_view year = rest.substr(0, n);
  const auto digits = [&](std::size_t from, std::size_t count) {
    return std::all_of(year.begin() + static_cast<std::ptrdiff_t>(from),
                       year.begin() + static_cast<std::ptrdiff_t>(from + count), is_ascii_digit);
  };
  if (year.size() == 4 && digits(0, 4)) return std::string(year);
  // 2023-24, 2023/24, 2023-2024
  if ((year.size() == 7 || year.size() == 9) && digits(0, 4) && !is_ascii_digit(year[4]) && digits(5, year.size() - 5))
    return fmt::format("{}-{}", year.substr(0, 4), year.substr(year.size() - 2));
  return "";
}

std::string title_year_text(std::string_view paragraph) {
  constexpr std::string_view kTitle = "Annual Review letter";
  const auto found = ifind(paragraph, kTitle);
  if (found == std::string_view::npos) return "";
  const std::string_view rest = trim(paragraph.substr(found + kTitle.size()));
  return std::string(rest.substr(0, std::min<std::size_t>(rest.find(' '), 20)));
}

bool is_group_name(std::string_view group) {
  const auto digit_at = [&](std::size_t i) { return is_ascii_digit(group[i]); };
  if (group == "unknown") return true;
  if (group.size() == 4) return digit_at(0) && digit_at(1) && digit_at(2) && digit_at(3);
  return group.size() == 7 && digit_at(0) && digit_at(1) && digit_at(2) && digit_at(3) && group[4] == '-' &&
         digit_at(5) && digit_at(6);
}

int group_end_year(std::string_view group) {
  if (!is_group_name(group) || group == "unknown") return 0;
  const auto number = [&](std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) value = value * 10 + (group[i] - '0');
    return value;
  };
  return group.size() == 4 ? number(0, 4) : number(0, 2) * 100 + number(5, 2);
}

Metadata extract_metadata(const NormalisedText& text) {
  Metadata m;
  std::size_t dear = text.paragraphs.size();
  for (std::size_t i = 0; i < text.paragraphs.size(); ++i) {
    const std::string_view p = text.paragraph_text(text.paragraphs[i]);
    if (m.group.empty()) {
      m.group = group_from_title(p);
      if (!m.group.empty()) m.group_source = GroupSource::title;
      else if (m.unread_title_year.empty()) m.unread_title_year = title_year_text(p);
    }
    if (m.date.empty() && i < 12) {
      if (auto d = parse_date(p)) {
        m.date = d->iso();
        m.date_text = std::string(strip_trailing_punct(p));
      }
    }
    if (dear == text.paragraphs.size() && p.starts_with("Dear ")) {
      dear = i;
      m.recipient = std::string(strip_trailing_punct(p.substr(5)));
    }
    if (m.year_end == 0) m.year_end = year_ending(p);
  }
  // The address block is the last paragraph before "Dear" that names the recipient,
  // else the last that is not the date or a delivery line: where the letterhead and
  // date stand to the right of the address, they are read after it. Without a
  // salutation there is no telling where it is.
  std::size_t address = dear;
  const auto name = split_words(m.recipient);
  for (std::size_t i = dear; dear < text.paragraphs.size() && i-- > 0;) {
    const std::string_view p = text.paragraph_text(text.paragraphs[i]);
    if (is_delivery_line(p) || parse_date(p)) continue;
    if (address == dear) address = i;
    const auto words = split_words(p);
    if (!name.empty() && std::find(words.begin(), words.end(), name.back()) != words.end()) {
      address = i;
      break;
    }
  }
  if (address < dear) {
    Address a = address_parts(text.paragraph_text(text.paragraphs[address]), m.recipient);
    m.council = std::move(a.council);
    m.role = std::move(a.role);
    if (a.addressee != m.recipient) m.addressee = std::move(a.addressee);
    if (is_title_word(m.recipient) && !m.addressee.empty()) std::swap(m.recipient, m.addressee);
  }
  // Without an address, a statistics page may still name the council.
  for (std::size_t i = 0; m.council.empty() && i < text.paragraphs.size(); ++i)
    m.council = council_from_report_line(text.paragraph_text(text.paragraphs[i]));
  if (m.group_source == GroupSource::title) {
    if (m.year_end == 0) m.year_end = group_end_year(m.group);
  } else if (m.year_end != 0) {
    m.group_source = GroupSource::year_ending;
  } else if (!m.date.empty()) {
    // A letter sent in the summer reports on the year that ended in March.
    const int year = std::stoi(m.date.substr(0, 4));
    const int month = std::stoi(m.date.substr(5, 2));
    m.year_end = month > 3 ? year : year - 1;
    m.group_source = GroupSource::letter_date;
  }
  return m;
}

}  // namespace letterdiff
