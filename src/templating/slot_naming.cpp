#include "templating/slot_naming.h"

#include <array>
#include <fmt/format.h>
#include <vector>

#include "base/text.h"
#include "segment/slot_types.h"

namespace letterdiff {
namespace {

bool is_name_word(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kStop = {"the", "and", "for", "with", "from", "that",
                                                             "this", "than", "more", "per",  "our",  "your"};
  if (w.size() < 3) return false;
  for (char c : w)
    if (!is_ascii_alpha(c)) return false;
  for (auto s : kStop)
    if (iequals(w, s)) return false;
  return true;
}

}  // namespace

std::optional<std::string> SlotNamer::marker(std::span<const Token> tokens, std::size_t begin, std::size_t end,
                                             std::string_view text, const Vocabulary& vocabulary) {
  std::vector<std::string_view> words;
  for (std::size_t i = begin; i < end; ++i) words.push_back(token_text(text, tokens[i]));
  const std::string_view type = infer_slot_type(words);
  if (type.empty()) return std::nullopt;
  std::string name;
  for (std::size_t i = end; i < tokens.size() && i < end + 3 && name.empty(); ++i)
    if (!vocabulary.is_slot(tokens[i].id) && is_name_word(token_text(text, tokens[i])))
      name = to_lower(token_text(text, tokens[i]));
  for (std::size_t i = begin; i-- > 0 && i + 3 > begin && name.empty();)
    if (!vocabulary.is_slot(tokens[i].id) && is_name_word(token_text(text, tokens[i])))
      name = to_lower(token_text(text, tokens[i]));
  if (name.empty()) name = std::string(type);
  if (type == "percentage") name += "_percent";
  const int n = ++used_[name];
  if (n > 1) name = fmt::format("{}_{}", name, n);
  return fmt::format("{{{{{}:{}}}}}", name, type);
}

}  // namespace letterdiff
