// A thin wrapper: CLD2's summary call over at most the first 64 KiB of the text, which
// is plenty for a reliable guess and bounds the cost on huge documents.
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

}  // namespace dyad
