// A year group's template: the paragraphs its letters share, in reading order,
// each with how many letters carry it: core paragraphs, carried by nearly every
// letter, and optional standard paragraphs, carried by several. Values that vary
// from letter to letter are typed slots, written inline as {{name:type}}.
#pragma once

#include <string>
#include <vector>

#include "base/vocabulary.h"
#include "normalise/normalised_text.h"
#include "segment/token.h"

namespace letterdiff {

struct TemplateParagraph {
  std::string text;  // with {{name:type}} slot markers
  ParagraphKind kind = ParagraphKind::text;
  int support = 0;            // letters of the group that carry this paragraph
  std::vector<Token> tokens;  // of text; slot markers are slot tokens
  // A standard paragraph some letters carry and most do not: a letter without it
  // lacks nothing, a letter with it got a standard paragraph, not a remark.
  bool optional = false;
};

struct Template {
  std::string group;
  int letters = 0;  // letters it was learnt from
  std::vector<TemplateParagraph> paragraphs;

  // Learnt from one letter: it is its own template and nothing can be isolated.
  bool single_letter() const { return letters == 1; }
};

// The text of paragraphs [begin, end), joined by spaces.
std::string paragraphs_text(const Template& tpl, std::size_t begin, std::size_t end);

// Paragraphs [begin, end)'s tokens, each viewing its paragraph's text.
std::vector<TokenRef> token_refs(const Template& tpl, std::uint32_t begin, std::uint32_t end);

// Fills each paragraph's tokens from its text.
void tokenize_template(Template& tpl, Vocabulary& vocabulary);

}  // namespace letterdiff
