// The site's index: the digest, links to the templates and audits, a chart of
// each key statistic across the councils, and a sortable, filterable table of
// councils with their digest line and figures, a tab per year when several.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <span>
#include <utility>

#include "base/text.h"
#include "report/digest.h"
#include "report/html_parts.h"
#include "report/html_site.h"
#include "report/json_writer.h"

namespace letterdiff {
namespace {

using html::esc;
using html::KeyFigure;

// What was written for the council, as the index's column says it, and its rank for sorting.
std::pair<const char*, int> content_kind(const LetterReport& l) {
  if (l.single_letter_group) return {"single letter", 3};
  if (l.has_specific()) return {"its own", 0};
  if (!l.variants.empty()) return {"standard only", 1};
  return {"nothing", 2};
}

std::string figure_cell(const LetterReport& l, const KeyFigure& f) {
  const Figure* value = html::figure(l, f.name);
  if (!value) return "<td class=\"num\" data-sort=\"-1\"></td>";
  std::string cell = fmt::format("<td class=\"num\" data-sort=\"{}\">{}{}", value->value, value->value, f.unit);
  if (const Figure* average = html::figure(l, f.average))
    cell += fmt::format("<span class=\"avg\">average {}{}</span>", average->value, f.unit);
  return cell + "</td>";
}

// Up to this many councils the table's rows are in the page; past it, data.
constexpr std::size_t kStaticRows = 1000;

// A statistic across the councils: a dot per council where its value falls, dots
// of one value stacked, filled red where it is worse than the council's own
// similar-organisations average; the averages the letters give are the dashed lines.
// Each dot names its council and links to its row (data-i), so hovering either
// highlights both. Past kStaticRows the dots are paths, as 10,000 circles take the
// browser seconds to read, and where each dot is comes as data for the script:
// [council, x, y, value, worse].
std::string chart(const Report& r, const KeyFigure& f) {
  constexpr double kLeft = 22, kWidth = 556, kMaxStack = 150, kBins = 60;
  double largest = 0;
  for (const auto& l : r.letters)
    if (const Figure* v = html::figure(l, f.name)) largest = std::max(largest, v->value);
  const double top = html::scale_top(f, largest);
  const auto x_of = [&](double v) { return kLeft + std::clamp(v / top, 0.0, 1.0) * kWidth; };
  std::map<int, int> stack;  // bin -> dots in it so far
  std::map<double, int> averages;
  struct Dot {
    double x;
    int bin, level;
    std::size_t i;
    double value;
    bool worse;
  };
  std::vector<Dot> dots;
  for (std::size_t i = 0; i < r.letters.size(); ++i) {
    const Figure* v = html::figure(r.letters[i], f.name);
    if (!v) continue;
    const Figure* average = html::figure(r.letters[i], f.average);
    if (average) ++averages[average->value];
    const int bin = static_cast<int>(std::lround(std::clamp(v->value / top, 0.0, 1.0) * kBins));
    dots.push_back({x_of(v->value), bin, stack[bin]++, i, v->value, average && f.worse(v->value, average->value)});
  }
  int highest = 1;
  for (const auto& [bin, n] : stack) highest = std::max(highest, n);
  const double step = std::min(7.0, kMaxStack / highest);
  const double base = 10 + step * highest;
  const double radius = std::max(1.5, step / 2 - 0.3);
  const auto y_of = [&](const Dot& d) { return base - step * (d.level + 0.5); };
  const auto tenths = [](double v) { return std::round(v * 10) / 10; };
  std::string svg = fmt::format(
      "<figure class=\"chart\" data-figure=\"{}\"><figcaption>{}</figcaption>\n"
      "<svg viewBox=\"0 0 600 {:.0f}\" role=\"img\" aria-label=\"{} of each council, against the average of similar "
      "organisations\">\n",
      f.name, esc(f.title), base + 30, esc(f.title));
  for (const auto& [value, n] : averages)
    svg += fmt::format("<line class=\"average\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"4\" y2=\"{1:.0f}\" stroke=\"#444\" "
                       "stroke-dasharray=\"4 3\"><title>average {2}{3} ({4} councils)</title></line>\n",
                       x_of(value), base, value, f.unit, n);
  std::string data;
  if (r.letters.size() <= kStaticRows) {
    for (const Dot& d : dots) {
      const LetterReport& l = r.letters[d.i];
      svg += fmt::format("<circle data-i=\"{}\" data-v=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\"{}><title>{} ({}): "
                         "{}{}</title></circle>\n",
                         d.i, d.value, d.x, y_of(d), radius, d.worse ? " class=\"worse\"" : "",
                         esc(html::shown_name(l)), esc(l.group), d.value, f.unit);
    }
  } else {
    // A dot is a round-capped stroke of no length: open ones a blue stroke with a white one inside.
    std::string open, worse;
    JsonWriter places(data, 0, JsonWriter::Layout::script);
    places.begin_array();
    for (const Dot& d : dots) {
      fmt::format_to(std::back_inserter(d.worse ? worse : open), "M{} {}h0", tenths(d.x), tenths(y_of(d)));
      places.begin_array().value(d.i).value(tenths(d.x)).value(tenths(y_of(d))).value(d.value);
      places.value(d.worse ? 1 : 0).end_array();
    }
    places.end_array();
    const auto paths = [&](std::string_view group, const std::string& o, const std::string& w) {
      return fmt::format("<g class=\"{}\"><path class=\"dots open\" stroke-width=\"{:.1f}\" d=\"{}\"/>"
                         "<path class=\"dots inside\" stroke-width=\"{:.1f}\" d=\"{}\"/>"
                         "<path class=\"dots worse\" stroke-width=\"{:.1f}\" d=\"{}\"/></g>\n",
                         group, 2 * radius, o, 2 * radius - 2, o, 2 * radius, w);
    };
    svg += paths("all", open, worse) + paths("kept", "", "");
    svg += fmt::format("<circle class=\"marker\" r=\"{:.1f}\" display=\"none\"><title></title></circle>\n", radius + 1);
  }
  svg += fmt::format("<g class=\"axis\"><line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.0f}\" y2=\"{2:.0f}\"/>", kLeft,
                     kLeft + kWidth, base + 2);
  for (int t = 0; t <= 4; ++t) {
    const double v = top * t / 4;
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.0f}\" text-anchor=\"middle\">{}{}</text>", x_of(v), base + 16, v, f.unit);
  }
  svg += "</g></svg>";
  if (!data.empty())
    svg += fmt::format("<script type=\"application/json\" class=\"dots\" data-unit=\"{}\">{}</script>", esc(f.unit), data);
  return svg + "</figure>\n";
}

// In a block of its own: nothing it names is global. The councils are records:
// the table's rows, or, past kStaticRows, rows kept as data and made only when
// their page is shown, so that an index of 10,000 councils opens quickly.
constexpr std::string_view kIndexScript = R"({
const table = document.getElementById('councils');
const body = table.tBodies[0];
const search = document.getElementById('search');
const pager = document.getElementById('pager');
const none = document.getElementById('none');
const data = document.getElementById('councils-data');
// A row made from its record as row_html makes it, its text always text.
const kinds = ['its own', 'standard only', 'nothing', 'single letter'];
const units = Array.from(table.tHead.rows[0].cells).filter(th => th.dataset.unit !== undefined).map(th => th.dataset.unit);
const element = (tag, text, className) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
};
const made = (d, i) => {
  const [group, name, file, rank, digest, topics, own, ...rest] = d;
  const tr = element('tr', undefined, rank === 0 ? 'letter own' : 'letter');
  tr.dataset.i = i;
  tr.dataset.group = group;
  if (own) tr.dataset.own = own;
  const link = file ? element('a', name) : document.createTextNode(name);  // a letter without a page: its name
  if (file) link.setAttribute('href', file);
  const kind = element('td');
  kind.dataset.sort = rank;
  kind.append(element('span', kinds[rank], 'kind'), element('br'), digest);
  const topic = element('td');
  topic.append(rank === 3 ? element('em', 'single letter') : topics);
  tr.append(element('td', group), element('td'), kind, topic, ...rest.slice(0, 4).map(n => element('td', n, 'num count')));
  tr.cells[1].append(link);
  units.forEach((unit, k) => {
    const [value, average] = rest.slice(4 + 2 * k, 6 + 2 * k);
    const td = element('td', value === null ? undefined : value + unit, 'num');
    td.dataset.sort = value ?? -1;
    if (value !== null && average !== null) td.append(element('span', `average ${average}${unit}`, 'avg'));
    tr.append(td);
  });
  return tr;
};
// The filter reads a council's year, name, kind, topics and what was written for
// it alone: not its digest line, whose "0 modified" or "nothing of its own" would
// match words it does not mean.
const records = data
  ? JSON.parse(data.textContent).map((d, i) => ({
      d, i: String(i), group: d[0],
      text: [d[0], d[1], kinds[d[3]], d[3] === 3 ? 'single letter' : d[5], d[6]].join(' ').toLowerCase(),
      keys: [d[0], d[1], d[3], d[3] === 3 ? 'single letter' : d[5], ...d.slice(7, 11),
             ...units.map((u, k) => d[11 + 2 * k] ?? -1)].map(String)}))
  : Array.from(body.rows, tr => ({el: tr, i: tr.dataset.i, group: tr.dataset.group,
      text: [tr.cells[0].textContent, tr.cells[1].textContent, tr.cells[2].querySelector('.kind').textContent,
             tr.cells[3].textContent, tr.dataset.own ?? ''].join(' ').toLowerCase(), keys: Array.from(tr.cells, c => c.dataset.sort ?? c.textContent)}));
const row = r => r.el ??= made(r.d, r.i);
const dots = new Map();
document.querySelectorAll('.chart circle[data-i]').forEach(c => {
  if (!dots.has(c.dataset.i)) dots.set(c.dataset.i, []);
  dots.get(c.dataset.i).push(c);
});
const dotsOf = i => dots.get(String(i)) ?? [];
// Charts of the councils kept as data: each dot a place [council, x, y, value, worse]
// in paths, one marker for the council highlighted, the dots the filter keeps redrawn.
const charts = Array.from(document.querySelectorAll('.chart script.dots'), s => {
  const svg = s.parentElement.querySelector('svg');
  const places = JSON.parse(s.textContent);
  return {svg, places, unit: s.dataset.unit, at: new Map(places.map(p => [String(p[0]), p])),
          marker: svg.querySelector('.marker'), kept: svg.querySelectorAll('.kept path')};
});
const redraw = () => {
  const all = kept.length === records.length;
  for (const c of charts) {
    c.svg.classList.toggle('filtered', !all);
    const path = worse => all ? '' : c.places.filter(p => p[4] === worse && records[p[0]].kept)
                                              .map(p => `M${p[1]} ${p[2]}h0`).join('');
    const open = path(0);
    c.kept[0].setAttribute('d', open);
    c.kept[1].setAttribute('d', open);
    c.kept[2].setAttribute('d', path(1));
  }
};
const pageSize = 100;
let year = '', page = 0, order = records, kept = [];
const paged = records.length > 2 * pageSize;
// Which councils the filter and the year keep, then a page of them shown.
const show = () => {
  const q = search.value.toLowerCase();
  kept = [];
  let changed = false;
  for (const r of order) {
    const keep = (!year || r.group === year) && r.text.includes(q);
    if (keep) kept.push(r);
    if (r.kept !== keep) {
      r.kept = keep;
      changed = true;
      for (const c of dotsOf(r.i)) c.classList.toggle('out', !keep);
    }
  }
  if (changed) redraw();
  const pages = Math.max(1, Math.ceil(kept.length / pageSize));
  page = Math.min(page, pages - 1);
  const shown = paged ? kept.slice(page * pageSize, (page + 1) * pageSize) : kept;
  body.replaceChildren(...shown.map(row));
  pager.hidden = pages < 2;
  pager.querySelector('.prev').disabled = page === 0;
  pager.querySelector('.next').disabled = page === pages - 1;
  pager.querySelector('output').textContent = `${kept.length} councils, page ${page + 1} of ${pages}`;
  none.hidden = kept.length > 0;
};
search.addEventListener('input', () => { page = 0; show(); });
pager.querySelector('.prev').addEventListener('click', () => { page = Math.max(0, page - 1); show(); });
pager.querySelector('.next').addEventListener('click', () => { page += 1; show(); });
const tabs = Array.from(document.querySelectorAll('.tabs button'));
const choose = tab => {
  tabs.forEach(t => { t.setAttribute('aria-selected', t === tab); t.tabIndex = t === tab ? 0 : -1; });
  year = tab.dataset.group; page = 0; show();
};
tabs.forEach((tab, k) => {
  tab.addEventListener('click', () => choose(tab));
  tab.addEventListener('keydown', e => {  // arrow keys move between the tabs, as a tab list's do
    const step = {ArrowRight: 1, ArrowLeft: -1}[e.key];
    if (!step) return;
    const next = tabs[(k + step + tabs.length) % tabs.length];
    next.focus();
    choose(next);
  });
});
search.value = new URLSearchParams(location.search).get('q') ?? '';  // index.html?q=kent links to a filtered list
const collator = new Intl.Collator(undefined, {numeric: true});
// Figures compare as numbers (3.75 before 3.8), words as words.
const compare = (a, b) => {
  const x = Number(a), y = Number(b);
  return a !== '' && b !== '' && !isNaN(x) && !isNaN(y) ? x - y : collator.compare(a, b);
};
table.querySelectorAll('th button').forEach((button, col) => {
  button.addEventListener('click', () => {
    const th = button.parentElement;
    const up = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(h => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
    order = [...records].sort((a, b) => compare(a.keys[col], b.keys[col]) * (up ? 1 : -1));
    page = 0; show();
  });
});
// A council hovered in the table or in a chart is highlighted in both.
const highlight = (i, on) => {
  for (const c of dotsOf(i)) c.classList.toggle('hi', on);
  for (const {at, marker, unit} of charts) {
    const p = at.get(String(i));
    if (!p) continue;
    const [group, name] = records[p[0]].d;
    marker.setAttribute('cx', p[1]);
    marker.setAttribute('cy', p[2]);
    marker.firstChild.textContent = `${name} (${group}): ${p[3]}${unit}`;
    marker.setAttribute('display', on ? 'inline' : 'none');
  }
  const tr = body.querySelector(`tr[data-i="${i}"]`);
  if (tr) tr.classList.toggle('hi', on);
};
table.addEventListener('mouseover', e => { const r = e.target.closest('tr[data-i]'); if (r) highlight(r.dataset.i, true); });
table.addEventListener('mouseout', e => { const r = e.target.closest('tr[data-i]'); if (r) highlight(r.dataset.i, false); });
// A dot clicked shows its council's row, turning to the page that holds it.
const reveal = i => {
  const at = kept.findIndex(r => r.i === i);
  if (at < 0) return;
  if (paged && Math.floor(at / pageSize) !== page) { page = Math.floor(at / pageSize); show(); }
  const tr = row(kept[at]);
  body.querySelector('tr.picked')?.classList.remove('picked');
  tr.classList.add('picked');
  tr.scrollIntoView({block: 'center'});
};
document.querySelectorAll('.chart svg').forEach(svg => {
  svg.addEventListener('mouseover', e => { if (e.target.dataset.i) highlight(e.target.dataset.i, true); });
  svg.addEventListener('mouseout', e => { if (e.target.dataset.i) highlight(e.target.dataset.i, false); });
  svg.addEventListener('click', e => { if (e.target.dataset.i) reveal(e.target.dataset.i); });
});
// In a chart of paths the pointer picks the nearest dot the filter keeps, if one is near.
for (const {svg, places} of charts) {
  const nearest = e => {
    const {x, y} = new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM().inverse());
    let found = null, best = 36;
    for (const [i, px, py] of places) {
      const d = (px - x) ** 2 + (py - y) ** 2;
      if (d < best && records[i].kept) { found = String(i); best = d; }
    }
    return found;
  };
  let near = null;
  const hover = i => {
    if (i === near) return;
    if (near !== null) highlight(near, false);
    near = i;
    if (near !== null) highlight(near, true);
  };
  svg.addEventListener('mousemove', e => hover(nearest(e)));
  svg.addEventListener('mouseleave', () => hover(null));
  svg.addEventListener('click', e => { const i = nearest(e); if (i !== null) reveal(i); });
}
show();
})";

// The kinds of variant the index counts, a column each.
constexpr EntryKind kCounted[] = {EntryKind::inserted, EntryKind::modified, EntryKind::moved, EntryKind::omitted};

// What the council's content is about: the topics of what was written for it
// alone, then of what other councils got too ("training; shared: housing").
std::string topics_line(const LetterReport& l) {
  std::vector<std::string_view> own, shared;
  for (const auto& v : l.variants)
    for (const auto& t : v.topics) {
      auto& list = v.specific() ? own : shared;
      if (std::find(list.begin(), list.end(), t) == list.end()) list.push_back(t);
    }
  std::erase_if(shared, [&](std::string_view t) { return std::find(own.begin(), own.end(), t) != own.end(); });
  std::string out;
  for (const auto t : own) out += fmt::format("{}{}", out.empty() ? "" : ", ", t);
  for (std::size_t k = 0; k < shared.size(); ++k)
    out += fmt::format("{}{}", k == 0 ? (out.empty() ? "shared: " : "; shared: ") : ", ", shared[k]);
  return out;
}

// What was written for the council alone, for the filter to search: its own
// paragraphs, and the words its own changes to template paragraphs add.
std::string own_text(const LetterReport& l) {
  std::string out;
  const auto add = [&](std::string_view text) { out.append(out.empty() ? "" : " ").append(text); };
  for (const auto& v : l.variants) {
    if (!v.specific() || v.kind == EntryKind::omitted) continue;
    if (v.kind == EntryKind::inserted) add(v.text);
    else
      for (const auto& run : v.inserted()) add(run);
  }
  return out;
}

// A council's row of the table, as the page holds it up to kStaticRows.
std::string row_html(const LetterReport& l, std::size_t i, const std::string& file,
                     std::span<const KeyFigure* const> shown) {
  const std::string topics = topics_line(l);
  const std::string& name = html::shown_name(l);
  const auto [kind, rank] = content_kind(l);
  const std::string own = own_text(l);
  std::string row = fmt::format(
      "<tr class=\"letter{}\" data-i=\"{}\" data-group=\"{}\"{}><td>{}</td><td>{}</td><td data-sort=\"{}\">"
      "<span class=\"kind\">{}</span><br>{}</td><td>{}</td>",
      rank == 0 ? " own" : "", i, esc(l.group), own.empty() ? "" : " data-own=\"" + esc(own) + "\"", esc(l.group),
      file.empty() ? esc(name) : fmt::format("<a href=\"{}\">{}</a>", esc(file), esc(name)), rank, kind,
      esc(digest_line(l)), l.single_letter_group ? "<em>single letter</em>" : esc(topics));
  for (EntryKind counted : kCounted) row += fmt::format("<td class=\"num count\">{}</td>", l.count(counted));
  for (const KeyFigure* f : shown) row += figure_cell(l, *f);
  return row + "</tr>\n";
}

// The same row as a record for the script, which makes it the same way (kIndexScript's
// `made`): [group, name, file, rank, digest, topics, own text, its counts..., then each
// figure shown and its average, null where the letter gives none].
void row_record(JsonWriter& out, const LetterReport& l, const std::string& file,
                std::span<const KeyFigure* const> shown) {
  const std::string topics = topics_line(l);
  out.begin_array().value(l.group).value(html::shown_name(l)).value(file).value(content_kind(l).second);
  out.value(digest_line(l)).value(topics).value(own_text(l));
  for (EntryKind counted : kCounted) out.value(l.count(counted));
  for (const KeyFigure* f : shown)
    for (const std::string_view name : {f->name, f->average}) {
      if (const Figure* figure = html::figure(l, name)) out.value(figure->value);
      else out.value(nullptr);
    }
  out.end_array();
}

}  // namespace

std::string html_index(const Report& r, const std::vector<std::string>& files) { return html_index(r, files, {}); }

std::string html_index(const Report& r, const std::vector<std::string>& files, const std::vector<CouncilPage>& councils) {
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
  if (!councils.empty()) {
    body += fmt::format("<section><h2>Councils across the years</h2><details><summary>{} council{} with letters of "
                        "several years: their figures year by year</summary><ul class=\"columns\">\n",
                        councils.size(), councils.size() == 1 ? "" : "s");
    for (const CouncilPage& c : councils)
      body += fmt::format("<li><a href=\"{}\">{}</a></li>\n", esc(c.file), esc(c.name));
    body += "</ul></details></section>\n";
  }
  // The key statistics any letter gives, each with its similar-organisations average.
  std::vector<const KeyFigure*> shown;
  for (const KeyFigure& f : html::kKeyFigures)
    if (std::any_of(r.letters.begin(), r.letters.end(), [&](const LetterReport& l) { return html::figure(l, f.name); }))
      shown.push_back(&f);
  body += "<section><h2>Councils</h2>\n";
  if (r.groups.size() > 1) {
    body += "<div class=\"tabs\" role=\"tablist\" aria-label=\"Year\"><button type=\"button\" role=\"tab\" "
            "aria-selected=\"true\" aria-controls=\"year-panel\" data-group=\"\">All years</button>";
    for (const auto& g : r.groups)
      body += fmt::format("<button type=\"button\" role=\"tab\" aria-selected=\"false\" aria-controls=\"year-panel\" "
                          "tabindex=\"-1\" data-group=\"{0}\">{0}</button>",
                          esc(g.group));
    body += "</div>\n";
  }
  body += r.groups.size() > 1 ? "<div id=\"year-panel\" role=\"tabpanel\" aria-label=\"Councils of the chosen year\">\n"
                              : "<div id=\"year-panel\">\n";
  if (!shown.empty()) {
    body += "<div class=\"charts\">\n";
    for (const KeyFigure* f : shown) body += chart(r, *f);
    const bool averages = std::any_of(r.letters.begin(), r.letters.end(), [&](const LetterReport& l) {
      return std::any_of(shown.begin(), shown.end(), [&](const KeyFigure* f) { return html::figure(l, f->average); });
    });
    body += averages ? "</div>\n<p class=\"meta\">Each dot is a council: filled red where it is worse than the average "
                       "of similar organisations that its letter gives (the dashed lines: more complaints upheld, fewer "
                       "recommendations implemented, fewer cases remedied early), open blue where it is not. "
                     : "</div>\n<p class=\"meta\">Each dot is a council (no letter gives the average of similar "
                       "organisations to compare it with). ";
    body += "Hover a dot or a row to find the other; click a dot to go to its council's row.</p>\n";
  }
  body += "<p><label>Filter councils: <input id=\"search\" type=\"search\" placeholder=\"name, year, kind, topic, words of its own...\"></label></p>\n"
          "<div class=\"pager\" id=\"pager\" hidden><button type=\"button\" class=\"prev\">← Previous</button>"
          "<output></output><button type=\"button\" class=\"next\">Next →</button></div>\n"
          "<div class=\"scroll\"><table id=\"councils\"><thead><tr>";
  for (auto h : {"Year", "Council", "Written for it", "Topics"})
    body += fmt::format("<th scope=\"col\"><button type=\"button\">{}</button></th>", h);
  for (auto [h, title] : {std::pair{"Ins.", "Paragraphs inserted"}, {"Mod.", "Template paragraphs modified"},
                          {"Moved", "Template paragraphs moved"}, {"Omit.", "Template paragraphs omitted"}})
    body += fmt::format("<th scope=\"col\" class=\"num count\"><button type=\"button\" title=\"{}\">{}</button></th>",
                        title, h);
  for (const KeyFigure* f : shown)
    body += fmt::format("<th scope=\"col\" class=\"num\" data-unit=\"{}\"><button type=\"button\" title=\"{}\">{}</button></th>",
                        esc(f->unit), esc(f->title), esc(f->heading));
  body += "</tr></thead>\n<tbody>\n";
  const std::size_t n = r.letters.size();
  if (n <= kStaticRows)
    for (std::size_t i = 0; i < n; ++i) body += row_html(r.letters[i], i, files[i], shown);
  body += "</tbody></table></div>\n<p id=\"none\" class=\"meta\" hidden>No council matches the filter.</p>\n";
  if (n > kStaticRows) {
    body += "<script type=\"application/json\" id=\"councils-data\">";
    JsonWriter records(body, 0, JsonWriter::Layout::script);
    records.begin_array();
    for (std::size_t i = 0; i < n; ++i) row_record(records, r.letters[i], files[i], shown);
    records.end_array();
    body += "</script>\n";
  }
  body += "</div></section>\n</main>\n";
  return html::site_page("letterdiff report", body, kIndexScript, "wide");
}

}  // namespace letterdiff
