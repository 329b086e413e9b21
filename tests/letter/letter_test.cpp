#include <catch2/catch.hpp>

#include "letter/letter.h"
#include "support/letter_builder.h"

using namespace letterdiff;
using namespace letterdiff::testing;

TEST_CASE("recipient, council and date become slot tokens wherever the letter writes them") {
  Vocabulary v;
  const Letter l = make_letter(document("a.txt", render({})), v);
  const TokenId recipient = v.intern_slot(kRecipientSlot);
  int seen = 0;
  for (const auto& tokens : l.tokens)
    for (const auto& t : tokens) {
      seen += t.id == recipient;
      if (t.id == recipient) CHECK(token_text(l.text(), t) == "Ms Smith");
    }
  CHECK(seen == 2);  // the address and "Dear Ms Smith"
}

TEST_CASE("a letter without a title joins the titled group of its year - one with no year is unknown") {
  Vocabulary v;
  Diagnostics ds;
  std::vector<Letter> letters;
  letters.push_back(make_letter(document("titled.txt", render({})), v));
  LetterSpec untitled;
  untitled.title = "Summary";
  letters.push_back(make_letter(document("untitled.txt", render(untitled)), v));
  letters.push_back(make_letter(document("none.txt", "Dear X\n\nNo year at all.\n"), v));
  std::vector<std::pair<std::string_view, Metadata*>> entries;
  for (auto& l : letters) entries.emplace_back(l.path, &l.metadata);
  resolve_groups(entries, ds);
  CHECK(letters[1].metadata.group == "2023-24");
  CHECK(letters[2].metadata.group == "unknown");
  REQUIRE(ds.size() == 2);
  CHECK(ds[1].file == "none.txt");
  CHECK(ds[1].severity == Severity::warning);
}
