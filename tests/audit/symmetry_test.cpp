// Three generated years, each learnt from its own letters as `audit` learns them, the
// wording moving on between them as the real years' does (dates rolled over, a
// paragraph split, one reworded, one added, one dropped, the signatory changed):
// every pair audited both ways must give mirror images.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "audit/audit.h"
#include "support/letter_builder.h"
#include "support/pipeline_run.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

using K = ChangeKind;

struct Year {
  std::string group, date, signatory;
  std::vector<std::string> body;
};

std::vector<Year> years() {
  std::vector<std::string> a = boilerplate();
  a[0] = "I write to you with your annual summary of complaint statistics for the year ending 31 March 2022. The "
         "information offers valuable insight about your organisation's approach to complaints.";
  std::vector<std::string> b = a;
  b[0] = "I write to you with your annual summary of complaint statistics for the year ending 31 March 2023. The "
         "information offers valuable insight about your organisation's approach to complaints.";
  // The training paragraph split in two; the comparison reworded; a paragraph added.
  b[6] = "Our successful complaint handling training programme continues to develop with new modules available soon.";
  b.insert(b.begin() + 7, "To find out more visit www.lgo.org.uk/training.");
  b[5] = "Finally, we compare the three key annual statistics for your organisation with similar organisations to "
         "provide a fair marker of performance across the sector.";
  b.push_back("This year we also publish a review of complaints about adult social care providers, which we hope "
              "councils will read alongside this letter.");
  std::vector<std::string> c = b;
  c[0] = "I write to you with your annual summary of complaint statistics for the year ending 31 March 2024. The "
         "information offers valuable insight about your organisation's approach to complaints.";
  c.erase(c.begin() + 3);  // "Complaints upheld" dropped
  return {{"2021-22", "20 July 2022", "Michael King Local Government and Social Care Ombudsman", a},
          {"2022-23", "19 July 2023", "Paul Najsarek Interim Local Government and Social Care Ombudsman", b},
          {"2023-24", "17 July 2024", "Amerdeep Somal Local Government and Social Care Ombudsman", c}};
}

LearntRun learn_years() {
  std::vector<Document> documents;
  for (const auto& y : years())
    for (int i = 0; i < 6; ++i) {
      LetterSpec spec;
      spec.council = council_name(i);
      spec.recipient = fmt::format("Ms Example{}", i);
      spec.date = y.date;
      spec.title = "Annual Review letter " + y.group;
      spec.body = y.body;
      std::string text = render(spec);
      const auto signed_by = text.find("Amerdeep Somal Local Government and Social Care Ombudsman");
      text.replace(signed_by, std::string::npos, y.signatory + "\n");
      documents.push_back(document(fmt::format("{}/{}.txt", y.group, i), std::move(text)));
    }
  return learn_documents(std::move(documents));
}

K mirror(K k) {
  return k == K::added ? K::removed : k == K::removed ? K::added : k == K::split ? K::merged
       : k == K::merged ? K::split : k;
}

}  // namespace

TEST_CASE("on generated years, each pair audited backwards is the mirror of the audit forwards") {
  const LearntRun run = learn_years();
  const Vocabulary& v = run.templates.vocabulary();
  const auto kinds = [](const Audit& a) {
    std::vector<K> out;
    for (const auto& c : a.changes) out.push_back(c.kind);
    return out;
  };
  const Audit first = audit_templates(run.tpl("2021-22"), run.tpl("2022-23"), v);
  // The title and the year ending roll over; the rest are real changes, the signatory's included.
  CHECK(first.count(K::dates) == 2);
  CHECK(first.count(K::split) == 1);
  CHECK(first.count(K::added) == 1);
  CHECK(first.count(K::reworded) == 2);  // the comparison, and the Ombudsman who signs
  const Audit second = audit_templates(run.tpl("2022-23"), run.tpl("2023-24"), v);
  CHECK(second.count(K::removed) == 1);
  for (const auto& [older, newer] : {std::pair{"2021-22", "2022-23"}, {"2022-23", "2023-24"}, {"2021-22", "2023-24"}}) {
    INFO(older << " -> " << newer);
    const Audit forward = audit_templates(run.tpl(older), run.tpl(newer), v);
    const Audit back = audit_templates(run.tpl(newer), run.tpl(older), v);
    CHECK(back.from == newer);
    CHECK(back.to == older);
    REQUIRE(back.changes.size() == forward.changes.size());
    std::vector<K> mirrored;
    for (K k : kinds(forward)) mirrored.push_back(mirror(k));
    CHECK(kinds(back) == mirrored);
    for (std::size_t i = 0; i < back.changes.size(); ++i) {
      const TemplateChange &f = forward.changes[i], &b = back.changes[i];
      CHECK(b.from_paragraphs == f.to_paragraphs);
      CHECK(b.to_paragraphs == f.from_paragraphs);
      CHECK(b.from_text == f.to_text);
      CHECK(b.inserted == f.deleted);
      CHECK(b.deleted == f.inserted);
      CHECK(b.words_changed == f.words_changed);
      REQUIRE(b.date_moves.size() == f.date_moves.size());
      for (std::size_t d = 0; d < b.date_moves.size(); ++d) CHECK(b.date_moves[d].from == f.date_moves[d].to);
    }
  }
}
