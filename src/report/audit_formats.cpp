#include "report/audit_formats.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "report/html_parts.h"
#include "report/wdiff.h"

namespace letterdiff {
namespace {

// The kinds the summary counts; roll-overs (dates) have a line of their own.
constexpr ChangeKind kKinds[] = {ChangeKind::added, ChangeKind::removed, ChangeKind::reworded,
                                 ChangeKind::moved, ChangeKind::split,   ChangeKind::merged};

// "12 paragraphs differ only in their dates and years", or nothing.
std::string dates_line(const Audit& a, bool shown) {
  const int n = a.count(ChangeKind::dates);
  if (n == 0) return "";
  return fmt::format("{} paragraph{} only in {} dates and years{}", n, n == 1 ? " differs" : "s differ",
                     n == 1 ? "its" : "their", shown ? "" : " (--show-dates lists them)");
}

bool listed(const TemplateChange& c, bool show_dates) { return show_dates || c.kind != ChangeKind::dates; }

std::string counts_line(const Audit& a) {
  std::string out;
  for (ChangeKind k : kKinds) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", a.count(k), to_string(k));
  return out;
}

struct SectionLine {
  std::string section;
  std::string counts;      // "1 added, 2 reworded"
  std::size_t first = 0;   // index of its first change, for a link
};

// Sections in the order they first come, each with how many changes of each kind.
std::vector<SectionLine> per_section(const Audit& a) {
  struct Section {
    std::string name;
    std::vector<ChangeKind> kinds;
    std::size_t first;
  };
  std::vector<Section> sections;
  for (std::size_t i = 0; i < a.changes.size(); ++i) {
    const auto& c = a.changes[i];
    if (c.kind == ChangeKind::dates) continue;
    auto it = std::find_if(sections.begin(), sections.end(), [&](const auto& s) { return s.name == c.section; });
    if (it == sections.end()) it = sections.insert(sections.end(), {c.section, {}, i});
    it->kinds.push_back(c.kind);
  }
  std::vector<SectionLine> out;
  for (const auto& s : sections) {
    std::string line;
    for (ChangeKind k : kKinds) {
      const auto n = std::count(s.kinds.begin(), s.kinds.end(), k);
      if (n) line += fmt::format("{}{} {}", line.empty() ? "" : ", ", n, to_string(k));
    }
    out.push_back({s.name.empty() ? "(before the first heading)" : s.name, line, s.first});
  }
  return out;
}

// The rewordings (splits, merges and moves with their words changed too) that change
// the most words, dates left out: largest first, then in reading order.
std::vector<std::size_t> largest_rewordings(const Audit& a, std::size_t most = 10) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < a.changes.size(); ++i) {
    const auto& c = a.changes[i];
    const bool paired = c.kind == ChangeKind::reworded || c.kind == ChangeKind::split ||
                        c.kind == ChangeKind::merged || c.kind == ChangeKind::moved;
    if (paired && c.words_changed > 0) out.push_back(i);
  }
  std::stable_sort(out.begin(), out.end(),
                   [&](std::size_t x, std::size_t y) { return a.changes[x].words_changed > a.changes[y].words_changed; });
  if (out.size() > most) out.resize(most);
  return out;
}

// "We uphold complaints when we find fault…": the newer wording's first words.
std::string opening(const TemplateChange& c, std::size_t words = 10) {
  const auto all = split_words(c.to_text.empty() ? c.from_text : c.to_text);
  std::string out;
  for (std::size_t i = 0; i < std::min(words, all.size()); ++i) out += (i ? " " : "") + std::string(all[i]);
  return all.size() > words ? out + "…" : out;
}

// "27 July 2022 -> 24 July 2024; 2021 -> 2023": a rewording's dates, moving on as every year's do.
std::string date_moves_line(const TemplateChange& c) {
  if (c.kind == ChangeKind::dates || c.date_moves.empty()) return "";
  std::string out;
  for (const auto& m : c.date_moves)
    out += fmt::format("{}{} -> {}", out.empty() ? "" : "; ", m.from.empty() ? "(none)" : m.from,
                       m.to.empty() ? "(none)" : m.to);
  return out;
}

// "2022-23 ¶14 -> 2023-24 ¶15+¶16": every paragraph on each side.
std::string where(const Audit& a, const TemplateChange& c) {
  const auto side = [](const std::string& group, const std::vector<int>& paragraphs) {
    std::string out = group + " ";
    for (std::size_t i = 0; i < paragraphs.size(); ++i) out += fmt::format("{}¶{}", i ? "+" : "", paragraphs[i]);
    return out;
  };
  if (!c.from_paragraphs.empty() && !c.to_paragraphs.empty())
    return side(a.from, c.from_paragraphs) + " -> " + side(a.to, c.to_paragraphs);
  if (!c.from_paragraphs.empty()) return side(a.from, c.from_paragraphs);
  return side(a.to, c.to_paragraphs);
}

// "2022-23 ¶14 -> 2023-24 ¶15+¶16 split, 23 words: We uphold complaints…"
std::string ranked_line(const Audit& a, const TemplateChange& c) {
  return fmt::format("{} {}, {} word{}: {}", where(a, c), to_string(c.kind), c.words_changed,
                     c.words_changed == 1 ? "" : "s", opening(c));
}

std::string indent(std::string_view text) {
  std::string out = "    ";
  for (char ch : text) {
    out += ch;
    if (ch == '\n') out += "    ";
  }
  return out;
}

std::string councils_of(const Crossover& c) {
  std::string out;
  for (const auto& name : c.councils) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::string crossovers_text(const Audit& a) {
  std::string out;
  if (!a.became_boilerplate.empty())
    out += fmt::format("council-specific remarks of {} that became boilerplate in {}:\n", a.from, a.to);
  for (const auto& c : a.became_boilerplate)
    out += fmt::format("    {} ¶{}, a remark for {} council{} in {} ({}): {}\n", a.to, c.paragraph, c.councils.size(),
                       c.councils.size() == 1 ? "" : "s", a.from, councils_of(c), c.text);
  if (!a.became_occasional.empty())
    out += fmt::format("boilerplate of {} that became an occasional remark in {}:\n", a.from, a.to);
  for (const auto& c : a.became_occasional)
    out += fmt::format("    {} ¶{}, a remark for {} council{} in {} ({}): {}\n", a.from, c.paragraph, c.councils.size(),
                       c.councils.size() == 1 ? "" : "s", a.to, councils_of(c), c.text);
  return out;
}

std::string text_audit(const Audit& a, bool colour, bool show_dates) {
  const WdiffStyle style = colour ? colour_style() : WdiffStyle{};
  std::string out = fmt::format("letterdiff audit: {} -> {}\nsummary: {}\n", a.from, a.to, counts_line(a));
  if (const auto dates = dates_line(a, show_dates); !dates.empty()) out += "    " + dates + "\n";
  for (const auto& s : per_section(a)) out += fmt::format("    {}: {}\n", s.section, s.counts);
  if (const auto largest = largest_rewordings(a); !largest.empty()) {
    out += "largest rewordings (words changed, dates left out):\n";
    for (std::size_t i : largest) out += "    " + ranked_line(a, a.changes[i]) + "\n";
  }
  if (!a.terms.empty()) {
    out += "recurring substitutions:\n";
    for (const auto& t : a.terms) out += fmt::format("    \"{}\" -> \"{}\" ({} times)\n", t.from, t.to, t.count);
  }
  out += crossovers_text(a);
  std::string section = "\x01";
  for (const auto& c : a.changes) {
    if (!listed(c, show_dates)) continue;
    if (c.section != section) {
      section = c.section;
      out += fmt::format("\n== {}\n", section.empty() ? "(before the first heading)" : section);
    }
    out += fmt::format("\n{} {} ({}):\n", c.kind == ChangeKind::added ? '+' : c.kind == ChangeKind::removed ? '-' : '~',
                       to_string(c.kind), where(a, c));
    if (c.kind == ChangeKind::added) out += indent(style.insert_open + c.to_text + style.insert_close) + "\n";
    else if (c.kind == ChangeKind::removed) out += indent(style.delete_open + c.from_text + style.delete_close) + "\n";
    else out += indent(render_pieces(c.pieces, style)) + "\n";
    if (const auto dates = date_moves_line(c); !dates.empty()) out += "    dates moved on: " + dates + "\n";
  }
  return out;
}

std::string markdown_audit(const Audit& a, bool show_dates) {
  const WdiffStyle style{"<del>", "</del>", "<ins>", "</ins>", markdown_escape};
  std::string out = fmt::format("# Template audit: {} → {}\n\n**Summary:** {}\n\n", a.from, a.to, counts_line(a));
  if (const auto dates = dates_line(a, show_dates); !dates.empty()) out += dates + ".\n\n";
  out += "| Section | Changes |\n|---|---|\n";
  for (const auto& s : per_section(a)) out += fmt::format("| {} | {} |\n", markdown_escape(s.section), s.counts);
  if (const auto largest = largest_rewordings(a); !largest.empty()) {
    out += "\n**Largest rewordings** (words changed, dates left out):\n\n";
    for (std::size_t i : largest) out += "1. " + markdown_escape(ranked_line(a, a.changes[i])) + "\n";
  }
  if (!a.terms.empty()) {
    out += "\n**Recurring substitutions:**\n\n";
    for (const auto& t : a.terms) out += fmt::format("- “{}” → “{}” ({} times)\n", markdown_escape(t.from), markdown_escape(t.to), t.count);
  }
  if (!a.became_boilerplate.empty() || !a.became_occasional.empty())
    out += "\n**Remarks and boilerplate that swapped places:**\n\n```\n" + crossovers_text(a) + "```\n";
  std::string section = "\x01";
  for (const auto& c : a.changes) {
    if (!listed(c, show_dates)) continue;
    if (c.section != section) {
      section = c.section;
      out += fmt::format("\n## {}\n", section.empty() ? "(before the first heading)" : markdown_escape(section));
    }
    out += fmt::format("\n### {} ({})\n\n> ", to_string(c.kind), where(a, c));
    if (c.kind == ChangeKind::added) out += "<ins>" + markdown_escape(c.to_text) + "</ins>\n";
    else if (c.kind == ChangeKind::removed) out += "<del>" + markdown_escape(c.from_text) + "</del>\n";
    else out += render_pieces(c.pieces, style) + "\n";
    if (const auto dates = date_moves_line(c); !dates.empty())
      out += "\n*Dates moved on:* " + markdown_escape(dates) + "\n";
  }
  return out;
}

nlohmann::ordered_json json_audit(const Audit& a) {
  using Json = nlohmann::ordered_json;
  Json changes = Json::array(), terms = Json::array(), counts = Json::object();
  for (const auto& c : a.changes) {
    Json j = {{"kind", to_string(c.kind)}, {"from_text", c.from_text}, {"to_text", c.to_text},
              {"inserted", c.inserted},    {"deleted", c.deleted},     {"section", c.section},
              {"from_paragraph", c.from_paragraph}, {"to_paragraph", c.to_paragraph},
              {"from_paragraphs", c.from_paragraphs}, {"to_paragraphs", c.to_paragraphs},
              {"words_changed", c.words_changed}};
    Json moves = Json::array();
    for (const auto& m : c.date_moves) moves.push_back({{"from", m.from}, {"to", m.to}});
    j["date_moves"] = std::move(moves);
    if (!c.pieces.empty()) j["wdiff"] = render_pieces(c.pieces, WdiffStyle{});
    changes.push_back(std::move(j));
  }
  for (const auto& t : a.terms) terms.push_back({{"from", t.from}, {"to", t.to}, {"count", t.count}});
  for (ChangeKind k : kKinds) counts[std::string(to_string(k))] = a.count(k);
  counts["dates"] = a.count(ChangeKind::dates);
  const auto crossovers = [](const std::vector<Crossover>& list) {
    Json out = Json::array();
    for (const auto& c : list) out.push_back({{"text", c.text}, {"councils", c.councils}, {"paragraph", c.paragraph}});
    return out;
  };
  return {{"schema", "letterdiff/audit-v1"},
          {"from", a.from},
          {"to", a.to},
          {"summary", counts},
          {"changes", changes},
          {"terms", terms},
          {"became_boilerplate", crossovers(a.became_boilerplate)},
          {"became_occasional", crossovers(a.became_occasional)}};
}

// One side of a change: the older wording with its deletions, or the newer with its insertions.
std::string side_html(const TemplateChange& c, bool newer) {
  if (c.pieces.empty()) {
    const std::string& text = newer ? c.to_text : c.from_text;
    if (text.empty()) return "";
    return newer ? "<ins>" + html::slot_chips(text) + "</ins>" : "<del>" + html::slot_chips(text) + "</del>";
  }
  std::string out;
  for (std::size_t k = 0; k < c.pieces.size(); ++k) {
    const DiffPiece& p = c.pieces[k];
    const bool changed = p.op == (newer ? WordOp::inserted : WordOp::deleted);
    if (!changed && (p.op == WordOp::deleted || p.op == WordOp::inserted)) continue;
    if (!changed) {
      out += html::slot_chips(p.text);
      continue;
    }
    const char* tag = newer ? "ins" : "del";
    // A date moving on is marked as such: dotted, with a title, never counted as a rewording.
    const bool date = k < c.date_pieces.size() && c.date_pieces[k] && c.kind != ChangeKind::dates;
    out += fmt::format("<{}{}>{}</{}>", tag, date ? " class=\"date\" title=\"a date moving on\"" : "",
                       html::slot_chips(p.text), tag);
  }
  return out;
}

// The rows of the changes `pick` chooses, each under its section's heading row.
template <typename Pick>
std::string change_rows(const Audit& a, Pick pick) {
  std::string out = fmt::format("<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n",
                                html_escape(a.from), html_escape(a.to));
  std::string section = "\x01";
  for (std::size_t i = 0; i < a.changes.size(); ++i) {
    const auto& c = a.changes[i];
    if (!pick(c)) continue;
    if (c.section != section) {
      section = c.section;
      out += fmt::format("<tr><th colspan=\"2\" scope=\"rowgroup\">{}</th></tr>\n",
                         html::slot_chips(section.empty() ? "(before the first heading)" : section));
    }
    std::string note;
    if (const auto dates = date_moves_line(c); !dates.empty())
      note = "<span class=\"meta\">Dates moved on: " + html_escape(dates) + "</span>";
    out += fmt::format("<tr id=\"change-{}\" class=\"{}\"><td><span class=\"label\">{} ({})</span>{}</td><td>{}{}</td></tr>\n",
                       i + 1, to_string(c.kind), to_string(c.kind), html::slot_chips(where(a, c)), side_html(c, false),
                       side_html(c, true), note);
  }
  return out;
}

std::string html_audit(const Audit& a, bool show_dates) {
  std::string out = fmt::format("<section><h1>Template audit: {} → {}</h1>\n<p><strong>Summary:</strong> {}</p>\n",
                                html_escape(a.from), html_escape(a.to), counts_line(a));
  // A page has no --show-dates: the roll-overs wait, folded, below the changes.
  const std::string dates = dates_line(a, true);
  if (!dates.empty())
    out += show_dates ? "<p>" + html_escape(dates) + ".</p>\n"
                      : "<p><a href=\"#dates\">" + html_escape(dates) + "</a>.</p>\n";
  out += "<table><tr><th>Section</th><th>Changes</th></tr>\n";
  for (const auto& s : per_section(a))
    out += fmt::format("<tr><td><a href=\"#change-{}\">{}</a></td><td>{}</td></tr>\n", s.first + 1,
                       html::slot_chips(s.section), s.counts);
  out += "</table>\n";
  if (const auto largest = largest_rewordings(a); !largest.empty()) {
    out += "<h2>Largest rewordings</h2><p class=\"meta\">By words changed, dates left out.</p><ol>\n";
    for (std::size_t i : largest)
      out += fmt::format("<li><a href=\"#change-{}\">{}</a></li>\n", i + 1, html::slot_chips(ranked_line(a, a.changes[i])));
    out += "</ol>\n";
  }
  if (!a.terms.empty()) {
    out += "<h2>Recurring substitutions</h2><ul>\n";
    for (const auto& t : a.terms)
      out += fmt::format("<li><del>{}</del> → <ins>{}</ins> ({} times)</li>\n", html_escape(t.from), html_escape(t.to),
                         t.count);
    out += "</ul>\n";
  }
  out += "<table class=\"audit\">" +
         change_rows(a, [&](const TemplateChange& c) { return listed(c, show_dates); }) + "</table>\n";
  if (!dates.empty() && !show_dates)
    out += fmt::format("<details id=\"dates\"><summary>{}</summary><table class=\"audit\">{}</table></details>\n",
                       html_escape(dates),
                       change_rows(a, [](const TemplateChange& c) { return c.kind == ChangeKind::dates; }));
  return out + "</section>\n";
}

}  // namespace

// Templates are checked as UTF-8 when read; should a byte slip through, JSON
// shows U+FFFD rather than stopping the run.
constexpr auto kReplaceInvalid = nlohmann::ordered_json::error_handler_t::replace;

std::string render_audits(const std::vector<Audit>& audits, Format format, bool colour, bool show_dates,
                          bool in_site) {
  if (format == Format::json) {
    if (audits.size() == 1) return json_audit(audits[0]).dump(2, ' ', false, kReplaceInvalid) + "\n";
    nlohmann::ordered_json timeline = nlohmann::ordered_json::array();
    for (const auto& a : audits) timeline.push_back(json_audit(a));
    const nlohmann::ordered_json document{{"schema", "letterdiff/audit-timeline-v1"}, {"audits", timeline}};
    return document.dump(2, ' ', false, kReplaceInvalid) + "\n";
  }
  if (format == Format::html) {
    std::string body = in_site ? "<header><p class=\"meta\"><a href=\"index.html\">All councils</a></p></header>\n" : "";
    body += "<main>\n";
    for (const auto& a : audits) body += html_audit(a, show_dates);
    // In the site it links the stylesheet its pages share; alone it carries it.
    return in_site ? html::site_page("letterdiff audit", body + "</main>\n")
                   : html_page("letterdiff audit", body + "</main>\n");
  }
  std::string out;
  for (const auto& a : audits) {
    if (!out.empty()) out += "\n";
    out += format == Format::markdown ? markdown_audit(a, show_dates) : text_audit(a, colour, show_dates);
  }
  return out;
}

}  // namespace letterdiff
