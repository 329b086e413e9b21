#include "report/json_writer.h"

#include <fmt/format.h>

#include "base/swar.h"

namespace letterdiff {

void JsonWriter::indent(int depth) { out_.append(static_cast<std::size_t>(2 * depth), ' '); }

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;  // the top-level value
  const bool first = counts_.back()++ == 0;
  if (script_) {
    if (!first) out_ += ',';
    return;
  }
  out_ += first ? "\n" : ",\n";
  indent(depth_);
}

JsonWriter& JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  counts_.push_back(0);
  ++depth_;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  --depth_;
  if (counts_.back() > 0 && !script_) {
    out_ += '\n';
    indent(depth_);
  }
  counts_.pop_back();
  out_ += bracket;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  string(name);
  out_ += script_ ? ":" : ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  string(s);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t n) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", n);
  return *this;
}

JsonWriter& JsonWriter::value(std::nullptr_t) {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(double d) {
  before_value();
  out_ += fmt::format("{}", d);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& strings) {
  begin_array();
  for (const auto& s : strings) value(s);
  return end_array();
}

// UTF-8 passes through; quotes, backslashes and control bytes are escaped as
// nlohmann escapes them (\n, \t ..., else \u00XX in lower-case hex), and in the
// script layout '<' as \u003c.
void JsonWriter::string(std::string_view s) {
  out_ += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Most of a letter's text needs no escape: passed over sixteen bytes at a time.
    while (i + 16 <= s.size()) {
      const swar::Bytes16 w = swar::load16(s.data() + i);
      if (swar::any((w < 0x20) | (w == '"') | (w == '\\') | (w == '<'))) break;
      i += 16;
    }
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && (c != '<' || !script_)) continue;
    out_.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      case '<': out_ += "\\u003c"; break;
      default: fmt::format_to(std::back_inserter(out_), "\\u{:04x}", c);
    }
  }
  out_.append(s, run, s.size() - run);
  out_ += '"';
}

}  // namespace letterdiff
