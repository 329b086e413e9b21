// Hashing and comparing words as table keys. Words are short (five bytes on
// average), so both read them in a few fixed-size loads instead of calling the
// library's byte loops: interning is done for every token of every letter.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/swar.h"

namespace letterdiff {

namespace word_key {

using swar::load4;
using swar::load8;

// Bytes [0, n) for n <= 8 in overlapping fixed-size loads (as wyhash does): every
// byte lands in the result, so for one n equal results mean equal bytes. A
// byte-wise copy into a word would stall on store forwarding.
inline std::uint64_t short_bytes(const char* p, std::size_t n) {
  if (n >= 4) return load4(p) << 32 | load4(p + n - 4);
  if (n == 0) return 0;
  const auto byte = [&](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
  return byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
}

inline std::uint64_t mix(std::uint64_t x) {  // murmur3's finaliser: every bit reaches the low ones
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  return x ^ (x >> 33);
}

}  // namespace word_key

struct WordHash {
  std::size_t operator()(std::string_view word) const noexcept {
    const char* p = word.data();
    std::size_t n = word.size();
    std::uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
    for (; n > 8; p += 8, n -= 8) h = word_key::mix(h ^ word_key::load8(p));
    return static_cast<std::size_t>(word_key::mix(h ^ word_key::short_bytes(p, n)));
  }
};

struct WordEqual {
  bool operator()(std::string_view a, std::string_view b) const noexcept {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n <= 8) return word_key::short_bytes(a.data(), n) == word_key::short_bytes(b.data(), n);
    if (n <= 16)
      return word_key::load8(a.data()) == word_key::load8(b.data()) &&
             word_key::load8(a.data() + n - 8) == word_key::load8(b.data() + n - 8);
    return std::memcmp(a.data(), b.data(), n) == 0;
  }
};

}  // namespace letterdiff
