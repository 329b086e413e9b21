#include "templating/template_file.h"

#include <charconv>
#include <fmt/format.h>

#include <xxhash.h>

#include "base/text.h"
#include "base/utf8.h"
#include "letter/metadata.h"
#include "segment/slot_types.h"
#include "segment/tokenize.h"

namespace letterdiff {
namespace {

bool parse_int(std::string_view s, int& value) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// "[3] 2/3 text" -> support 2 of 3, kind text; "[9] 59/300 text optional" an optional paragraph.
bool parse_paragraph_header(std::string_view line, int& support, ParagraphKind& kind, bool& optional) {
  if (!line.starts_with('[')) return false;
  const auto close = line.find("] ");
  if (close == std::string_view::npos) return false;
  auto words = split_words(line.substr(close + 2));
  optional = words.size() == 3 && words[2] == "optional";
  if (optional) words.pop_back();
  if (words.size() != 2) return false;
  const auto slash = words[0].find('/');
  int of = 0, number = 0;
  return slash != std::string_view::npos && parse_int(line.substr(1, close - 1), number) &&
         parse_int(words[0].substr(0, slash), support) && parse_int(words[0].substr(slash + 1), of) &&
         parse_paragraph_kind(words[1], kind);
}

}  // namespace

std::string write_template(const Template& tpl) {
  std::string out = fmt::format(
      "# letterdiff template for the {} letters, learnt from {} letter{}.\n"
      "# Each paragraph opens with \"[n] support kind\": support is how many of those letters carry it;\n"
      "# \"optional\" after it marks a standard paragraph only some letters carry.\n"
      "# {{{{name:type}}}} marks a slot: one value that changes from letter to letter (types: number,\n"
      "# percentage, money, date, month, year, person, organisation, role, name), never a phrase.\n"
      "# Paragraphs are separated by one blank line; edit the wording freely (learn then keeps your edits).\n"
      "group: {}\nletters: {}\n",
      tpl.group, tpl.letters, tpl.letters == 1 ? "" : "s", tpl.group, tpl.letters);
  for (std::size_t i = 0; i < tpl.paragraphs.size(); ++i) {
    const auto& p = tpl.paragraphs[i];
    out += fmt::format("\n[{}] {}/{} {}{}\n{}\n", i + 1, p.support, tpl.letters, to_string(p.kind),
                       p.optional ? " optional" : "", p.text);
  }
  // Last, so that it covers every line above it.
  return out + fmt::format("\n{}{:016x}\n", kChecksumLine, XXH3_64bits(out.data(), out.size()));
}

bool edited_since_written(std::string_view text) {
  const auto at = text.rfind(kChecksumLine);
  if (at == std::string_view::npos || at == 0 || text[at - 1] != '\n') return true;
  std::uint64_t recorded = 0;
  const char* digits = text.data() + at + kChecksumLine.size();
  const auto [end, error] = std::from_chars(digits, text.data() + text.size(), recorded, 16);
  if (error != std::errc() || end - digits != 16 || std::string_view(end, text.data() + text.size()) != "\n") return true;
  const std::string_view body = text.substr(0, at - 1);  // less the blank line before it
  return XXH3_64bits(body.data(), body.size()) != recorded;
}

std::optional<Template> read_template(std::string_view text, const std::string& file, Vocabulary& vocabulary,
                                      Diagnostics& ds) {
  Template tpl;
  const auto fail = [&](int line, std::string message) {
    ds.push_back({Severity::error, file, std::move(message), line});
    return std::nullopt;
  };
  if (!is_valid_utf8(text)) return fail(0, "not valid UTF-8; save it as UTF-8");
  const auto lines = split_lines(text);
  TemplateParagraph* open = nullptr;
  bool blank_before = true;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    std::string_view line = lines[i];
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // CRLF, however many CRs
    int support = 0;
    ParagraphKind kind{};
    bool optional = false;
    if (blank_before && parse_paragraph_header(line, support, kind, optional)) {
      if (support < 1) return fail(number, fmt::format("support {} is not a number of letters (1 or more)", support));
      tpl.paragraphs.push_back({"", kind, support, {}, optional});
      open = &tpl.paragraphs.back();
      blank_before = false;
      continue;
    }
    const bool blank = trim(line).empty();
    if (open) {
      if (blank) {
        if (open->text.empty()) return fail(number, "paragraph has no text");
        open = nullptr;
      } else {
        if (!open->text.empty()) open->text += '\n';
        open->text += line;
      }
    } else if (!blank && !line.starts_with('#')) {
      const auto colon = line.find(": ");
      const std::string_view key = colon == std::string_view::npos ? line : line.substr(0, colon);
      const std::string_view value = colon == std::string_view::npos ? "" : trim(line.substr(colon + 2));
      if (key == "group" && is_group_name(value)) tpl.group = value;
      else if (key == "group")
        return fail(number, fmt::format("group \"{}\" is not a year group (2023-24, 2024 or unknown)",
                                        value.substr(0, 60)));
      else if (key == "letters" && parse_int(value, tpl.letters) && tpl.letters > 0) {}
      else
        return fail(number, fmt::format("expected \"group: NAME\", \"letters: N\" or a paragraph header "
                                        "\"[n] support/letters kind\" after a blank line, found \"{}\"",
                                        line.substr(0, 60)));
    }
    blank_before = blank;
  }
  if (open && open->text.empty()) return fail(static_cast<int>(lines.size()), "paragraph has no text");
  if (tpl.group.empty()) return fail(1, "no \"group: NAME\" line");
  if (tpl.letters <= 0) return fail(1, "no \"letters: N\" line");
  if (tpl.paragraphs.empty()) return fail(static_cast<int>(lines.size()), "template has no paragraphs");
  tokenize_template(tpl, vocabulary);
  for (const auto& p : tpl.paragraphs)
    for (const auto& t : p.tokens) {
      std::string_view name, type;
      if (vocabulary.is_slot(t.id) && parse_slot_marker(vocabulary.text(t.id), name, type) && !known_slot_type(type))
        return fail(0, fmt::format("slot {} has type \"{}\", which is none of number, percentage, money, date, "
                                   "month, year, person, organisation, role, name",
                                   vocabulary.text(t.id), type));
    }
  return tpl;
}

}  // namespace letterdiff
