#include "normalise/group_evidence.h"

#include <algorithm>
#include <map>

namespace letterdiff {
namespace {

// Fewer letters than this cannot tell a furniture line from a coincidence.
constexpr std::size_t kMinLetters = 3;

// What a neighbour says about where the page break fell: the last three words of
// the line above, the first three of the line below. A heading's paragraph or a
// signature keeps these whatever its wrapping and its slot values.
std::string words_at(std::string_view key, bool last) {
  std::size_t words = 0, at = last ? key.size() : 0;
  while (words < 3) {
    const std::size_t space = last ? (at == 0 ? std::string_view::npos : key.rfind(' ', at - 1)) : key.find(' ', at);
    if (space == std::string_view::npos) return std::string(key);
    ++words;
    at = last ? space : space + 1;
  }
  return std::string(last ? key.substr(at + 1) : key.substr(0, at - 1));
}

std::size_t most(const std::map<std::string, std::size_t>& counts) {
  std::size_t top = 0;
  for (const auto& [words, n] : counts) top = std::max(top, n);
  return top;
}

}  // namespace

EdgeFurniture group_edge_furniture(std::span<const std::vector<Seam>* const> letters) {
  // Lines at the page edges of enough of the letters that have page breaks.
  std::map<std::string_view, std::size_t> letters_with;
  std::size_t paged = 0;
  for (const auto* seams : letters) {
    if (seams->empty()) continue;
    ++paged;
    std::set<std::string_view> keys;
    for (const auto& seam : *seams)
      for (const auto& line : seam)
        if (line.at_edge) keys.insert(line.key);
    for (auto key : keys) ++letters_with[key];
  }
  std::set<std::string_view> frequent;
  for (const auto& [key, n] : letters_with)
    if (n >= kMinLetters && 5 * n >= paged) frequent.insert(key);
  if (frequent.empty()) return {};

  // Each frequent line's neighbours, past the other frequent lines about the same
  // break (a footer of two lines is one piece of furniture).
  struct Sides {
    std::map<std::string, std::size_t> above, below;
    std::size_t n = 0;
  };
  std::map<std::string_view, Sides> sides;
  for (const auto* seams : letters)
    for (const auto& seam : *seams)
      for (std::size_t i = 0; i < seam.size(); ++i) {
        if (!seam[i].at_edge || !frequent.contains(seam[i].key)) continue;
        std::size_t a = i, b = i;
        while (a > 0 && frequent.contains(seam[a - 1].key)) --a;
        while (b + 1 < seam.size() && frequent.contains(seam[b + 1].key)) ++b;
        Sides& s = sides[seam[i].key];
        ++s.above[a > 0 ? words_at(seam[a - 1].key, true) : ""];
        ++s.below[b + 1 < seam.size() ? words_at(seam[b + 1].key, false) : ""];
        ++s.n;
      }
  EdgeFurniture furniture;
  for (const auto& [key, s] : sides)
    if (2 * most(s.above) <= s.n && 2 * most(s.below) <= s.n) furniture.emplace(key);
  return furniture;
}

GroupEvidence judge_group(std::span<const GroupClues* const> letters) {
  GroupEvidence evidence;
  std::vector<const std::vector<Seam>*> seams;
  std::set<std::string_view> broken;
  for (const auto* clues : letters) {
    seams.push_back(&clues->seams);
    broken.insert(clues->dehyphenated.begin(), clues->dehyphenated.end());
  }
  evidence.furniture = group_edge_furniture(seams);
  if (broken.empty()) return evidence;
  for (const auto* clues : letters)
    for (const auto& word : clues->hyphenated)
      if (broken.contains(word)) evidence.compounds.insert(word);
  return evidence;
}

bool reads_differently(const GroupClues& clues, const GroupEvidence& evidence) {
  for (const auto& word : clues.dehyphenated)
    if (evidence.compounds.contains(word)) return true;
  for (const auto& seam : clues.seams)
    for (const auto& line : seam)
      if (line.at_edge && evidence.furniture.contains(line.key)) return true;
  return false;
}

}  // namespace letterdiff
