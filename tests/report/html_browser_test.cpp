// The HTML report opened in a real browser: Debian's chromium, headless, its DOM
// dumped after the page's scripts ran. tools/setup installs chromium.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <stdlib.h>
#include <vector>

#include "report/formats.h"

using namespace letterdiff;

namespace fs = std::filesystem;

namespace {

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  std::array<char, 8192> buffer;
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
  ::pclose(pipe);
  return out;
}

// Each run gets a profile of its own: chromium will not start twice on one profile,
// and CTest runs tests in parallel.
std::string chromium(const std::string& args) {
  std::string profile = (fs::temp_directory_path() / "letterdiff_chromium_XXXXXX").string();
  REQUIRE(::mkdtemp(profile.data()) != nullptr);
  const std::string out = run("timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                              "--disable-background-networking --disable-component-update --disable-sync "
                              "--hide-scrollbars --window-size=1280,900 --user-data-dir=" + profile + " " + args + " 2>/dev/null");
  fs::remove_all(profile);
  return out;
}

std::string dump_dom(const fs::path& page) { return chromium("--dump-dom 'file://" + page.string() + "'"); }

fs::path site(const std::string& name, const std::string& letters) {
  const auto dir = fs::temp_directory_path() / ("letterdiff_site_" + name);
  fs::remove_all(dir);
  run(std::string(LETTERDIFF_BINARY) + " report " + letters + " --format html -o " + dir.string() + " 2>&1");
  return dir;
}

// A folder of the three real 2023-24 letters, for a test to add to.
fs::path year_2023_24(const std::string& name) {
  const auto letters = fs::temp_directory_path() / name;
  fs::remove_all(letters);
  fs::create_directories(letters);
  for (auto letter : {"2023-24_knowsley.txt", "2023-24_rotherham.txt", "2023-24_kingston-upon-thames.txt"})
    fs::copy(fs::path(LETTERDIFF_TEST_DATA "/letters") / letter, letters / letter);
  return letters;
}

// The class of the passage of the letter (not the jump list) that holds text, or "".
std::string passage_holding(const std::string& dom, const std::string& text) {
  const auto article = dom.find("<article");
  const auto at = article == std::string::npos ? article : dom.find(text, article);
  if (at == std::string::npos) return "";
  const auto open = dom.rfind("class=\"passage ", at);
  if (open == std::string::npos) return "";
  const auto quote = dom.find('"', open + 7);
  return dom.substr(open + 7, quote - open - 7);
}

}  // namespace

TEST_CASE("in a browser: Kingston's training paragraph is highlighted, Knowsley's page has none, all five listed") {
  REQUIRE(fs::exists("/usr/bin/chromium"));  // tools/setup installs it
  const auto dir = site("sample", LETTERDIFF_TEST_DATA "/letters");
  const std::string kingston = dump_dom(dir / "2023-24_royal-borough-of-kingston-upon-thames.html");
  REQUIRE(kingston.find("</html>") != std::string::npos);
  CHECK(passage_holding(kingston, "We were pleased to deliver two online complaint handling courses") ==
        "passage inserted");
  CHECK(passage_holding(kingston, "Our successful complaint handling training programme") == "passage template");
  CHECK(kingston.find("<mark class=\"slot\" title=\"slot: recipient\">Ms Ireland</mark>") != std::string::npos);
  // The summary box above the letter names the paragraph written for Kingston alone.
  const auto box = kingston.find("<section class=\"summary\"");
  const auto own = kingston.find("<h3>Written for this council alone</h3>", box);
  const auto training = kingston.find("We were pleased to deliver two online", own);
  REQUIRE(box != std::string::npos);
  CHECK(own < kingston.find("</section>", box));
  CHECK(training < kingston.find("</section>", box));
  CHECK(kingston.find("</section>", box) < kingston.find("<article class=\"letter\""));

  const std::string knowsley = dump_dom(dir / "2023-24_knowsley-metropolitan-borough-council.html");
  REQUIRE(knowsley.find("Knowsley Metropolitan Borough Council") != std::string::npos);
  for (auto highlight : {"passage inserted", "passage modified", "passage omitted", "passage moved", "<ins>"})
    CHECK(knowsley.find(highlight) == std::string::npos);

  const std::string index = dump_dom(dir / "index.html");
  const std::regex row("<tr class=\"letter( own)?\" data-i=\"\\d+\" data-group=\"[^\"]+\"( data-own=\"[^\"]+\")?>");
  CHECK(std::distance(std::sregex_iterator(index.begin(), index.end(), row), std::sregex_iterator()) == 5);
  // Kingston's row marked as content written for it, its digest line beside it; Kent's 39% upheld.
  CHECK(index.find("<td>2023-24</td><td><a href=\"2023-24_royal-borough-of-kingston-upon-thames"
                   ".html\">Royal Borough of Kingston upon Thames</a></td><td data-sort=\"0\"><span class=\"kind\">its "
                   "own</span><br>1 inserted, 0 modified, 0 omitted: training, praise</td>") != std::string::npos);
  CHECK(index.find("<td class=\"num\" data-sort=\"39\">39%</td>") != std::string::npos);
  for (auto council : {"Kent County Council", "Tonbridge and Malling Borough Council",
                       "Royal Borough of Kingston upon Thames", "Knowsley Metropolitan Borough Council",
                       "Rotherham Metropolitan Borough Council"})
    CHECK(index.find(council) != std::string::npos);

  const std::string filtered = chromium("--dump-dom 'file://" + (dir / "index.html").string() + "?q=metropolitan'");
  CHECK(std::distance(std::sregex_iterator(filtered.begin(), filtered.end(), row), std::sregex_iterator()) == 2);
  CHECK(filtered.find("Knowsley Metropolitan Borough Council</a>") != std::string::npos);

  // Printed, the page keeps its one change and leaves the template out: one page.
  const fs::path printed = dir / "kingston.pdf";
  chromium("--no-pdf-header-footer --print-to-pdf=" + printed.string() + " 'file://" +
           (dir / "2023-24_royal-borough-of-kingston-upon-thames.html").string() + "'");
  std::ifstream pdf(printed, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(pdf)), {});
  const std::regex page_object("/Type\\s*/Page[^s]");
  CHECK(std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), page_object), std::sregex_iterator()) == 1);
  CHECK(bytes.find("/Type /Pages") != std::string::npos);  // the count above is of a PDF's page objects

  const fs::path shot = fs::current_path() / "kingston.png";
  fs::remove(shot);
  chromium("--window-size=1000,3400 --screenshot=" + shot.string() + " 'file://" +
           (dir / "2023-24_royal-borough-of-kingston-upon-thames.html").string() + "'");
  CHECK(fs::exists(shot));
  CHECK(fs::file_size(shot) > 20'000);
}

TEST_CASE("in a browser: a letter containing a script shows it as text and never runs it") {
  REQUIRE(fs::exists("/usr/bin/chromium"));
  const auto letters = year_2023_24("letterdiff_script_letters");
  std::ifstream in(LETTERDIFF_TEST_DATA "/letters/2023-24_knowsley.txt");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  text.replace(text.find("Knowsley Metropolitan Borough Council"), 37, "Barset <script>x</script> Council");
  const std::string evil =
      "We note <script>document.body.setAttribute('data-pwned','script')</script> and "
      "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> in your letter.";
  text.replace(text.find("Yours sincerely"), 0, evil + "\n\n");
  std::ofstream(letters / "evil.txt") << text;
  const auto dir = site("script", letters.string());
  fs::path page;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().find("barset") != std::string::npos) page = e.path();
  REQUIRE_FALSE(page.empty());
  const std::string dom = dump_dom(page);
  REQUIRE(dom.find("</html>") != std::string::npos);
  CHECK(dom.find("data-pwned=\"") == std::string::npos);  // the text may say it; no element may carry it
  CHECK(dom.find("&lt;script&gt;document.body.setAttribute") != std::string::npos);
  CHECK(passage_holding(dom, "&lt;script&gt;document.body") == "passage inserted");
  const std::string index = dump_dom(dir / "index.html");
  CHECK(index.find("data-pwned=\"") == std::string::npos);
  CHECK(index.find("Barset &lt;script&gt;x&lt;/script&gt; Council") != std::string::npos);
}

// The audit pages of a site of several years, with a probe appended that reads the
// laid-out page: the year headers stick, the years sit side by side, every summary
// link leads to its change.
TEST_CASE("in a browser: the site of three years links each audit, shown side by side with sticky year headers") {
  REQUIRE(fs::exists("/usr/bin/chromium"));
  const auto dir = site("years", LETTERDIFF_TEST_DATA "/letters");
  const std::string index = dump_dom(dir / "index.html");
  for (auto page : {"audit-2018-2020.html", "audit-2020-2023-24.html"}) {
    INFO(page);
    REQUIRE(fs::exists(dir / page));
    CHECK(index.find(std::string("href=\"") + page + "\"") != std::string::npos);
  }
  const std::string tpl = dump_dom(dir / "template-2023-24.html");
  CHECK(tpl.find("href=\"audit-2020-2023-24.html\"") != std::string::npos);
  CHECK(tpl.find("href=\"audit-2018-2020.html\"") == std::string::npos);

  std::ifstream in(dir / "audit-2020-2023-24.html");
  std::string html((std::istreambuf_iterator<char>(in)), {});
  // Its look is the site's stylesheet, linked as every page of the site links it.
  CHECK(html.find("<link rel=\"stylesheet\" href=\"letterdiff.css\">") != std::string::npos);
  CHECK(html.find("<style>") == std::string::npos);
  const std::string probe = R"(<script>
const sticky = getComputedStyle(document.querySelector('table.audit thead th')).position;
const links = [...document.querySelectorAll('a[href^="#change-"]')];
const dead = links.filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length;
const rows = [...document.querySelectorAll('table.audit tr[id^="change-"]')];
const apart = rows.filter(r => r.cells.length == 2 &&
    r.cells[0].getBoundingClientRect().right <= r.cells[1].getBoundingClientRect().left + 1 &&
    Math.abs(r.cells[0].getBoundingClientRect().top - r.cells[1].getBoundingClientRect().top) < 1).length;
const folded = document.querySelectorAll('details#dates tr.dates').length;
document.body.insertAdjacentHTML('beforeend',
    `<p id="probe">sticky=${sticky} links=${links.length} dead=${dead} rows=${rows.length} apart=${apart} folded=${folded}</p>`);
</script>)";
  html.insert(html.rfind("</body>"), probe);
  std::ofstream(dir / "probe.html") << html;
  const std::string dom = dump_dom(dir / "probe.html");
  std::smatch m;
  REQUIRE(std::regex_search(dom, m, std::regex("sticky=(\\w+) links=(\\d+) dead=(\\d+) rows=(\\d+) apart=(\\d+) folded=(\\d+)")));
  CHECK(m[1] == "sticky");
  CHECK(std::stoi(m[2]) >= 10);  // one per section and per large rewording
  CHECK(m[3] == "0");
  CHECK(std::stoi(m[4]) >= 20);
  CHECK(m[5] == m[4]);  // every change: the older year on the left, the newer beside it
  CHECK(m[6] == "1");     // the title's roll-over, folded below the changes
  // The Ombudsman signing the letter changed: a real change, listed.
  CHECK(dom.find("<ins>Amerdeep Somal") != std::string::npos);
}

namespace {

// A copy of a page with a probe script appended that reads the page once its own
// scripts have run, and what the probe wrote (its <p id="probe">).
std::string probe(const fs::path& page, const std::string& script) {
  std::ifstream in(page);
  std::string html((std::istreambuf_iterator<char>(in)), {});
  html.insert(html.rfind("</body>"), "<script>{" + script + "}</script>");
  const fs::path copy = page.parent_path() / ("probe-" + page.filename().string());
  std::ofstream(copy) << html;
  const std::string dom = dump_dom(copy);
  const auto at = dom.rfind("<p id=\"probe\">");  // the probe's text says it too
  REQUIRE(at != std::string::npos);
  return dom.substr(at + 14, dom.find("</p>", at) - at - 14);
}

}  // namespace

// Every dot of the uphold-rate chart stands where its council's row puts it on the
// chart's own axis; hovering a row highlights its dot.
TEST_CASE("in a browser: the index charts each council's uphold rate where its figure puts it, a row's dot lit on hover") {
  REQUIRE(fs::exists("/usr/bin/chromium"));
  const auto dir = site("year", LETTERDIFF_TEST_DATA "/year-2023-24/letters");
  const std::string out = probe(dir / "index.html", R"(
const svg = document.querySelector('figure.chart[data-figure="uphold_rate_percent"] svg');
const ticks = [...svg.querySelectorAll('.axis text')];
const x0 = +ticks[0].getAttribute('x'), x100 = +ticks[ticks.length - 1].getAttribute('x');
const col = [...document.querySelectorAll('#councils th')].findIndex(th => th.textContent === 'Upheld');
const circles = [...svg.querySelectorAll('circle')];
const rows = [...document.querySelectorAll('#councils tbody tr')];
const wrong = rows.filter(row => {
  const dot = svg.querySelector(`circle[data-i="${row.dataset.i}"]`);
  const v = parseFloat(row.cells[col].textContent);
  return !dot || Math.abs(x0 + (x100 - x0) * v / 100 - dot.cx.baseVal.value) > 0.2 || +dot.dataset.v !== v;
}).length;
const worse = circles.filter(c => {  // the uphold rate: worse when above the council's average
  const average = parseFloat(document.querySelector(`#councils tr[data-i="${c.dataset.i}"]`)?.cells[col].querySelector('.avg')?.textContent.replace('average ', '') ?? 'NaN');
  return c.classList.contains('worse') !== (+c.dataset.v > average) && !isNaN(average);
}).length;
const above = circles.filter(c => c.classList.contains('worse')).length;
rows[5].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
const lit = [...document.querySelectorAll(`circle[data-i="${rows[5].dataset.i}"]`)].filter(c => c.classList.contains('hi')).length;
const pager = document.querySelector('#pager output').textContent;
const scroll = document.querySelector('#councils').parentElement;
const fits = scroll.scrollWidth <= scroll.clientWidth && document.documentElement.scrollWidth <= innerWidth;
// The filter: a kind finds the councils of that kind (not "nothing of its own"), a
// word found nowhere says so; Previous is off on the first page, the pager hidden
// when one page holds them all.
const ends = ['prev', 'next'].map(c => document.querySelector(`#pager .${c}`).disabled).join(' ');
const search = document.getElementById('search');
const filtered = q => {
  search.value = q;
  search.dispatchEvent(new Event('input'));
  const kinds = [...document.querySelectorAll('#councils tbody tr .kind')].map(k => k.textContent);
  return `${kinds.length} ${new Set(kinds).size} ${getComputedStyle(document.getElementById('pager')).display} ` +
         `${document.getElementById('none').hidden}`;
};
const own = filtered('its own'), nothing = filtered('zzz');
filtered('apologise');  // words of a council's own remark: Aldby's "...refused to apologise and pay £1275..."
const apologise = [...document.querySelectorAll('#councils tbody tr td:nth-child(2)')].map(td => td.textContent);
document.body.insertAdjacentHTML('beforeend',
  `<p id="probe">dots=${circles.length} wrong=${wrong + worse} above=${above} lit=${lit} shown=${rows.length} fits=${fits} ` +
  `ends=${ends} own=${own} nothing=${nothing} apologise=${apologise.includes('Aldby Borough Council')} ` +
  `${apologise.length} pager=${pager}</p>`);
)");
  std::smatch m;
  REQUIRE(std::regex_search(out, m, std::regex("dots=(\\d+) wrong=(\\d+) above=(\\d+) lit=(\\d+) shown=(\\d+) fits=(\\w+) ends=(.*) own=(.*) "
                                                "nothing=(.*) apologise=(\\w+) (\\d+) pager=(.*)")));
  CHECK(m[1] == "330");  // every council of the year gives the figure
  CHECK(m[2] == "0");
  CHECK(std::stoi(m[3]) > 0);
  CHECK(std::stoi(m[3]) < 330);
  CHECK(std::stoi(m[4]) >= 1);  // in every chart that has the council
  CHECK(m[5] == "100");         // a page of a hundred at a time
  CHECK(m[6] == "true");  // all the columns, statistics included, in a window 1,280 px wide
  CHECK(m[7] == "true false");
  CHECK(m[8] == "93 1 none true");   // the digest's 93 councils with content of their own
  CHECK(m[9] == "0 0 none false");   // "No council matches the filter."
  CHECK(m[10] == "true");  // the filter finds a council by the words written for it alone
  CHECK(std::stoi(m[11]) >= 1);
  CHECK(std::stoi(m[11]) < 20);
  CHECK(m[12] == "330 councils, page 1 of 4");
}

// Kingston's letter of the next year (the same letter, its year moved on): two
// year tabs, a council page, and each of its letters linking the other.
TEST_CASE("in a browser: year tabs switch the councils shown, and a council in two years links both") {
  REQUIRE(fs::exists("/usr/bin/chromium"));
  const auto letters = year_2023_24("letterdiff_two_years");
  std::ifstream in(LETTERDIFF_TEST_DATA "/letters/2023-24_kingston-upon-thames.txt");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  for (auto [from, to] : {std::pair{"Annual Review letter 2023-24", "Annual Review letter 2024-25"},
                          {"31 March 2024", "31 March 2025"}, {"17 July 2024", "16 July 2025"}})
    text.replace(text.find(from), std::string_view(from).size(), to);
  std::ofstream(letters / "2024-25_kingston-upon-thames.txt") << text;
  const auto dir = site("two_years", letters.string());

  const std::string tabs = probe(dir / "index.html", R"(
const count = () => [...document.querySelectorAll('#councils tbody tr')].filter(r => !r.hidden).length;
const before = count();
document.querySelector('.tabs button[data-group="2024-25"]').click();
const after = count();
const selected = document.querySelector('.tabs button[aria-selected="true"]').textContent;
document.body.insertAdjacentHTML('beforeend', `<p id="probe">${before} then ${after} in ${selected}</p>`);
)");
  CHECK(tabs == "4 then 1 in 2024-25");

  const std::string older = dump_dom(dir / "2023-24_royal-borough-of-kingston-upon-thames.html");
  const std::string newer = dump_dom(dir / "2024-25_royal-borough-of-kingston-upon-thames.html");
  CHECK(older.find("<a href=\"2024-25_royal-borough-of-kingston-upon-thames.html\">2024-25</a>") != std::string::npos);
  CHECK(newer.find("<a href=\"2023-24_royal-borough-of-kingston-upon-thames.html\">2023-24</a>") != std::string::npos);
  std::ifstream index_file(dir / "index.html");
  const std::string index((std::istreambuf_iterator<char>(index_file)), {});
  CHECK(index.find("1 council with letters of several years") != std::string::npos);  // the index links its page
  std::ifstream lone_file(dir / "template-2024-25.html");  // a year of one letter: its template says what that means
  const std::string lone((std::istreambuf_iterator<char>(lone_file)), {});
  CHECK(lone.find("this year has one letter, so its template is that letter word for word") != std::string::npos);
  CHECK(index.find("<li><a href=\"council-royal-borough-of-kingston-upon-thames.html\">Royal Borough of Kingston upon "
                   "Thames</a></li>") != std::string::npos);
  const std::string council = dump_dom(dir / "council-royal-borough-of-kingston-upon-thames.html");
  CHECK(council.find("href=\"2023-24_royal-borough-of-kingston-upon-thames.html\"") != std::string::npos);
  CHECK(council.find("href=\"2024-25_royal-borough-of-kingston-upon-thames.html\"") != std::string::npos);
  CHECK(council.find("We were pleased to deliver two online") != std::string::npos);  // what was written for it
  CHECK_FALSE(fs::exists(dir / "council-knowsley-metropolitan-borough-council.html"));  // one year only
}

// Past a thousand councils the rows are data, made a page at a time: the page
// shows a hundred, the filter finds a council on any page, a name that is markup
// stays text, and each row the script makes is the row a smaller index holds,
// figures, averages, topics and kinds alike.
TEST_CASE("in a browser: an index of 1,500 councils shows a page at a time and finds any council") {
  REQUIRE(fs::exists("/usr/bin/chromium"));
  Report r;
  r.groups.push_back({"2023-24", 1500, 20, 1500, {}});
  std::vector<std::string> files;
  for (int i = 0; i < 1500; ++i) {
    LetterReport l;
    l.group = "2023-24";
    l.council = i == 1234 ? "Barset </script><script>document.body.dataset.pwned = 1</script> Council"
                          : "Council number " + std::to_string(i) + (i % 9 == 0 ? " & <Partners>" : "");
    l.file = "letter" + std::to_string(i) + ".txt";
    l.single_letter_group = i % 7 == 3;
    if (i % 3 != 0) l.figures.push_back({"uphold_rate_percent", i % 100 + 0.25});
    if (i % 3 == 1) l.figures.push_back({"uphold_rate_average_percent", 57});
    if (i % 5 == 0) l.figures.push_back({"compliance_percent", 100});
    if (i % 4 == 0) {
      Variant v;
      v.text = "A remark about \"delays\" & <b>care</b> " + std::to_string(i);
      v.topics = {"delays", "social care"};
      l.variants.push_back(v);
      v.kind = EntryKind::omitted;
      v.lacking = 3;
      l.variants.push_back(v);
    }
    files.push_back(i % 11 == 5 ? "" : "letter" + std::to_string(i) + ".html");  // some letters without a page
    r.letters.push_back(std::move(l));
  }
  const auto dir = fs::temp_directory_path() / "letterdiff_site_many";
  fs::remove_all(dir);
  fs::create_directories(dir);
  // The rows a page holds when it has a thousand councils or fewer: the first 100 of them.
  Report few = r;
  few.letters.resize(1000);
  const std::string small = html_index(few, files);
  const auto rows = small.find("<tbody>") + 7;
  const auto hundredth = [&] {
    std::size_t at = rows;
    for (int k = 0; k < 100; ++k) at = small.find("</tr>", at) + 5;
    return at;
  }();
  std::string page = html_index(r, files);
  page.insert(page.rfind("</body>"), "<table hidden><tbody id=\"expected\">" + small.substr(rows, hundredth - rows) +
                                          "</tbody></table>");
  std::ofstream(dir / "index.html") << page;
  const std::string out = probe(dir / "index.html", R"(
const shown = () => document.querySelectorAll('#councils tbody tr').length;
const first = shown();
const expected = [...document.getElementById('expected').rows].map(tr => tr.outerHTML);
const made = [...document.querySelectorAll('#councils tbody tr')].map(tr => tr.outerHTML);
const differ = made.filter((html, k) => html !== expected[k]).length;
const sample = made.find((html, k) => html !== expected[k]) ?? '';
// The chart: dots as paths, where each is as data, the pointer finding the nearest.
const svg = document.querySelector('figure.chart[data-figure="uphold_rate_percent"] svg');
const places = JSON.parse(svg.parentElement.querySelector('script.dots').textContent);
const ticks = [...svg.querySelectorAll('.axis text')];
const x0 = +ticks[0].getAttribute('x'), x100 = +ticks.at(-1).getAttribute('x');
const misplaced = places.filter(([i, x, y, v, w]) => Math.abs(x0 + (x100 - x0) * v / 100 - x) > 0.1 ||
                                                     v !== i % 100 + 0.25 || w !== +(i % 3 === 1 && v > 57)).length;
const dots = group => [...svg.querySelectorAll(`.${group} path`)].map(p => (p.getAttribute('d').match(/M/g) ?? []).length).join(' ');
const all = dots('all');
const at = i => {
  const [, x, y] = places.find(p => p[0] === i);
  const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
  return {clientX: p.x, clientY: p.y, bubbles: true};
};
svg.dispatchEvent(new MouseEvent('mousemove', at(1)));
const marker = svg.querySelector('.marker');
const hovered = [marker.getAttribute('display'), marker.textContent,
                 document.querySelector('#councils tr.hi')?.dataset.i].join(' ');
svg.dispatchEvent(new MouseEvent('mouseleave'));
svg.dispatchEvent(new MouseEvent('click', at(1234)));
const picked = [document.querySelector('#pager output').textContent, document.querySelector('tr.picked')?.dataset.i,
                marker.getAttribute('display')].join(' ');
const search = document.getElementById('search');
search.value = 'barset';
search.dispatchEvent(new Event('input'));
const found = document.querySelector('#councils tbody tr td:nth-child(2)').textContent;
const pwned = document.body.dataset.pwned ?? 'no';
const filtered = `${svg.classList.contains('filtered')} ${dots('kept')}`;
const p = document.createElement('p');
p.id = 'probe';
p.textContent = `${first}|${expected.length}|${differ}|${shown()}|${found.slice(0, 16)}|${pwned}|${sample}|` +
                `${svg.querySelectorAll('circle[data-i]').length} ${places.length} ${misplaced}|${all}|${hovered}|` +
                `${picked}|${filtered}`;
document.body.append(p);
)");
  const auto parts = [&] {
    std::vector<std::string> v;
    std::size_t at = 0;
    for (std::size_t bar; (bar = out.find('|', at)) != std::string::npos; at = bar + 1) v.push_back(out.substr(at, bar - at));
    v.push_back(out.substr(at));
    return v;
  }();
  REQUIRE(parts.size() == 12);
  CHECK(parts[0] + "|" + parts[1] + "|" + parts[2] + "|" + parts[3] + "|" + parts[4] + "|" + parts[5] + "|" + parts[6] ==
        "100|100|0|1|Barset &lt;/script&gt;|no|");
  // Past a thousand councils a chart's dots are paths, each council with a figure
  // a dot where its figure puts it, red where above its average of 57%.
  CHECK(parts[7] == "0 1000 0");
  std::smatch m;
  REQUIRE(std::regex_match(parts[8], m, std::regex("(\\d+) (\\d+) (\\d+)")));
  CHECK(m[1] == m[2]);
  CHECK(std::stoi(m[1]) + std::stoi(m[3]) == 1000);
  CHECK(m[3] == "215");  // the councils with an average (i % 3 == 1) whose figure, i % 100 + 0.25, is above 57
  CHECK(parts[9] == "inline Council number 1 (2023-24): 1.25% 1");  // the pointer on a dot lights it and its row
  CHECK(parts[10] == "1500 councils, page 13 of 15 1234 none");            // a dot clicked turns to its row
  CHECK(parts[11] == "true 1 1 0");                                        // the filter keeps Barset's dot alone
}
