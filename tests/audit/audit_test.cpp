#include <catch2/catch.hpp>

#include "audit/audit.h"
#include "report/audit_formats.h"

using namespace letterdiff;

namespace {

// Two made-up templates of a few paragraphs each, audited.
struct Pair {
  Vocabulary v;
  Template older, newer;
  Audit audit;

  Pair(std::vector<std::string> old_paragraphs, std::vector<std::string> new_paragraphs) {
    older = make("2020", old_paragraphs);
    newer = make("2021", new_paragraphs);
    audit = audit_templates(older, newer, v);
  }
  Template make(std::string group, const std::vector<std::string>& paragraphs) {
    Template t{std::move(group), 3, {}};
    for (const auto& p : paragraphs) {
      const bool heading = p.size() < 30 && p.back() != '.';
      t.paragraphs.push_back({p, heading ? ParagraphKind::heading : ParagraphKind::text, 3, {}});
    }
    tokenize_template(t, v);
    return t;
  }
  std::vector<ChangeKind> kinds() const {
    std::vector<ChangeKind> out;
    for (const auto& c : audit.changes) out.push_back(c.kind);
    return out;
  }
};

const std::string A = "I write to you with our annual summary of statistics about your authority for the year.";
const std::string B = "We uphold complaints when we find fault in an authority's actions before we investigated.";
const std::string C = "Failure to comply with our recommendations is rare and a cause for concern to us all.";
const std::string D = "To find out more about our training courses visit our website or get in touch with us.";

using K = ChangeKind;

}  // namespace

TEST_CASE("identical templates have no changes") {
  Pair p({A, B, C}, {A, B, C});
  CHECK(p.audit.changes.empty());
  CHECK(p.audit.from == "2020");
  CHECK(p.audit.to == "2021");
}

TEST_CASE("a paragraph only the newer template has is added, one only the older has is removed") {
  Pair p({A, B, C}, {A, C, "The Complaint Handling Code is issued to councils under our powers this year."});
  CHECK(p.kinds() == std::vector<K>{K::removed, K::added});
  CHECK(p.audit.changes[0].from_text == B);
  CHECK(p.audit.changes[0].from_paragraph == 2);
  CHECK(p.audit.changes[1].to_paragraph == 3);
}

TEST_CASE("a reworded paragraph shows its word-level changes, figures included") {
  Pair p({"We delivered 58 courses, training more than 800 people this year."},
         {"We delivered 118 courses, training more than 1,400 people this year."});
  REQUIRE(p.kinds() == std::vector<K>{K::reworded});
  CHECK(p.audit.changes[0].deleted == std::vector<std::string>{"58", "800"});
  CHECK(p.audit.changes[0].inserted == std::vector<std::string>{"118", "1,400"});
}

TEST_CASE("a paragraph out of the old order is moved") {
  Pair p({A, B, C, D}, {A, C, D, B});
  CHECK(p.kinds() == std::vector<K>{K::moved});
  CHECK(p.audit.changes[0].from_paragraph == 2);
  CHECK(p.audit.changes[0].to_paragraph == 4);
}

TEST_CASE("one paragraph becoming two is split, two becoming one is merged") {
  const std::string first = "We uphold complaints when we find fault in an authority's actions.";
  const std::string second = "We include the total number of investigations completed for context.";
  Pair split({A, first + " " + second, C}, {A, first, second, C});
  REQUIRE(split.kinds() == std::vector<K>{K::split});
  CHECK(split.audit.changes[0].from_paragraphs == std::vector<int>{2});
  CHECK(split.audit.changes[0].to_paragraphs == std::vector<int>{2, 3});
  Pair merged({A, first, second, C}, {A, first + " " + second, C});
  REQUIRE(merged.kinds() == std::vector<K>{K::merged});
  CHECK(merged.audit.changes[0].from_paragraphs == std::vector<int>{2, 3});
  CHECK(merged.audit.changes[0].to_paragraphs == std::vector<int>{2});
  // Every format names every paragraph on both sides.
  for (const Format f : {Format::text, Format::markdown, Format::html}) {
    const std::string out = render_audits({merged.audit}, f, false);
    const bool named = out.find("2020 ¶2+¶3 -> 2021 ¶2") != std::string::npos ||
                       out.find("2020 ¶2+¶3 -&gt; 2021 ¶2") != std::string::npos;
    CHECK(named);
  }
  const std::string json = render_audits({split.audit}, Format::json, false);
  CHECK(json.find("\"to_paragraphs\": [\n        2,\n        3\n      ]") != std::string::npos);
}

TEST_CASE("a slot in one template facing a value in the other is not a wording change") {
  Pair p({"Dear {{recipient:person}}, we delivered {{courses:number}} courses this year to your staff."},
         {"Dear {{recipient:person}}, we delivered 118 courses this year to your staff."});
  CHECK(p.audit.changes.empty());
}

TEST_CASE("changes carry the heading they sit under") {
  Pair p({"Complaint statistics", A, B}, {"Complaint statistics", A, B, C});
  REQUIRE(p.kinds() == std::vector<K>{K::added});
  CHECK(p.audit.changes[0].section == "Complaint statistics");
}

TEST_CASE("a paragraph rewritten in place is reworded even when it keeps only its opening") {
  Pair p({A, "Given the exceptional pressures of recent months, I thought carefully about whether to write.", C},
         {A, "Given the exceptional pressures, we will continue to hold organisations to account for the public.", C});
  CHECK(p.kinds() == std::vector<K>{K::reworded});
}

TEST_CASE("substitutions that recur across the template are counted, possessives folded") {
  Pair p({"Fault in an authority's actions where the authority accepted fault.",
          "We compare your authority with similar councils each year."},
         {"Fault in an organisation's actions where the organisation accepted fault.",
          "We compare your organisation with similar councils each year."});
  REQUIRE(p.audit.terms.size() == 1);
  CHECK(p.audit.terms[0].from == "authority");
  CHECK(p.audit.terms[0].to == "organisation");
  CHECK(p.audit.terms[0].count == 3);
}

TEST_CASE("changed figures are not counted as vocabulary") {
  std::vector<TemplateChange> changes(1);
  changes[0].pieces = {{WordOp::deleted, "58", ""}, {WordOp::inserted, "118", ""}, {WordOp::equal, " and ", ""},
                       {WordOp::deleted, "58", ""}, {WordOp::inserted, "118", ""}};
  CHECK(recurring_substitutions(changes).empty());
}

TEST_CASE("a paragraph whose only changes are its dates and years moving on is a roll-over, not a rewording") {
  const std::string title_old = "Annual Review letter 2022-23", title_new = "Annual Review letter 2023-24";
  const std::string upload_old = "Your annual data will be uploaded to our interactive map on 27 July 2022 for all.";
  const std::string upload_new = "Your annual data will be uploaded to our interactive map on 24 July 2024 for all.";
  const std::string period_old = "Statistics cover the period 1 April 2021 to 31 March 2022 for every council here.";
  const std::string period_new = "Statistics cover the period 1 April 2023 to 31 March 2024 for every council here.";
  const std::string figures_old = "We delivered 12 courses to 27 councils during the year 2022, and more are planned.";
  const std::string figures_new = "We delivered 15 courses to 24 councils during the year 2023, and more are planned.";
  const std::string reworded_new = "Your annual data will be published on our interactive map on 24 July 2024 for all.";
  Pair p({title_old, upload_old, period_old, figures_old, A}, {title_new, upload_new, period_new, figures_new, A});
  // Figures beside a year are a rewording: a day counts as a date only beside its month.
  CHECK(p.kinds() == std::vector<K>{K::dates, K::dates, K::dates, K::reworded});
  CHECK(p.audit.count(K::reworded) == 1);
  Pair q({upload_old}, {reworded_new});
  CHECK(q.kinds() == std::vector<K>{K::reworded});  // a real change with the dates moving on stays reworded
  CHECK(p.audit.terms.empty());                   // months moving on are no change of vocabulary
}

TEST_CASE("day, month and year words are told apart from other figures") {
  const auto pieces = [](std::initializer_list<std::pair<WordOp, std::string>> list) {
    std::vector<DiffPiece> out;
    for (const auto& [op, text] : list) out.push_back({op, text, {}});
    return out;
  };
  using O = WordOp;
  CHECK(only_dates_moved(pieces({{O::equal, "on "}, {O::deleted, "27"}, {O::inserted, "24"}, {O::equal, " July 2024"}})));
  CHECK(only_dates_moved(pieces({{O::equal, "year "}, {O::deleted, "2022/23"}, {O::inserted, "2023/24."}})));
  CHECK(only_dates_moved(pieces({{O::deleted, "March"}, {O::inserted, "Sept"}, {O::equal, " 2024"}})));
  CHECK_FALSE(only_dates_moved(pieces({{O::equal, "We held "}, {O::deleted, "27"}, {O::inserted, "24"}, {O::equal, " courses"}})));
  CHECK_FALSE(only_dates_moved(pieces({{O::deleted, "1874"}, {O::inserted, "2874"}})));
  CHECK_FALSE(only_dates_moved(pieces({{O::equal, "nothing changed"}})));
}

TEST_CASE("an audit read backwards is the mirror of the audit read forwards") {
  const std::string first = "We uphold complaints when we find fault in an authority's actions.";
  const std::string second = "We include the total number of investigations completed for context.";
  const std::string heading = "Complaint statistics";
  Pair p({A, heading, first + " " + second, B, C, "We delivered 58 courses this year to councils across England."},
         {heading, first, second, C, "We delivered 118 courses this year to councils across England.", D});
  const Audit back = audit_templates(p.newer, p.older, p.v);
  CHECK(back.from == "2021");
  CHECK(back.to == "2020");
  REQUIRE(back.changes.size() == p.audit.changes.size());
  const auto mirror = [](ChangeKind k) {
    return k == K::added ? K::removed : k == K::removed ? K::added : k == K::split ? K::merged
         : k == K::merged ? K::split : k;
  };
  for (std::size_t i = 0; i < back.changes.size(); ++i) {
    const TemplateChange &f = p.audit.changes[i], &b = back.changes[i];
    CHECK(b.kind == mirror(f.kind));
    CHECK(b.from_paragraphs == f.to_paragraphs);
    CHECK(b.to_paragraphs == f.from_paragraphs);
    CHECK(b.from_text == f.to_text);
    CHECK(b.inserted == f.deleted);
  }
  Pair split({A, first + " " + second, C}, {A, first, second, C});
  REQUIRE(split.kinds() == std::vector<K>{K::split});
  const Audit merged = audit_templates(split.newer, split.older, split.v);
  REQUIRE(merged.changes.size() == 1);
  CHECK(merged.changes[0].kind == K::merged);
  CHECK(merged.changes[0].from_paragraphs == std::vector<int>{2, 3});
  const auto reworded = std::find_if(back.changes.begin(), back.changes.end(),
                                     [](const TemplateChange& c) { return c.kind == K::reworded; });
  REQUIRE(reworded != back.changes.end());
  CHECK(render_audits({back}, Format::text, false).find("[-118-]{+58+}") != std::string::npos);
}

TEST_CASE("a rewording's dates moving on are marked as such and not counted among its changed words") {
  const std::string old_upload = "Your annual data will be uploaded to our interactive map on 27 July 2022 for all.";
  const std::string new_upload = "Your annual data will be published on our interactive map on 24 July 2024 for all.";
  Pair p({A, old_upload}, {A, new_upload});
  REQUIRE(p.kinds() == std::vector<K>{K::reworded});
  const TemplateChange& c = p.audit.changes[0];
  CHECK(c.words_changed == 4);  // "uploaded to" and "published on", the date left out
  REQUIRE(c.date_moves.size() == 1);
  CHECK(c.date_moves[0].from == "27 July 2022");
  CHECK(c.date_moves[0].to == "24 July 2024");
  const std::string text = render_audits({p.audit}, Format::text, false);
  CHECK(text.find("dates moved on: 27 July 2022 -> 24 July 2024") != std::string::npos);
  const std::string html = render_audits({p.audit}, Format::html, false);
  CHECK(html.find("<ins class=\"date\" title=\"a date moving on\">24 July 2024</ins>") != std::string::npos);
  CHECK(html.find("<ins>published on</ins>") != std::string::npos);
  const Audit back = audit_templates(p.newer, p.older, p.v);
  REQUIRE(back.changes.size() == 1);
  CHECK(back.changes[0].date_moves[0].from == "24 July 2024");
  CHECK(back.changes[0].words_changed == 4);
}

TEST_CASE("the summary lists the largest rewordings first, by words changed with dates left out, each linked") {
  const std::string small_old = "We delivered many courses to councils across England during the year 2022.";
  const std::string small_new = "We delivered several courses to councils across England during the year 2023.";
  const std::string large_new = "I write to you with our yearly summary of figures about your organisation for the year.";
  Pair p({small_old, A}, {small_new, large_new});
  REQUIRE(p.kinds() == std::vector<K>{K::reworded, K::reworded});
  const std::string text = render_audits({p.audit}, Format::text, false);
  const auto largest = text.find("largest rewordings");
  REQUIRE(largest != std::string::npos);
  const auto first = text.find("2020 ¶2 -> 2021 ¶2 reworded, 6 words: I write to you", largest);
  const auto second = text.find("2020 ¶1 -> 2021 ¶1 reworded, 2 words: We delivered", largest);
  CHECK(first != std::string::npos);
  CHECK(second != std::string::npos);
  CHECK(first < second);
  const std::string html = render_audits({p.audit}, Format::html, false);
  CHECK(html.find("<li><a href=\"#change-2\">2020 ¶2 -&gt; 2021 ¶2 reworded") != std::string::npos);
  CHECK(html.find("<tr id=\"change-2\" class=\"reworded\">") != std::string::npos);
  CHECK(render_audits({p.audit}, Format::json, false).find("\"words_changed\": 6") != std::string::npos);
}

TEST_CASE("an audit page shows a template's slots as chips naming them, never as {{markers}}") {
  Pair p({A, "We issued {{reports:number}} reports on {{issued:date}} about your authority and its care."},
         {A, "We issued {{reports:number}} public reports on {{issued:date}} about your authority and its care."});
  REQUIRE(p.kinds() == std::vector<K>{K::reworded});
  const std::string page = render_audits({p.audit}, Format::html, false);
  CHECK(page.find("{{") == std::string::npos);
  CHECK(page.find("<span class=\"chip\" title=\"slot issued of type date\">issued <small>date</small></span>") !=
        std::string::npos);
  CHECK(page.find("<ins>public</ins>") != std::string::npos);
}
