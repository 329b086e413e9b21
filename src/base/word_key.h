// Hashing and comparing words (and whole paragraphs) as table keys: interning is
// done for every token of every letter. Words are short (five bytes on average),
// so comparing reads them in a few fixed-size loads, not memcmp's byte loop.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/swar.h"

#define XXH_INLINE_ALL  // header-only: the hash inlines into the table lookups
#include <xxhash.h>

namespace letterdiff {

// XXH3: fast on words of a few bytes and on whole paragraphs alike.
struct WordHash {
  std::size_t operator()(std::string_view word) const noexcept {
    return static_cast<std::size_t>(XXH3_64bits(word.data(), word.size()));
  }
};

namespace word_key {

// Bytes [0, n) for n <= 8 in overlapping fixed-size loads (as wyhash does): every
// byte lands in the result, so for one n equal results mean equal bytes. A
// byte-wise copy into a word would stall on store forwarding.
inline std::uint64_t short_bytes(const char* p, std::size_t n) {
  if (n >= 4) return swar::load4(p) << 32 | swar::load4(p + n - 4);
  if (n == 0) return 0;
  const auto byte = [&](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
  return byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
}

}  // namespace word_key

struct WordEqual {
  bool operator()(std::string_view a, std::string_view b) const noexcept {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n <= 8) return word_key::short_bytes(a.data(), n) == word_key::short_bytes(b.data(), n);
    if (n <= 16)
      return swar::load8(a.data()) == swar::load8(b.data()) &&
             swar::load8(a.data() + n - 8) == swar::load8(b.data() + n - 8);
    return std::memcmp(a.data(), b.data(), n) == 0;
  }
};

}  // namespace letterdiff
