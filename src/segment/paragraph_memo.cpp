#include "segment/paragraph_memo.h"

#include <algorithm>

#include "segment/tokenize.h"

namespace letterdiff {

ParagraphMemo::ParagraphMemo(std::span<const std::string_view> paragraphs, const Vocabulary& vocabulary) {
  Vocabulary scratch(&vocabulary);  // words the shared vocabulary lacks land here, and rule the paragraph out
  for (const std::string_view p : paragraphs) {
    std::vector<Token> tokens = tokenize(p, scratch);
    if (std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return t.id >= scratch.first_own_id(); }))
      continue;
    entries_.push_back({std::string(p), std::move(tokens)});
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) index_.emplace(entries_[i].text, i);  // the first of equal texts
}

bool ParagraphMemo::recall(std::string_view text, std::uint32_t begin, std::uint32_t end,
                           std::vector<Token>& tokens) const {
  if (entries_.empty()) return false;
  const auto it = index_.find(text.substr(begin, end - begin));
  if (it == index_.end()) return false;
  const auto& remembered = entries_[it->second].tokens;
  tokens.resize(remembered.size());
  std::transform(remembered.begin(), remembered.end(), tokens.begin(),
                 [&](const Token& t) { return Token{t.id, t.begin + begin, t.end + begin}; });
  return true;
}

}  // namespace letterdiff
