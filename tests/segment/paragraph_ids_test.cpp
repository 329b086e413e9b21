#include <catch2/catch.hpp>

#include <vector>

#include "segment/paragraph_ids.h"

using namespace letterdiff;

namespace {

std::vector<Token> paragraph(std::vector<TokenId> ids) {
  std::vector<Token> tokens;
  for (TokenId id : ids) tokens.push_back({id, 0, 0});
  return tokens;
}

std::vector<TokenId> as_vector(std::span<const TokenId> ids) { return {ids.begin(), ids.end()}; }

}  // namespace

TEST_CASE("paragraph ids: each paragraph and any run of them is one span of ids end to end") {
  const std::vector<std::vector<Token>> paragraphs = {paragraph({1, 2, 3}), paragraph({}), paragraph({4}),
                                                      paragraph({5, 6})};
  const ParagraphIds ids(paragraphs);
  REQUIRE(ids.size() == 4);
  CHECK(as_vector(ids[0]) == std::vector<TokenId>{1, 2, 3});
  CHECK(ids[1].empty());
  CHECK(as_vector(ids[3]) == std::vector<TokenId>{5, 6});
  CHECK(as_vector(ids.range(0, 4)) == std::vector<TokenId>{1, 2, 3, 4, 5, 6});
  CHECK(as_vector(ids.range(1, 3)) == std::vector<TokenId>{4});
  CHECK(ids.range(2, 2).empty());
}

TEST_CASE("paragraph ids: paragraphs added one by one give the same spans") {
  ParagraphIds ids;
  CHECK(ids.size() == 0);
  ids.add(paragraph({7, 8}));
  ids.add(paragraph({9}));
  REQUIRE(ids.size() == 2);
  CHECK(as_vector(ids.range(0, 2)) == std::vector<TokenId>{7, 8, 9});
  CHECK(as_vector(ids[1]) == std::vector<TokenId>{9});
}
