// What a council-specific paragraph is about (training, statistics, delays...),
// from a small rules file users can edit (templates/topics.rules, documented in
// docs/topics.md): "topic: keyword, keyword phrase". Matching is by whole words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostic.h"

namespace letterdiff {

struct TopicRule {
  std::string topic;
  std::vector<std::string> keywords;  // lower case
};

struct TopicRules {
  std::vector<TopicRule> rules;

  // Topics in rule order; {"other"} when nothing matches.
  std::vector<std::string> topics_of(std::string_view text) const;

  // Each keyword under its first letter, so a text is read once, not once a
  // keyword; made by parse_topic_rules (rules built otherwise are searched one by one).
  void index();

 private:
  // first byte -> (rule, keyword) indexes: positions, not views, so the rules may move
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> by_letter_;
};

std::optional<TopicRules> parse_topic_rules(std::string_view text, const std::string& file, Diagnostics& diagnostics);

inline constexpr std::string_view kOtherTopic = "other";

}  // namespace letterdiff
