// HTML: a static site that opens from disk (no network). Letter text is always
// escaped; the only script is the index's own sorting and filtering. Colour is
// never the only cue: every change also has a label, a symbol, and <ins>/<del>.
#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "audit/audit.h"
#include "report/digest.h"
#include "report/formats.h"

namespace letterdiff {
namespace {

constexpr std::string_view kStyle = R"(
:root { --ink: #1b1b1b; --dim: #6b6b6b; --ins: #d9f2d9; --ins-edge: #1f7a1f; --del: #f8d7d7; --del-edge: #a11;
        --slot: #fff1b8; --rule: #ddd; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); max-width: 52rem; margin: 2rem auto;
       padding: 0 1rem; }
h1, h2, h3, nav, table, .label, .meta { font-family: system-ui, sans-serif; }
.meta { color: var(--dim); }
.passage { margin: 0 0 1rem; }
.passage.template { color: var(--dim); }
.passage.template h3 { color: var(--dim); }
.audit td { width: 50%; }
.audit thead th { position: sticky; top: 0; background: #fff; box-shadow: 0 1px 0 var(--rule); }
.audit .meta { display: block; font-size: .85rem; }
.audit tr:target td { outline: 2px solid #555; }
ins.date, del.date { background: none; text-decoration-style: dotted; }
.passage.inserted, .passage.modified, .passage.moved, .passage.omitted { padding: .5rem .75rem; border-left: 5px solid; }
.passage.inserted { background: var(--ins); border-color: var(--ins-edge); }
.passage.modified, .passage.moved { border-color: #555; background: #f4f4f4; }
.passage.omitted { background: var(--del); border-color: var(--del-edge); }
.label { display: block; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
ins { background: var(--ins); text-decoration: underline; }
del { background: var(--del); text-decoration: line-through; }
mark.slot { background: var(--slot); border-bottom: 1px dotted #8a6d00; }
aside { border-top: 1px solid var(--rule); margin-top: 2rem; color: var(--dim); }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th button { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; }
meter { width: 8rem; }
body:has(#councils) { max-width: 96rem; }
#councils td:nth-child(1) { white-space: nowrap; }
.summary { border: 1px solid var(--rule); border-left: 5px solid var(--ins-edge); padding: .5rem 1rem; margin: 1rem 0 2rem;
           font-family: system-ui, sans-serif; }
.summary h2 { margin-top: .25rem; font-size: 1.1rem; } .summary h3 { font-size: .95rem; margin: .75rem 0 .25rem; }
.summary .num, #councils td.num, #councils th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
#councils .avg { display: block; font-size: .8rem; color: var(--dim); }
#councils tr.own td:nth-child(2) { border-left: 5px solid var(--ins-edge); }
#councils .kind { font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
#councils tr.own .kind { color: var(--ins-edge); }
@media print { nav, input, th button::after { display: none; } body { max-width: none; }
               .passage.inserted, .passage.omitted { border-left-width: 3px; } }
)";

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_page(std::string_view title, std::string_view body, std::string_view script) {
  return fmt::format("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{}{}</body>\n</html>\n",
                     html_escape(title), kStyle, body,
                     script.empty() ? "" : fmt::format("<script>{}</script>\n", script));
}

namespace {

std::string esc(std::string_view s) { return html_escape(s); }  // the short name reads better below
std::string page(std::string_view title, std::string_view body, std::string_view script = "") {
  return html_page(title, body, script);
}

std::string pieces_html(const std::vector<DiffPiece>& pieces) {
  std::string out;
  for (const auto& p : pieces) {
    switch (p.op) {
      case WordOp::inserted: out += "<ins>" + esc(p.text) + "</ins>"; break;
      case WordOp::deleted: out += "<del>" + esc(p.text) + "</del>"; break;
      case WordOp::slot:
        out += fmt::format("<mark class=\"slot\" title=\"slot: {}\">{}</mark>", esc(p.slot), esc(p.text));
        break;
      case WordOp::equal: out += esc(p.text); break;
    }
  }
  return out;
}

// A table paragraph keeps its rows and cells; other text keeps its line breaks.
std::string body_html(const Passage& p, const std::vector<DiffPiece>& pieces) {
  if (p.paragraph_kind == ParagraphKind::table && pieces.size() == 1 && pieces[0].op == WordOp::equal) {
    std::string out = "<table>";
    std::size_t start = 0;
    const std::string& text = pieces[0].text;
    while (start <= text.size()) {
      const auto end = std::min(text.find('\n', start), text.size());
      out += "<tr>";
      std::size_t cell = start;
      while (cell <= end) {
        const auto stop = std::min(text.find('\t', cell), end);
        out += "<td>" + esc(std::string_view(text).substr(cell, stop - cell)) + "</td>";
        cell = stop + 1;
      }
      out += "</tr>";
      start = end + 1;
    }
    return out + "</table>";
  }
  const std::string inner = pieces_html(pieces);
  return p.paragraph_kind == ParagraphKind::heading ? "<h3>" + inner + "</h3>" : "<p>" + inner + "</p>";
}

constexpr std::string_view label_of(EntryKind kind) {
  switch (kind) {
    case EntryKind::inserted: return "+ Inserted for this council";
    case EntryKind::modified: return "~ Template paragraph, modified";
    case EntryKind::moved: return "↕ Template paragraph, moved";
    case EntryKind::standard: return "≡ Standard paragraph";
    case EntryKind::omitted: return "− Template paragraph omitted here";
    case EntryKind::template_text: break;
  }
  return "";
}

std::string passage_html(const Passage& p, const LetterReport& l) {
  const std::string kind(to_string(p.kind));
  if (p.kind == EntryKind::template_text)
    return fmt::format("<div class=\"passage template\">{}</div>\n", body_html(p, p.pieces));
  return fmt::format("<section class=\"passage {}\" id=\"variant-{}\"><span class=\"label\">{}{}</span>{}</section>\n",
                     kind, p.variant + 1, label_of(p.kind), p.line ? fmt::format(" · line {}", p.line) : "",
                     body_html(p, passage_pieces(p, l)));
}

// A statistic the index shows, beside the similar-organisations average the letter gives.
struct IndexFigure {
  std::string_view name, average, heading, title, unit;
};
constexpr IndexFigure kIndexFigures[] = {
    {"uphold_rate_percent", "uphold_rate_average_percent", "Upheld", "Complaints investigated that were upheld", "%"},
    {"upheld_per_100000", "upheld_per_100000_average", "Upheld per 100,000", "Upheld decisions per 100,000 residents", ""},
    {"compliance_percent", "compliance_average_percent", "Compliance", "Recommendations implemented", "%"},
    {"satisfactory_remedy_percent", "satisfactory_remedy_average_percent", "Remedied early",
     "Upheld cases remedied before the complaint reached the Ombudsman", "%"},
};

const Figure* figure(const LetterReport& l, std::string_view name) {
  for (const auto& f : l.figures)
    if (f.name == name) return &f;
  return nullptr;
}

std::string figure_cell(const LetterReport& l, const IndexFigure& f) {
  const Figure* value = figure(l, f.name);
  if (!value) return "<td class=\"num\" data-sort=\"-1\"></td>";
  std::string cell = fmt::format("<td class=\"num\" data-sort=\"{}\">{}{}", value->value, value->value, f.unit);
  if (const Figure* average = figure(l, f.average))
    cell += fmt::format("<span class=\"avg\">average {}{}</span>", average->value, f.unit);
  return cell + "</td>";
}

// What was written for the council, as the index's column says it, and its rank for sorting.
std::pair<const char*, int> content_kind(const LetterReport& l) {
  if (l.single_letter_group) return {"single letter", 3};
  if (l.has_specific()) return {"its own", 0};
  if (!l.variants.empty()) return {"standard only", 1};
  return {"nothing", 2};
}

// The box above the letter: what was written for this council alone, the standard
// paragraphs it got (and how many councils got each), what it shares with other
// councils, and its figures against the similar-organisations averages. Each
// entry links to its place in the letter.
std::string summary_box(const LetterReport& l) {
  std::string own, standard, shared;
  for (std::size_t i = 0; i < l.variants.size(); ++i) {
    const auto& v = l.variants[i];
    std::string topics;
    for (const auto& t : v.topics) topics += (topics.empty() ? " · " : ", ") + esc(t);
    const std::string item = fmt::format("<li><a href=\"#variant-{}\">{}</a>: {}{}{}</li>\n", i + 1, to_string(v.kind),
                                         esc(opening_words(v.text)),
                                         v.support > 1 ? fmt::format(" · in {} letters", v.support) : "", topics);
    (v.kind == EntryKind::standard ? standard : v.specific() ? own : shared) += item;
  }
  std::string out = "<nav class=\"summary\" aria-label=\"What is specific to this council\"><h2>What is specific to this council</h2>\n";
  if (!own.empty()) out += "<h3>Written for this council alone</h3><ol>\n" + own + "</ol>\n";
  else if (!l.single_letter_group) out += "<p>Nothing written for this council alone.</p>\n";
  if (!standard.empty()) out += "<h3>Standard paragraphs it received</h3><ol>\n" + standard + "</ol>\n";
  if (!shared.empty()) out += "<h3>Also in other councils' letters</h3><ol>\n" + shared + "</ol>\n";
  std::string figures;
  for (const IndexFigure& f : kIndexFigures) {
    const Figure* value = figure(l, f.name);
    if (!value) continue;
    const Figure* average = figure(l, f.average);
    figures += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}{}</td><td class=\"num\">{}</td></tr>\n",
                           esc(f.title), value->value, f.unit,
                           average ? fmt::format("{}{}", average->value, f.unit) : std::string("–"));
  }
  if (!figures.empty())
    out += "<h3>Its figures</h3><table class=\"figures\"><thead><tr><th scope=\"col\">Statistic</th><th "
           "scope=\"col\" class=\"num\">Council</th><th scope=\"col\" class=\"num\">Similar organisations</th></tr>"
           "</thead>\n<tbody>\n" + figures + "</tbody></table>\n";
  return out + "</nav>\n";
}

// A lone letter's differences from another year's template: what they are is
// unknown (a wording change or content for this council), so they say only how
// the two texts differ, never "inserted for this council".
std::string differences_html(const LetterReport& l) {
  const std::string other = esc(l.compared_with);
  std::string out = fmt::format(
      "<section><details><summary><h2>Differences from {}'s template ({} paragraphs)</h2></summary>\n<p>{}; "
      "most specific first, changes of dates and years last.</p>\n<ol>\n",
      other, l.differences.size(), esc(differs_notice(l.compared_with)));
  for (const auto& v : l.differences) {
    std::string body = v.pieces.empty() ? esc(v.text) : pieces_html(v.pieces);
    std::string label = fmt::format("~ Worded differently from {}'s template", other);
    if (v.kind == EntryKind::inserted) body = "<ins>" + body + "</ins>", label = fmt::format("+ Not in {}'s template", other);
    if (v.kind == EntryKind::omitted)
      body = "<del>" + body + "</del>", label = fmt::format("− In {}'s template, not in this letter", other);
    out += fmt::format("<li><span class=\"label\">{}</span>{}</li>\n", label, body);
  }
  return out + "</ol>\n</details></section>\n";
}

}  // namespace

std::string html_letter(const LetterReport& l) {
  const std::string name = l.council.empty() ? l.file : l.council;
  std::string body = fmt::format("<header><p class=\"meta\"><a href=\"index.html\">All councils</a></p><h1>{}</h1>\n"
                                 "<p class=\"meta\">{} · {} · {} · <code>{}</code></p></header>\n<main>\n",
                                 esc(name), esc(l.group), esc(l.recipient), esc(l.date), esc(l.file));
  if (l.single_letter_group) body += fmt::format("<p><strong>Note:</strong> {}.</p>\n", esc(single_letter_notice(l.group)));
  body += summary_box(l);
  body += "<article class=\"letter\" aria-label=\"The letter\">\n";
  for (const auto& p : l.passages) body += passage_html(p, l);
  body += "</article>\n";
  if (!l.compared_with.empty()) body += differences_html(l);
  if (!l.statistics.empty()) {
    body += "<section><h2>Statistics</h2><table class=\"statistics\"><tr><th>Figure</th><th>Value</th></tr>\n";
    for (const auto& s : l.statistics) body += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", esc(s.label), esc(s.value));
    body += "</table></section>\n";
  }
  if (!l.furniture.empty()) {
    body += "<aside><h2>Page furniture, not content</h2><ul>\n";
    for (const auto& f : l.furniture)
      body += fmt::format("<li>line {}, {}: <code>{}</code></li>\n", f.line, esc(f.reason), esc(f.text));
    body += "</ul></aside>\n";
  }
  return page(name + " · letterdiff", body + "</main>\n");
}

constexpr std::string_view kIndexScript = R"(
const table = document.getElementById('councils');
const search = document.getElementById('search');
const rows = () => Array.from(table.tBodies[0].rows);
const filter = () => {
  const q = search.value.toLowerCase();
  rows().forEach(r => { r.hidden = !r.textContent.toLowerCase().includes(q); });
};
search.addEventListener('input', filter);
search.value = new URLSearchParams(location.search).get('q') ?? '';  // index.html?q=kent links to a filtered list
filter();
table.querySelectorAll('th button').forEach((button, col) => {
  button.addEventListener('click', () => {
    const th = button.parentElement;
    const up = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(h => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
    const key = r => r.cells[col].dataset.sort ?? r.cells[col].textContent;
    const sorted = rows().sort((a, b) => key(a).localeCompare(key(b), undefined, {numeric: true}) * (up ? 1 : -1));
    sorted.forEach(r => table.tBodies[0].appendChild(r));
  });
});
)";

std::string html_index(const Report& r, const std::vector<std::string>& files) {
  std::string body = "<header><h1>letterdiff report</h1></header>\n<main>\n";
  body += fmt::format("<section><h2>Digest</h2><p>{}</p></section>\n", esc(corpus_line(r)));
  body += "<section><h2>Templates</h2><ul>\n";
  for (const auto& g : r.groups)
    body += fmt::format("<li><a href=\"{}\">{}</a>: {} letter{}, {} template paragraphs</li>\n",
                        esc(template_page_name(g.group)), esc(g.group), g.letters, g.letters == 1 ? "" : "s", g.template_paragraphs);
  body += "</ul></section>\n";
  if (const auto pairs = audited_years(r); !pairs.empty()) {
    body += "<section><h2>How the template changed</h2><ul>\n";
    for (const auto& [from, to] : pairs)
      body += fmt::format("<li><a href=\"{}\">{} → {}</a></li>\n", esc(audit_file_name(from, to, Format::html)),
                          esc(from), esc(to));
    body += "</ul></section>\n";
  }
  // The key statistics any letter gives, each with its similar-organisations average.
  std::vector<const IndexFigure*> shown;
  for (const IndexFigure& f : kIndexFigures)
    if (std::any_of(r.letters.begin(), r.letters.end(), [&](const LetterReport& l) { return figure(l, f.name); }))
      shown.push_back(&f);
  body += "<section><h2>Councils</h2>\n"
          "<p><label>Filter councils: <input id=\"search\" type=\"search\" placeholder=\"name, group, topic...\"></label></p>\n"
          "<table id=\"councils\"><thead><tr>";
  for (auto h : {"Group", "Council", "Written for it", "Topics"})
    body += fmt::format("<th scope=\"col\"><button type=\"button\">{}</button></th>", h);
  for (const IndexFigure* f : shown)
    body += fmt::format("<th scope=\"col\" class=\"num\"><button type=\"button\" title=\"{}\">{}</button></th>",
                        esc(f->title), esc(f->heading));
  body += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < r.letters.size(); ++i) {
    const auto& l = r.letters[i];
    std::string topics;
    for (const auto& t : l.topics()) topics += (topics.empty() ? "" : ", ") + t;
    const std::string name = esc(l.council.empty() ? l.file : l.council);
    const auto [kind, rank] = content_kind(l);
    body += fmt::format("<tr class=\"letter{}\"><td>{}</td><td>{}</td><td data-sort=\"{}\"><span class=\"kind\">{}</span><br>{}</td><td>{}</td>",
                        rank == 0 ? " own" : "", esc(l.group),
                        files[i].empty() ? name : fmt::format("<a href=\"{}\">{}</a>", esc(files[i]), name), rank,
                        kind, esc(digest_line(l)), l.single_letter_group ? "<em>single letter</em>" : esc(topics));
    for (const IndexFigure* f : shown) body += figure_cell(l, *f);
    body += "</tr>\n";
  }
  body += "</tbody></table></section>\n</main>\n";
  return page("letterdiff report", body, kIndexScript);
}

std::string html_template_text(std::string_view text) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", at)) {
    const auto close = text.find("}}", open);
    if (close == std::string_view::npos) break;
    out += esc(text.substr(at, open - at));
    out += "<mark class=\"slot\">" + esc(text.substr(open, close + 2 - open)) + "</mark>";
    at = close + 2;
  }
  return out + esc(text.substr(at));
}

std::string html_template(const Report& r, const GroupSummary& g) {
  std::string audits;
  for (const auto& [from, to] : audited_years(r))
    if (from == g.group || to == g.group)
      audits += fmt::format(" · <a href=\"{}\">changes {} → {}</a>", esc(audit_file_name(from, to, Format::html)),
                            esc(from), esc(to));
  std::string body = fmt::format("<header><p class=\"meta\"><a href=\"index.html\">All councils</a>{}</p>"
                                 "<h1>Template {}</h1><p class=\"meta\">learnt from {} letter{}; the bar shows how "
                                 "many letters carry each paragraph</p></header>\n<main><ol>\n",
                                 audits, esc(g.group), g.learnt_from, g.learnt_from == 1 ? "" : "s");
  for (const auto& p : g.paragraphs) {
    const std::string text = html_template_text(p.text);
    std::string slots;
    for (std::size_t at = p.text.find("{{"); at != std::string::npos; at = p.text.find("{{", at + 2)) {
      const auto end = p.text.find("}}", at);
      if (end == std::string::npos) break;
      slots += (slots.empty() ? "" : ", ") + esc(std::string_view(p.text).substr(at + 2, end - at - 2));
    }
    body += fmt::format("<li><p>{}</p><p class=\"meta\"><meter min=\"0\" max=\"{}\" value=\"{}\">{}/{}</meter> "
                        "{}/{} letters{}</p></li>\n",
                        text, g.learnt_from, p.support, p.support, g.learnt_from, p.support, g.learnt_from,
                        slots.empty() ? "" : " · slots: " + slots);
  }
  return page("Template " + g.group + " · letterdiff", body + "</ol></main>\n");
}

}  // namespace letterdiff
