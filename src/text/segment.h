// Sentence segmentation over tokens.
//
// Works on the token stream, so abbreviations are already whole ("U.S.", "Gen.") and never
// mistaken for sentence ends. A sentence ends at ".", "!", "?" or "..." (with any closing
// quotes or brackets that follow) when the next token opens a sentence; at a blank line
// unless the text plainly runs on (no final punctuation and a lowercase continuation); and
// at a single line break after a short unpunctuated line (a heading or byline).
#ifndef DYAD_TEXT_SEGMENT_H_
#define DYAD_TEXT_SEGMENT_H_

#include <cstdint>
#include <vector>

#include "text/tokenize.h"

namespace dyad {

struct SentenceSpan {
  uint32_t first_token = 0;  // token range, half-open
  uint32_t end_token = 0;
  uint32_t begin = 0;  // normalised-text offsets, half-open
  uint32_t end = 0;
};

// Splits `tokens` into sentences (appended to `out`, cleared first).
void Segment(const std::vector<Token>& tokens, std::vector<SentenceSpan>* out);

}  // namespace dyad

#endif  // DYAD_TEXT_SEGMENT_H_
