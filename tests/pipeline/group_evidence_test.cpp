// What only the group's letters show together. Page furniture: a line each letter
// carries once at a page break (Word's "different first page" footer, a second
// page's own header). The letters are the generated year's, paged as pdftotext
// gives a printed letter: hard-wrapped at about 90 characters, page breaks where
// the page is full (so in a different place in each letter, mostly mid-paragraph),
// the statistics page on a page of its own, and in a third of the letters the
// "Supporting complaint" section starting a page. Each must report what its
// unpaged text reports.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/text.h"
#include "normalise/furniture.h"
#include "normalise/group_evidence.h"
#include "normalise/normalise.h"
#include "support/pipeline_run.h"

using namespace letterdiff;
using namespace letterdiff::testing;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kGroupReason = "recurs at page breaks across the group's letters";

struct PageFurniture {
  std::vector<std::string> first_page_footer;
  std::vector<std::string> second_page_header;
};

std::vector<std::string> wrapped(std::string_view line, std::size_t width) {
  std::vector<std::string> out;
  std::string current;
  for (auto word : split_words(line)) {
    if (!current.empty() && current.size() + 1 + word.size() > width) out.push_back(std::move(current)), current.clear();
    if (!current.empty()) current += ' ';
    current += word;
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

// The letter as pdftotext gives it printed on pages of `page_lines` lines.
std::string paged(const std::string& text, std::size_t page_lines, bool section_on_new_page, const PageFurniture& f) {
  std::vector<std::vector<std::string>> blocks{{}};
  for (auto line : split_lines(text)) {
    if (trim(line).empty()) {
      if (!blocks.back().empty()) blocks.emplace_back();
      continue;
    }
    for (auto& piece : wrapped(line, 90)) blocks.back().push_back(std::move(piece));
  }
  if (blocks.back().empty()) blocks.pop_back();

  std::string out;
  std::size_t page = 1, on_page = 0;
  const auto emit = [&](std::string_view line) {
    out += line;
    out += '\n';
    ++on_page;
  };
  const auto new_page = [&] {
    if (page == 1) {
      emit("");
      for (const auto& line : f.first_page_footer) emit(line);
    }
    out += '\f';
    ++page;
    on_page = 0;
    if (page == 2) {
      for (const auto& line : f.second_page_header) emit(line);
      if (!f.second_page_header.empty()) emit("");
    }
  };
  bool after_signature = false;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const std::string& first = blocks[b].front();
    // The statistics page after the signature; a section that starts a page.
    if ((after_signature || (section_on_new_page && first == "Supporting complaint and service improvement")) &&
        on_page > 0)
      new_page();
    after_signature = first.starts_with("Amerdeep Somal");
    for (const auto& line : blocks[b]) {
      if (on_page >= page_lines) new_page();
      emit(line);
    }
    if (on_page > 0 && on_page < page_lines && b + 1 < blocks.size()) emit("");
  }
  return out;
}

std::vector<std::string> year_files(std::size_t count) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(LETTERDIFF_TEST_DATA "/year-2023-24/letters"))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  files.resize(std::min(count, files.size()));
  return files;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

std::vector<Document> paged_year(const std::vector<std::string>& files, const PageFurniture& f) {
  std::vector<Document> docs;
  for (std::size_t i = 0; i < files.size(); ++i) {
    Document d;
    d.path = files[i];
    d.text = paged(read_text(files[i]), 40 + (i * 7) % 11, i % 3 == 0, f);
    docs.push_back(std::move(d));
  }
  return docs;
}

std::vector<std::string> described(const LetterReport& r) {
  std::vector<std::string> out;
  for (const auto& v : r.variants) out.push_back(std::string(to_string(v.kind)) + ": " + v.text);
  for (const auto& s : r.slots) out.push_back(s.name + "=" + s.value);
  out.push_back("council=" + r.council);
  out.push_back("date=" + r.date);
  return out;
}

std::vector<std::string> group_furniture_of(const LetterReport& r) {
  std::vector<std::string> out;
  for (const auto& f : r.furniture)
    if (f.reason == kGroupReason) out.push_back(f.text);
  return out;
}

Seam seam(std::initializer_list<std::pair<const char*, bool>> lines) {
  Seam s;
  for (const auto& [text, at_edge] : lines) s.push_back({edge_key(text), at_edge});
  return s;
}

}  // namespace

TEST_CASE("a line each letter carries once at a page break, with other text about it each time, is the group's furniture") {
  // Three letters, the footer at the foot of page 1 between whatever text the break fell in.
  const std::vector<Seam> a{seam({{"the council agreed to", false}, {"Continued overleaf", true}, {"remedy the injustice", true}})};
  const std::vector<Seam> b{seam({{"we investigated for", false}, {"Continued overleaf", true}, {"Housing Ombudsman Service", true}})};
  const std::vector<Seam> c{seam({{"In February, following a", false}, {"Continued overleaf", true}, {"period of consultation", true}})};
  std::vector<const std::vector<Seam>*> letters{&a, &b, &c};
  CHECK(group_edge_furniture(letters) == EdgeFurniture{edge_key("Continued overleaf")});
  CHECK(reads_differently(GroupClues{a, {}, {}}, GroupEvidence{group_edge_furniture(letters), {}}));
  CHECK_FALSE(reads_differently(GroupClues{a, {}, {}}, GroupEvidence{}));

  SECTION("two letters are not enough to tell furniture from chance") {
    letters.pop_back();
    CHECK(group_edge_furniture(letters).empty());
  }
  SECTION("a heading that starts a page in every letter, above the same paragraph, is the letter's") {
    const std::vector<Seam> d{seam({{"Amerdeep Somal, Chair", false}, {"Complaints upheld", true}, {"# of complaints we investigated", true}})};
    const std::vector<Seam> e{seam({{"Amerdeep Somal, Chair", false}, {"Complaints upheld", true}, {"# of complaints we investigated", true}})};
    const std::vector<Seam> g{seam({{"Amerdeep Somal, Chair", false}, {"Complaints upheld", true}, {"# of complaints we investigated", true}})};
    letters = {&d, &e, &g};
    CHECK(group_edge_furniture(letters).empty());
  }
  SECTION("a footer of two lines is furniture, both lines") {
    const std::vector<Seam> d{seam({{"to assess our", false}, {"Independent and free", true}, {"Coventry office", true}, {"impact and improve", false}})};
    const std::vector<Seam> e{seam({{"share the link", false}, {"Independent and free", true}, {"Coventry office", true}, {"with colleagues", false}})};
    const std::vector<Seam> g{seam({{"decisions we uphold", false}, {"Independent and free", true}, {"Coventry office", true}, {"to their council", false}})};
    letters = {&d, &e, &g};
    CHECK(group_edge_furniture(letters) == EdgeFurniture{edge_key("Coventry office"), edge_key("Independent and free")});
  }
}

TEST_CASE("a letter's seams hold the lines about each page break, its page edges marked") {
  const NormalisedText n = normalise(
      "Dear Ms Hale\n\nAnnual Review letter 2023-24\n\nFirst page's text that goes on\n\nContinued overleaf\n\f"
      "Continuation sheet\n\nand the rest of the text.\n\nYours sincerely,\n");
  REQUIRE(n.clues.seams.size() == 1);
  std::vector<std::string> edges;
  for (const auto& line : n.clues.seams[0])
    if (line.at_edge) edges.push_back(line.key);
  CHECK(std::find(edges.begin(), edges.end(), edge_key("Continued overleaf")) != edges.end());
  CHECK(std::find(edges.begin(), edges.end(), edge_key("Continuation sheet")) != edges.end());
  CHECK(std::find(edges.begin(), edges.end(), edge_key("and the rest of the text.")) == edges.end());
  CHECK(normalise("One page only.\n").clues.seams.empty());
}

TEST_CASE("paged letters with a first-page footer and a second-page header report what their unpaged text reports") {
  const auto files = year_files(120);
  std::vector<Document> unpaged;
  for (const auto& f : files) unpaged.push_back({f, read_text(f), 0, false});
  const PipelineRun clean = run_pipeline(std::move(unpaged));

  PageFurniture furniture;
  furniture.first_page_footer = {"Local Government and Social Care Ombudsman", "Independent, impartial and free"};
  furniture.second_page_header = {"Continuation sheet"};
  const PipelineRun run = run_pipeline(paged_year(files, furniture));
  REQUIRE(run.report.letters.size() == clean.report.letters.size());
  std::size_t differing = 0, with_furniture = 0;
  for (std::size_t i = 0; i < run.report.letters.size(); ++i) {
    const LetterReport& made = run.report.letters[i];
    const LetterReport& expected = clean.report.letters[i];
    INFO(made.file);
    if (described(made) != described(expected)) {
      ++differing;
      if (differing <= 3) CHECK(described(made) == described(expected));  // the first few shown in full
    }
    const auto set_apart = group_furniture_of(made);
    // Exactly the lines put there: never the letterhead, a heading or the signature.
    for (const auto& line : set_apart)
      CHECK((line == "Local Government and Social Care Ombudsman" || line == "Independent, impartial and free" ||
             line == "Continuation sheet"));
    if (set_apart.size() == 3) ++with_furniture;
  }
  CHECK(differing == 0);
  CHECK(with_furniture == run.report.letters.size());

  SECTION("without the furniture, paging alone sets nothing apart as the group's") {
    const PipelineRun bare = run_pipeline(paged_year(files, {}));
    for (const auto& letter : bare.report.letters) {
      INFO(letter.file);
      CHECK(group_furniture_of(letter).empty());
      CHECK(described(letter) == described(*std::find_if(clean.report.letters.begin(), clean.report.letters.end(),
                                                         [&](const LetterReport& r) { return r.file == letter.file; })));
    }
  }
}

TEST_CASE("a word one letter breaks at a line-end hyphen keeps its hyphen when another of the group writes it so") {
  GroupClues writes, breaks, other;
  writes.hyphenated = {"place-based", "fit-for"};
  breaks.dehyphenated = {"place-based", "im-provement"};
  const std::vector<const GroupClues*> letters{&writes, &breaks, &other};
  const GroupEvidence evidence = judge_group(letters);
  CHECK(evidence.compounds == std::set<std::string>{"place-based"});  // only what some letter broke
  CHECK(reads_differently(breaks, evidence));
  CHECK_FALSE(reads_differently(writes, evidence));
  CHECK_FALSE(reads_differently(other, evidence));

  const NormalisedText n = normalise("We saw your place-\nbased approach and its im-\nprovement, and my Place-based work.\n");
  CHECK(n.clues.dehyphenated == std::vector<std::string>{"place-based", "im-provement"});
  CHECK(n.clues.hyphenated == std::vector<std::string>{"place-based"});  // written inside a line, lower case
}

TEST_CASE("a remark that breaks a compound at a line end reads as the group's other letters write it") {
  const auto files = year_files(3);
  const std::string remark = "I welcome your Council's place-based approach to complaints about adult social care.";
  const auto with_remark = [&](const std::string& path, const std::string& written) {
    std::string text = read_text(path);
    const auto at = text.find("Yours sincerely");
    REQUIRE(at != std::string::npos);
    return Document{path, text.insert(at, written + "\n\n"), 0, false};
  };
  const std::string broken = "I welcome your Council's place-\nbased approach to complaints about adult social care.";
  const auto remark_of = [](const PipelineRun& run, const std::string& file) {
    for (const auto& r : run.report.letters)
      if (r.file == file)
        for (const auto& v : r.variants)
          if (v.text.find("approach to complaints") != std::string::npos) return v.text;
    return std::string();
  };

  // Another letter writes the word, in a remark of its own.
  std::vector<Document> docs{with_remark(files[0], "We noted the place-based housing work of your Council."),
                             with_remark(files[1], broken), {files[2], read_text(files[2]), 0, false}};
  CHECK(remark_of(run_pipeline(std::move(docs)), files[1]) == remark);

  SECTION("alone, the letter's line-end hyphen is undone") {
    std::vector<Document> alone{with_remark(files[1], broken), {files[2], read_text(files[2]), 0, false}};
    CHECK(remark_of(run_pipeline(std::move(alone)), files[1]) ==
          "I welcome your Council's placebased approach to complaints about adult social care.");
  }
}
