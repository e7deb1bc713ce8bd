// A thin wrapper: CLD2's summary call over at most the first 64 KiB of the text, which
// is plenty for a reliable guess and bounds the cost on huge documents. PlainlyEnglish
// spares CLD2 (a quarter of the coding time on short documents) for ordinary English.
#include "text/language.h"

#include <algorithm>
#include <cstdio>  // cld2's header needs it first

#include <cld2/internal/lang_script.h>
#include <cld2/public/compact_lang_det.h>

namespace dyad {

LanguageGuess DetectLanguage(std::string_view text) {
  int len = static_cast<int>(std::min<size_t>(text.size(), 64 * 1024));
  // Do not cut a UTF-8 sequence in half.
  while (len > 0 && len < static_cast<int>(text.size()) &&
         (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80) {
    --len;
  }
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), len, /*is_plain_text=*/true, &reliable);
  LanguageGuess g;
  g.code = CLD2::LanguageCode(lang);
  g.name = CLD2::LanguageName(lang);
  g.reliable = reliable;
  return g;
}

bool PlainlyEnglish(const std::vector<Token>& tokens) {
  static const uint64_t kMarkers[] = {HashLower("the"), HashLower("of"), HashLower("and"),
                                      HashLower("to")};
  int words = 0, markers = 0;
  for (const Token& t : tokens) {
    if (!t.is(kWord)) continue;
    if (++words > 2000) break;
    for (uint64_t h : kMarkers) markers += t.hash == h;
  }
  return words >= 20 && markers * 100 >= words * 8;
}

}  // namespace dyad
