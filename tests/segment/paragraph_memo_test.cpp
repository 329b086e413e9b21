#include <catch2/catch.hpp>

#include "letter/letter.h"
#include "segment/paragraph_memo.h"
#include "support/letter_builder.h"

using namespace letterdiff;
using namespace letterdiff::testing;

TEST_CASE("a letter tokenised with the paragraph memo gets the tokens and ids it gets without it") {
  Vocabulary shared;
  Letter first = parse_letter(document("first.txt", render(LetterSpec{})));
  tokenize_letter(first, shared);
  std::vector<std::string_view> texts;
  for (const auto& p : first.normalised.paragraphs) texts.push_back(first.normalised.paragraph_text(p));
  const ParagraphMemo memo(texts, shared);
  REQUIRE(memo.size() == texts.size());  // every word of the first letter is known

  for (int i = 1; i < 4; ++i) {
    LetterSpec spec;
    spec.council = council_name(i);
    spec.recipient = "Mr Jones";
    spec.body = boilerplate();
    spec.body.insert(spec.body.begin() + i, "We thank " + spec.council + " for its new complaints training.");
    Letter with_memo = parse_letter(document("letter.txt", curly(render(spec))));
    Letter without = with_memo;
    Vocabulary a(&shared), b(&shared);
    tokenize_letter(with_memo, a, &memo);
    tokenize_letter(without, b);

    int recalled = 0;
    std::vector<Token> scratch;
    for (const auto& p : with_memo.normalised.paragraphs)
      recalled += memo.recall(with_memo.text(), p.begin, p.end, scratch);
    CHECK(recalled >= 5);                                        // the boilerplate, copied
    CHECK(recalled < static_cast<int>(with_memo.paragraph_count()));  // the council's own paragraph, tokenised
    REQUIRE(with_memo.tokens.size() == without.tokens.size());
    for (std::size_t k = 0; k < without.tokens.size(); ++k) {
      INFO("paragraph " << k);
      REQUIRE(with_memo.tokens[k].size() == without.tokens[k].size());
      for (std::size_t t = 0; t < without.tokens[k].size(); ++t) {
        CHECK(with_memo.tokens[k][t].id == without.tokens[k][t].id);
        CHECK(with_memo.tokens[k][t].begin == without.tokens[k][t].begin);
        CHECK(with_memo.tokens[k][t].end == without.tokens[k][t].end);
      }
    }
    CHECK(a.size() == b.size());  // the same new words, in the same order
    for (TokenId id = a.first_own_id(); id < a.size(); ++id) CHECK(a.text(id) == b.text(id));
  }
}

TEST_CASE("a paragraph holding a word the vocabulary lacks is not remembered") {
  Vocabulary vocabulary;
  vocabulary.intern("known");
  vocabulary.intern("words");
  const std::vector<std::string_view> texts = {"known words", "known novel words"};
  const ParagraphMemo memo(texts, vocabulary);
  CHECK(memo.size() == 1);
  std::vector<Token> tokens;
  CHECK_FALSE(memo.recall("xx known novel words", 3, 20, tokens));
  REQUIRE(memo.recall("xx known words", 3, 14, tokens));
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[1].id == vocabulary.intern("words"));
  CHECK(tokens[1].begin == 9);  // relative to the text it was found in
  CHECK(tokens[1].end == 14);
}
