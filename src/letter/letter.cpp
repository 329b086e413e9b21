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

Letter parse_letter(Document document, Metadata metadata, const GroupEvidence* group) {
  Letter letter;
  letter.path = std::move(document.path);
  letter.normalised = normalise(document.text, group);
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
  const auto council = value_ids(letter.metadata.council), recipient = value_ids(letter.metadata.recipient);
  const auto date = value_ids(letter.metadata.date_text), role = value_ids(letter.metadata.role);
  const auto addressee = value_ids(letter.metadata.addressee);
  const TokenId council_slot = vocabulary.intern_slot(kCouncilSlot), recipient_slot = vocabulary.intern_slot(kRecipientSlot);
  const TokenId date_slot = vocabulary.intern_slot(kDateSlot), role_slot = vocabulary.intern_slot(kRoleSlot);
  for (std::size_t i = 0; i < letter.tokens.size(); ++i) {
    auto& tokens = letter.tokens[i];
    const auto has = [&](TokenId slot) {
      return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return t.id == slot; });
    };
    // The job title, and the recipient's other name, only on the address line and
    // in the salutation: "Chief Executive" or "Mayor" elsewhere are the letter's words.
    // The fuller name goes first ("Mr Tom Hale" before "Tom").
    const bool salutation = letter.normalised.paragraph_text(letter.normalised.paragraphs[i]).starts_with("Dear ");
    substitute(tokens, council, council_slot);
    const bool fuller = addressee.size() > recipient.size();
    if (fuller && (salutation || has(council_slot))) substitute(tokens, addressee, recipient_slot);
    // A recipient of one word ("Dear Paul") is a first name: in the body it is
    // someone else's ("Paul Najsarek steered the organisation").
    if (recipient.size() > 1 || salutation || has(council_slot) || has(recipient_slot))
      substitute(tokens, recipient, recipient_slot);
    substitute(tokens, date, date_slot);
    const bool address = has(recipient_slot) || has(council_slot);
    if (address) substitute(tokens, role, role_slot);
    if (!fuller && (address || salutation)) substitute(tokens, addressee, recipient_slot);
  }
}

Letter make_letter(Document document, Vocabulary& vocabulary) {
  Letter letter = parse_letter(std::move(document));
  tokenize_letter(letter, vocabulary);
  return letter;
}

void resolve_groups(std::span<const std::pair<std::string_view, Metadata*>> letters, Diagnostics& diagnostics) {
  std::map<int, std::string> titled;  // end year -> titled group name
  for (const auto& [path, m] : letters) {
    if (m->group_source != GroupSource::title || !m->year_end) continue;
    // Two spellings of one year ("2023-24", "2023/24"): the first in sort order, whatever the files' order.
    const auto [it, fresh] = titled.emplace(m->year_end, m->group);
    if (!fresh && m->group < it->second) it->second = m->group;
  }
  for (const auto& [path, metadata] : letters) {
    Metadata& m = *metadata;
    if (m.group_source == GroupSource::title) continue;
    const std::string title =
        m.unread_title_year.empty()
            ? "no \"Annual Review letter\" title"
            : fmt::format("its title's year \"{}\" is no year (2023-24, 2023/24 or 2024)", m.unread_title_year);
    if (m.year_end == 0) {
      m.group = "unknown";
      if (!m.unread_title_year.empty()) {
        diagnostics.push_back({Severity::warning, std::string(path),
                               title + " and no other year was found; grouped as unknown", 0});
        continue;
      }
      diagnostics.push_back({Severity::warning, std::string(path),
                             "no year found (no \"Annual Review letter YYYY\", \"year ending\" date or letter date); grouped as "
                             "unknown: add the year's title line to group it",
                             0});
      continue;
    }
    const auto it = titled.find(m.year_end);
    m.group = it != titled.end() ? it->second : fmt::format("{}-{:02}", m.year_end - 1, m.year_end % 100);
    diagnostics.push_back(
        {m.unread_title_year.empty() ? Severity::note : Severity::warning, std::string(path),
         fmt::format("{}; grouped as {} from its {}", title, m.group,
                     m.group_source == GroupSource::year_ending ? "reporting year" : "date"),
         0});
  }
}

}  // namespace letterdiff
