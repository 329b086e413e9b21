// Writes JSON straight into a string, laid out as nlohmann's dump(2) lays it out
// (two-space indent, "key": value, [] and {} when empty), without building a tree
// first: a corpus report is every letter's variants, and a tree of it cost more
// than all the aligning. In the script layout it is compact and safe inside an
// HTML <script> element: every '<' escaped, so nothing in it can end the element.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace letterdiff {

class JsonWriter {
 public:
  enum class Layout { indented, script };
  // depth: how many levels the written value is nested in, for its indent.
  explicit JsonWriter(std::string& out, int depth = 0, Layout layout = Layout::indented)
      : out_(out), depth_(depth), script_(layout == Layout::script) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  // The next value is this member's.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::int64_t n);
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(std::size_t n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(bool b);
  JsonWriter& value(double d);  // shortest form that reads back the same: 39, 7.9
  JsonWriter& value(std::nullptr_t);  // null
  JsonWriter& value(const std::vector<std::string>& strings);

  // key(name).value(v), the common case.
  template <typename T>
  JsonWriter& member(std::string_view name, const T& v) {
    return key(name).value(v);
  }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void before_value();  // the comma, line break and indent a new element needs
  void indent(int depth);
  void string(std::string_view s);

  std::string& out_;
  int depth_;
  bool script_;
  std::vector<int> counts_;  // elements written so far in each open container
  bool after_key_ = false;
};

}  // namespace letterdiff
