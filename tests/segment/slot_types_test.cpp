#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/text.h"
#include "segment/slot_types.h"

using namespace letterdiff;

namespace {

bool fits(std::string_view type, const std::string& value) {
  std::vector<std::string_view> words;
  for (auto w : split_words(value)) words.push_back(w);
  return slot_value_fits(type, words);
}

std::string_view type_of(const std::string& value) {
  std::vector<std::string_view> words;
  for (auto w : split_words(value)) words.push_back(w);
  return infer_slot_type(words);
}

}  // namespace

TEST_CASE("each slot type takes one value of its kind and no more") {
  struct Row {
    const char* type;
    const char* value;
    bool fits;
  };
  for (const auto& row : {
           Row{"number", "126", true},          Row{"number", "1,700", true},
           Row{"number", "three", true},        Row{"number", "77 (although", false},
           Row{"number", "more than 1,400", false},
           Row{"percentage", "39%", true},      Row{"percentage", "39", false},
           Row{"money", "£350", true},          Row{"money", "350", false},
           Row{"date", "17 July 2024", true},   Row{"date", "July 2024", true},
           Row{"date", "31/03/2024", true},     Row{"date", "17 July 2024 and", false},
           Row{"year", "2023-24", true},        Row{"month", "February", true},
           Row{"person", "Ms Ireland", true},   Row{"person", "David Cockburn", true},
           Row{"person", "your Council has refused", false},
           Row{"organisation", "Royal Borough of Kingston upon Thames", true},
           Row{"organisation", "Babergh District Council and Mid Suffolk District Council", true},
           Row{"organisation", "I am disappointed that your Council refused", false},
           Row{"role", "Town Clerk and Chief Executive", true},
           Row{"name", "adult social care", true},  Row{"name", "council tax", true},
           Row{"name", "this without further delay", false},
           Row{"name", "failure to answer", false}, Row{"name", "it", false},
       }) {
    INFO(row.type << ": " << row.value);
    CHECK(fits(row.type, row.value) == row.fits);
  }
}

TEST_CASE("a place where letters differ gets a slot only when the value there is typed") {
  CHECK(type_of("126") == "number");
  CHECK(type_of("80%") == "percentage");
  CHECK(type_of("17 July 2024") == "date");
  CHECK(type_of("Ms Kemp") == "person");
  CHECK(type_of("Knowsley Metropolitan Borough Council") == "organisation");
  CHECK(type_of("Managing Director") == "role");
  CHECK(type_of("housing") == "name");
  CHECK(type_of("we encourage you to adopt the Code without undue delay") == "");
  CHECK(type_of("those cases") == "");
  CHECK(known_slot_type("text"));  // written by older versions: read as a name
  CHECK_FALSE(known_slot_type("sentence"));
}
