// Recognises page furniture: lines that a PDF or a committee pack adds to a
// letter but that are not its content. Each rule returns why it matched, so
// the report can list what was set apart and why.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace letterdiff {

// A line as page furniture compares: digits masked (page numbers, print dates),
// case and spacing ignored: "Page 2 of 4" and "Page 3 of 4" are one line. OCR's
// usual confusions are folded too: O with 0 ("CV4 OEH"), | with l ("www.|go").
std::string edge_key(std::string_view line);

// "Page 2 of 3", "- 2 -", "2/3", or a lone page number.
bool is_page_number(std::string_view line);
// "Appendix Two", "Annex B", "Agenda Item 7": labels a committee pack stamps on.
bool is_pack_label(std::string_view line);
// A committee pack's page header: "Audit and Governance Committee – 24 September 2024",
// "Item 6 – Appendix B".
bool is_committee_header(std::string_view line);
// An organisation's contact details, as a letterhead's footer gives them: a web or
// e-mail address, a postcode or a telephone number among names and numbers, not in
// a sentence ("PO Box 4771, Coventry, CV4 0EH   www.lgo.org.uk").
bool is_contact_line(std::string_view line);
// "Yours sincerely," and the like: what follows is the signature.
bool is_valediction(std::string_view line);
// OCR of a handwritten signature: a short line of broken glyphs such as "Asma (-".
bool is_garbled_signature(std::string_view line);
// A short line that could be a running header or footer when it repeats.
bool could_be_running_header(std::string_view line);

}  // namespace letterdiff
