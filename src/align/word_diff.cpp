#include "align/word_diff.h"

#include <dtl/dtl.hpp>

namespace letterdiff {
namespace {

// Appends a run, merging it into the previous run of the same kind.
void push(WordDiff& diff, WordOp op, std::uint32_t tb, std::uint32_t te, std::uint32_t lb, std::uint32_t le) {
  if (tb == te && lb == le) return;
  if (!diff.runs.empty() && diff.runs.back().op == op && op != WordOp::slot && diff.runs.back().template_end == tb &&
      diff.runs.back().letter_end == lb) {
    diff.runs.back().template_end = te;
    diff.runs.back().letter_end = le;
  } else {
    diff.runs.push_back({op, tb, te, lb, le});
  }
  if (op == WordOp::equal) diff.common += te - tb;
  if (op == WordOp::slot) diff.common += 1;
  if (op == WordOp::inserted) diff.changed += le - lb;
  if (op == WordOp::deleted) diff.changed += te - tb;
}

// A hunk is what lies between two equal runs: template[tb,te) gave way to letter[lb,le).
void push_hunk(WordDiff& diff, std::span<const TokenId> tpl, const Vocabulary& vocabulary, std::uint32_t tb,
               std::uint32_t te, std::uint32_t lb, std::uint32_t le) {
  if (te - tb == 1 && vocabulary.is_slot(tpl[tb]) && le > lb) {
    push(diff, WordOp::slot, tb, te, lb, le);
    return;
  }
  push(diff, WordOp::deleted, tb, te, lb, lb);
  push(diff, WordOp::inserted, te, te, lb, le);
}

}  // namespace

WordDiff diff_words(std::span<const TokenId> template_ids, std::span<const TokenId> letter_ids,
                    const Vocabulary& vocabulary) {
  const std::vector<TokenId> a(template_ids.begin(), template_ids.end());
  const std::vector<TokenId> b(letter_ids.begin(), letter_ids.end());
  dtl::Diff<TokenId, std::vector<TokenId>> dtl_diff(a, b);
  dtl_diff.compose();

  WordDiff diff;
  std::uint32_t ia = 0, ib = 0;          // positions reached in template and letter
  std::uint32_t hunk_a = 0, hunk_b = 0;  // where the open hunk started
  for (const auto& [id, info] : dtl_diff.getSes().getSequence()) {
    (void)id;
    if (info.type == dtl::SES_COMMON) {
      push_hunk(diff, template_ids, vocabulary, hunk_a, ia, hunk_b, ib);
      push(diff, WordOp::equal, ia, ia + 1, ib, ib + 1);
      ++ia, ++ib;
      hunk_a = ia, hunk_b = ib;
    } else if (info.type == dtl::SES_DELETE) {
      ++ia;
    } else {
      ++ib;
    }
  }
  push_hunk(diff, template_ids, vocabulary, hunk_a, ia, hunk_b, ib);
  return diff;
}

}  // namespace letterdiff
