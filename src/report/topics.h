// What a council-specific paragraph is about (training, statistics, delays...),
// from a small rules file users can edit (templates/topics.rules, documented in
// docs/topics.md): "topic: keyword, keyword phrase". Matching is by whole words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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
};

std::optional<TopicRules> parse_topic_rules(std::string_view text, const std::string& file, Diagnostics& diagnostics);

inline constexpr std::string_view kOtherTopic = "other";

}  // namespace letterdiff
