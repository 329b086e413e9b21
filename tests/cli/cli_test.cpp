// The letterdiff binary as a user runs it: exit status, messages, files written.
#include <catch2/catch.hpp>

#include "support/program_run.h"
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;  // stdout, then stderr when asked
};

Run run(const std::string& args, bool with_stderr = false) {
  const auto r = letterdiff::testing::run_program(args);
  return {r.status, with_stderr ? r.out + r.err : r.out};
}

const std::string kLetters = LETTERDIFF_TEST_DATA "/letters";

fs::path fresh_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("letterdiff_cli_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("the version and help flags exit 0 - a usage error exits 2") {
  CHECK(run("--version").out.starts_with("letterdiff "));
  CHECK(run("--version").status == 0);
  CHECK(run("report --help").status == 0);
  CHECK(run("report --help").out.find("--templates") != std::string::npos);
  CHECK(run("").status == 2);
  CHECK(run("report").status == 2);
  CHECK(run("report " + kLetters + " --format pdf").status == 2);
  CHECK(run("frobnicate").status == 2);
}

TEST_CASE("learn writes one readable template per group, loadable again by report") {
  const auto dir = fresh_dir("learn");
  const auto r = run("learn " + kLetters + " -o " + dir.string());
  CHECK(r.status == 0);
  for (auto g : {"2018", "2020", "2023-24"}) CHECK(fs::exists(dir / (std::string(g) + ".tpl")));
  std::ifstream in(dir / "2023-24.tpl");
  const std::string tpl((std::istreambuf_iterator<char>(in)), {});
  CHECK(tpl.find("[6] 3/3 text\nDear {{recipient:person}}\n") != std::string::npos);
  const auto again = run("report " + kLetters + " --templates " + dir.string() + " --format json");
  CHECK(again.status == 0);
  CHECK(again.out == run("report " + kLetters + " --format json").out);
  fs::remove_all(dir);
}

TEST_CASE("report -o writes one file per council plus an index, in every format asked for") {
  const auto dir = fresh_dir("report");
  std::ofstream(dir / "notes.txt") << "mine";
  CHECK(run("report " + kLetters + " --format md,json,text -o " + dir.string()).status == 0);
  for (auto ext : {"md", "json", "txt"}) {
    CHECK(fs::exists(dir / (std::string("index.") + ext)));
    CHECK(fs::exists(dir / (std::string("2023-24_royal-borough-of-kingston-upon-thames.") + ext)));
  }
  CHECK(fs::exists(dir / "notes.txt"));  // files the tool did not write are left alone
  for (const auto& e : fs::directory_iterator(dir)) CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("bad inputs are named, the rest is still reported, and the exit status is 2") {
  const auto dir = fresh_dir("bad");
  fs::copy(kLetters, dir / "letters");
  std::ofstream(dir / "letters" / "empty.txt");
  std::ofstream(dir / "letters" / "binary.txt", std::ios::binary) << std::string("\0\x01\x02zip", 6);
  const auto r = run("report " + (dir / "letters").string() + " " + (dir / "missing").string() + " --format json", true);
  CHECK(r.status == 2);
  CHECK(r.out.find("empty.txt: error: empty file") != std::string::npos);
  CHECK(r.out.find("binary.txt:1: error: contains NUL bytes") != std::string::npos);
  CHECK(r.out.find("missing: error: no such file") != std::string::npos);
  CHECK(r.out.find("Achieving for Children") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("diff shows a letter against its shipped template wdiff style, without colour off a terminal, exit 1 when it differs") {
  const auto r = run("diff " + kLetters + "/2023-24_kingston-upon-thames.txt --templates " LETTERDIFF_TEST_DATA
                     "/../../templates");
  CHECK(r.status == 1);  // Kingston's training paragraph
  CHECK(run("diff " + kLetters + "/2023-24_kingston-upon-thames.txt").out == r.out);  // the shipped ones by default
  CHECK(run("diff " + kLetters + "/2023-24_knowsley.txt").status == 0);  // nothing but template and slots
  CHECK(r.out.find("{+We were pleased to deliver two online complaint handling courses") != std::string::npos);
  CHECK(r.out.find("Dear Ms Ireland") != std::string::npos);
  CHECK(r.out.find("\x1b[") == std::string::npos);
  CHECK(run("diff " + kLetters + "/2023-24_knowsley.txt --color always --templates " LETTERDIFF_TEST_DATA
            "/../../templates").out.find("{+") == std::string::npos);
  const auto coloured = run("diff " + kLetters + "/2023-24_kingston-upon-thames.txt --color always --templates " +
                            LETTERDIFF_TEST_DATA "/../../templates");
  CHECK(coloured.out.find("\x1b[32m{+We were pleased") != std::string::npos);
}

TEST_CASE("diff with no template for the letter's group says how to get one") {
  const auto dir = fresh_dir("notpl");
  const auto r = run("diff " + kLetters + "/2018_kent.txt --templates " + dir.string(), true);
  CHECK(r.status == 2);
  CHECK(r.out.find("no template for group 2018") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("the same letters give byte-identical reports whatever order the files are given in") {
  const std::string a = kLetters + "/2018_kent.txt", b = kLetters + "/2023-24_knowsley.txt",
                    c = kLetters + "/2023-24_kingston-upon-thames.txt", d = kLetters + "/2023-24_rotherham.txt";
  const auto forward = run("report " + a + " " + b + " " + c + " " + d + " --format json");
  const auto backward = run("report " + d + " " + c + " " + b + " " + a + " --format json");
  CHECK(forward.status == 0);
  CHECK(forward.out == backward.out);
  CHECK(forward.out.find("Achieving for Children") != std::string::npos);
}

TEST_CASE("with no letter read, report prints no empty report and says why") {
  const auto r = run("report /no/such/folder", true);
  CHECK(r.status == 2);
  CHECK(r.out == "letterdiff: /no/such/folder: error: no such file or folder\n"
                 "letterdiff: error: no letters read: nothing to do\n");
  CHECK(run("diff " LETTERDIFF_TEST_DATA "/letters").status == 2);
}

TEST_CASE("report writes the digest into its index, and Kingston's line names the training topic") {
  const auto dir = fresh_dir("digest");
  CHECK(run("report " + kLetters + " --format md,json -o " + dir.string()).status == 0);
  std::ifstream in(dir / "index.md");
  const std::string md((std::istreambuf_iterator<char>(in)), {});
  CHECK(md.find("## Digest") != std::string::npos);
  CHECK(md.find("- **Royal Borough of Kingston upon Thames** (2023-24): 1 inserted, 0 modified, 0 omitted: training") !=
        std::string::npos);
  CHECK(md.find("1 of 3 councils in years with two or more letters got council-specific content, on: praise (1), training (1).") !=
        std::string::npos);
  std::ifstream json(dir / "index.json");
  const std::string j((std::istreambuf_iterator<char>(json)), {});
  CHECK(j.find("\"digest\": {") != std::string::npos);
  CHECK(j.find("\"topics\": [\n            \"training\"") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("audit of the sample letters' years, as text, JSON and a timeline") {
  const auto text = run("audit " + kLetters + " --group 2020 --group 2023-24");
  CHECK(text.status == 0);
  CHECK(text.out.starts_with("letterdiff audit: 2020 -> 2023-24\nsummary: "));
  CHECK(text.out.find("\"authority\" -> \"organisation\"") != std::string::npos);
  const auto json = run("audit " + kLetters + " --group 2018 --group 2020 --format json");
  CHECK(json.out.find("\"schema\": \"letterdiff/audit-v1\"") != std::string::npos);
  CHECK(json.out.find("\"kind\": \"removed\",\n      \"from_text\": \"Future development of annual review letters\"") !=
        std::string::npos);
  const auto timeline = run("audit " + kLetters + " --timeline");
  CHECK(timeline.out.find("letterdiff audit: 2018 -> 2020") < timeline.out.find("letterdiff audit: 2020 -> 2023-24"));
  CHECK(run("audit " + kLetters).status == 2);  // three years: which two?
  const auto tpl = run("audit " LETTERDIFF_TEST_DATA "/../../templates/2020.tpl " LETTERDIFF_TEST_DATA
                       "/../../templates/2023-24.tpl --format md");
  CHECK(tpl.status == 0);
  CHECK(tpl.out.starts_with("# Template audit: 2020 → 2023-24"));
}

TEST_CASE("audit -o writes each pair of years as text, Markdown, JSON and HTML, and may run again") {
  const auto dir = fresh_dir("audit");
  std::ofstream(dir / "notes.txt") << "mine";
  for (int pass = 0; pass < 2; ++pass) {
    const auto r = run("audit " + kLetters + " --timeline -o " + dir.string());
    CHECK(r.status == 0);
    CHECK(r.out.empty());  // nothing on standard output: the files are the result
  }
  for (auto pair : {"2018-2020", "2020-2023-24"})
    for (auto ext : {"txt", "md", "json", "html"}) CHECK(fs::exists(dir / fmt::format("audit-{}.{}", pair, ext)));
  std::ifstream text(dir / "audit-2020-2023-24.txt");
  std::string first;
  std::getline(text, first);
  CHECK(first == "letterdiff audit: 2020 -> 2023-24");
  CHECK(fs::exists(dir / "notes.txt"));
  CHECK(run("audit " + kLetters + " --timeline -o " + kLetters + "/out").status == 2);  // never among the inputs
  CHECK_FALSE(fs::exists(kLetters + "/out"));
  fs::remove_all(dir);
}

TEST_CASE("verify accounts for every word of every sample letter and says so, with the ledger on request") {
  const auto r = run("verify " + kLetters + " --ledger --width 0");  // one line per letter, as before wrapping
  CHECK(r.status == 0);
  CHECK(r.out.find("2023-24_rotherham.txt: 893/893 words accounted for (100.0%), 3 of them furniture") !=
        std::string::npos);
  CHECK(r.out.find("line 1: furniture set apart: committee-pack label: Appendix Two") != std::string::npos);
  CHECK(r.out.find("5 of 5 letters fully accounted for") != std::string::npos);
}

TEST_CASE("verify --format json says where the report put every word of each letter") {
  const auto r = run("verify " + kLetters + " --format json");
  CHECK(r.status == 0);
  const auto json = nlohmann::json::parse(r.out);
  CHECK(json["schema"] == "letterdiff/verify-v1");
  REQUIRE(json["letters"].size() == 5);
  for (const auto& l : json["letters"]) {
    int slots = 0;
    for (const auto& [type, n] : l["slots"].items()) slots += n.get<int>();
    CHECK(l["template"].get<int>() + slots + l["variants"].get<int>() + l["furniture"].get<int>() ==
          l["accounted"].get<int>());
    CHECK(l["accounted"] == l["total"]);
    CHECK(l["slots"]["person"].get<int>() > 0);
  }
  CHECK(json["letters"][2]["variants"].get<int>() > 30);  // Kingston's training-courses paragraph
  CHECK(json["letters"][3]["variants"] == 0);
  CHECK(run("verify " + kLetters + " --format yaml").status == 2);
}

TEST_CASE("the report is byte-identical for any number of jobs") {
  const std::vector<std::string> inputs = {kLetters, LETTERDIFF_TEST_DATA "/pdf/kingston.pdf"};
  const std::string args = "report " + kLetters + " " LETTERDIFF_TEST_DATA "/pdf/kingston.pdf --format json";
  const auto one = run(args + " --jobs 1");
  CHECK(one.status == 0);
  CHECK(one.out.size() > 1000);
  for (int jobs : {2, 3, 8}) CHECK(run(args + " --jobs " + std::to_string(jobs)).out == one.out);
  CHECK(run("report " + kLetters + " --jobs 0").status == 2);
}

TEST_CASE("html needs an output folder and writes a page per letter, an index and a page per template") {
  CHECK(run("report " + kLetters + " --format html").status == 2);
  const auto dir = fresh_dir("html");
  CHECK(run("report " + kLetters + " --format html,csv -o " + dir.string()).status == 0);
  for (auto page : {"index.html", "template-2023-24.html", "2018_kent-county-council.html", "letters.csv"})
    CHECK(fs::exists(dir / page));
  std::ifstream in(dir / "template-2023-24.html");
  const std::string tpl((std::istreambuf_iterator<char>(in)), {});
  // Slots as chips naming the slot and its type; each paragraph's tier and support.
  CHECK(tpl.find("<span class=\"chip\" title=\"slot recipient of type person\">recipient <small>person</small></span>") !=
        std::string::npos);
  CHECK(tpl.find("{{") == std::string::npos);
  CHECK(tpl.find("<span class=\"tier core\">core</span> <span class=\"bar core\" role=\"img\" aria-label=\"3 of 3 "
                 "letters\"><span style=\"width:100%\"></span></span> 3/3 letters") != std::string::npos);
  CHECK(fs::exists(dir / "letterdiff.css"));
  // Pages are made and written on several threads: the same site, byte for byte.
  const auto again = fresh_dir("html-jobs");
  CHECK(run("report " + kLetters + " --format html,csv --jobs 3 -o " + again.string()).status == 0);
  std::size_t compared = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    INFO(e.path().filename());
    const auto bytes = [](const fs::path& p) {
      std::ifstream f(p, std::ios::binary);
      return std::string((std::istreambuf_iterator<char>(f)), {});
    };
    CHECK(bytes(e.path()) == bytes(again / e.path().filename()));
    ++compared;
  }
  CHECK(compared >= 12);
  fs::remove_all(again);
  const auto csv = run("report " + kLetters + " --format csv");
  CHECK(csv.out.starts_with("file,group,council,recipient,role,date,date_written,uphold_rate_percent,"));
  const auto audit = run("audit " + kLetters + " --group 2018 --group 2020 --format html");
  CHECK(audit.out.find("<table class=\"audit\">") != std::string::npos);
  CHECK(audit.out.find("<del>58</del>") != std::string::npos);
  CHECK(audit.out.find("<ins>118</ins>") != std::string::npos);
  fs::remove_all(dir);
}
