// Letter text, file names and rules are data: no format lets them act as code,
// markup, a formula or a terminal command.
#include <catch2/catch.hpp>

#include "report/audit_formats.h"
#include "report/formats.h"

using namespace letterdiff;

namespace {

Report hostile_report() {
  Report r;
  r.groups.push_back({"2023-24", 3, 21, 3, {}});
  LetterReport l;
  l.file = "let`ter|s/x.txt";
  l.group = "2023-24";
  l.council = "Barset\x1b]0;pwned\x07 Council";
  l.recipient = "Ms <b>Smith</b>";
  l.date = "2024-07-17";
  l.slots.push_back({"file", "name", "=HYPERLINK(\"http://evil\")"});
  l.statistics.push_back({"Inserted", "12"});
  l.statistics.push_back({"Uphold rate", "-5%"});
  l.slots.push_back({"date_written", "date", "1 May 2024"});
  l.slots.push_back({"date", "date", "17 July 2024"});
  l.slots.push_back({"role", "role", "@SUM(A1:A9)"});
  l.statistics.push_back({"Stat inserted", "7"});
  l.figures.push_back({"uphold_rate_percent", -5});
  Variant inserted;
  inserted.kind = EntryKind::inserted;
  inserted.text = "We welcome \u202Egniniart\u202C your <img src=x onerror=alert(1)> work.\x1b[2J";
  inserted.line = 41;
  inserted.topics = {"<script>alert(1)</script>"};
  l.variants.push_back(inserted);
  l.furniture.push_back({"Page `1` | of <3>", 1, "page number"});
  r.letters.push_back(l);
  return r;
}

}  // namespace

TEST_CASE("no format passes on a terminal's control characters or a bidi override") {
  const Report r = hostile_report();
  for (Format f : {Format::text, Format::markdown, Format::html, Format::csv}) {
    const std::string out = render_report(r, f) + render_letter(r.letters[0], f);
    INFO(extension(f));
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find("\u202E") == std::string::npos);
    CHECK(out.find("\\x1b") != std::string::npos);  // shown, not dropped
    CHECK(out.find("\\u202e") != std::string::npos);
  }
}

TEST_CASE("Markdown carries no raw HTML and no broken code span from topics, file names or furniture") {
  const std::string md = render_letter(hostile_report().letters[0], Format::markdown);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
  CHECK(md.find("<b>") == std::string::npos);
  CHECK(md.find("``let`ter\\|s/x.txt``") != std::string::npos);  // fenced past its backtick, its pipe escaped
  CHECK(md.find("``Page `1` | of <3>``") != std::string::npos);  // a list item, not a table: the pipe as written
}

TEST_CASE("CSV guards formula cells, keeps figures as figures, and no label or slot can add or take a column") {
  const std::string csv = render_report(hostile_report(), Format::csv);
  const std::string header = csv.substr(0, csv.find("\r\n"));
  CHECK(header.starts_with("file,group,council,recipient,role,date,date_written,uphold_rate_percent,"));
  CHECK(header.ends_with(",decisions_made,inserted,modified,omitted,moved,standard,topics"));
  CHECK(header.find("file", 1) == std::string::npos);  // the slot named "file" is no column
  // The role guarded, the negative figure a number, the letter's own date slot in date_written.
  CHECK(csv.find(",'@SUM(A1:A9),2024-07-17,17 July 2024,-5,") != std::string::npos);
  CHECK(csv.find("HYPERLINK") == std::string::npos);
}

TEST_CASE("HTML escapes every value, the audit's years and places included") {
  const std::string html = render_report(hostile_report(), Format::html);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
}

TEST_CASE("the audit's HTML escapes its years, sections and wording") {
  Audit a;
  a.from = "<script>alert(1)</script>";  // groups are checked where read; the page does not count on it
  a.to = "2023-24";
  TemplateChange c;
  c.kind = ChangeKind::added;
  c.to_text = "<img src=x onerror=alert(2)>";
  c.section = "<iframe>";
  c.to_paragraph = 3;
  a.changes.push_back(c);
  const std::string html = render_audits({a}, Format::html, false);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<iframe>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}
