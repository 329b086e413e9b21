#include "base/file_name.h"

#include <fmt/format.h>

#include "base/text.h"
#include "base/word_key.h"

namespace letterdiff {

namespace {

std::string hash_suffix(std::string_view name) {
  return fmt::format("-{:08x}", static_cast<std::uint32_t>(XXH3_64bits(name.data(), name.size())));
}

}  // namespace

std::string file_stem(std::string_view name) {
  std::string stem = slugify(name);
  if (stem.size() <= kMaxStemBytes) return stem;
  stem.resize(kMaxStemBytes - 9);
  if (const auto hyphen = stem.rfind('-'); hyphen != std::string::npos && hyphen > kMaxStemBytes / 2)
    stem.resize(hyphen);  // end on a whole word
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  return stem + hash_suffix(name);
}

std::string FileStems::take(std::string_view name) {
  std::string stem = file_stem(name);
  if (const auto it = holders_.find(stem); it != holders_.end() && it->second != name)
    stem += hash_suffix(name);  // two names, one slug
  std::string unique = stem;
  for (int n = 2; holders_.count(unique); ++n) unique = fmt::format("{}-{}", stem, n);  // the same name again
  holders_.emplace(unique, name);
  return unique;
}

bool is_plain_file_name(std::string_view name) {
  return !name.empty() && name.size() <= 255 && name != "." && name != ".." &&
         name.find('/') == std::string_view::npos && name.find('\0') == std::string_view::npos;
}

}  // namespace letterdiff
