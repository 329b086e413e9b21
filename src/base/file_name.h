// Names taken from letters and templates (a year group, a council) become file
// names here and nowhere else. A name from data is never a path: it becomes a
// slug of lower-case ASCII letters, digits and hyphens, never empty, never
// starting with a dot, and bounded in bytes, with a short hash of the whole
// name when it had to be shortened or when another name gave the same slug.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace letterdiff {

// Longest stem a name gives; with a group, an extension and a counter the file
// name stays well under the 255 bytes file systems allow.
constexpr std::size_t kMaxStemBytes = 80;

// "Royal Borough of Kingston" -> "royal-borough-of-kingston"; a long name keeps its
// first words and gains "-" and eight hex digits of its hash.
std::string file_stem(std::string_view name);

// Stems unique within one output: a name whose stem is taken by a different
// name gains its hash; the same name again gains "-2", "-3", ...
class FileStems {
 public:
  std::string take(std::string_view name);

 private:
  std::map<std::string, std::string, std::less<>> holders_;  // stem -> the name that took it
};

// name is one plain file name: not empty, at most 255 bytes, no '/', no NUL,
// not "." or "..". Only such a name is ever joined to an output folder.
bool is_plain_file_name(std::string_view name);

}  // namespace letterdiff
