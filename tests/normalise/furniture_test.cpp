#include <catch2/catch.hpp>

#include "normalise/furniture.h"

using namespace letterdiff;

TEST_CASE("page numbers in their usual forms are furniture") {
  for (auto line : {"Page 2 of 3", "page 2", "- 2 -", "2/3", "12"}) CHECK(is_page_number(line));
  for (auto line : {"2024", "Page two of the report", "57 complaints"}) CHECK_FALSE(is_page_number(line));
}

TEST_CASE("committee-pack labels are furniture, sentences that start the same way are not") {
  for (auto line : {"Appendix Two", "Appendix 2", "Annex B", "Agenda Item 7", "APPENDIX iv"}) CHECK(is_pack_label(line));
  for (auto line : {"Appendix", "Appendix Two sets out the figures for the year.", "Annex of the building"})
    CHECK_FALSE(is_pack_label(line));
}

TEST_CASE("OCR-garbled signatures are recognised, real names are not") {
  CHECK(is_garbled_signature("Asma (-"));
  CHECK(is_garbled_signature("Some (-"));
  CHECK(is_garbled_signature("~~//"));
  CHECK_FALSE(is_garbled_signature("Michael King"));
  CHECK_FALSE(is_garbled_signature("Amerdeep Somal Local Government and Social Care Ombudsman Chair"));
}

TEST_CASE("committee-pack page headers are furniture, sentences with a dash are not") {
  CHECK(is_committee_header("Audit and Governance Committee - 24 September 2024"));
  CHECK(is_committee_header("Audit and Governance Committee \u2013 24 September 2024"));
  CHECK(is_committee_header("Item 6 - Appendix B"));
  CHECK_FALSE(is_committee_header("Complaints upheld - We uphold complaints when we find fault in 2 cases."));
  CHECK_FALSE(is_committee_header("Audit and Governance Committee"));
}

TEST_CASE("a footer's contact details are furniture, a sentence naming an address is not") {
  CHECK(is_contact_line("PO Box 4771, Coventry, CV4 0EH"));
  CHECK(is_contact_line("T: 0300 061 0614   www.lgo.org.uk"));
  CHECK(is_contact_line("Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH"));
  CHECK(is_contact_line("Tel 01709 382121 | www.rotherham.gov.uk | advice@lgo.org.uk"));
  CHECK_FALSE(is_contact_line("1,700 people. To find out more visit www.lgo.org.uk/training or get in touch at"));
  CHECK_FALSE(is_contact_line("Tel: 0300 061 0614 or email advice@lgo.org.uk"));
  CHECK_FALSE(is_contact_line("at training@lgo.org.uk."));
  CHECK_FALSE(is_contact_line("cc: monitoring.officer@knowsley.gov.uk"));
  CHECK_FALSE(is_contact_line("Rotherham Metropolitan Borough Council"));
  CHECK_FALSE(is_contact_line("Complaints upheld per 100,000 residents 2.4"));
}

TEST_CASE("a wrapped line of a sentence with an address in it is not a footer's contact details") {
  CHECK_FALSE(is_contact_line("https://www.smartsurvey.co.uk/s/ombudsman/. Your responses"));
  CHECK_FALSE(is_contact_line("www.lgo.org.uk/training or"));
  CHECK(is_contact_line("www.lgo.org.uk"));
}
