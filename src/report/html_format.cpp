// What the HTML pages share: the stylesheet, the page shell, escaping, and a
// letter's words with their changes. Colour is never the only cue: every change
// also has a label or a symbol, and <ins>/<del>.
#include <fmt/format.h>

#include <cmath>

#include "base/swar.h"
#include "report/html_parts.h"

namespace letterdiff {
namespace {

// WCAG AA throughout: quiet text #6e6e6e is 5.1:1 on white, the highlights keep
// ink at 13:1 or more.
constexpr std::string_view kStyle = R"(
:root { --ink: #1b1b1b; --quiet: #6e6e6e; --ins: #d3efd3; --ins-edge: #1f6f1f; --del: #f9d9d9; --del-edge: #aa1111;
        --slot: #fff1b8; --slot-edge: #8a6d00; --rule: #ddd; --accent: #1f4e8c; --optional: #9a5b00; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); max-width: 52rem; margin: 2rem auto;
       padding: 0 1rem; }
h1, h2, h3, nav, table, .label, .meta, .chip, .tabs { font-family: system-ui, sans-serif; }
.meta { color: var(--quiet); }
.site-nav { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9rem; }
.passage { margin: 0 0 1rem; }
.passage.template { color: var(--quiet); font-size: .94em; }
.passage.template h3 { color: var(--quiet); }
ol.template h2 { font-size: 1.15rem; }
.audit td { width: 50%; }
.audit thead th { position: sticky; top: 0; background: #fff; box-shadow: 0 1px 0 var(--rule); }
.audit .meta { display: block; font-size: .85rem; }
.audit tr:target td { outline: 2px solid #555; }
details > summary h2 { display: inline; }  /* the disclosure triangle on the heading's line */
ins.date, del.date { background: none; text-decoration-style: dotted; }
.passage.inserted, .passage.modified, .passage.moved, .passage.omitted, .passage.standard {
  padding: .5rem .75rem; border-left: 5px solid; }
.passage.inserted { background: var(--ins); border-color: var(--ins-edge); }
.passage.modified, .passage.moved { border-color: #555; background: #f4f4f4; }
.passage.standard { border-color: var(--optional); background: #fbf3e6; }
.passage.omitted { background: var(--del); border-color: var(--del-edge); }
.label { display: block; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
ins { background: var(--ins); text-decoration: none; border-radius: 2px; padding: 0 .12em;
      box-shadow: inset 0 0 0 1px #9fd09f; }
ins::before { content: "+"; font: 600 .7em system-ui, sans-serif; vertical-align: super; color: var(--ins-edge); }
del { background: var(--del); text-decoration: line-through; border-radius: 2px; padding: 0 .12em; }
.passage.inserted ins, .passage.inserted ins::before { background: none; box-shadow: none; content: none; }
mark.slot { background: var(--slot); border-bottom: 1px dotted var(--slot-edge); }
.chip { font-size: .8rem; background: var(--slot); border: 1px solid var(--slot-edge); border-radius: 1em;
        padding: 0 .45em; white-space: nowrap; }
.chip small { color: #5c4a00; }
aside { border-top: 1px solid var(--rule); margin-top: 2rem; color: var(--quiet); }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
.passage table td { font-size: .9em; }
th button { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; }
th[aria-sort=ascending] button::after { content: " ▲"; } th[aria-sort=descending] button::after { content: " ▼"; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
body.wide { max-width: 96rem; }
ul.columns { columns: 16rem; }
.scroll { overflow-x: auto; }  /* a table wider than the window scrolls by itself, the page does not */
#councils th.num { white-space: normal; } #councils th.num button { text-align: right; }
#councils td:first-child { white-space: nowrap; }
#councils td:nth-child(2) { min-width: 9rem; } #councils td:nth-child(3) { min-width: 13rem; }
#councils td:nth-child(3), #councils td:nth-child(4) { font-size: .9rem; }
#councils th, #councils td { padding: .3rem .4rem; }
#councils .count { font-size: .85rem; } #councils td.count { color: var(--quiet); }
#councils .avg { display: block; font-size: .8rem; color: var(--quiet); }
#councils tr.own td:nth-child(2) { border-left: 5px solid var(--ins-edge); }
#councils tr.hi td, #councils tr.picked td { background: #eef3fb; }
#councils tr.picked td:first-child { box-shadow: inset 4px 0 var(--accent); }
#councils .kind { font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
#councils tr.own .kind { color: var(--ins-edge); }
.summary { border: 1px solid var(--rule); border-left: 5px solid var(--ins-edge); padding: .5rem 1rem; margin: 1rem 0 2rem;
           font-family: system-ui, sans-serif; }
.summary .worse { color: var(--del-edge); }
.summary h2 { margin-top: .25rem; font-size: 1.1rem; } .summary h3 { font-size: .95rem; margin: .75rem 0 .25rem; }
.tabs { display: flex; gap: .25rem; border-bottom: 1px solid var(--rule); margin: 1rem 0; }
.tabs button { font: inherit; border: 1px solid var(--rule); border-bottom: 0; background: #f6f6f6; padding: .3rem .9rem;
               cursor: pointer; }
.tabs button[aria-selected=true] { background: #fff; font-weight: 600; box-shadow: inset 0 3px 0 var(--accent); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(28rem, 1fr)); gap: 1rem 2rem; }
.charts.small { grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
.chart { margin: 0; }
.chart figcaption { font: 600 .9rem system-ui, sans-serif; }
.chart svg { width: 100%; max-width: 44rem; height: auto; font: 13px system-ui, sans-serif; }
.chart circle { fill: #fff; stroke: var(--accent); stroke-width: 1; cursor: pointer; }
.chart circle.worse { fill: var(--del-edge); stroke: var(--del-edge); }
.chart circle.hi, .chart circle.marker { fill: #000; fill-opacity: 1; stroke: #fc0; stroke-width: 2; }
.chart circle.out, .chart svg.filtered .all { opacity: .1; }
.chart path.dots { fill: none; stroke-linecap: round; cursor: pointer; }
.chart path.open { stroke: var(--accent); } .chart path.inside { stroke: #fff; } .chart path.worse { stroke: var(--del-edge); }
.chart .axis line, .chart .axis path { stroke: #767676; } .chart text { fill: #444; }
.bar { display: inline-block; width: 8rem; height: .7rem; background: #eee; vertical-align: middle; }
.bar span { display: block; height: 100%; background: var(--accent); }
.bar.optional span { background: var(--optional); }
.tier { font: 600 .75rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; }
.tier.optional { color: var(--optional); } .tier.core { color: var(--accent); }
.pager[hidden] { display: none; } .pager button:disabled { cursor: default; }
.pager { display: flex; gap: 1rem; align-items: center; font: .9rem system-ui, sans-serif; margin: .5rem 0; }
@media print {
  nav, .site-nav, .tabs, .pager, input, aside, .statistics, th button::after { display: none; }
  .summary { break-inside: avoid; } .summary .entries { display: none; }  /* the figures, and "nothing" if so */
  body { max-width: none; margin: 0; font-size: 11pt; }
  .passage.template { display: none; }  /* changes only: one page for one change */
  .passage { break-inside: avoid; border-left-width: 3px; }
}
)";

// Template text escaped, each {{name:type}} slot marker as `slot(marker)` makes it.
template <typename F>
std::string with_slots(std::string_view text, F&& slot) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", at)) {
    const auto close = text.find("}}", open);
    if (close == std::string_view::npos) break;
    out += html_escape(text.substr(at, open - at));
    out += slot(text.substr(open + 2, close - open - 2));
    at = close + 2;
  }
  return out + html_escape(text.substr(at));
}

}  // namespace

void append_html_escaped(std::string& out, std::string_view s) {
  std::size_t clean = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    while (i + 16 <= s.size()) {  // sixteen bytes at a time past text needing no entity: nearly all of it
      const swar::Bytes16 w = swar::load16(s.data() + i);
      if (swar::any((w == '<') | (w == '>') | (w == '&') | (w == '"') | (w == '\''))) break;
      i += 16;
    }
    if (i == s.size()) break;
    std::string_view entity;
    switch (s[i]) {
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '&': entity = "&amp;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(s.substr(clean, i - clean));
    out.append(entity);
    clean = i + 1;
  }
  out.append(s.substr(clean));
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 16);
  append_html_escaped(out, s);
  return out;
}

std::string html_page(std::string_view title, std::string_view body, std::string_view script) {
  return fmt::format("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{}{}</body>\n</html>\n",
                     html_escape(title), kStyle, body,
                     script.empty() ? "" : fmt::format("<script>{}</script>\n", script));
}

namespace html {

std::string_view stylesheet() { return kStyle; }

std::string site_page(std::string_view title, std::string_view body, std::string_view script, std::string_view body_class) {
  return fmt::format("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{}</title>\n<link rel=\"stylesheet\" href=\"{}\">\n</head>\n<body{}>\n{}{}</body>\n</html>\n",
                     esc(title), kStylesheetName, body_class.empty() ? "" : fmt::format(" class=\"{}\"", body_class), body,
                     script.empty() ? "" : fmt::format("<script>{}</script>\n", script));
}

std::string pieces_html(const std::vector<DiffPiece>& pieces) {
  std::string out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const DiffPiece& p = pieces[i];
    switch (p.op) {
      case WordOp::inserted:
        // "118" struck and "58" inserted read "11858" when they touch.
        if (i > 0 && pieces[i - 1].op == WordOp::deleted && !out.ends_with(' ') && !p.text.starts_with(' ')) out += ' ';
        out += "<ins>";
        append_html_escaped(out, p.text);
        out += "</ins>";
        break;
      case WordOp::deleted:
        out += "<del>";
        append_html_escaped(out, p.text);
        out += "</del>";
        break;
      case WordOp::slot:
        out += "<mark class=\"slot\" title=\"slot: ";
        append_html_escaped(out, p.slot);
        out += "\">";
        append_html_escaped(out, p.text);
        out += "</mark>";
        break;
      case WordOp::equal: append_html_escaped(out, p.text); break;
    }
  }
  return out;
}

// A table's rows ('\n') and cells ('\t') run through its pieces: each piece is
// cut where they fall, its parts keeping its mark.
std::string table_html(const std::vector<DiffPiece>& pieces) {
  // The first row heads the columns, as the letters' tables have it.
  bool head = true;
  const auto open_cell = [&] { return head ? "<th scope=\"col\">" : "<td>"; };
  const auto close_cell = [&] { return head ? "</th>" : "</td>"; };
  std::string out = "<table><thead><tr><th scope=\"col\">";
  std::vector<DiffPiece> cell;
  for (const auto& p : pieces) {
    std::size_t at = 0;
    while (at <= p.text.size()) {
      const std::size_t stop = std::min(p.text.find_first_of("\t\n", at), p.text.size());
      if (stop > at) cell.push_back({p.op, p.text.substr(at, stop - at), p.slot});
      if (stop == p.text.size()) break;
      out += pieces_html(cell) + close_cell();
      if (p.text[stop] == '\n') {
        out += head ? "</tr></thead>\n<tbody><tr>" : "</tr>\n<tr>";
        head = false;
      }
      out += open_cell();
      cell.clear();
      at = stop + 1;
    }
  }
  return out + pieces_html(cell) + close_cell() + (head ? "</tr></thead></table>" : "</tr></tbody></table>");
}

std::string passage_body(ParagraphKind kind, const std::vector<DiffPiece>& pieces) {
  if (kind == ParagraphKind::table) return table_html(pieces);
  const std::string inner = pieces_html(pieces);
  return kind == ParagraphKind::heading ? "<h3>" + inner + "</h3>" : "<p>" + inner + "</p>";
}

std::string slot_chips(std::string_view text) {
  return with_slots(text, [](std::string_view slot) {
    const auto colon = slot.find(':');
    const std::string_view name = slot.substr(0, colon);
    const std::string_view type = colon == std::string_view::npos ? "" : slot.substr(colon + 1);
    return fmt::format("<span class=\"chip\" title=\"slot {} of type {}\">{}{}</span>", esc(name), esc(type), esc(name),
                       type.empty() || type == name ? "" : fmt::format(" <small>{}</small>", esc(type)));
  });
}

double scale_top(const KeyFigure& f, double largest) {
  if (f.percent()) return 100;
  if (largest <= 0) return 1;
  const double step = std::pow(10.0, std::floor(std::log10(largest)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * step >= largest) return m * step;
  return 10 * step;
}

const Figure* figure(const LetterReport& l, std::string_view name) {
  for (const auto& f : l.figures)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace html
}  // namespace letterdiff
