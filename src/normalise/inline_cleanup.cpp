#include "normalise/inline_cleanup.h"

#include <algorithm>
#include <array>
#include <utility>

#include "base/swar.h"
#include "base/text.h"

namespace letterdiff {
namespace {

// UTF-8 sequences that PDF extraction and word processors produce, and their plain forms.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kFolds = {{
    {"\u2018", "'"},  {"\u2019", "'"},  {"\u201A", "'"},  {"\u2032", "'"},   {"\u201C", "\""},
    {"\u201D", "\""}, {"\u201E", "\""}, {"\u2010", "-"},  {"\u2011", "-"},   {"\u2012", "-"},
    {"\u2013", "-"},  {"\u2014", "-"},  {"\u2212", "-"},  {"\u00A0", " "},   {"\u2009", " "},
    {"\u202F", " "},  {"\u2007", " "},  {"\u00AD", ""},   {"\u200B", ""},    {"\uFEFF", ""},
    {"\uFB01", "fi"}, {"\uFB02", "fl"}, {"\uFB00", "ff"}, {"\u2026", "..."},
}};

constexpr std::array<std::string_view, 14> kMarkup = {
    "**", "__", "<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<em>", "</em>", "<strong>", "</strong>", "<br>", "<br/>"};

// Each pass below copies the stretches between the bytes it cares about whole:
// a line needing one fix is not rebuilt a byte at a time four times over.

std::size_t next_non_ascii(std::string_view in, std::size_t i) {
  while (i < in.size() && static_cast<unsigned char>(in[i]) < 0x80) ++i;
  return i;
}

std::string fold_characters(std::string_view in, int& folds) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    const std::size_t at = next_non_ascii(in, i);
    out.append(in, i, at - i);
    if (at == in.size()) break;
    i = at;
    bool folded = false;
    for (const auto& [from, to] : kFolds) {
      if (in.substr(i).starts_with(from)) {
        out += to;
        i += from.size();
        folded = true;
        ++folds;
        break;
      }
    }
    if (!folded) out += in[i++];
  }
  return out;
}

void note_stripped(std::string& stripped_tags, std::string_view tag) {
  if (stripped_tags.find(tag) != std::string::npos) return;
  if (!stripped_tags.empty()) stripped_tags += ' ';
  stripped_tags += tag;
}

std::string strip_markup(std::string_view in, std::string& stripped_tags) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    const std::size_t at = std::min(in.find_first_of("*_<", i), in.size());
    out.append(in, i, at - i);
    if (at == in.size()) break;
    i = at;
    bool stripped = false;
    for (auto tag : kMarkup) {
      if (in.substr(i).starts_with(tag)) {
        i += tag.size();
        stripped = true;
        note_stripped(stripped_tags, tag);
        break;
      }
    }
    if (!stripped) out += in[i++];
  }
  return out;
}

// [text](url) -> text: what a PDF shows of a link. Only a target that is one
// unbroken address goes, and the ledger names it; "[to](we found fault in 45
// cases)" is words, not a link, and stays as written.
std::string strip_links(std::string_view in, std::string& stripped_tags) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    const std::size_t at = std::min(in.find('[', i), in.size());
    out.append(in, i, at - i);
    if (at == in.size()) break;
    i = at;
    const auto close = in.find("](", i);
    const auto end = close == std::string_view::npos ? close : in.find(')', close);
    const std::string_view target = end == std::string_view::npos ? "" : in.substr(close + 2, end - close - 2);
    if (!target.empty() && target.size() <= 2048 && target.find_first_of(" \t\n[") == std::string_view::npos &&
        in.substr(i, close - i).find('\n') == std::string_view::npos) {
      out += in.substr(i + 1, close - i - 1);
      i = end + 1;
      note_stripped(stripped_tags, "[](" + std::string(target) + ")");
      continue;
    }
    out += in[i++];
  }
  return out;
}

// No space at either end, none after a space or tab.
std::string collapse_spaces(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  std::size_t kept = 0;  // start of the stretch not yet copied
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != ' ' || (i > 0 && in[i - 1] != ' ' && in[i - 1] != '\t')) continue;
    out.append(in, kept, i - kept);
    kept = i + 1;
  }
  out.append(in, kept, in.size() - kept);
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  return out;
}

}  // namespace

bool already_clean(std::string_view line) {
  if (line.empty()) return true;
  if (line.front() == ' ' || line.front() == '#' || line.front() == '>' || line.back() == ' ' || line.back() == '\t')
    return false;
  const auto needs_cleaning = [&](std::size_t i) {
    const char c = line[i];
    if (static_cast<unsigned char>(c) >= 0x80 || c == '*' || c == '_' || c == '<' || c == '[') return true;
    return c == ' ' && i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t');
  };
  if (needs_cleaning(0)) return false;
  // Sixteen bytes at a time from the second, each beside the byte before it.
  std::size_t i = 1;
  for (; i + 16 <= line.size(); i += 16) {
    using namespace swar;
    const Bytes16 w = load16(line.data() + i), before = load16(line.data() + i - 1);
    if (any((w >= 0x80) | (w == '*') | (w == '_') | (w == '<') | (w == '[') |
            ((w == ' ') & ((before == ' ') | (before == '\t')))))
      return false;
  }
  for (; i < line.size(); ++i)
    if (needs_cleaning(i)) return false;
  return true;
}

CleanLine clean_line(std::string_view line) {
  CleanLine result;
  if (already_clean(line)) {
    result.text = line;
    return result;
  }
  std::string text = fold_characters(line, result.folded);
  std::string_view view = text;
  std::size_t lead = 0;
  while (lead < view.size() && view[lead] == ' ') ++lead;
  view.remove_prefix(lead);
  std::size_t hashes = 0;
  while (hashes < view.size() && view[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes <= 6 && hashes < view.size() && view[hashes] == ' ') {
    result.markdown_heading = true;
    result.markup = std::string(hashes, '#');
    view.remove_prefix(hashes + 1);
  } else if (view.starts_with("> ")) {
    result.markup = ">";
    view.remove_prefix(2);
  }
  result.text = collapse_spaces(strip_links(strip_markup(view, result.markup), result.markup));
  return result;
}

}  // namespace letterdiff
