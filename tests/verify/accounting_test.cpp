#include <catch2/catch.hpp>

#include "pipeline/corpus.h"
#include "support/letter_builder.h"
#include "verify/accounting.h"

using namespace letterdiff;
using namespace letterdiff::testing;

namespace {

// Every letter of the corpus accounted for against its learnt template.
void check_all_accounted(Corpus& corpus) {
  const Templates t = learn_templates(corpus);
  const auto alignments = align_corpus(corpus, t);
  for (std::size_t i = 0; i < corpus.letters.size(); ++i) {
    const Letter& l = corpus.letters[i];
    const Accounting a = account(l, t.at(l.metadata.group), alignments[i], corpus.vocabulary);
    INFO(l.path << ": " << a.first_mismatch);
    CHECK(a.complete());
    CHECK(a.words > 0);
  }
}

}  // namespace

TEST_CASE("every sample letter and the PDF fixture are fully accounted for") {
  const std::vector<std::string> inputs = {LETTERDIFF_TEST_DATA "/letters", LETTERDIFF_TEST_DATA "/pdf/kingston.pdf"};
  Corpus corpus = load_corpus(inputs);
  REQUIRE(corpus.letters.size() == 6);
  check_all_accounted(corpus);
}

TEST_CASE("generated letters with every kind of noise and edit are fully accounted for") {
  std::vector<Document> docs;
  for (int i = 0; i < 12; ++i) {
    LetterSpec s;
    s.council = council_name(i);
    s.recipient = i % 2 ? "Mr Jones" : "Ms Patel";
    s.body = boilerplate();
    if (i == 1) s.body.insert(s.body.begin() + 2, "We note your council's delays in answering our enquiries.");
    if (i == 2) s.body[5] = "Finally, we compare the key annual statistics for your council with similar councils.";
    if (i == 3) s.body.erase(s.body.begin() + 4);
    if (i == 4) std::swap(s.body[3], s.body[6]);
    std::string text = render(s);
    if (i == 5) text = hard_wrap(text, 50);
    if (i == 6) text = page_break(s, 3, "Page 2 of 3");
    if (i == 7) text = curly(text);
    if (i == 8) text = crlf(text);
    if (i == 9) text.replace(text.find("Amerdeep"), 0, "Asma (-\n\n");
    if (i == 10) text = "Appendix Two\n\n" + curly(hard_wrap(text, 40));
    Diagnostics ds;
    docs.push_back(*document_from_bytes("n" + std::to_string(i) + ".txt", text, ds));
  }
  Corpus corpus = corpus_from_documents(std::move(docs));
  check_all_accounted(corpus);
}

TEST_CASE("an alignment that loses a paragraph is caught, with where it differs") {
  const std::vector<std::string> inputs = {LETTERDIFF_TEST_DATA "/letters"};
  Corpus corpus = load_corpus(inputs);
  const Templates t = learn_templates(corpus);
  auto alignments = align_corpus(corpus, t);
  const Letter& kingston = corpus.letters[2];
  REQUIRE(kingston.metadata.council == "Royal Borough of Kingston upon Thames");
  Alignment lossy = alignments[2];
  std::erase_if(lossy.entries, [](const AlignedParagraph& e) { return e.kind == EntryKind::inserted; });
  const Accounting a = account(kingston, t.at("2023-24"), lossy, corpus.vocabulary);
  CHECK_FALSE(a.complete());
  CHECK(a.accounted < a.words);
  CHECK(a.first_mismatch.find("\"We\"") != std::string::npos);
  CHECK(account(kingston, t.at("2023-24"), alignments[2], corpus.vocabulary).complete());
}
