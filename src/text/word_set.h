// A small fixed set of words, compared case-insensitively by hash: one probe per lookup.
// For the closed word classes the stages test tokens against (prepositions, measure nouns).
// A 64-bit summary of the members' hashes turns most other words away before the probe:
// the coder asks these sets about nearly every token, and nearly every answer is no.
//
//   static const WordSet kDays(std::array{"monday", "tuesday"});
//   if (kDays.contains(token.hash)) ...
#ifndef DYAD_TEXT_WORD_SET_H_
#define DYAD_TEXT_WORD_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>

#include "base/flat_map.h"
#include "text/tokenize.h"

namespace dyad {

class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::array<const char*, N>& words) {
    for (const char* w : words) {
      set_.Insert(HashLower(w), 1);
      summary_ |= SummaryBit(HashLower(w));
    }
  }
  // Inlined, so that a word the summary turns away costs no call.
  [[gnu::always_inline]] bool contains(uint64_t h) const {
    return (summary_ & SummaryBit(h)) != 0 && set_.Contains(h);
  }

 private:
  // The top six bits pick the bit: FlatMap64 takes its slot from the low ones.
  static uint64_t SummaryBit(uint64_t h) { return uint64_t{1} << (h >> 58); }

  FlatMap64<uint8_t> set_;
  uint64_t summary_ = 0;  // SummaryBit of every member
};

}  // namespace dyad

#endif  // DYAD_TEXT_WORD_SET_H_
