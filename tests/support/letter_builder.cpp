#include "support/letter_builder.h"

#include <sstream>

#include "base/text.h"

namespace letterdiff::testing {

std::vector<std::string> boilerplate() {
  return {
      "I write to you with your annual summary of complaint statistics for the year ending 31 March 2024. The "
      "information offers valuable insight about your organisation's approach to complaints.",
      "Complaint statistics",
      "Our statistics focus on three key areas that help to assess your organisation's commitment to putting "
      "things right when they go wrong.",
      "Complaints upheld - We uphold complaints when we find fault in an organisation's actions, including where "
      "the organisation accepted fault before we investigated.",
      "Compliance with recommendations - We recommend ways for organisations to put things right when faults have "
      "caused injustice and monitor their compliance with our recommendations.",
      "Finally, we compare the three key annual statistics for your organisation with similar authorities to "
      "provide an average marker of performance.",
      "Our successful complaint handling training programme continues to develop with new modules available "
      "soon. To find out more visit www.lgo.org.uk/training.",
      "Returning to the theme of continuous improvement, we recognise the importance of reflecting on our own "
      "performance and welcome your views on our service.",
  };
}

std::string render(const LetterSpec& spec) {
  const auto body = spec.body.empty() ? boilerplate() : spec.body;
  std::ostringstream out;
  out << "Local Government & Social Care OMBUDSMAN\n\n" << spec.date << "\n\nBy email\n\n"
      << spec.recipient << " Chief Executive " << spec.council << "\n\nDear " << spec.recipient << "\n\n"
      << spec.title << "\n\n";
  for (const auto& p : body) out << p << "\n\n";
  out << "Yours sincerely,\n\nAmerdeep Somal Local Government and Social Care Ombudsman\n";
  return out.str();
}

Document document(std::string path, std::string text) { return Document{std::move(path), std::move(text)}; }

std::string hard_wrap(const std::string& text, std::size_t width) {
  std::string out;
  for (auto line : split_lines(text)) {
    std::size_t column = 0;
    for (auto word : split_words(line)) {
      if (column > 0 && column + 1 + word.size() > width) {
        out += '\n';
        column = 0;
      } else if (column > 0) {
        out += ' ';
        ++column;
      }
      out += word;
      column += word.size();
    }
    out += '\n';
  }
  return out;
}

std::string page_break(const LetterSpec& spec, std::size_t index, const std::string& footer) {
  LetterSpec cut = spec;
  if (cut.body.empty()) cut.body = boilerplate();
  const auto words = split_words(cut.body[index]);
  std::string first, second;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string& half = i < words.size() / 2 ? first : second;
    if (!half.empty()) half += ' ';
    half += words[i];
  }
  cut.body[index] = first + "\n\n" + footer + "\n\n" + second;
  return render(cut);
}

std::string hyphenate(const std::string& paragraph, const std::string& word) {
  const auto at = paragraph.find(word);
  const auto half = word.size() / 2;
  return paragraph.substr(0, at + half) + "-\n" + paragraph.substr(at + half);
}

std::string curly(const std::string& text) {
  std::string out;
  bool open = true;
  for (char c : text) {
    if (c == '\'') out += "\u2019";
    else if (c == '"') out += open ? "\u201C" : "\u201D", open = !open;
    else if (c == '-') out += "\u2013";
    else out += c;
  }
  return out;
}

std::string crlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string council_name(int i) {
  static const char* kPlaces[] = {"Anytown", "Barset", "Casterbridge", "Dunmore", "Eastwick",
                                  "Fairhaven", "Glenbury", "Hartfield", "Ironbridge", "Jessop"};
  static const char* kKinds[] = {"District Council", "Borough Council", "County Council"};
  return std::string(kPlaces[i % 10]) + " " + kKinds[i % 3];
}

}  // namespace letterdiff::testing
