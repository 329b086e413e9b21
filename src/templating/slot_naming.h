// Names and types the slots the builder finds: the type from the value's shape
// (segment/slot_types.h), the name from the nearest word around the slot
// ("delivered {{courses:number}} courses"). A place whose value is no typed
// value (a phrase, a sentence) gets no slot.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/vocabulary.h"
#include "segment/token.h"

namespace letterdiff {

class SlotNamer {
 public:
  // The marker {{name:type}} for tokens[begin, end) of text, or nullopt when they
  // are no typed value; names are unique within one namer.
  std::optional<std::string> marker(std::span<const Token> tokens, std::size_t begin, std::size_t end, std::string_view text,
                     const Vocabulary& vocabulary);

 private:
  std::map<std::string, int, std::less<>> used_{{"recipient", 1}, {"council", 1}, {"date", 1}, {"role", 1}};
};

}  // namespace letterdiff
