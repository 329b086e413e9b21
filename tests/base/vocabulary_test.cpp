#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "base/vocabulary.h"

using namespace letterdiff;

TEST_CASE("an extension keeps its base's ids and gives new words ids past the base") {
  Vocabulary base;
  const TokenId council = base.intern("council");
  const TokenId slot = base.intern_slot("{{council:organisation}}");
  Vocabulary a(&base), b(&base);
  CHECK(a.intern("council") == council);
  CHECK(a.intern_slot("{{council:organisation}}") == slot);
  CHECK(a.is_slot(slot));
  const TokenId kent = a.intern("Kent");
  CHECK(kent == base.size());
  CHECK(a.text(kent) == "Kent");
  CHECK(b.intern("Rotherham") == kent);  // two extensions' ids mean nothing to each other
  CHECK(base.size() == 2);                // the base never changes
  CHECK_FALSE(base.is_slot(kent));        // an id the base never gave is a word, with no text
  CHECK(base.text(kent).empty());
}

TEST_CASE("extensions adopted in order give the ids tokenising one after another would") {
  const std::vector<std::vector<std::string>> letters = {{"the", "Kent", "council"}, {"Kent", "and", "the", "Ombudsman"}};
  Vocabulary sequential;
  for (const auto& words : letters)
    for (const auto& w : words) sequential.intern(w);

  Vocabulary shared;
  std::vector<std::unique_ptr<Vocabulary>> own;
  std::vector<std::vector<TokenId>> ids(letters.size());
  for (std::size_t i = 0; i < letters.size(); ++i) {  // as if on many threads: the base unchanged meanwhile
    own.push_back(std::make_unique<Vocabulary>(&shared));
    for (const auto& w : letters[i]) ids[i].push_back(own[i]->intern(w));
  }
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const auto new_ids = shared.adopt(*own[i]);
    for (std::size_t k = 0; k < letters[i].size(); ++k) {
      const TokenId id = new_ids[ids[i][k] - own[i]->first_own_id()];
      CHECK(id == sequential.intern(letters[i][k]));
      CHECK(shared.text(id) == letters[i][k]);
    }
  }
  CHECK(shared.size() == sequential.size());
}
