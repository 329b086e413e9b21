// Form letters repeat most paragraphs word for word. A memo of the paragraphs
// every letter is expected to carry (a template's, without slots), tokenised
// once, lets each letter copy their tokens instead of interning each word again.
// Only paragraphs whose every word the shared vocabulary already knows are kept,
// so a recalled paragraph has exactly the tokens tokenising it into any extension
// of that vocabulary gives: the memo changes how fast, never what.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <tsl/hopscotch_map.h>
#include <vector>

#include "base/vocabulary.h"
#include "base/word_key.h"
#include "segment/token.h"

namespace letterdiff {

class ParagraphMemo {
 public:
  ParagraphMemo() = default;
  ParagraphMemo(std::span<const std::string_view> paragraphs, const Vocabulary& vocabulary);
  ParagraphMemo(ParagraphMemo&&) = default;  // the index views the entries' texts: moved along, never copied
  ParagraphMemo& operator=(ParagraphMemo&&) = default;

  // The tokens of text[begin, end), byte ranges relative to text, or false when
  // the paragraph is not remembered.
  bool recall(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Token>& tokens) const;

  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string text;
    std::vector<Token> tokens;  // byte ranges relative to text
  };
  std::vector<Entry> entries_;
  tsl::hopscotch_map<std::string_view, std::size_t, WordHash, WordEqual> index_;  // views of entries_' texts
};

}  // namespace letterdiff
