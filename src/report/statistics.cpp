#include "report/statistics.h"

#include <boost/algorithm/string/split.hpp>

#include "base/text.h"

namespace letterdiff {
namespace {

using Row = std::vector<std::string_view>;

// A cell holding a sentence or more is a note, never a column label.
bool is_prose(std::string_view cell) { return count_words(cell, 12) > 12; }

Row cells_of(std::string_view line) {
  Row cells;
  boost::algorithm::split(cells, line, [](char c) { return c == '\t'; });
  for (auto& c : cells) c = is_prose(c) ? std::string_view() : trim(c);
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

// Every figure of the row has a label straight above it.
bool columns_line_up(const Row& labels, const Row& figures) {
  for (std::size_t col = 0; col < figures.size(); ++col)
    if (!figures[col].empty() && (col >= labels.size() || labels[col].empty())) return false;
  return true;
}

std::string stacked_label(const std::vector<Row>& rows, std::size_t from, std::size_t to, std::size_t col) {
  std::string label;
  for (std::size_t r = from; r < to; ++r) {
    if (col < rows[r].size() && !rows[r][col].empty()) {
      if (!label.empty()) label += ' ';
      label += rows[r][col];
    }
  }
  return label.empty() ? "column " + std::to_string(col + 1) : label;
}

}  // namespace

// A row of figures takes its labels from the rows of words above it, column by
// column. When PDF extraction shifted cells so that the columns no longer line
// up, but the row just above has as many labels as there are figures, they pair in order.
std::vector<Statistic> table_statistics(std::string_view table) {
  std::vector<Row> rows;
  for (auto line : split_lines(table)) rows.push_back(cells_of(line));
  std::vector<Statistic> out;
  std::size_t labels_from = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (!is_figure_row(rows[r])) continue;
    const auto figures = non_empty(rows[r]);
    const bool shifted = r > labels_from && !columns_line_up(rows[r - 1], rows[r]) &&
                         non_empty(rows[r - 1]).size() == figures.size();
    if (shifted) {
      const auto labels = non_empty(rows[r - 1]);
      for (std::size_t i = 0; i < figures.size(); ++i) out.push_back({std::string(labels[i]), std::string(figures[i])});
    } else {
      for (std::size_t col = 0; col < rows[r].size(); ++col)
        if (!rows[r][col].empty()) out.push_back({stacked_label(rows, labels_from, r, col), std::string(rows[r][col])});
    }
    labels_from = r + 1;
  }
  return out;
}

}  // namespace letterdiff
