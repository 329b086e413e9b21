#include "report/statistics.h"

#include <boost/algorithm/string/split.hpp>

#include "base/text.h"

namespace letterdiff {
namespace {

using Row = std::vector<std::string_view>;

Row cells_of(std::string_view line) {
  Row cells;
  boost::algorithm::split(cells, line, [](char c) { return c == '\t'; });
  for (auto& c : cells) c = trim(c);
  return cells;
}

bool is_figure(std::string_view cell) {
  if (cell.empty()) return false;
  bool digit = false;
  for (char c : cell) {
    if (is_ascii_digit(c)) digit = true;
    else if (c != ',' && c != '.' && c != '%' && c != '-') return false;
  }
  return digit;
}

bool is_figure_row(const Row& row) {
  std::size_t figures = 0, words = 0;
  for (auto c : row) {
    if (is_figure(c)) ++figures;
    else if (!c.empty()) ++words;
  }
  return figures > 0 && words == 0;
}

std::vector<std::string_view> non_empty(const Row& row) {
  std::vector<std::string_view> out;
  for (auto c : row)
    if (!c.empty()) out.push_back(c);
  return out;
}

}  // namespace

// A row of figures takes its labels from the row of words just above it. When the
// two have as many filled cells, they pair in order (PDF extraction often shifts
// cells by one column); otherwise by column, joining the labels stacked above.
std::vector<Statistic> table_statistics(std::string_view table) {
  std::vector<Row> rows;
  for (auto line : split_lines(table)) rows.push_back(cells_of(line));
  std::vector<Statistic> out;
  std::size_t labels_from = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (!is_figure_row(rows[r])) continue;
    const auto figures = non_empty(rows[r]);
    if (r > labels_from) {
      const auto labels = non_empty(rows[r - 1]);
      if (labels.size() == figures.size()) {
        for (std::size_t i = 0; i < figures.size(); ++i) out.push_back({std::string(labels[i]), std::string(figures[i])});
        labels_from = r + 1;
        continue;
      }
    }
    for (std::size_t col = 0; col < rows[r].size(); ++col) {
      if (rows[r][col].empty()) continue;
      std::string label;
      for (std::size_t above = labels_from; above < r; ++above) {
        if (col < rows[above].size() && !rows[above][col].empty()) {
          if (!label.empty()) label += ' ';
          label += rows[above][col];
        }
      }
      out.push_back({label.empty() ? "column " + std::to_string(col + 1) : label, std::string(rows[r][col])});
    }
    labels_from = r + 1;
  }
  return out;
}

}  // namespace letterdiff
