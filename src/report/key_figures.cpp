#include "report/key_figures.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>

#include "base/text.h"

namespace letterdiff {
namespace {

bool is_number_char(char c) { return is_ascii_digit(c) || c == ',' || c == '.'; }

// "1,275" or "7.9" as a number; nullopt for anything else.
std::optional<double> number(std::string_view token) {
  while (!token.empty() && (token.back() == '.' || token.back() == ',')) token.remove_suffix(1);  // a full stop
  std::string digits;
  for (char c : token)
    if (c != ',') digits += c;
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

// The number written just before `at` ("95" in "95% of"), or just after it ("39" in "of 39 detailed").
std::optional<double> number_before(std::string_view text, std::size_t at) {
  std::size_t begin = at;
  while (begin > 0 && is_number_char(text[begin - 1])) --begin;
  return number(text.substr(begin, at - begin));
}

std::optional<double> number_after(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_number_char(text[end])) ++end;
  return number(text.substr(at, end - at));
}

class Figures {
 public:
  void set(std::string_view name, std::optional<double> value) {
    if (value && !values_.count(name)) values_.emplace(name, *value);
  }
  bool has(std::string_view name) const { return values_.count(name) > 0; }
  double get(std::string_view name) const { return values_.at(name); }
  std::vector<Figure> ordered() const {
    std::vector<Figure> out;
    for (const Measure& m : kMeasures)
      if (auto it = values_.find(m.name); it != values_.end()) out.push_back({m.name, it->second});
    return out;
  }

 private:
  std::map<std::string_view, double> values_;
};

// The statistics page, sentence by sentence. Each "This compares to an average of
// N%" is the average of the measure the page last gave.
void read_sentences(std::string_view paragraph, std::string_view& last, Figures& figures) {
  struct Rate {
    std::string_view phrase;  // follows "N"
    std::string_view measure, average;
  };
  static constexpr Rate kRates[] = {
      {"% of complaints we investigated were upheld", "uphold_rate_percent", "uphold_rate_average_percent"},
      {"% of cases we were satisfied", "compliance_percent", "compliance_average_percent"},
      {"% of upheld cases we found", "satisfactory_remedy_percent", "satisfactory_remedy_average_percent"},
  };
  for (const Rate& rate : kRates)
    if (const auto at = ifind(paragraph, rate.phrase); at != std::string_view::npos) {
      figures.set(rate.measure, number_before(paragraph, at));
      last = rate.average;
    }
  constexpr std::string_view kAverage = "compares to an average of ";
  if (const auto at = ifind(paragraph, kAverage); at != std::string_view::npos && !last.empty())
    figures.set(last, number_after(paragraph, at + kAverage.size()));
  constexpr std::string_view kPer = " upheld decisions per 100,000 residents";
  if (const auto at = ifind(paragraph, kPer); at != std::string_view::npos)
    figures.set(ifind(paragraph, "average") == std::string_view::npos ? "upheld_per_100000" : "upheld_per_100000_average",
                number_before(paragraph, at));
  constexpr std::string_view kTotal = "based on a total of ";
  if (const auto at = ifind(paragraph, kTotal); at != std::string_view::npos) {
    const std::size_t from = at + kTotal.size();
    const std::string_view rest = paragraph.substr(paragraph.find(' ', from) == std::string_view::npos
                                                       ? paragraph.size()
                                                       : paragraph.find(' ', from) + 1);
    const std::string_view measure = istarts_with(rest, "detailed investigations") ? "detailed_investigations"
                                     : istarts_with(rest, "compliance outcomes")   ? "compliance_outcomes"
                                     : istarts_with(rest, "upheld decisions")      ? "upheld_decisions"
                                                                                   : "";
    if (!measure.empty()) figures.set(measure, number_after(paragraph, from));
  }
}

// "Upheld", or what PDF text makes of it: letters dropped from it, never added
// ("Upl" in the 2018 letter's table).
bool clipped_upheld(std::string_view label) {
  constexpr std::string_view kUpheld = "upheld";
  if (label.size() < 3 || !label.starts_with("up")) return false;
  std::size_t at = 0;
  for (char c : label)
    if ((at = kUpheld.find(c, at)) == std::string_view::npos) return false;
    else ++at;
  return true;
}

// An older letter's tables: "Uphold Rate", "Upheld" (PDF text may clip it to
// "Upl"), "Not Upheld", and the two tables' totals.
void read_tables(const std::vector<Statistic>& tables, Figures& figures) {
  std::optional<double> upheld, not_upheld;
  int totals = 0;
  for (const auto& s : tables) {
    const std::string label = to_lower(trim(s.label));
    const auto value = number(s.value.ends_with('%') ? std::string_view(s.value).substr(0, s.value.size() - 1)
                                                     : std::string_view(s.value));
    if (label.starts_with("uphold rate")) figures.set("uphold_rate_percent", value);
    else if (label == "not upheld") not_upheld = value;
    else if (clipped_upheld(label)) upheld = value;
    else if (label == "total") figures.set(++totals == 1 ? "complaints_received" : "decisions_made", value);
  }
  figures.set("upheld_decisions", upheld);
  if (upheld && not_upheld) figures.set("detailed_investigations", *upheld + *not_upheld);
}

}  // namespace

std::vector<Figure> key_figures(const NormalisedText& text, const std::vector<Statistic>& tables) {
  Figures figures;
  std::string_view last;
  for (const auto& p : text.paragraphs) {
    if (p.kind == ParagraphKind::table) continue;
    const std::string_view paragraph = text.paragraph_text(p);
    // Most paragraphs with figures only give dates: a plain search passes them by.
    if (paragraph.find('%') != std::string_view::npos || paragraph.find("100,000") != std::string_view::npos ||
        paragraph.find("total of") != std::string_view::npos)
      read_sentences(paragraph, last, figures);
  }
  read_tables(tables, figures);
  return figures.ordered();
}

}  // namespace letterdiff
