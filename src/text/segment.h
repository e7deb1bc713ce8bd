// Sentence segmentation over tokens.
//
// Works on the token stream, so abbreviations are already whole ("U.S.", "Gen.") and never
// mistaken for sentence ends. A sentence ends at ".", "!", "?" or "..." (with any closing
// quotes or brackets that follow) when the next token opens a sentence; and at a line break
// unless the text plainly runs on (no final punctuation before it and a lowercase word
// after it, and the line before is not a Title Case heading). So headings, bylines, list
// items and source notes are sentences of their own.
#ifndef DYAD_TEXT_SEGMENT_H_
#define DYAD_TEXT_SEGMENT_H_

#include <cstdint>
#include <vector>

#include "text/tokenize.h"

namespace dyad {

// Text with no sentence end for this many tokens is cut there, so that the work per
// sentence (and the sentence copied into each event) stays bounded.
inline constexpr uint32_t kMaxSentenceTokens = 150;

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
