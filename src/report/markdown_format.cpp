// Markdown: for reading on a code forge or turning into a page. Word changes
// use <del>/<ins>, which common Markdown renderers show as struck and underlined.
#include <fmt/format.h>

#include <algorithm>

#include "report/digest.h"
#include "report/formats.h"

namespace letterdiff {

// Text from letters must not turn into Markdown or HTML by accident.
std::string markdown_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '*': case '_': case '`': case '[': case ']': case '#': case '|': case '\\':
        out += '\\';
        out += c;
        break;
      case '\n': out += "  \n"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

std::string escape(std::string_view s) { return markdown_escape(s); }  // the short name reads better below

// Text shown as written, in a code span fenced by more backticks than it holds,
// so a backtick in a file name cannot end it; in a table a pipe is escaped.
std::string code_span(std::string_view text, bool in_table = true) {
  std::size_t longest = 0, run = 0;
  for (char c : text) longest = std::max(longest, run = c == '`' ? run + 1 : 0);
  std::string inner;
  for (char c : text) {
    if (c == '|' && in_table) inner += '\\';
    inner += c == '\n' ? ' ' : c;
  }
  const std::string fence(longest + 1, '`');
  const bool pad = text.starts_with('`') || text.ends_with('`');
  return fence + (pad ? " " : "") + inner + (pad ? " " : "") + fence;
}

std::string block_quote(std::string_view text) {
  std::string out = "> ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "> ";
  }
  return out + "\n";
}

const WdiffStyle& markdown_style() {
  static const WdiffStyle style{"<del>", "</del>", "<ins>", "</ins>", escape};
  return style;
}

std::string variant_markdown(const Variant& v) {
  std::string out;
  std::string where = v.line > 0 ? fmt::format("line {}", v.line) : std::string("not in the letter");
  if (!v.after.empty()) where += fmt::format(", after \"{}\"", escape(v.after));
  if (v.support > 1) where += fmt::format(", in {} letters", v.support);
  std::string topics;
  for (const auto& t : v.topics) topics += (topics.empty() ? " · " : ", ") + escape(t);
  if (v.recurring >= 0) topics += " · recurring remark";
  out += fmt::format("### {} ({}){}\n\n", to_string(v.kind), where, topics);
  if (v.kind == EntryKind::modified || v.kind == EntryKind::moved || v.kind == EntryKind::standard)
    out += block_quote(render_pieces(v.pieces, markdown_style()));
  else if (v.kind == EntryKind::omitted)
    out += block_quote("~~" + escape(v.text) + "~~");
  else
    out += block_quote(escape(v.text));
  out += '\n';
  return out;
}

std::string counts(const LetterReport& l) {
  return fmt::format("{} | {} | {} | {}", l.count(EntryKind::inserted), l.count(EntryKind::modified),
                     l.count(EntryKind::omitted), l.count(EntryKind::moved));
}

}  // namespace

std::string markdown_letter(const LetterReport& l) {
  std::string out = fmt::format("# {}\n\n", escape(l.council.empty() ? l.file : l.council));
  out += fmt::format("| | |\n|---|---|\n| Group | {} |\n| Recipient | {} |\n| Date | {} |\n| File | {} |\n",
                     escape(l.group), escape(l.recipient), escape(l.date), code_span(l.file));
  for (const auto& s : l.slots)
    out += fmt::format("| Slot {} ({}) | {} |\n", code_span(s.name), escape(s.type), escape(s.value));
  if (l.single_letter_group) out += fmt::format("\n**Note:** {}.\n", escape(single_letter_notice(l.group)));
  out += "\n## Council-specific content\n\n";
  if (l.variants.empty()) out += l.single_letter_group ? "Not known: no other letter to compare with.\n\n"
                                                       : "None: the letter is the template word for word.\n\n";
  for (const auto& v : l.variants) out += variant_markdown(v);
  if (!l.compared_with.empty()) {
    out += fmt::format("## Compared with {}\n\n{}. Most specific first.\n\n", escape(l.compared_with),
                       escape(differs_notice(l.compared_with)));
    for (const auto& v : l.differences) out += variant_markdown(v);
  }
  if (!l.statistics.empty()) {
    out += "## Statistics\n\n| Figure | Value |\n|---|---|\n";
    for (const auto& s : l.statistics) out += fmt::format("| {} | {} |\n", escape(s.label), escape(s.value));
    out += '\n';
  }
  if (!l.furniture.empty()) {
    out += "## Page furniture (not content)\n\n";
    for (const auto& f : l.furniture)
      out += fmt::format("- line {}, {}: {}\n", f.line, escape(f.reason), code_span(f.text, false));
  }
  return out;
}

std::string markdown_digest(const Report& r) {
  std::string out = "## Digest\n\n" + escape(corpus_line(r)) + "\n\n";
  for (const auto& l : r.letters)
    out += fmt::format("- **{}** ({}): {}\n", escape(l.council), escape(l.group), escape(digest_line(l)));
  if (!r.recurring.empty()) out += "\n### Recurring remarks\n\n";
  for (const auto& rec : r.recurring) {
    std::string councils;
    for (const auto& c : rec.councils) councils += (councils.empty() ? "" : ", ") + escape(c);
    out += fmt::format("- {} councils of {} ({}):\n\n{}\n", rec.councils.size(), escape(rec.group), councils,
                       block_quote(escape(rec.wording)));
    for (std::size_t c = 0; c < rec.councils.size() && !rec.values[c].empty(); ++c) {
      std::string values;
      for (const auto& v : rec.values[c]) values += (values.empty() ? "" : "; ") + escape(v);
      out += fmt::format("  - {}: {}\n", escape(rec.councils[c]), values);
    }
  }
  return out + "\n";
}

std::string markdown_index(const Report& r, const std::vector<std::string>& files) {
  std::string out = "# letterdiff report\n\n" + markdown_digest(r) +
                    "## Groups\n\n| Group | Letters | Template paragraphs |\n|---|---|---|\n";
  for (const auto& g : r.groups)
    out += fmt::format("| {} | {} | {}{} |\n", escape(g.group), g.letters, g.template_paragraphs,
                       g.letters == 1 ? " (single letter: nothing can be isolated)" : "");
  out += "\n## Councils\n\n| Group | Council | Recipient | Date | Inserted | Modified | Omitted | Moved |\n"
         "|---|---|---|---|---|---|---|---|\n";
  for (std::size_t i = 0; i < r.letters.size(); ++i) {
    const auto& l = r.letters[i];
    const std::string name = escape(l.council.empty() ? l.file : l.council);
    out += fmt::format("| {} | {} | {} | {} | {} |\n", escape(l.group),
                       files[i].empty() ? name : fmt::format("[{}]({})", name, files[i]), escape(l.recipient),
                       escape(l.date),
                       counts(l));
  }
  return out;
}

}  // namespace letterdiff
