// What a letter says about itself: its year group, the council it is written
// to, the recipient and the date. Read from the normalised paragraphs only.
#pragma once

#include <string>

#include "normalise/normalised_text.h"

namespace letterdiff {

enum class GroupSource { title, year_ending, letter_date, none };

struct Metadata {
  std::string group;  // "2023-24", "2020"; settled for the corpus by resolve_groups()
  GroupSource group_source = GroupSource::none;
  int year_end = 0;  // the reporting year's end, when known
  std::string unread_title_year;  // what followed "Annual Review letter" when it was no year ("2023-/4")
  std::string council;
  std::string recipient;
  // The recipient as the other of the address line and the salutation names them,
  // when they differ ("Ms Jane Smith" to "Dear Ms Smith"; "Mayor" in "Dear Mayor",
  // the recipient then being the address line's "Sadiq Khan"): a slot value too.
  std::string addressee;
  std::string role;       // the recipient's job title, from the address line
  std::string date;       // ISO 8601
  std::string date_text;  // as written in the letter
};

Metadata extract_metadata(const NormalisedText& text);

// "Annual Review letter 2023/24" -> "2023-24"; "" when no title, or when what
// follows the title is no year form the letters use ("2023-/4", "/000").
std::string group_from_title(std::string_view paragraph);
// What follows "Annual Review letter" (its first word, at most 20 bytes), for
// saying what was not understood; "" without a title.
std::string title_year_text(std::string_view paragraph);
// A group name as letterdiff makes them: "2023-24", "2020" or "unknown". Only
// these are accepted from templates, so a group is always safe in a file name.
bool is_group_name(std::string_view group);
// "2023-24" -> 2024, "2020" -> 2020, 0 when not a year.
int group_end_year(std::string_view group);

}  // namespace letterdiff
