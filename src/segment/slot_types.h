// The kinds of value a template slot may hold, and how much of a letter each may
// take. A slot stands for a typed value of a few words (a number, a date, a
// person, a council, a job title, a short name), never for a phrase: where letters
// differ by more, each letter's own words are a change, so a remark written where
// a slot stands is reported, not absorbed as the slot's value.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace letterdiff {

// number, percentage, money, date, month, year, person, organisation, role, name;
// "text", written by older versions, is read as a name.
bool known_slot_type(std::string_view type);

// Whether these words (tokens, punctuation apart) make one value of the type,
// within its bound: a number is one figure or number word, a person at most five
// capitalised words, a name at most four words none of which makes a phrase...
bool slot_value_fits(std::string_view type, std::span<const std::string_view> words);

// The most words a value of the type may have (0 for no type).
std::size_t max_slot_words(std::string_view type);

// Figures and dates have clear edges, so a run of words can hold one and words
// besides; a name's edges are guesswork, so a name must be the whole run.
bool clear_edged(std::string_view type);

// A date is one value: where a month among these words is marked as varying, its
// day before it and its year after it are marked too.
void widen_dates(std::vector<bool>& varying, std::span<const std::string_view> words);

// The type of a value found at a place where letters vary, or "" when it is none
// of them (a phrase or a sentence): then there is no slot.
std::string_view infer_slot_type(std::span<const std::string_view> words);

}  // namespace letterdiff
