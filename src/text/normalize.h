// Unicode normalisation with a map back to the original byte offsets.
//
// The coder works on a normalised copy of each document: NFC, typographic quotes folded to
// ASCII quotes, dashes to "-" (em and en dashes padded with spaces), exotic spaces to " ",
// zero-width characters removed and "…" spelt "...". Every byte of the copy remembers the
// original byte it came from, so evidence offsets can be reported against the user's text.
//
//   NormalizedText n;
//   Status s = Normalize(text, &n);
//   uint32_t original_start = n.ToOriginal(token_begin);
#ifndef DYAD_TEXT_NORMALIZE_H_
#define DYAD_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct NormalizedText {
  std::string text;
  // offsets[i] is the original offset of the character that produced text[i];
  // offsets[text.size()] is the original length.
  std::vector<uint32_t> offsets;

  uint32_t ToOriginal(size_t normalized_offset) const { return offsets[normalized_offset]; }
};

// Returns InvalidArgument("invalid UTF-8 at byte N") for malformed input. `out` is reused
// across calls to avoid reallocations.
Status Normalize(std::string_view input, NormalizedText* out);

// Returns the offset of the first invalid UTF-8 byte, or npos when `s` is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

}  // namespace dyad

#endif  // DYAD_TEXT_NORMALIZE_H_
