#include "report/support.h"

#include <dtl/dtl.hpp>

#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/parallel.h"
#include "templating/paragraph_index.h"

namespace letterdiff {
namespace {

// Paragraphs this alike may be the same but for values; they are when every run
// where they differ has at most kValueWords words on either side.
constexpr double kAlike = 0.5;
constexpr std::size_t kValueWords = 3;

using VariantRef = std::pair<std::size_t, std::size_t>;  // (letter, variant)

bool same_but_values(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  dtl::Diff<std::uint64_t, std::vector<std::uint64_t>> diff(a, b);
  diff.compose();
  std::size_t deleted = 0, inserted = 0;
  for (const auto& [key, info] : diff.getSes().getSequence()) {
    (void)key;
    if (info.type == dtl::SES_COMMON) {
      deleted = inserted = 0;
    } else if (++(info.type == dtl::SES_DELETE ? deleted : inserted) > kValueWords) {
      return false;
    }
  }
  return true;
}

// Variants of one place (a group's inserted paragraphs, or the versions of one
// template paragraph) in groups of the same paragraph. Each joins the group of the
// most alike first member when it is the same but for values, else starts one: a
// shingle index finds that member, so no variant is compared with every other.
std::vector<std::vector<VariantRef>> same_paragraphs(const Report& report, const std::vector<VariantRef>& place) {
  std::unordered_map<std::uint64_t, TokenId> id_of;  // small ids for the index, in order of first sight
  ParagraphIndex index;
  std::vector<std::vector<VariantRef>> groups;
  std::vector<TokenId> ids;
  const auto words = [&](const VariantRef& r) -> const auto& { return report.letters[r.first].variants[r.second].words; };
  for (const auto& member : place) {
    ids.clear();
    for (const std::uint64_t key : words(member))
      ids.push_back(id_of.try_emplace(key, static_cast<TokenId>(id_of.size())).first->second);
    const auto found = index.best(ids, kAlike);
    if (found && same_but_values(words(groups[found->entry].front()), words(member))) {
      groups[found->entry].push_back(member);
    } else {
      index.add(ids);
      groups.push_back({member});
    }
  }
  return groups;
}

}  // namespace

void count_support(Report& report, int jobs) {
  std::map<std::string, int, std::less<>> letters;  // per group
  std::map<std::pair<std::string, int>, int> carrying, omitting;
  std::map<std::pair<std::string, int>, std::vector<VariantRef>> places;  // (group, paragraph or -1 for inserted)
  for (std::size_t l = 0; l < report.letters.size(); ++l) {
    const LetterReport& letter = report.letters[l];
    ++letters[letter.group];
    for (std::size_t i = 0; i < letter.variants.size(); ++i) {
      const Variant& v = letter.variants[i];
      if (v.kind == EntryKind::omitted) {
        ++omitting[{letter.group, v.paragraph}];
      } else {
        if (v.kind != EntryKind::inserted) ++carrying[{letter.group, v.paragraph}];
        if (v.kind != EntryKind::standard) places[{letter.group, v.paragraph}].emplace_back(l, i);
      }
    }
  }
  for (auto& letter : report.letters)
    for (auto& v : letter.variants) {
      if (v.kind == EntryKind::omitted) {
        v.support = letters[letter.group] - omitting[{letter.group, v.paragraph}];
        v.lacking = omitting[{letter.group, v.paragraph}];
      }
      if (v.kind == EntryKind::standard) v.support = carrying[{letter.group, v.paragraph}];
    }
  std::vector<const std::vector<VariantRef>*> work;
  for (const auto& [place, members] : places) work.push_back(&members);
  parallel_for(work.size(), jobs, [&](std::size_t w) {
    for (const auto& group : same_paragraphs(report, *work[w])) {
      std::unordered_set<std::size_t> distinct;
      for (const auto& [l, v] : group) distinct.insert(l);
      // Each variant is in one place, so threads write disjoint variants.
      for (const auto& [l, v] : group) report.letters[l].variants[v].support = static_cast<int>(distinct.size());
    }
  });
}

}  // namespace letterdiff
