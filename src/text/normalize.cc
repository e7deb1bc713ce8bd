// One pass over the input. ASCII bytes are copied as they are (the common case). A
// non-ASCII code point is first looked up in a small folding table (quotes, dashes,
// spaces); runs of other non-ASCII code points (with the ASCII character before them, the
// possible base of a combining mark) are passed to ICU's NFC normaliser only when
// its quick check says they are not already NFC, and every output byte of such a run maps
// back to the run's first original byte.
#include "text/normalize.h"

#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace dyad {
namespace {

// Decodes one code point at s[i]; returns its length, or 0 when malformed.
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  size_t left = s.size() - i;
  unsigned char c = p[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  char32_t v, min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, v = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, v = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, v = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (left < static_cast<size_t>(len)) return 0;
  for (int k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (p[k] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

// The ASCII spelling of a folded code point, or nullptr when it is not folded.
const char* Fold(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2212:
      return "-";
    case 0x2013: case 0x2014: case 0x2015:
      return " - ";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return "";
    case 0x2026:
      return "...";
    case 0x2028: case 0x2029:
      return "\n";
    default:
      return nullptr;
  }
}

// Eight bytes of `s` from `i` (which has at least eight left), for scanning a word at a time.
uint64_t Load8(std::string_view s, size_t i) {
  uint64_t w;
  std::memcpy(&w, s.data() + i, sizeof(w));
  return w;
}

constexpr uint64_t kHighBits = 0x8080808080808080ull;

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  char32_t cp;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      while (i + 8 <= s.size() && (Load8(s, i) & kHighBits) == 0) i += 8;  // plain ASCII
      continue;
    }
    int n = DecodeUtf8(s, i, &cp);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

Status Normalize(std::string_view in, NormalizedText* out) {
  out->text.clear();
  out->offsets.clear();
  out->text.reserve(in.size() + 16);
  out->offsets.reserve(in.size() + 17);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return Status::Internal("ICU NFC normaliser unavailable");

  auto emit = [out](std::string_view bytes, uint32_t origin) {
    out->text.append(bytes);
    out->offsets.insert(out->offsets.end(), bytes.size(), origin);
  };
  size_t i = 0;
  while (i < in.size()) {
    // A run of plain ASCII, copied at once with its offsets: most of any text.
    size_t plain = i;
    // Eight bytes at a time while none is non-ASCII or below 0x0E (the control characters
    // above, and '\n'): a borrow out of a byte below 0x0E or a byte's own high bit sets that
    // byte's high bit. A byte that stops the word test but is plain all the same ('\n', most
    // often) is passed on its own, and the word test goes on after it.
    while (plain < in.size()) {
      if (plain + 8 <= in.size()) {
        uint64_t w = Load8(in, plain);
        if (!(((w - 0x0E0E0E0E0E0E0E0Eull) | w) & kHighBits)) {
          plain += 8;
          continue;
        }
      }
      unsigned char b = static_cast<unsigned char>(in[plain]);
      if (b >= 0x80 || b == '\r' || b == '\t' || b == '\f' || b == '\v') break;
      ++plain;
    }
    if (plain > i) {
      out->text.append(in.data() + i, plain - i);
      size_t at = out->offsets.size();
      out->offsets.resize(at + (plain - i));
      for (size_t k = i; k < plain; ++k) out->offsets[at + (k - i)] = static_cast<uint32_t>(k);
      i = plain;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (c == '\r') {  // CRLF and lone CR become LF
        if (i + 1 >= in.size() || in[i + 1] != '\n') emit("\n", i);
      } else {
        out->text.push_back(static_cast<char>(c == '\t' || c == '\f' || c == '\v' ? ' ' : c));
        out->offsets.push_back(static_cast<uint32_t>(i));
      }
      ++i;
      continue;
    }
    char32_t cp;
    int n = DecodeUtf8(in, i, &cp);
    if (n == 0) return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(i));
    if (const char* folded = Fold(cp)) {
      emit(folded, i);
      i += n;
      continue;
    }
    // A run of unfolded non-ASCII code points. It takes along the ASCII character just
    // copied before it, so that a combining mark composes with its base ("e" + U+0301).
    size_t run_begin = i;
    if (!out->text.empty() && static_cast<unsigned char>(in[i - 1]) < 0x80 &&
        out->offsets.back() == i - 1 && out->text.back() == in[i - 1]) {
      out->text.pop_back();
      out->offsets.pop_back();
      run_begin = i - 1;
    }
    size_t run_end = i;
    while (run_end < in.size() && static_cast<unsigned char>(in[run_end]) >= 0x80) {
      char32_t c2;
      int m = DecodeUtf8(in, run_end, &c2);
      if (m == 0) {
        return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(run_end));
      }
      if (Fold(c2)) break;
      run_end += m;
    }
    std::string_view run = in.substr(run_begin, run_end - run_begin);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    err = U_ZERO_ERROR;
    if (nfc->quickCheck(u, err) == UNORM_YES || U_FAILURE(err)) {
      for (size_t k = run_begin; k < run_end; ++k) {
        out->text.push_back(in[k]);
        out->offsets.push_back(static_cast<uint32_t>(
            (static_cast<unsigned char>(in[k]) & 0xC0) == 0x80 ? out->offsets.back() : k));
      }
    } else {
      err = U_ZERO_ERROR;
      icu::UnicodeString composed = nfc->normalize(u, err);
      std::string utf8;
      composed.toUTF8String(utf8);
      emit(utf8, run_begin);
    }
    i = run_end;
  }
  out->offsets.push_back(static_cast<uint32_t>(in.size()));
  return Status::Ok();
}

}  // namespace dyad
