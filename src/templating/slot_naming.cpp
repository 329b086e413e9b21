#include "templating/slot_naming.h"

#include <array>
#include <fmt/format.h>

#include "base/text.h"
#include "letter/date.h"

namespace letterdiff {
namespace {

bool is_numeric(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (is_ascii_digit(c)) digit = true;
    else if (c != ',' && c != '.' && c != '-') return false;
  }
  return digit;
}

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

std::string_view infer_slot_type(std::string_view value) {
  value = trim(value);
  if (value.size() > 1 && value.back() == '%' && is_numeric(value.substr(0, value.size() - 1))) return "percentage";
  if (is_numeric(value)) return "number";
  if (parse_date(value)) return "date";
  for (auto title : {"Mr ", "Ms ", "Mrs ", "Miss ", "Dr ", "Cllr ", "Sir ", "Dame "})
    if (value.starts_with(title)) return "person";
  for (auto word : {"Council", "Borough", "County", "City", "District", "Authority"})
    if (value.find(word) != std::string_view::npos) return "organisation";
  return "text";
}

std::string SlotNamer::marker(std::span<const Token> tokens, std::size_t begin, std::size_t end,
                              std::string_view text, const Vocabulary& vocabulary) {
  const std::string_view value = text.substr(tokens[begin].begin, tokens[end - 1].end - tokens[begin].begin);
  const std::string_view type = infer_slot_type(value);
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
