// A template's page: its paragraphs in order, slots as chips naming the slot and
// its type, each paragraph's tier (core or optional) with a bar of how many
// letters carry it, and which councils got each optional paragraph or changed,
// moved or left out a core one.
#include <fmt/format.h>

#include <map>

#include "report/html_parts.h"
#include "report/html_site.h"

namespace letterdiff {
namespace {

using html::esc;

// The councils of a group linked (or named, without pages): the first `most` of
// them, the rest folded away behind "and N more".
std::string council_list(const Report& r, const std::vector<std::size_t>& letters,
                         const std::vector<std::string>& files, std::size_t most = 60) {
  std::string out;
  for (std::size_t k = 0; k < letters.size(); ++k) {
    if (k == most) out += fmt::format(" <details class=\"more\"><summary>and {} more</summary>", letters.size() - most);
    const std::size_t i = letters[k];
    const std::string name = esc(html::shown_name(r.letters[i]));
    out += (k == 0 || k == most ? "" : ", ") +
           (files.empty() ? name : fmt::format("<a href=\"{}\">{}</a>", esc(files[i]), name));
  }
  return letters.size() > most ? out + "</details>" : out;
}

// The letters listed for a paragraph, none if it has no entry (never adding one).
const std::vector<std::size_t>& at(const std::map<int, std::vector<std::size_t>>& letters, int paragraph) {
  static const std::vector<std::size_t> none;
  const auto it = letters.find(paragraph);
  return it == letters.end() ? none : it->second;
}

}  // namespace

std::string html_template(const Report& r, const GroupSummary& g, const std::vector<std::string>& files) {
  std::string audits;
  for (const auto& [from, to] : audited_years(r))
    if (from == g.group || to == g.group)
      audits += fmt::format("<a href=\"{}\">changes {} → {}</a>", esc(audit_file_name(from, to, Format::html)),
                            esc(from), esc(to));
  // Which letters carry each paragraph other than word for word: an optional one
  // at all, a core one changed or moved; and which left a core one out.
  std::map<int, std::vector<std::size_t>> carried, changed, left_out;
  for (std::size_t i = 0; i < r.letters.size(); ++i) {
    const LetterReport& l = r.letters[i];
    if (l.group != g.group) continue;
    for (const auto& v : l.variants) {
      if (v.paragraph < 0) continue;
      const bool optional = static_cast<std::size_t>(v.paragraph) < g.paragraphs.size() && g.paragraphs[v.paragraph].optional;
      auto& letters =
          (v.kind == EntryKind::omitted ? left_out : optional || v.kind == EntryKind::standard ? carried : changed)[v.paragraph];
      if (letters.empty() || letters.back() != i) letters.push_back(i);  // a paragraph the letter repeats counts once
    }
  }
  std::string body = fmt::format(
      "<header><nav class=\"site-nav\" aria-label=\"Site\"><a href=\"index.html\">All councils</a>{}</nav>"
      "<h1>Template {}</h1><p class=\"meta\">{} letter{}{}. <span class=\"tier core\">Core</span> paragraphs "
      "are in nearly every letter, <span class=\"tier optional\">optional</span> ones are standard wording sent to "
      "some councils; the bar shows how many of the letters carry each. Slots such as <span class=\"chip\">council "
      "<small>organisation</small></span> hold what differs between letters.</p></header>\n<main><ol class=\"template\">\n",
      audits, esc(g.group), g.letters, g.letters == 1 ? "" : "s",
      g.learnt_from < g.letters ? fmt::format("; the template was learnt from {} of them", g.learnt_from) : "");
  if (g.letters == 1)
    body.insert(body.find("</header>"), "<p><strong>Note:</strong> this year has one letter, so its template is that "
                                        "letter word for word: every paragraph shows as core, and nothing in it can be "
                                        "told apart as written for the council. The letter's page lists how it differs "
                                        "from the nearest other year's template.</p>");
  for (std::size_t k = 0; k < g.paragraphs.size(); ++k) {
    const TemplateSummary& p = g.paragraphs[k];
    const int key = static_cast<int>(k);
    const std::string tier = p.optional ? "optional" : "core";
    const std::string text = html::slot_chips(p.text);
    // Letters of the group that carry it: an optional one's, or all but those that left a core one out.
    const std::size_t letters = static_cast<std::size_t>(g.letters);
    const std::size_t carrying = p.optional ? at(carried, key).size() : letters - std::min(letters, at(left_out, key).size());
    const double share = letters ? 100.0 * carrying / letters : 0;
    body += fmt::format("<li id=\"paragraph-{}\">{}\n<div class=\"meta\"><span class=\"tier {}\">{}</span> "
                        "<span class=\"bar {}\" role=\"img\" aria-label=\"{} of {} letters\"><span style=\"width:{:.0f}%\">"
                        "</span></span> {}/{} letters",
                        k + 1, p.kind == ParagraphKind::heading ? "<h2>" + text + "</h2>" : "<p>" + text + "</p>", tier,
                        tier, tier, carrying, letters, share, carrying, letters);
    if (p.optional && !at(carried, key).empty())
      body += fmt::format("<br>Sent to {}", council_list(r, at(carried, key), files));
    if (!at(changed, key).empty())
      body += fmt::format("<br>Reworded or moved in {}", council_list(r, at(changed, key), files));
    if (!p.optional && !at(left_out, key).empty())
      body += fmt::format("<br>Left out of {}", council_list(r, at(left_out, key), files));
    body += "</div></li>\n";
  }
  return html::site_page("Template " + g.group + " · letterdiff", body + "</ol></main>\n");
}

}  // namespace letterdiff
