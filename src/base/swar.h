// Eight bytes at a time: the scans every letter's bytes pass through (encoding
// and control checks, line clean-up, word hashing) test a whole 64-bit word at
// once and fall back to single bytes only where the word holds something of note.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace letterdiff::swar {

// Shifting a word's flags by 8 bits moves them to the next byte of the text.
static_assert(std::endian::native == std::endian::little, "byte order assumed by the word scans");

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ull;
inline constexpr std::uint64_t kLow7 = 0x7f7f7f7f7f7f7f7full;

inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

inline std::uint64_t load4(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// Bit 7 of each byte that is non-ASCII.
inline std::uint64_t non_ascii(std::uint64_t w) { return w & kHigh; }

// Whether any byte is below n (n <= 128).
inline bool any_below(std::uint64_t w, unsigned char n) { return ((w - kOnes * n) & ~w & kHigh) != 0; }

// Bit 7 of exactly the bytes equal to c.
inline std::uint64_t equal_bytes(std::uint64_t w, unsigned char c) {
  const std::uint64_t v = w ^ (kOnes * c);
  return ~(((v & kLow7) + kLow7) | v | kLow7);
}

// Sixteen bytes at a time, with the vector extensions of GCC and Clang: on x86-64
// each comparison of a Bytes16 is one SSE2 instruction. A comparison gives 0xff in
// each byte where it holds.
using Bytes16 = unsigned char __attribute__((vector_size(16)));

inline Bytes16 load16(const char* p) {
  Bytes16 v;
  std::memcpy(&v, p, 16);
  return v;
}

template <class Vector>
inline bool any(Vector v) {
  static_assert(sizeof(Vector) == 16);
  std::uint64_t halves[2];
  std::memcpy(halves, &v, 16);
  return (halves[0] | halves[1]) != 0;
}

}  // namespace letterdiff::swar
