#include <catch2/catch.hpp>

#include "align/alignment.h"
#include "segment/tokenize.h"

using namespace letterdiff;

namespace {

// A template and a letter given as paragraphs, aligned.
struct Case {
  Vocabulary v;
  Template tpl;
  Letter letter;
  Alignment result;

  Case(std::vector<std::string> tpl_paragraphs, std::vector<std::string> letter_paragraphs) {
    tpl.group = "g";
    tpl.letters = 3;
    for (auto& p : tpl_paragraphs) tpl.paragraphs.push_back({p, ParagraphKind::text, 3, {}});
    tokenize_template(tpl, v);
    for (const auto& p : letter_paragraphs) {
      if (!letter.normalised.text.empty()) letter.normalised.text += "\n\n";
      Paragraph para;
      para.begin = static_cast<std::uint32_t>(letter.normalised.text.size());
      letter.normalised.text += p;
      para.end = static_cast<std::uint32_t>(letter.normalised.text.size());
      letter.normalised.paragraphs.push_back(para);
    }
    for (const auto& p : letter.normalised.paragraphs)
      letter.tokens.push_back(tokenize(letter.normalised.text, p.begin, p.end, v));
    result = align(letter, TemplateMatcher(tpl, v));
  }

  std::vector<EntryKind> kinds() const {
    std::vector<EntryKind> out;
    for (const auto& e : result.entries) out.push_back(e.kind);
    return out;
  }
};

const std::string A = "I write to you with your annual summary of complaint statistics.";
const std::string B = "Our statistics focus on three key areas that help assess your commitment.";
const std::string C = "Failure to comply is rare and a compliance rate below 100% is a cause for concern.";
const std::string D = "Returning to the theme of continuous improvement, we recognise the importance of reflection.";

using K = EntryKind;

}  // namespace

TEST_CASE("a letter equal to its template is template paragraphs only") {
  Case c({A, B, C}, {A, B, C});
  CHECK(c.kinds() == std::vector<K>{K::template_text, K::template_text, K::template_text});
}

TEST_CASE("an extra paragraph is inserted where it stands") {
  Case c({A, B, C}, {A, "We were pleased to deliver two online courses to your staff.", B, C});
  CHECK(c.kinds() == std::vector<K>{K::template_text, K::inserted, K::template_text, K::template_text});
  CHECK(c.result.entries[1].letter_begin == 1);
}

TEST_CASE("a missing template paragraph is omitted where it would have stood") {
  Case c({A, B, C}, {A, C});
  CHECK(c.kinds() == std::vector<K>{K::template_text, K::omitted, K::template_text});
  CHECK(c.result.entries[1].template_begin == 1);
}

TEST_CASE("a reworded paragraph is modified, with its word runs") {
  Case c({A, B, C}, {A, "Our statistics focus on four key areas that help assess your commitment.", C});
  REQUIRE(c.kinds() == std::vector<K>{K::template_text, K::modified, K::template_text});
  CHECK(c.result.entries[1].words.changed == 2);
}

TEST_CASE("a paragraph out of the template's order is moved, not inserted and omitted") {
  Case c({A, B, C, D}, {A, C, D, B});
  CHECK(c.kinds() == std::vector<K>{K::template_text, K::template_text, K::template_text, K::moved});
  CHECK(c.result.entries[3].template_begin == 1);
}

TEST_CASE("two template paragraphs printed as one letter paragraph are one template entry") {
  Case c({"Local Government & Social Care OMBUDSMAN", "50 years 1974 - 2024", A},
         {"Local Government & Social Care OMBUDSMAN 50 years 1974 - 2024", A});
  REQUIRE(c.kinds() == std::vector<K>{K::template_text, K::template_text});
  CHECK(c.result.entries[0].template_end - c.result.entries[0].template_begin == 2);
}

TEST_CASE("one template paragraph split in two by the letter, both halves capitalised, is one entry") {
  Case c({A, "Your responses will help us. We want to gather a range of views from organisations.", C},
         {A, "Your responses will help us.", "We want to gather a range of views from organisations.", C});
  REQUIRE(c.kinds() == std::vector<K>{K::template_text, K::template_text, K::template_text});
  CHECK(c.result.entries[1].letter_end - c.result.entries[1].letter_begin == 2);
}

TEST_CASE("an inserted paragraph next to an exact one is not merged into it") {
  Case c({A, B}, {A, "Our statistics focus on something else entirely for you.", B});
  CHECK(c.kinds() == std::vector<K>{K::template_text, K::inserted, K::template_text});
}

TEST_CASE("a paragraph carried whole with a council's sentences added is modified, even past a lacking paragraph") {
  const std::string added = " I am troubled that the Council at first refused the remedy we recommended in a highways "
                            "complaint. It took the threat of a further report before it agreed to pay. I expect our "
                            "recommendations to be implemented in full.";
  SECTION("appended to the paragraph") {
    Case c({A, B, D}, {A, B + added, D});
    REQUIRE(c.kinds() == std::vector<K>{K::template_text, K::modified, K::template_text});
    CHECK(c.result.entries[1].template_begin == 1);
  }
  SECTION("a standard paragraph the letter lacks stands between") {
    Case c({A, B, C, D}, {A, B + added, D});
    REQUIRE(c.kinds() == std::vector<K>{K::template_text, K::modified, K::omitted, K::template_text});
    CHECK(c.result.entries[1].template_begin == 1);
    CHECK(c.result.entries[2].template_begin == 2);
    CHECK(c.result.entries[2].letter_begin == 2);  // after the letter's paragraph it follows
  }
  SECTION("a short template paragraph inside a long remark is chance, not a version of it") {
    Case c({A, "Yours sincerely,", D}, {A, "Yours sincerely, and with thanks for the many changes your Council has "
                                           "made to the way it handles complaints about its housing services.", D});
    CHECK(c.kinds() == std::vector<K>{K::template_text, K::omitted, K::inserted, K::template_text});
  }
}
