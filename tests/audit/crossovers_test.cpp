#include <catch2/catch.hpp>

#include "audit/audit.h"
#include "support/letter_builder.h"
#include "support/pipeline_run.h"

using namespace letterdiff;
using namespace letterdiff::testing;

TEST_CASE("a remark of the older year that became boilerplate, and boilerplate that became a remark") {
  const std::string remark = "We are pleased that your council adopted the Complaint Handling Code early this year.";
  const std::string retired = "We held link officer seminars in London, Bristol, Leeds and Birmingham this spring.";
  std::vector<Document> docs;
  for (int i = 0; i < 4; ++i) {
    LetterSpec old_year;
    old_year.title = "Annual Review letter 2021";
    old_year.council = council_name(i);
    old_year.body = boilerplate();
    old_year.body.push_back(retired);
    if (i == 0) old_year.body.insert(old_year.body.begin() + 3, remark);  // 1 of 4: below the template threshold
    docs.push_back(document("2021_" + std::to_string(i) + ".txt", render(old_year)));
    LetterSpec new_year;
    new_year.title = "Annual Review letter 2022";
    new_year.council = council_name(i);
    new_year.body = boilerplate();
    new_year.body.insert(new_year.body.begin() + 3, remark);
    if (i == 3) new_year.body.push_back(retired);
    docs.push_back(document("2022_" + std::to_string(i) + ".txt", render(new_year)));
  }
  const LearntRun run = learn_documents(std::move(docs));
  const Vocabulary& vocabulary = run.templates.vocabulary();
  Audit audit = audit_templates(run.tpl("2021"), run.tpl("2022"), vocabulary);
  find_crossovers(audit, run.tpl("2021"), run.letters("2021"), run.tpl("2022"), run.letters("2022"), vocabulary);
  REQUIRE(audit.became_boilerplate.size() == 1);
  CHECK(audit.became_boilerplate[0].text == remark);
  CHECK(audit.became_boilerplate[0].councils == std::vector<std::string>{council_name(0)});
  REQUIRE(audit.became_occasional.size() == 1);
  CHECK(audit.became_occasional[0].text == retired);
  CHECK(audit.became_occasional[0].councils == std::vector<std::string>{council_name(3)});
}
