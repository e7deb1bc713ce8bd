// A small fixed set of words, compared case-insensitively by hash: one probe per lookup.
// For the closed word classes the stages test tokens against (prepositions, measure nouns).
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
    for (const char* w : words) set_.Insert(HashLower(w), 1);
  }
  bool contains(uint64_t h) const { return set_.Contains(h); }

 private:
  FlatMap64<uint8_t> set_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_WORD_SET_H_
