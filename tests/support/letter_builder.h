// Makes letters inside the tests: a fixed set of boilerplate paragraphs, one
// council per letter, and functions that add exactly one kind of PDF noise, so
// each test shows one behaviour with a known right answer.
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"

namespace letterdiff::testing {

struct LetterSpec {
  std::string council = "Anytown District Council";
  std::string recipient = "Ms Smith";
  std::string date = "17 July 2024";
  std::string title = "Annual Review letter 2023-24";
  std::vector<std::string> body;  // defaults to boilerplate()
};

// Eight paragraphs in the Ombudsman's manner, with a heading among them.
std::vector<std::string> boilerplate();

// The letter as clean text: letterhead, date, address, salutation, title, body, signature.
std::string render(const LetterSpec& spec);
Document document(std::string path, std::string text);

// Noise, one kind each.
std::string hard_wrap(const std::string& text, std::size_t width);  // every long line wrapped
// Cuts paragraph `index` of the body at its middle word, with a page footer between the halves.
std::string page_break(const LetterSpec& spec, std::size_t index, const std::string& footer);
std::string hyphenate(const std::string& paragraph, const std::string& word);  // "improve-\nment"
std::string curly(const std::string& text);                                    // ' " - in their typeset forms
std::string crlf(const std::string& text);

// Council names for generated groups.
std::string council_name(int i);

}  // namespace letterdiff::testing
