// A single left-to-right scan with no backtracking beyond one token. A word runs over
// letters, digits and non-ASCII bytes and may contain a hyphen, an apostrophe, "&" or a
// period only when a letter or digit follows. Clitics ("'s", "n't") are split off. A final
// period is kept inside the token for letter.letter acronyms, single-letter initials and
// the abbreviations in kAbbreviations, so that the segmenter sees "U.S." as one unit.
#include "text/tokenize.h"

#include <algorithm>
#include <array>

namespace dyad {
namespace {

constexpr bool IsAlpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
constexpr bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Each byte's class, looked up once per byte of the text rather than tested range by range.
enum : uint8_t { kSpaceByte = 1, kWordByte = 2 };
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> cls{};
  for (int c = 0; c < 256; ++c) {
    auto u = static_cast<unsigned char>(c);
    if (u == ' ' || u == '\n' || u == '\t' || u == '\r') cls[c] = kSpaceByte;
    if (IsAlpha(u) || IsDigit(u) || u >= 0x80) cls[c] = kWordByte;
  }
  return cls;
}();
bool IsWordByte(unsigned char c) { return kByteClass[c] & kWordByte; }
bool IsSpace(unsigned char c) { return kByteClass[c] & kSpaceByte; }

// Lowercase abbreviations (without their period) whose period belongs to the word.
// Titles never end a sentence; the others may, when a capitalised sentence opener follows.
constexpr std::array<std::string_view, 31> kTitles = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr",
    "rep", "sen", "gov", "pres", "prof", "rev", "hon", "st", "amb", "brig", "lieut", "messrs",
    "supt", "insp", "fr", "sec", "dep", "atty"};
constexpr std::array<std::string_view, 28> kOtherAbbrevs = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "approx", "est", "dept",
    "govt", "mt", "ft", "art"};

template <size_t N>
bool InList(std::string_view w, const std::array<std::string_view, N>& list) {
  if (w.size() > 7) return false;
  char lower[8];
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    lower[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  std::string_view l(lower, w.size());
  for (std::string_view entry : list) {
    if (entry == l) return true;
  }
  return false;
}

// "U.S", "U.N", "e.g": letters separated by single periods.
bool IsDottedAcronym(std::string_view w) {
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i % 2 == 0 ? !IsAlpha(w[i]) : w[i] != '.') return false;
  }
  return true;
}

bool IsClitic(std::string_view w) {
  if (w.empty() || w.size() > 2) return false;
  char a = static_cast<char>(w[0] | 32), b = w.size() > 1 ? static_cast<char>(w[1] | 32) : 0;
  if (w.size() == 1) return a == 's' || a == 'd' || a == 'm' || a == 't';
  return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
}

// The length of the currency sign at text[i] ("€", "£", "¥"), or 0: a sign is
// punctuation, as "$" is, so "€35" is "€" then "35".
size_t CurrencySignLength(std::string_view text, size_t i) {
  auto at = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  if (at(i) == 0xE2 && at(i + 1) == 0x82 && at(i + 2) == 0xAC) return 3;  // €
  if (at(i) == 0xC2 && (at(i + 1) == 0xA3 || at(i + 1) == 0xA5)) return 2;  // £ ¥
  return 0;
}

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  const size_t n = text.size();
  size_t i = 0;
  int newlines = 0;
  bool space = true;
  // `text` by value, so that the scan below can keep it in registers.
  auto push = [&, text](size_t b, size_t e, uint16_t flags) {
    Token& t = out->emplace_back();  // built in place: this runs per token
    t.text = text.substr(b, e - b);
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.hash = HashLower(t.text);
    t.flags = flags | (space ? kSpaceBefore : 0);
    t.newlines_before = static_cast<uint8_t>(std::min(newlines, 2));
    newlines = 0;
    space = false;
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      if (c == '\n') ++newlines;
      space = true;
      ++i;
      continue;
    }
    if (c == 0xE2 || c == 0xC2) {
      if (size_t len = CurrencySignLength(text, i)) {
        push(i, i + len, kPunct);
        i += len;
        continue;
      }
    }
    if (!IsWordByte(c)) {
      size_t e = i + 1;
      if ((c == '.' || c == '-') && e < n && text[e] == c) {
        while (e < n && text[e] == c) ++e;
      } else if (c == '\'' && !space && !out->empty() && out->back().is(kWord)) {
        size_t k = e;
        while (k < n && IsAlpha(text[k])) ++k;
        if (IsClitic(text.substr(e, k - e))) {
          push(i, k, kWord);  // 's, 're, 'll after a word
          i = k;
          continue;
        }
      }
      push(i, e, kPunct);
      i = e;
      continue;
    }
    const size_t b = i;
    const bool starts_digit = IsDigit(c);
    size_t e = i;
    while (e < n) {
      unsigned char d = static_cast<unsigned char>(text[e]);
      if (IsWordByte(d)) {
        ++e;
        continue;
      }
      unsigned char next = e + 1 < n ? static_cast<unsigned char>(text[e + 1]) : 0;
      if ((d == '-' || d == '&') && IsWordByte(next)) {
        e += 2;
        continue;
      }
      if ((d == '.' || d == ',') && starts_digit && IsDigit(next) && IsDigit(text[e - 1])) {
        e += 2;
        continue;
      }
      if (d == '.' && IsAlpha(next) && (e - b == 1 || (e - b < 12 && IsDottedAcronym(text.substr(b, e - b)))) &&
          (e + 2 >= n || !IsAlpha(text[e + 2]))) {
        e += 2;  // U.S.A, e.g
        continue;
      }
      if (d == '\'' && IsAlpha(next)) {
        // Split clitics: 's, 're, 've, 'll, 'd, 'm and n't; keep O'Brien, d'Ivoire.
        size_t k = e + 1;
        while (k < n && IsAlpha(text[k])) ++k;
        std::string_view clitic = text.substr(e + 1, k - e - 1);
        if (!IsClitic(clitic)) {
          e = k;
          continue;
        }
        if ((clitic == "t" || clitic == "T") && e - b >= 2 && (text[e - 1] | 32) == 'n') {
          uint16_t stem_flags = kWord;
          if (c >= 'A' && c <= 'Z') stem_flags |= kCapitalized;
          push(b, e - 1, stem_flags);  // "do" + "n't"
          push(e - 1, k, kWord);
          i = k;
          goto next_token;
        }
      }
      break;
    }
    {
      std::string_view w = text.substr(b, e - b);
      uint16_t flags = starts_digit ? kNumber : kWord;
      if (e < n && text[e] == '.' && !starts_digit) {
        bool title = InList(w, kTitles);
        bool initial = w.size() == 1 && c >= 'A' && c <= 'Z';
        if (title || initial || IsDottedAcronym(w) ||
            InList(w, kOtherAbbrevs)) {
          ++e;
          flags |= kAbbrev;
          if (title || initial) flags |= kTitleAbbrev;
          // "No." is an abbreviation only before a number.
          bool digit_next = (e < n && IsDigit(text[e])) || (e + 1 < n && IsDigit(text[e + 1]));
          if ((w == "No" || w == "no") && !digit_next) {
            --e;
            flags &= static_cast<uint16_t>(~(kAbbrev | kTitleAbbrev));
          }
        }
      }
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) flags |= kCapitalized;
      // All capitals: two or more letters and no small one. The scan stops at the first
      // small letter, which for most words is the first byte.
      int letters = 0;
      bool small = false;
      for (size_t k = b; k < e && !small; ++k) {
        unsigned char d = static_cast<unsigned char>(text[k]);
        if (IsAlpha(d)) {
          ++letters;
          small = d > 'Z';
        }
      }
      if (letters >= 2 && !small) flags |= kAllCaps;
      push(b, e, flags);
      i = e;
    }
  next_token:;
  }
}

}  // namespace dyad
