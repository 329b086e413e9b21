// Plain text: what a person reads in a terminal or a mail.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "report/digest.h"
#include "report/formats.h"

namespace letterdiff {
namespace {

std::string indent(std::string_view text, std::string_view prefix = "    ") {
  std::string out(prefix);
  for (char c : text) {
    out += c;
    if (c == '\n') out += prefix;
  }
  return out;
}

std::string counts(const LetterReport& l) {
  std::string out = fmt::format("{} inserted, {} modified, {} omitted, {} moved", l.count(EntryKind::inserted),
                                l.count(EntryKind::modified), l.count(EntryKind::omitted), l.count(EntryKind::moved));
  if (const int standard = l.count(EntryKind::standard)) out += fmt::format(", {} standard paragraphs", standard);
  return out;
}

// What the letters table says of a letter: its variants by kind, or that it has none.
std::string short_counts(const LetterReport& l) {
  std::string out;
  for (const EntryKind kind : {EntryKind::inserted, EntryKind::modified, EntryKind::omitted, EntryKind::moved,
                               EntryKind::standard})
    if (const int n = l.count(kind)) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", n, to_string(kind));
  return out.empty() ? "none" : out;
}

// Columns padded to their widest cell (in characters), two spaces apart.
std::string aligned(const std::vector<std::vector<std::string>>& rows, std::string_view prefix) {
  const auto width = [](std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
  };
  std::vector<std::size_t> widths;
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], width(row[c]));
    }
  std::string out;
  for (const auto& row : rows) {
    std::string line(prefix);
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - width(row[c]) + 2, ' ');
    }
    while (line.ends_with(' ')) line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string topics_of(const Variant& v) {
  std::string out;
  for (const auto& t : v.topics) out += (out.empty() ? " [" : ", ") + t;
  if (v.recurring >= 0) out += out.empty() ? " [recurring remark" : ", recurring remark";
  return out.empty() ? out : out + "]";
}

std::string where(const Variant& v) {
  std::string out;
  if (v.line > 0) out += fmt::format(", line {}", v.line);
  if (!v.after.empty()) out += fmt::format(", after \"{}\"", v.after);
  if (v.support > 1) out += fmt::format(", in {} letters", v.support);
  return out;
}

std::string variant_text(const Variant& v) {
  switch (v.kind) {
    case EntryKind::inserted: return fmt::format("\n+ inserted{}{}:\n{}\n", where(v), topics_of(v), indent(v.text));
    case EntryKind::omitted: return fmt::format("\n- omitted{}{}:\n{}\n", where(v), topics_of(v), indent(v.text));
    default: return fmt::format("\n~ {}{}{}:\n{}\n", to_string(v.kind), where(v), topics_of(v), indent(v.wdiff()));
  }
}

}  // namespace

std::string text_letter(const LetterReport& l) {
  std::string out = fmt::format("== {} ({})\n", l.council.empty() ? l.file : l.council, l.group);
  out += fmt::format("file:      {}\nrecipient: {}\ndate:      {}\n", l.file, l.recipient, l.date);
  for (const auto& s : l.slots) out += fmt::format("slot:      {} ({}) = {}\n", s.name, s.type, s.value);
  if (l.single_letter_group) out += fmt::format("note:      {}\n", single_letter_notice(l.group));
  out += fmt::format("variants:  {}\n", counts(l));
  for (const auto& v : l.variants) out += variant_text(v);
  if (!l.compared_with.empty()) {
    out += fmt::format("\n{} ({} paragraphs, most specific first):\n", differs_notice(l.compared_with),
                       l.differences.size());
    for (const auto& v : l.differences) out += variant_text(v);
  }
  if (!l.statistics.empty()) {
    out += "\nstatistics:\n";
    for (const auto& s : l.statistics) out += fmt::format("    {}: {}\n", s.label, s.value);
  }
  if (!l.furniture.empty()) {
    out += "\nfurniture (not content):\n";
    for (const auto& f : l.furniture) out += fmt::format("    line {}, {}: {}\n", f.line, f.reason, f.text);
  }
  return out;
}

std::string text_digest(const Report& r) {
  std::string out = "\ndigest:\n    " + corpus_line(r) + "\n";
  for (const auto& l : r.letters) out += fmt::format("    {} ({}): {}\n", l.council, l.group, digest_line(l));
  for (const auto& rec : r.recurring) {
    std::string councils;
    for (const auto& c : rec.councils) councils += (councils.empty() ? "" : ", ") + c;
    out += fmt::format("    recurring remark in {}, {} councils ({}): {}\n", rec.group, rec.councils.size(), councils,
                       rec.wording);
    for (std::size_t c = 0; c < rec.councils.size() && !rec.values[c].empty(); ++c)
      out += fmt::format("        {}: {}\n", rec.councils[c], fmt::join(rec.values[c], "; "));
  }
  return out;
}

std::string text_index(const Report& r, const std::vector<std::string>& files) {
  std::string out = "letterdiff report\n" + text_digest(r) + "\ngroups:\n";
  for (const auto& g : r.groups)
    out += fmt::format("    {}: {} letter{}, {} template paragraphs{}\n", g.group, g.letters, g.letters == 1 ? "" : "s",
                       g.template_paragraphs, g.letters == 1 ? " (single letter: nothing can be isolated)" : "");
  out += "\nletters:\n";
  const bool with_files = std::any_of(files.begin(), files.end(), [](const auto& f) { return !f.empty(); });
  std::vector<std::vector<std::string>> rows{{"year", "council", "recipient", "date", "specific"}};
  if (with_files) rows.front().push_back("file");
  for (std::size_t i = 0; i < r.letters.size(); ++i) {
    const auto& l = r.letters[i];
    rows.push_back({l.group, l.council.empty() ? l.file : l.council, l.recipient, l.date.empty() ? "-" : l.date,
                    short_counts(l)});
    if (with_files) rows.back().push_back(files[i]);
  }
  return out + aligned(rows, "    ");
}

}  // namespace letterdiff
