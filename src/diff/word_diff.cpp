#include "diff/word_diff.h"

#include <dtl/dtl.hpp>

#include <array>
#include <string_view>
#include <vector>

#include "segment/slot_types.h"
#include "segment/tokenize.h"

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

// The type of the slot marker id stands for; empty for a word.
std::string_view slot_type(TokenId id, const Vocabulary& vocabulary) {
  std::string_view name, type;
  if (!vocabulary.is_slot(id) || !parse_slot_marker(vocabulary.text(id), name, type)) return {};
  return type;
}

// Whether ids[begin, end) are one value of the type (segment/slot_types.h).
bool fits(std::string_view type, std::span<const TokenId> ids, std::uint32_t begin, std::uint32_t end,
          const Vocabulary& vocabulary) {
  std::array<std::string_view, 16> words;  // longer than any value of any type
  if (end - begin > words.size()) return false;
  for (auto i = begin; i < end; ++i) {
    if (vocabulary.is_slot(ids[i])) return false;
    words[i - begin] = vocabulary.text(ids[i]);
  }
  return slot_value_fits(type, std::span(words.data(), end - begin));
}

// Where the longest value of the type that starts letter[lb, le) ends, or lb when
// none does. A name must be the whole run; a figure or a date may be followed by words.
std::uint32_t value_at_start(std::string_view type, std::span<const TokenId> letter, std::uint32_t lb,
                             std::uint32_t le, const Vocabulary& vocabulary) {
  const auto longest = static_cast<std::uint32_t>(max_slot_words(type));
  const std::uint32_t shortest = clear_edged(type) ? lb + 1 : le;
  for (auto end = std::min(le, lb + longest); end >= shortest && end > lb; --end)
    if (fits(type, letter, lb, end, vocabulary)) return end;
  return lb;
}

// Where the longest value of a clear-edged type that ends letter[lb, le) begins, or le when none does.
std::uint32_t value_at_end(std::string_view type, std::span<const TokenId> letter, std::uint32_t lb, std::uint32_t le,
                           const Vocabulary& vocabulary) {
  if (!clear_edged(type)) return le;
  const auto longest = static_cast<std::uint32_t>(max_slot_words(type));
  for (auto begin = le > lb + longest ? le - longest : lb; begin < le; ++begin)
    if (fits(type, letter, begin, le, vocabulary)) return begin;
  return le;
}

// A hunk is what lies between two equal runs: template[tb,te) gave way to letter[lb,le).
// A slot on either side facing a value it may hold is a slot value, not a change: a
// letter fills the template's slots, and a newer template may slot what an older one
// spelt out. Words beyond a figure or a date (a remark written where a number
// stands) stay a change: the slot takes the longest value at the start of the run,
// else at its end. A figure or date slot at an end of a longer hunk ("In {{month}}
// 2023" against "In February 2024") takes its value the same way.
void push_hunk(WordDiff& diff, std::span<const TokenId> tpl, std::span<const TokenId> letter,
               const Vocabulary& vocabulary, SlotFilling filling, std::uint32_t tb, std::uint32_t te, std::uint32_t lb,
               std::uint32_t le) {
  if (le > lb && te > tb) {
    const std::string_view first = slot_type(tpl[tb], vocabulary), last = slot_type(tpl[te - 1], vocabulary);
    const bool alone = te - tb == 1;
    if (!first.empty() && (alone || clear_edged(first))) {
      const std::uint32_t end = value_at_start(first, letter, lb, le, vocabulary);
      if (end > lb) {
        push(diff, WordOp::slot, tb, tb + 1, lb, end);
        push(diff, WordOp::deleted, tb + 1, te, end, end);
        push(diff, WordOp::inserted, te, te, end, le);
        return;
      }
    }
    if (!last.empty() && (alone || clear_edged(last))) {
      // A lone slot's value filling the whole run was tried just above.
      const std::uint32_t begin = value_at_end(last, letter, alone ? lb + 1 : lb, le, vocabulary);
      if (begin < le) {
        push(diff, WordOp::deleted, tb, te - 1, lb, lb);
        push(diff, WordOp::inserted, te - 1, te - 1, lb, begin);
        push(diff, WordOp::slot, te - 1, te, begin, le);
        return;
      }
    }
  }
  if (filling == SlotFilling::both_sides && le - lb == 1 && te > tb) {
    const std::string_view letter_type = slot_type(letter[lb], vocabulary);
    if (!letter_type.empty() && fits(letter_type, tpl, tb, te, vocabulary)) {
      push(diff, WordOp::slot, tb, te, lb, le);
      return;
    }
  }
  push(diff, WordOp::deleted, tb, te, lb, lb);
  push(diff, WordOp::inserted, te, te, lb, le);
}

struct Segment {
  bool change = false;  // a deleted and/or inserted stretch; otherwise equal or a slot fill
  WordRun run;          // ranges on both sides; op kept for equal and slot
};

std::uint32_t weight(const Segment& s) {
  return std::max(s.run.template_end - s.run.template_begin, s.run.letter_end - s.run.letter_begin);
}

// Semantic clean-up after diff-match-patch: an equality no longer than the
// changes on both sides of it ("the", "to", "of" between rewritten stretches)
// is folded into them, so a rewritten sentence reads as one change, not confetti.
WordDiff clean_up(const WordDiff& raw) {
  std::vector<Segment> segs;
  for (const auto& run : raw.runs) {
    const bool change = run.op == WordOp::deleted || run.op == WordOp::inserted;
    if (change && !segs.empty() && segs.back().change) {
      segs.back().run.template_end = run.template_end;
      segs.back().run.letter_end = run.letter_end;
    } else {
      segs.push_back({change, run});
    }
  }
  for (bool merged = true; merged;) {
    merged = false;
    for (std::size_t i = 1; i + 1 < segs.size(); ++i) {
      const Segment& eq = segs[i];
      if (eq.change || eq.run.op != WordOp::equal || !segs[i - 1].change || !segs[i + 1].change) continue;
      if (weight(eq) > weight(segs[i - 1]) || weight(eq) > weight(segs[i + 1])) continue;
      segs[i - 1].run.template_end = segs[i + 1].run.template_end;
      segs[i - 1].run.letter_end = segs[i + 1].run.letter_end;
      segs.erase(segs.begin() + static_cast<std::ptrdiff_t>(i), segs.begin() + static_cast<std::ptrdiff_t>(i) + 2);
      merged = true;
      break;
    }
  }
  WordDiff out;
  for (const auto& seg : segs) {
    const WordRun& r = seg.run;
    if (!seg.change) {
      push(out, r.op, r.template_begin, r.template_end, r.letter_begin, r.letter_end);
      continue;
    }
    push(out, WordOp::deleted, r.template_begin, r.template_end, r.letter_begin, r.letter_begin);
    push(out, WordOp::inserted, r.template_end, r.template_end, r.letter_begin, r.letter_end);
  }
  out.common = raw.common;  // similarity stays the diff's own measure; only the display is cleaned
  out.changed = raw.changed;
  return out;
}

}  // namespace

WordDiff diff_words(std::span<const TokenId> template_ids, std::span<const TokenId> letter_ids,
                    const Vocabulary& vocabulary, SlotFilling filling) {
  // Most paragraphs differ from the template in a few words, if any: the common
  // head and tail are matched directly and dtl only sees the stretch between.
  const auto n = static_cast<std::uint32_t>(template_ids.size()), m = static_cast<std::uint32_t>(letter_ids.size());
  std::uint32_t head = 0, tail = 0;
  while (head < n && head < m && template_ids[head] == letter_ids[head]) ++head;
  while (tail < n - head && tail < m - head && template_ids[n - 1 - tail] == letter_ids[m - 1 - tail]) ++tail;

  WordDiff diff;
  push(diff, WordOp::equal, 0, head, 0, head);
  std::uint32_t ia = head, ib = head;          // positions reached in template and letter
  std::uint32_t hunk_a = head, hunk_b = head;  // where the open hunk started
  if (head + tail < n && head + tail < m) {
    const std::vector<TokenId> a(template_ids.begin() + head, template_ids.end() - tail);
    const std::vector<TokenId> b(letter_ids.begin() + head, letter_ids.end() - tail);
    dtl::Diff<TokenId, std::vector<TokenId>> dtl_diff(a, b);
    dtl_diff.compose();
    for (const auto& [id, info] : dtl_diff.getSes().getSequence()) {
      (void)id;
      if (info.type == dtl::SES_COMMON) {
        push_hunk(diff, template_ids, letter_ids, vocabulary, filling, hunk_a, ia, hunk_b, ib);
        push(diff, WordOp::equal, ia, ia + 1, ib, ib + 1);
        ++ia, ++ib;
        hunk_a = ia, hunk_b = ib;
      } else if (info.type == dtl::SES_DELETE) {
        ++ia;
      } else {
        ++ib;
      }
    }
  }
  push_hunk(diff, template_ids, letter_ids, vocabulary, filling, hunk_a, n - tail, hunk_b, m - tail);
  push(diff, WordOp::equal, n - tail, n, m - tail, m);
  return diff.identical() ? diff : clean_up(diff);
}

}  // namespace letterdiff
