#include "letter/letter.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "normalise/normalise.h"
#include "segment/paragraph_memo.h"
#include "segment/tokenize.h"

namespace letterdiff {
namespace {

// Replaces every run of tokens spelling value by one slot token spanning it, in
// place: a paragraph without the value is only read.
void substitute(std::vector<Token>& tokens, const std::vector<TokenId>& value, TokenId slot) {
  if (value.empty() || tokens.size() < value.size()) return;
  const auto match_at = [&](std::size_t i) {
    if (tokens[i].id != value[0] || i + value.size() > tokens.size()) return false;
    for (std::size_t k = 1; k < value.size(); ++k)
      if (tokens[i + k].id != value[k]) return false;
    return true;
  };
  std::size_t first = 0;
  while (first < tokens.size() && !match_at(first)) ++first;
  if (first == tokens.size()) return;
  std::size_t out = first;
  for (std::size_t i = first; i < tokens.size();) {
    if (match_at(i)) {
      tokens[out++] = {slot, tokens[i].begin, tokens[i + value.size() - 1].end};
      i += value.size();
    } else {
      tokens[out++] = tokens[i++];
    }
  }
  tokens.resize(out);
}

}  // namespace

std::vector<TokenRef> token_refs(const Letter& letter, std::uint32_t begin, std::uint32_t end) {
  std::vector<TokenRef> refs;
  for (auto p = begin; p < end; ++p) append_token_refs(refs, letter.text(), letter.tokens[p]);
  return refs;
}

Letter parse_letter(Document document) {
  Letter letter = parse_letter(std::move(document), {});
  letter.metadata = extract_metadata(letter.normalised);
  return letter;
}

Letter parse_letter(Document document, Metadata metadata) {
  Letter letter;
  letter.path = std::move(document.path);
  letter.normalised = normalise(document.text);
  letter.metadata = std::move(metadata);
  return letter;
}

void tokenize_letter(Letter& letter, Vocabulary& vocabulary, const ParagraphMemo* memo) {
  const std::string_view text = letter.normalised.text;
  letter.tokens.assign(letter.normalised.paragraphs.size(), {});
  for (std::size_t i = 0; i < letter.tokens.size(); ++i) {
    const Paragraph& p = letter.normalised.paragraphs[i];
    if (!memo || !memo->recall(text, p.begin, p.end, letter.tokens[i]))
      letter.tokens[i] = tokenize(text, p.begin, p.end, vocabulary);
  }

  const auto value_ids = [&](std::string_view value) { return ids_of(tokenize(value, vocabulary)); };
  const std::vector<std::pair<std::vector<TokenId>, TokenId>> slots = {
      {value_ids(letter.metadata.council), vocabulary.intern_slot(kCouncilSlot)},
      {value_ids(letter.metadata.recipient), vocabulary.intern_slot(kRecipientSlot)},
      {value_ids(letter.metadata.date_text), vocabulary.intern_slot(kDateSlot)},
  };
  // The job title only where the recipient or the council is named (the address
  // line): "Chief Executive" elsewhere is the letter's words.
  const auto role = value_ids(letter.metadata.role);
  const TokenId recipient = vocabulary.intern_slot(kRecipientSlot), council = vocabulary.intern_slot(kCouncilSlot);
  const TokenId role_slot = vocabulary.intern_slot(kRoleSlot);
  for (auto& tokens : letter.tokens) {
    for (const auto& [value, slot] : slots) substitute(tokens, value, slot);
    if (std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return t.id == recipient || t.id == council; }))
      substitute(tokens, role, role_slot);
  }
}

Letter make_letter(Document document, Vocabulary& vocabulary) {
  Letter letter = parse_letter(std::move(document));
  tokenize_letter(letter, vocabulary);
  return letter;
}

void resolve_groups(std::span<const std::pair<std::string_view, Metadata*>> letters, Diagnostics& diagnostics) {
  std::map<int, std::string> titled;  // end year -> titled group name
  for (const auto& [path, m] : letters)
    if (m->group_source == GroupSource::title && m->year_end) titled.emplace(m->year_end, m->group);
  for (const auto& [path, metadata] : letters) {
    Metadata& m = *metadata;
    if (m.group_source == GroupSource::title) continue;
    if (m.year_end == 0) {
      m.group = "unknown";
      diagnostics.push_back({Severity::warning, std::string(path),
                             "no year found (no \"Annual Review letter YYYY\", \"year ending\" date or letter date); grouped as "
                             "unknown: add the year's title line to group it",
                             0});
      continue;
    }
    const auto it = titled.find(m.year_end);
    m.group = it != titled.end() ? it->second : fmt::format("{}-{:02}", m.year_end - 1, m.year_end % 100);
    diagnostics.push_back(
        {Severity::note, std::string(path),
         fmt::format("no \"Annual Review letter\" title; grouped as {} from its {}", m.group,
                     m.group_source == GroupSource::year_ending ? "reporting year" : "date"),
         0});
  }
}

}  // namespace letterdiff
