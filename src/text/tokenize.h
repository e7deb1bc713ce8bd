// Tokenisation of normalised text into words and punctuation.
//
// Tokens are views into the normalised text (never copies); the caller keeps that text
// alive while the tokens are used. Rules: "Korea's" is "Korea" + "'s"; "don't" is "do" +
// "n't"; hyphenated words stay whole ("test-fired"); acronyms and known abbreviations keep
// their periods ("U.S.", "Gen.", "Oct."); numbers keep inner separators ("1,000", "3.5").
// Each token carries a case-insensitive 64-bit hash used by every dictionary lookup.
//
//   std::vector<Token> tokens;
//   Tokenize(normalized.text, &tokens);
#ifndef DYAD_TEXT_TOKENIZE_H_
#define DYAD_TEXT_TOKENIZE_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad {

enum TokenFlags : uint16_t {
  kWord = 1 << 0,         // starts with a letter
  kNumber = 1 << 1,       // starts with a digit
  kPunct = 1 << 2,        // punctuation or symbol
  kCapitalized = 1 << 3,  // starts with an ASCII capital or any non-ASCII character
  kAllCaps = 1 << 4,      // two or more letters, all capitals
  kAbbrev = 1 << 5,       // ends with a period that belongs to it ("U.S.", "Gen.")
  kSpaceBefore = 1 << 6,  // preceded by whitespace
  kTitleAbbrev = 1 << 7,  // a title abbreviation that never ends a sentence ("Mr.", "Gen.")
};

struct Token {
  std::string_view text;  // view into the normalised text
  uint32_t begin = 0;     // offsets into the normalised text
  uint32_t end = 0;
  uint64_t hash = 0;      // HashLower(text)
  uint16_t flags = 0;
  uint8_t newlines_before = 0;  // line breaks in the whitespace before the token (max 2)

  bool is(uint16_t f) const { return (flags & f) != 0; }
};

// Appends the tokens of `text` to `out` (cleared first).
void Tokenize(std::string_view text, std::vector<Token>* out);

// The ASCII lowercase of each byte: HashLower looks a byte up rather than testing it, since
// it runs over every byte of every token.
inline constexpr std::array<uint8_t, 256> kAsciiLower = [] {
  std::array<uint8_t, 256> lower{};
  for (int c = 0; c < 256; ++c) lower[c] = static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return lower;
}();

// FNV-1a over the ASCII-lowercased bytes of `s`. Equal for "Korea" and "KOREA".
constexpr uint64_t HashLower(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) h = (h ^ kAsciiLower[static_cast<unsigned char>(c)]) * 1099511628211ull;
  return h;
}

// Combines two hashes, for keys made of several parts.
inline uint64_t HashCombine(uint64_t a, uint64_t b) {
  return a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
}

}  // namespace dyad

#endif  // DYAD_TEXT_TOKENIZE_H_
