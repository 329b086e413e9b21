// What the HTML site's pages share: escaping, the page shell, a letter's words
// with their changes, and the key statistics shown beside their averages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/formats.h"
#include "report/report.h"

namespace letterdiff::html {

// The site's one stylesheet, written beside its pages (kStylesheetName).
inline constexpr std::string_view kStylesheetName = "letterdiff.css";
std::string_view stylesheet();

inline std::string esc(std::string_view s) { return html_escape(s); }  // the short name reads better

// A page of the site: it links the shared stylesheet rather than carrying it.
std::string site_page(std::string_view title, std::string_view body, std::string_view script = "",
                      std::string_view body_class = "");

// Words with their changes: <ins>, <del> (a deletion and the insertion after it
// kept apart), slot values marked with their slot's name.
std::string pieces_html(const std::vector<DiffPiece>& pieces);
// A passage's body: a heading, a paragraph, or a table that keeps its rows and
// cells, changes included.
std::string passage_body(ParagraphKind kind, const std::vector<DiffPiece>& pieces);

// Template text with its {{name:type}} slot markers as chips naming the slot and its type.
std::string slot_chips(std::string_view text);

// A statistic the site shows, beside the similar-organisations average the letter gives.
struct KeyFigure {
  std::string_view name, average, heading, title, unit;
  bool higher_is_worse;  // more upheld complaints are worse; more compliance is better
  bool percent() const { return unit == "%"; }
  bool worse(double value, double than) const { return higher_is_worse ? value > than : value < than; }
};
inline constexpr KeyFigure kKeyFigures[] = {
    {"uphold_rate_percent", "uphold_rate_average_percent", "Upheld", "Complaints investigated that were upheld", "%", true},
    {"upheld_per_100000", "upheld_per_100000_average", "Upheld per 100,000", "Upheld decisions per 100,000 residents", "",
     true},
    {"compliance_percent", "compliance_average_percent", "Compliance", "Recommendations implemented", "%", false},
    {"satisfactory_remedy_percent", "satisfactory_remedy_average_percent", "Remedied early",
     "Upheld cases remedied before the complaint reached the Ombudsman", "%", false},
};

// The top of a figure's scale: 100 for a percentage, else the largest value
// rounded up to a round number, so that the axis reads well.
double scale_top(const KeyFigure& f, double largest);
const Figure* figure(const LetterReport& l, std::string_view name);

// The name a letter is shown under: its council, else its file.
inline const std::string& shown_name(const LetterReport& l) { return l.council.empty() ? l.file : l.council; }

}  // namespace letterdiff::html

