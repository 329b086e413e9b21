// A council's page, when it has letters of several years: its figures year by
// year against the similar-organisations averages, a small chart of each, and
// what was written for it each year.
#include <fmt/format.h>

#include <algorithm>

#include "report/digest.h"
#include "report/html_parts.h"
#include "report/html_site.h"

namespace letterdiff {
namespace {

using html::esc;

// One statistic across the council's years: its values joined by a line, the
// averages dashed beneath, each point naming its year and value.
std::string year_chart(const Report& r, const CouncilPage& c, const html::KeyFigure& f) {
  constexpr double kLeft = 50, kWidth = 200, kTop = 10, kHeight = 90;
  double largest = 0;
  for (std::size_t i : c.letters)
    for (auto name : {f.name, f.average})
      if (const Figure* v = html::figure(r.letters[i], name)) largest = std::max(largest, v->value);
  if (largest <= 0 && !f.percent()) return "";
  const double top = html::scale_top(f, largest);
  const std::size_t n = c.letters.size();
  const auto x_of = [&](std::size_t k) { return kLeft + (n == 1 ? kWidth / 2 : kWidth * k / (n - 1)); };
  const auto y_of = [&](double v) { return kTop + kHeight * (1 - v / top); };
  std::string values, averages, points, labels;
  for (std::size_t k = 0; k < n; ++k) {
    const LetterReport& l = r.letters[c.letters[k]];
    labels += fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"middle\">{}</text>", x_of(k), kTop + kHeight + 16,
                          esc(l.group));
    if (const Figure* v = html::figure(l, f.name)) {
      values += fmt::format("{}{:.1f},{:.1f}", values.empty() ? "" : " ", x_of(k), y_of(v->value));
      points += fmt::format("<circle data-v=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\"><title>{}: {}{}</title></circle>",
                            v->value, x_of(k), y_of(v->value), esc(l.group), v->value, f.unit);
    }
    if (const Figure* a = html::figure(l, f.average))
      averages += fmt::format("{}{:.1f},{:.1f}", averages.empty() ? "" : " ", x_of(k), y_of(a->value));
  }
  if (points.empty()) return "";
  return fmt::format(
      "<figure class=\"chart\"><figcaption>{}</figcaption><svg viewBox=\"0 0 300 {:.0f}\" role=\"img\" "
      "aria-label=\"{} by year\"><g class=\"axis\"><line x1=\"{}\" x2=\"{}\" y1=\"{:.0f}\" y2=\"{:.0f}\"/>"
      "<text x=\"{}\" y=\"{:.0f}\" text-anchor=\"end\">{}{}</text><text x=\"{}\" y=\"{:.0f}\" text-anchor=\"end\">0</text>"
      "{}</g><polyline points=\"{}\" fill=\"none\" stroke=\"#444\" stroke-dasharray=\"4 3\"/>"
      "<polyline points=\"{}\" fill=\"none\" stroke=\"#1f4e8c\" stroke-width=\"2\"/>{}</svg></figure>\n",
      esc(f.title), kTop + kHeight + 24, esc(f.title), kLeft, kLeft + kWidth, kTop + kHeight, kTop + kHeight, kLeft - 4,
      kTop + 4, top, f.unit, kLeft - 4, kTop + kHeight, labels, averages, values, points);
}

}  // namespace

std::string html_council(const Report& r, const SitePlan& plan, const CouncilPage& c) {
  std::string body = fmt::format(
      "<header><nav class=\"site-nav\" aria-label=\"Site\"><a href=\"index.html\">All councils</a></nav>"
      "<h1>{}</h1><p class=\"meta\">{} letters, {} to {}</p></header>\n<main>\n",
      esc(c.name), c.letters.size(), esc(r.letters[c.letters.front()].group), esc(r.letters[c.letters.back()].group));
  std::string charts;
  for (const auto& f : html::kKeyFigures) charts += year_chart(r, c, f);
  body += "<section><h2>Figures by year</h2><table><thead><tr><th scope=\"col\">Year</th>";
  for (const auto& f : html::kKeyFigures)
    body += fmt::format("<th scope=\"col\" class=\"num\" title=\"{}\">{}</th>", esc(f.title), esc(f.heading));
  body += "</tr></thead><tbody>\n";
  for (std::size_t i : c.letters) {
    const LetterReport& l = r.letters[i];
    body += fmt::format("<tr><th scope=\"row\"><a href=\"{}\">{}</a></th>", esc(plan.letter_files[i]), esc(l.group));
    for (const auto& f : html::kKeyFigures) {
      const Figure* v = html::figure(l, f.name);
      const Figure* a = html::figure(l, f.average);
      body += v ? fmt::format("<td class=\"num\">{}{}{}</td>", v->value, f.unit,
                              a ? fmt::format("<br><small class=\"meta\">average {}{}</small>", a->value, f.unit) : "")
                : std::string("<td class=\"num\">–</td>");
    }
    body += "</tr>\n";
  }
  body += "</tbody></table>\n";
  if (!charts.empty())
    body += "<div class=\"charts small\">\n" + charts +
            "</div>\n<p class=\"meta\">The solid line is the council's figure, the dashed line the average of "
            "similar organisations its letter gives.</p>\n";
  body += "</section>\n";
  for (std::size_t i : c.letters) {
    const LetterReport& l = r.letters[i];
    body += fmt::format("<section><h2><a href=\"{}\">{}</a></h2><p class=\"meta\">{}</p>\n", esc(plan.letter_files[i]),
                        esc(l.group), esc(digest_line(l)));
    std::string own;
    for (std::size_t k = 0; k < l.variants.size(); ++k) {
      const Variant& v = l.variants[k];
      if (!v.specific()) continue;
      own += fmt::format("<li><a href=\"{}#variant-{}\">{}</a>: {}</li>\n", esc(plan.letter_files[i]), k + 1,
                         to_string(v.kind), esc(v.text));
    }
    if (l.single_letter_group)
      body += fmt::format("<p>{}.</p>\n", esc(single_letter_notice(l.group)));
    else
      body += own.empty() ? "<p>Nothing written for this council alone.</p>\n" : "<ol>\n" + own + "</ol>\n";
    body += "</section>\n";
  }
  return html::site_page(c.name + " · letterdiff", body + "</main>\n");
}

}  // namespace letterdiff
