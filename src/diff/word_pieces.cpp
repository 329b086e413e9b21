#include "diff/word_pieces.h"

#include "segment/tokenize.h"

namespace letterdiff {
namespace {

// The spacing is the text between two words when they run on in one text.
bool runs_on(std::span<const TokenRef> refs, std::size_t i) {
  const TokenRef& a = refs[i - 1];
  const TokenRef& b = refs[i];
  return a.owner.data() == b.owner.data() && b.token.begin >= a.token.end &&
         a.owner.substr(a.token.end, b.token.begin - a.token.end).find("\n\n") == std::string_view::npos;
}

std::string_view gap_between(std::span<const TokenRef> refs, std::size_t i) {
  if (i == 0) return "";
  if (!runs_on(refs, i)) return " ";
  return refs[i].owner.substr(refs[i - 1].token.end, refs[i].token.begin - refs[i - 1].token.end);
}

// "{{council:organisation}}" -> "council"; "" for a plain word.
std::string_view slot_name(const TokenRef& ref) {
  const std::string_view text = token_text(ref.owner, ref.token);
  std::string_view name, type;
  return text.starts_with("{{") && parse_slot_marker(text, name, type) ? name : std::string_view();
}

// An equal run shows the letter's words, but metadata slots inside it (the
// recipient in "Dear Ms Ireland") are marked as the slots they are. Plain words
// that run on in one text are taken as one view of it, spacing and all.
template <typename Plain>
void equal_run(std::vector<DiffPiece>& pieces, const WordRun& run, std::span<const TokenRef> tpl,
               std::span<const TokenRef> letter, Plain& plain) {
  const auto slot_at = [&](std::size_t l) { return slot_name(tpl[run.template_begin + (l - run.letter_begin)]); };
  for (std::size_t l = run.letter_begin; l < run.letter_end;) {
    if (l > run.letter_begin) plain(gap_between(letter, l));
    if (const std::string_view slot = slot_at(l); !slot.empty()) {
      pieces.push_back({WordOp::slot, std::string(token_text(letter[l].owner, letter[l].token)), std::string(slot)});
      ++l;
      continue;
    }
    std::size_t end = l + 1;
    while (end < run.letter_end && slot_at(end).empty() && runs_on(letter, end)) ++end;
    const TokenRef& first = letter[l];
    plain(first.owner.substr(first.token.begin, letter[end - 1].token.end - first.token.begin));
    l = end;
  }
}

}  // namespace

std::string run_text(std::span<const TokenRef> refs, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) out += gap_between(refs, i);
    out += token_text(refs[i].owner, refs[i].token);
  }
  return out;
}

std::vector<DiffPiece> word_diff_pieces(const WordDiff& diff, std::span<const TokenRef> tpl,
                                        std::span<const TokenRef> letter) {
  std::vector<DiffPiece> pieces;
  const auto plain = [&](std::string_view text) {
    if (text.empty()) return;
    if (!pieces.empty() && pieces.back().op == WordOp::equal) pieces.back().text += text;
    else pieces.push_back({WordOp::equal, std::string(text), ""});
  };
  bool deleted_last = false;  // a deletion stands between two letter words: keep them apart
  for (const auto& run : diff.runs) {
    const bool first = pieces.empty();
    if (run.op == WordOp::deleted) {
      if (!first) plain(" ");
      pieces.push_back({WordOp::deleted, run_text(tpl, run.template_begin, run.template_end), ""});
      deleted_last = true;
      continue;
    }
    if (!first && !(deleted_last && run.op == WordOp::inserted)) {  // a substitution reads [-old-]{+new+}
      std::string_view gap = run.letter_begin > 0 ? gap_between(letter, run.letter_begin) : " ";
      if (deleted_last && gap.empty()) gap = " ";
      plain(gap);
    }
    deleted_last = false;
    if (run.op == WordOp::inserted) {
      pieces.push_back({WordOp::inserted, run_text(letter, run.letter_begin, run.letter_end), ""});
    } else if (run.op == WordOp::slot) {
      pieces.push_back({WordOp::slot, run_text(letter, run.letter_begin, run.letter_end),
                        std::string(slot_name(tpl[run.template_begin]))});
    } else {
      equal_run(pieces, run, tpl, letter, plain);
    }
  }
  return pieces;
}

}  // namespace letterdiff
