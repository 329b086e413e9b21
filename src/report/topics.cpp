#include "report/topics.h"

#include <boost/algorithm/string/split.hpp>
#include <fmt/format.h>

#include "base/text.h"
#include "base/utf8.h"

namespace letterdiff {
namespace {

bool is_word_char(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

// keyword occurs in text (both lower case) with no word character on either side.
bool contains_words(std::string_view text, std::string_view keyword) {
  for (std::size_t at = text.find(keyword); at != std::string_view::npos; at = text.find(keyword, at + 1)) {
    const std::size_t end = at + keyword.size();
    if ((at == 0 || !is_word_char(text[at - 1])) && (end == text.size() || !is_word_char(text[end]))) return true;
  }
  return false;
}

}  // namespace

void TopicRules::index() {
  by_letter_.assign(256, {});
  for (std::size_t r = 0; r < rules.size(); ++r)
    for (std::size_t k = 0; k < rules[r].keywords.size(); ++k)
      if (!rules[r].keywords[k].empty())
        by_letter_[static_cast<unsigned char>(rules[r].keywords[k][0])].emplace_back(r, k);
}

std::vector<std::string> TopicRules::topics_of(std::string_view text) const {
  const std::string lower = to_lower(text);
  std::vector<bool> found(rules.size(), false);
  if (by_letter_.empty()) {
    for (std::size_t r = 0; r < rules.size(); ++r)
      for (const auto& keyword : rules[r].keywords) found[r] = found[r] || contains_words(lower, keyword);
  } else {
    // Every place a keyword could start, its first letter's keywords tried there.
    const std::string_view all = lower;
    for (std::size_t at = 0; at < all.size(); ++at) {
      if (at > 0 && is_word_char(all[at - 1])) continue;  // a keyword stands after a word's end
      for (const auto& [r, k] : by_letter_[static_cast<unsigned char>(all[at])]) {
        const std::string& keyword = rules[r].keywords[k];
        if (found[r] || !all.substr(at).starts_with(keyword)) continue;
        const std::size_t end = at + keyword.size();
        found[r] = end == all.size() || !is_word_char(all[end]);
      }
    }
  }
  std::vector<std::string> topics;
  for (std::size_t r = 0; r < rules.size(); ++r)
    if (found[r]) topics.push_back(rules[r].topic);
  if (topics.empty()) topics.emplace_back(kOtherTopic);
  return topics;
}

std::optional<TopicRules> parse_topic_rules(std::string_view text, const std::string& file, Diagnostics& ds) {
  TopicRules rules;
  if (!is_valid_utf8(text)) {
    ds.push_back({Severity::error, file, "not valid UTF-8; save it as UTF-8", 0});
    return std::nullopt;
  }
  int number = 0;
  for (std::string_view line : split_lines(text)) {
    ++number;
    line = trim(line);
    if (line.empty() || line.starts_with('#')) continue;
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || trim(line.substr(0, colon)).empty()) {
      ds.push_back({Severity::error, file, "expected \"topic: keyword, keyword\"", number});
      return std::nullopt;
    }
    TopicRule rule{std::string(trim(line.substr(0, colon))), {}};
    std::vector<std::string_view> keywords;
    const std::string_view rest = line.substr(colon + 1);
    boost::algorithm::split(keywords, rest, [](char c) { return c == ','; });
    for (auto k : keywords)
      if (!trim(k).empty()) rule.keywords.push_back(to_lower(trim(k)));
    if (rule.keywords.empty()) {
      ds.push_back({Severity::error, file, fmt::format("topic \"{}\" has no keywords", rule.topic), number});
      return std::nullopt;
    }
    rules.rules.push_back(std::move(rule));
  }
  rules.index();
  return rules;
}

}  // namespace letterdiff
