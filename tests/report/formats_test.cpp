#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <cmath>

#include "report/formats.h"
#include "report/html_parts.h"
#include "report/html_site.h"
#include "support/pipeline_run.h"

using namespace letterdiff;

namespace {

Report sample_report() {
  Report r;
  r.groups.push_back({"2023-24", 3, 21, 3, {}});
  LetterReport l;
  l.file = "x.txt";
  l.group = "2023-24";
  l.council = "Barset <script>alert(1)</script> Council";
  l.recipient = "Ms Smith";
  l.date = "2024-07-17";
  l.slots.push_back({"recipient", "person", "Ms Smith"});
  Variant inserted;
  inserted.kind = EntryKind::inserted;
  inserted.text = "We **welcome** your training.";
  inserted.line = 41;
  inserted.after = "Our successful...";
  l.variants.push_back(inserted);
  Variant modified;
  modified.kind = EntryKind::modified;
  modified.text = "your council with";
  modified.line = 12;
  modified.pieces = {{WordOp::equal, "your ", ""}, {WordOp::deleted, "organisation", ""}, {WordOp::inserted, "council", ""},
                     {WordOp::equal, " with", ""}};
  l.variants.push_back(modified);
  l.furniture.push_back({"Appendix Two", 1, "committee-pack label"});
  r.letters.push_back(l);
  return r;
}

}  // namespace

TEST_CASE("JSON has the report-v1 keys for groups, letters, slots, variants and furniture") {
  const auto j = nlohmann::json::parse(render_report(sample_report(), Format::json));
  CHECK(j["schema"] == "letterdiff/report-v1");
  CHECK(j["groups"][0]["template_paragraphs"] == 21);
  const auto& l = j["letters"][0];
  CHECK(l["recipient"] == "Ms Smith");
  CHECK(l["slots"][0]["name"] == "recipient");
  CHECK(l["variants"][0]["kind"] == "inserted");
  CHECK(l["variants"][0]["line"] == 41);
  CHECK(l["variants"][0]["after"] == "Our successful...");
  CHECK(l["variants"][1]["inserted"][0] == "council");
  CHECK(l["variants"][1]["deleted"][0] == "organisation");
  CHECK(l["variants"][1]["wdiff"] == "your [-organisation-]{+council+} with");
  CHECK(l["furniture"][0] == "Appendix Two");
}

TEST_CASE("text shows variants wdiff style") {
  const std::string text = render_report(sample_report(), Format::text);
  CHECK(text.find("+ inserted, line 41, after \"Our successful...\":\n    We **welcome** your training.") != std::string::npos);
  CHECK(text.find("your [-organisation-]{+council+} with") != std::string::npos);
  CHECK(text.find("1 inserted, 1 modified, 0 omitted, 0 moved") != std::string::npos);
}

TEST_CASE("Markdown escapes letter text and marks word changes with del and ins") {
  const std::string md = render_letter(sample_report().letters[0], Format::markdown);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("&lt;script&gt;") != std::string::npos);
  CHECK(md.find("We \\*\\*welcome\\*\\* your training.") != std::string::npos);
  CHECK(md.find("your <del>organisation</del><ins>council</ins> with") != std::string::npos);
}

TEST_CASE("the index links each council's file") {
  const std::string md = render_index(sample_report(), {"2023-24_barset.md"}, Format::markdown);
  CHECK(md.find("](2023-24_barset.md)") != std::string::npos);
  CHECK(md.find("| 2023-24 | 3 | 21 |") != std::string::npos);
}

// 75 councils, 70 of them sent an optional paragraph: every one is listed, those
// past sixty folded away; a core paragraph nobody left out names nobody.
TEST_CASE("a template page lists every council that got an optional paragraph, and no empty list of councils") {
  Report r;
  GroupSummary g{"2023-24", 75, 2, 75, {}};
  g.paragraphs.push_back({"Dear {{recipient:person}}", ParagraphKind::text, 75, false});
  g.paragraphs.push_back({"We issued a public interest report.", ParagraphKind::text, 70, true});
  r.groups.push_back(g);
  std::vector<std::string> files;
  for (int i = 0; i < 75; ++i) {
    LetterReport l;
    l.group = "2023-24";
    l.council = "Council " + std::to_string(i);
    if (i < 70) {
      Variant v;
      v.kind = EntryKind::standard;
      v.paragraph = 1;
      l.variants.push_back(v);
    }
    files.push_back("c" + std::to_string(i) + ".html");
    r.letters.push_back(l);
  }
  const std::string page = html_template(r, r.groups[0], files);
  for (int i = 0; i < 70; ++i) CHECK(page.find(fmt::format("<a href=\"c{}.html\">Council {}</a>", i, i)) != std::string::npos);
  CHECK(page.find("<a href=\"c70.html\">") == std::string::npos);
  CHECK(page.find("<details class=\"more\"><summary>and 10 more</summary><a href=\"c60.html\">") != std::string::npos);
  CHECK(page.find("75/75 letters") != std::string::npos);
  CHECK(page.find("70/75 letters") != std::string::npos);
  CHECK(page.find("Left out of") == std::string::npos);
  CHECK(page.find("Reworded or moved in") == std::string::npos);
}

TEST_CASE("the HTML index gives each council's key statistics beside the similar-organisations average, sortable as numbers") {
  const std::vector<std::string> inputs = {LETTERDIFF_TEST_DATA "/year-2023-24/letters/2023-24_aldby.txt",
                                           LETTERDIFF_TEST_DATA "/year-2023-24/letters/2023-24_aldton.txt"};
  const Report r = testing::run_pipeline(inputs).report;
  const std::string index = html_index(r, {"aldby.html", "aldton.html"});
  for (const char* heading : {"Upheld", "Upheld per 100,000", "Compliance", "Remedied early"})
    CHECK(index.find(fmt::format(">{}</button></th>", heading)) != std::string::npos);
  // Aldby: 95% upheld against 79%, 7.9 per 100,000 against 8.2.
  CHECK(index.find("<td class=\"num\" data-sort=\"95\">95%<span class=\"avg\">average 79%</span></td>") != std::string::npos);
  CHECK(index.find("<td class=\"num\" data-sort=\"7.9\">7.9<span class=\"avg\">average 8.2</span></td>") !=
        std::string::npos);
  CHECK(index.find("<td class=\"num\" data-sort=\"58\">58%") != std::string::npos);  // Aldton
}

TEST_CASE("a letter page's summary says what a modified paragraph changed, not only where it starts") {
  const std::string page = html_letter(sample_report().letters[0]);
  CHECK(page.find(">modified</a>: your council with · adds “council”; drops “organisation”") != std::string::npos);
}

// A council's own remark on training and a standard paragraph on housing: the
// Topics column tells them apart, as the digest counts only the first.
TEST_CASE("the index's topics are the council's own first, then those it shares with other councils") {
  Report r;
  r.groups.push_back({"2023-24", 3, 20, 3, {}});
  LetterReport l;
  l.group = "2023-24";
  l.council = "Barset Council";
  Variant own;
  own.text = "We ran two courses for your staff.";
  own.topics = {"training", "praise"};
  Variant standard;
  standard.kind = EntryKind::standard;
  standard.support = 40;
  standard.topics = {"housing", "training"};
  l.variants = {own, standard};
  r.letters.push_back(l);
  l.variants = {standard};
  r.letters.push_back(l);
  const std::string index = html_index(r, {"a.html", "b.html"});
  CHECK(index.find("<td>training, praise; shared: housing</td>") != std::string::npos);
  CHECK(index.find("<td>shared: housing, training</td>") != std::string::npos);
}

TEST_CASE("a letter page's figures say, in words, which are worse than the similar-organisations average") {
  const std::vector<std::string> inputs = {LETTERDIFF_TEST_DATA "/year-2023-24/letters/2023-24_aldby.txt",
                                           LETTERDIFF_TEST_DATA "/year-2023-24/letters/2023-24_aldton.txt"};
  const Report r = testing::run_pipeline(inputs).report;
  const std::string page = html_letter(r.letters[0]);
  REQUIRE(r.letters[0].council == "Aldby Borough Council");
  // 95% upheld against 79%: worse; 100% compliance against 100%: not.
  CHECK(page.find("95%</td><td class=\"num\">79%</td><td><strong class=\"worse\">▲ worse</strong></td>") !=
        std::string::npos);
  CHECK(page.find("100%</td><td class=\"num\">100%</td><td>as good or better</td>") != std::string::npos);
}

TEST_CASE("HTML keeps a deletion apart from the insertion that replaces it, and a changed table a table") {
  const std::vector<DiffPiece> figure{{WordOp::equal, "We upheld ", ""}, {WordOp::deleted, "118", ""},
                                      {WordOp::inserted, "58", ""}, {WordOp::equal, " complaints.", ""}};
  CHECK(html::pieces_html(figure) == "We upheld <del>118</del> <ins>58</ins> complaints.");

  const std::vector<DiffPiece> table{{WordOp::equal, "Upheld\tTotal\n", ""}, {WordOp::deleted, "39%", ""},
                                     {WordOp::inserted, "41%", ""}, {WordOp::equal, "\t", ""},
                                     {WordOp::slot, "190", "total"}};
  CHECK(html::passage_body(ParagraphKind::table, table) ==
        "<table><thead><tr><th scope=\"col\">Upheld</th><th scope=\"col\">Total</th></tr></thead>\n<tbody><tr><td>"
        "<del>39%</del> <ins>41%</ins></td><td><mark class=\"slot\" title=\"slot: total\">190</mark></td></tr></tbody>"
        "</table>");
  CHECK(html::slot_chips("Dear {{recipient:person}}, <b>") ==
        "Dear <span class=\"chip\" title=\"slot recipient of type person\">recipient <small>person</small></span>, "
        "&lt;b&gt;");
}

namespace {

// WCAG 2's contrast ratio of two colours written "#rrggbb".
double contrast(const std::string& a, const std::string& b) {
  const auto luminance = [](const std::string& hex) {
    REQUIRE(hex.size() == 7);
    double l = 0;
    const double weight[] = {0.2126, 0.7152, 0.0722};
    for (int c = 0; c < 3; ++c) {
      const double v = std::stoi(hex.substr(1 + 2 * c, 2), nullptr, 16) / 255.0;
      l += weight[c] * (v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4));
    }
    return l;
  };
  const double x = luminance(a), y = luminance(b);
  return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

}  // namespace

TEST_CASE("the site's text colours meet WCAG AA (4.5:1) on the backgrounds they are drawn on") {
  const std::string css(html::stylesheet());
  const auto colour = [&](const std::string& name) {
    const auto at = css.find("--" + name + ": #");
    REQUIRE(at != std::string::npos);
    return css.substr(at + name.size() + 4, 7);
  };
  const std::string white = "#ffffff";
  const std::pair<std::string, std::string> pairs[] = {
      {colour("ink"), white},           {colour("quiet"), white},         {colour("ink"), colour("ins")},
      {colour("ink"), colour("del")},   {colour("ink"), colour("slot")},  {colour("ins-edge"), colour("ins")},
      {colour("ins-edge"), white},      {colour("del-edge"), white},      {colour("accent"), white},
      {colour("optional"), white},      {colour("optional"), "#fbf3e6"},  {colour("quiet"), "#eef3fb"},
  };
  for (const auto& [text, background] : pairs) {
    INFO(text << " on " << background);
    CHECK(contrast(text, background) >= 4.5);
  }
  CHECK(css.find("background: #fbf3e6") != std::string::npos);  // the standard paragraph's, checked above
  CHECK(css.find("#councils tr.hi td, #councils tr.picked td { background: #eef3fb; }") != std::string::npos);
}

TEST_CASE("HTML escaping finds each special character wherever it falls among the sixteen-byte blocks") {
  const std::pair<char, std::string> entities[] = {{'<', "&lt;"}, {'>', "&gt;"}, {'&', "&amp;"}, {'"', "&quot;"}, {'\'', "&#39;"}};
  for (std::size_t n : {1, 15, 16, 17, 31, 32, 33, 48})
    for (std::size_t at = 0; at < n; ++at)
      for (const auto& [c, entity] : entities) {
        std::string text(n, 'a');
        text[at] = c;
        INFO(n << " " << at << " " << c);
        CHECK(html_escape(text) == text.substr(0, at) + entity + text.substr(at + 1));
      }
  CHECK(html_escape("") == "");
  CHECK(html_escape("Barset <script>alert('x & \"y\"')</script> Council, twenty bytes on") ==
        "Barset &lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt; Council, twenty bytes on");
}
