// Names and types the slots the builder finds: the type from the values' shape
// (person, organisation, date, number, percentage, text), the name from the
// nearest word around the slot ("delivered {{courses:number}} courses").
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>

#include "base/vocabulary.h"
#include "segment/token.h"

namespace letterdiff {

std::string_view infer_slot_type(std::string_view value);

class SlotNamer {
 public:
  // The marker {{name:type}} for tokens[begin, end) of text; names are unique within one namer.
  std::string marker(std::span<const Token> tokens, std::size_t begin, std::size_t end, std::string_view text,
                     const Vocabulary& vocabulary);

 private:
  std::map<std::string, int, std::less<>> used_{{"recipient", 1}, {"council", 1}, {"date", 1}};
};

}  // namespace letterdiff
