// Language identification with CLD2 (Debian's libcld2).
//
// Stateless and thread-safe. Short or mixed texts often come back unreliable; the caller
// decides what to do with those (the coder codes them as English).
#ifndef DYAD_TEXT_LANGUAGE_H_
#define DYAD_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/tokenize.h"

namespace dyad {

struct LanguageGuess {
  std::string code;  // ISO 639-1 where CLD2 has one ("en", "fr"); "un" when unknown
  std::string name;  // "ENGLISH", "FRENCH"
  bool reliable = false;
};

// Guesses the language of valid UTF-8 `text` (only its first 64 KiB are read).
LanguageGuess DetectLanguage(std::string_view text);

// A fast path before DetectLanguage: true when "the", "of", "and" and "to" make up at least
// 8% of the first 2,000 words (and there are at least 20), as they do in running English
// prose (about 15%) and in no other language. False means only "ask CLD2", never "not
// English".
bool PlainlyEnglish(const std::vector<Token>& tokens);

}  // namespace dyad

#endif  // DYAD_TEXT_LANGUAGE_H_
