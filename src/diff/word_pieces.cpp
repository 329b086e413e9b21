#include "diff/word_pieces.h"

#include "segment/tokenize.h"

namespace letterdiff {
namespace {

std::string gap_between(std::span<const TokenRef> refs, std::size_t i) {
  if (i == 0) return "";
  const TokenRef& a = refs[i - 1];
  const TokenRef& b = refs[i];
  if (a.owner.data() != b.owner.data() || b.token.begin < a.token.end) return " ";
  std::string_view gap = a.owner.substr(a.token.end, b.token.begin - a.token.end);
  if (gap.find("\n\n") != std::string_view::npos) return " ";
  return std::string(gap);
}

// "{{council:organisation}}" -> "council"; "" for a plain word.
std::string slot_name(const TokenRef& ref) {
  const std::string_view text = token_text(ref.owner, ref.token);
  std::string_view name, type;
  return parse_slot_marker(text, name, type) ? std::string(name) : std::string();
}

// An equal run shows the letter's words, but metadata slots inside it (the
// recipient in "Dear Ms Ireland") are marked as the slots they are.
template <typename Plain>
void equal_run(std::vector<DiffPiece>& pieces, const WordRun& run, std::span<const TokenRef> tpl,
               std::span<const TokenRef> letter, Plain& plain) {
  for (auto t = run.template_begin, l = run.letter_begin; t < run.template_end; ++t, ++l) {
    if (l > run.letter_begin) plain(gap_between(letter, l));
    const std::string slot = slot_name(tpl[t]);
    std::string word(token_text(letter[l].owner, letter[l].token));
    if (slot.empty()) plain(std::move(word));
    else pieces.push_back({WordOp::slot, std::move(word), slot});
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
  const auto plain = [&](std::string text) {
    if (text.empty()) return;
    if (!pieces.empty() && pieces.back().op == WordOp::equal) pieces.back().text += text;
    else pieces.push_back({WordOp::equal, std::move(text), ""});
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
      std::string gap = run.letter_begin > 0 ? gap_between(letter, run.letter_begin) : " ";
      if (deleted_last && gap.empty()) gap = " ";
      plain(std::move(gap));
    }
    deleted_last = false;
    if (run.op == WordOp::inserted) {
      pieces.push_back({WordOp::inserted, run_text(letter, run.letter_begin, run.letter_end), ""});
    } else if (run.op == WordOp::slot) {
      pieces.push_back({WordOp::slot, run_text(letter, run.letter_begin, run.letter_end),
                        slot_name(tpl[run.template_begin])});
    } else {
      equal_run(pieces, run, tpl, letter, plain);
    }
  }
  return pieces;
}

}  // namespace letterdiff
