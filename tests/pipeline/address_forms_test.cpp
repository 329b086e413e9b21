// The real Knowsley letter sent to ten councils whose address lines take every form
// the Ombudsman's letters use: the address is template and slots in each, never content.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support/letter_builder.h"
#include "support/pipeline_run.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

std::string knowsley() {
  std::ifstream in(LETTERDIFF_TEST_DATA "/letters/2023-24_knowsley.txt");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("address lines of every form are the address's slots, and the council and recipient are read right") {
  struct Form {
    std::string address, dear, council, recipient, role;
  };
  const std::vector<Form> forms = {
      {"Mr Harden Chief Executive Knowsley Metropolitan Borough Council", "Dear Mr Harden",
       "Knowsley Metropolitan Borough Council", "Mr Harden", "Chief Executive"},
      {"Ms Jane Smith Director of Children's Services Barset County Council", "Dear Ms Smith", "Barset County Council",
       "Ms Smith", "Director of Children's Services"},
      {"Sadiq Khan Mayor of London Greater London Authority", "Dear Mayor", "Greater London Authority", "Sadiq Khan",
       "Mayor of London"},
      {"Mr Ian Brown Chief Executive Adur and Worthing Councils", "Dear Mr Brown,", "Adur and Worthing Councils",
       "Mr Brown", "Chief Executive"},
      {"Mrs Ann Lee Chief Executive Wyre Forest District Council Civic Centre Stourport-on-Severn DY13 8UJ",
       "Dear Mrs Lee", "Wyre Forest District Council", "Mrs Lee", "Chief Executive"},
      {"Dr Paul Ng Interim Chief Executive Kent County Council", "Dear Dr Ng", "Kent County Council", "Dr Ng",
       "Interim Chief Executive"},
      {"Mr Tom Hale Chief Executive and Head of Paid Service Mole Valley District Council", "Dear Tom",
       "Mole Valley District Council", "Tom", "Chief Executive and Head of Paid Service"},
      {"Ms Kay Orr Managing Director Rotherham Metropolitan Borough Council", "Dear Ms Orr",
       "Rotherham Metropolitan Borough Council", "Ms Orr", "Managing Director"},
      {"Mr Joe Dunn Chief Executive Babergh District Council and Mid Suffolk District Council", "Dear Mr Dunn",
       "Babergh District Council and Mid Suffolk District Council", "Mr Dunn", "Chief Executive"},
      {"Cllr Amy West Leader of the Council Barset Borough Council", "Dear Cllr West", "Barset Borough Council",
       "Cllr West", "Leader of the Council"},
      // A first name the letter's body gives someone else ("Paul Najsarek steered the organisation").
      {"Paul Kemp Chief Executive Holby Borough Council", "Dear Paul,", "Holby Borough Council", "Paul",
       "Chief Executive"},
  };
  std::vector<Document> docs;
  for (std::size_t i = 0; i < forms.size(); ++i)
    docs.push_back(document("2023-24_" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ".txt",
                            replaced(replaced(knowsley(), "Mr Harden Chief Executive Knowsley Metropolitan Borough Council",
                                              forms[i].address),
                                     "Dear Mr Harden", forms[i].dear)));
  const PipelineRun run = run_pipeline(std::move(docs));
  REQUIRE(run.report.letters.size() == forms.size());
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const LetterReport& l = run.report.letters[i];
    INFO(forms[i].address);
    CHECK(l.council == forms[i].council);
    CHECK(l.recipient == forms[i].recipient);
    std::string role;
    for (const auto& s : l.slots)
      if (s.name == "role") role = s.value;
    CHECK(role == forms[i].role);
    for (const auto& v : l.variants) UNSCOPED_INFO(v.text);
    CHECK(l.variants.empty());
  }
}
