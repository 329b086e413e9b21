// A letter's page: a summary box of what is specific to the council, then the
// letter with template text quieter than what was written for it, then its
// statistics and the page furniture set apart. Links to the councils before and
// after it and to the same council's letters of other years.
#include <fmt/format.h>

#include "report/digest.h"
#include "report/html_parts.h"
#include "report/html_site.h"

namespace letterdiff {
namespace {

using html::esc;

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

// How many letters share a variant, as its label says it: an omitted paragraph
// is the template's, carried by the others.
std::string sharing(const Variant& v) {
  if (v.kind == EntryKind::omitted)
    return v.support > 0 ? fmt::format(" · carried by {} letter{}", v.support, v.support == 1 ? "" : "s") : "";
  return v.support > 1 ? fmt::format(" · in {} letters", v.support) : "";
}

std::string passage_html(const Passage& p, const LetterReport& l) {
  if (p.kind == EntryKind::template_text)
    return fmt::format("<div class=\"passage template\">{}</div>\n", html::passage_body(p.paragraph_kind, p.pieces));
  const Variant& v = l.variants[static_cast<std::size_t>(p.variant)];
  // An omitted paragraph is template text: its slots read as chips, not markers.
  const std::string body = v.kind == EntryKind::omitted && p.paragraph_kind != ParagraphKind::table
                               ? fmt::format("<{0}><del>{1}</del></{0}>", p.paragraph_kind == ParagraphKind::heading ? "h3" : "p",
                                             html::slot_chips(v.text))
                               : html::passage_body(p.paragraph_kind, passage_pieces(p, l));
  return fmt::format("<section class=\"passage {}\" id=\"variant-{}\"><span class=\"label\">{}{}{}</span>{}</section>\n",
                     to_string(p.kind), p.variant + 1, label_of(p.kind), p.line ? fmt::format(" · line {}", p.line) : "",
                     sharing(v), body);
}

// What a modified or moved paragraph changed, in a few words: " · adds “two of
// them for officers”, drops “…”" (its opening words say which paragraph).
std::string changed_words(const Variant& v) {
  if (v.kind != EntryKind::modified && v.kind != EntryKind::moved) return "";
  std::string out;
  for (const auto& [verb, runs] : {std::pair{"adds", v.inserted()}, {"drops", v.deleted()}}) {
    std::string quoted;
    for (std::size_t k = 0; k < runs.size() && k < 3; ++k)
      quoted += fmt::format("{}“{}”", quoted.empty() ? "" : ", ", esc(opening_words(runs[k], 10)));
    if (runs.size() > 3) quoted += fmt::format(" and {} more", runs.size() - 3);
    if (!quoted.empty()) out += fmt::format("{} {} {}", out.empty() ? " ·" : ";", verb, quoted);
  }
  return out;
}

// The box above the letter: what was written for this council alone, the standard
// paragraphs it got (and how many councils got each), what it shares with other
// councils, and its figures against the similar-organisations averages. Each
// entry links to its place in the letter.
std::string summary_box(const LetterReport& l) {
  std::string own, standard, shared, left_out;
  for (std::size_t i = 0; i < l.variants.size(); ++i) {
    const auto& v = l.variants[i];
    std::string topics;
    for (const auto& t : v.topics) topics += (topics.empty() ? " · " : ", ") + esc(t);
    const bool omitted = v.kind == EntryKind::omitted;
    const std::string item = fmt::format("<li><a href=\"#variant-{}\">{}</a>: {}{}{}{}</li>\n", i + 1, to_string(v.kind),
                                         esc(opening_words(omitted ? without_slot_markers(v.text) : v.text)),
                                         changed_words(v), sharing(v), topics);
    (v.kind == EntryKind::standard ? standard : v.specific() ? own : omitted ? left_out : shared) += item;
  }
  std::string out = "<section class=\"summary\" aria-labelledby=\"summary-title\"><h2 id=\"summary-title\">What is "
                    "specific to this council</h2>\n";
  // Each list in a block of its own, which print leaves out: the passages below say the same.
  const auto list = [&](std::string_view heading, const std::string& items) {
    if (!items.empty()) out += fmt::format("<div class=\"entries\"><h3>{}</h3><ol>\n{}</ol></div>\n", heading, items);
  };
  list("Written for this council alone", own);
  if (own.empty() && !l.single_letter_group) out += "<p>Nothing written for this council alone.</p>\n";
  list("Standard paragraphs it received", standard);
  list("Also in other councils' letters", shared);
  list("Left out of this letter (other councils' letters carry them)", left_out);
  std::string figures;
  for (const auto& f : html::kKeyFigures) {
    const Figure* value = html::figure(l, f.name);
    if (!value) continue;
    const Figure* average = html::figure(l, f.average);
    const bool worse = average && f.worse(value->value, average->value);
    figures += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
                           esc(f.title), value->value, f.unit,
                           average ? fmt::format("{}{}", average->value, f.unit) : std::string("–"),
                           worse ? "<strong class=\"worse\">▲ worse</strong>" : average ? "as good or better" : "");
  }
  if (!figures.empty())
    out += "<h3>Its figures</h3><table class=\"figures\"><thead><tr><th scope=\"col\">Statistic</th><th "
           "scope=\"col\" class=\"num\">Council</th><th scope=\"col\" class=\"num\">Similar organisations</th>"
           "<th scope=\"col\">Compared</th></tr>"
           "</thead>\n<tbody>\n" + figures + "</tbody></table>\n";
  return out + "</section>\n";
}

// A lone letter's differences from another year's template: what they are is
// unknown (a wording change or content for this council), so they say only how
// the two texts differ, never "inserted for this council".
std::string differences_html(const LetterReport& l) {
  const std::string other = esc(l.compared_with);
  std::string out = fmt::format(
      "<section><details open><summary><h2>Differences from {}'s template ({} paragraphs)</h2></summary>\n<p>{}; "
      "most specific first, changes of dates and years last.</p>\n<ol>\n",
      other, l.differences.size(), esc(differs_notice(l.compared_with)));
  for (const auto& v : l.differences) {
    std::string body = v.pieces.empty() ? esc(v.text) : html::pieces_html(v.pieces);
    std::string label = fmt::format("~ Worded differently from {}'s template", other);
    if (v.kind == EntryKind::inserted) body = "<ins>" + body + "</ins>", label = fmt::format("+ Not in {}'s template", other);
    if (v.kind == EntryKind::omitted)
      body = "<del>" + body + "</del>", label = fmt::format("− In {}'s template, not in this letter", other);
    out += fmt::format("<li><span class=\"label\">{}</span>{}</li>\n", label, body);
  }
  return out + "</ol>\n</details></section>\n";
}

std::string site_nav(const LetterReport& l, const LetterLinks& links) {
  std::string out = "<nav class=\"site-nav\" aria-label=\"Site\"><a href=\"index.html\">All councils</a>";
  if (!links.previous.empty())
    out += fmt::format("<a href=\"{}\" rel=\"prev\">← {}</a>", esc(links.previous), esc(links.previous_name));
  if (!links.next.empty()) out += fmt::format("<a href=\"{}\" rel=\"next\">{} →</a>", esc(links.next), esc(links.next_name));
  if (links.years.size() > 1) {
    out += "<span>Years:";
    for (const auto& [group, file] : links.years)
      out += group == l.group ? fmt::format(" <strong aria-current=\"page\">{}</strong>", esc(group))
                              : fmt::format(" <a href=\"{}\">{}</a>", esc(file), esc(group));
    out += "</span>";
  }
  if (!links.council_page.empty())
    out += fmt::format("<a href=\"{}\">{} across the years</a>", esc(links.council_page), esc(html::shown_name(l)));
  return out + "</nav>\n";
}

}  // namespace

std::string html_letter(const LetterReport& l, const LetterLinks& links) {
  const std::string& name = html::shown_name(l);
  std::string body;
  body.reserve(16384);
  body += "<header>" + site_nav(l, links) +
                     fmt::format("<h1>{}</h1>\n<p class=\"meta\">{} · {} · {} · <code>{}</code></p></header>\n<main>\n",
                                 esc(name), esc(l.group), esc(l.recipient), esc(l.date), esc(l.file));
  if (l.single_letter_group) body += fmt::format("<p><strong>Note:</strong> {}.</p>\n", esc(single_letter_notice(l.group)));
  body += summary_box(l);
  body += "<article class=\"letter\" aria-label=\"The letter\">\n";
  for (const auto& p : l.passages) body += passage_html(p, l);
  body += "</article>\n";
  if (!l.compared_with.empty()) body += differences_html(l);
  if (!l.statistics.empty()) {
    body += "<section class=\"statistics\"><h2>Statistics</h2><table><tr><th>Figure</th><th>Value</th></tr>\n";
    for (const auto& s : l.statistics) body += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", esc(s.label), esc(s.value));
    body += "</table></section>\n";
  }
  if (!l.furniture.empty()) {
    body += "<aside><h2>Page furniture, not content</h2><ul>\n";
    for (const auto& f : l.furniture)
      body += fmt::format("<li>line {}, {}: <code>{}</code></li>\n", f.line, esc(f.reason), esc(f.text));
    body += "</ul></aside>\n";
  }
  return html::site_page(name + " · letterdiff", body + "</main>\n");
}

std::string html_letter(const LetterReport& letter) { return html_letter(letter, LetterLinks{}); }

}  // namespace letterdiff
