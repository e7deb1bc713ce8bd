// A token-level scanner: at each token it tries, in order, ISO dates, "Month D[, YYYY]",
// "D Month[ YYYY]", "Month YYYY", "in YYYY", weekdays and the deictic words. A day-and-month date
// without a year takes the publication year, moved back a year when that would put it more
// than a week after publication (news reports the past). Weekdays resolve to the most
// recent such day on or before publication.
#include "coding/dates.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "base/date.h"

namespace dyad {
namespace {

int MonthOf(std::string_view w) {
  // string_views, so that comparing costs no strlen.
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april",
                                                 "may", "june", "july", "august", "september",
                                                 "october", "november", "december"};
  if (w.size() < 3 || w.size() > 10) return 0;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  char lower[12];
  for (size_t i = 0; i < w.size(); ++i) lower[i] = static_cast<char>(w[i] | 32);
  std::string_view l(lower, w.size());
  for (int m = 0; m < 12; ++m) {
    if (l == kMonths[m]) return m + 1;
  }
  // Abbreviations: "Oct", "Sept" (never "Marc" or "Octo").
  static constexpr std::string_view kShort[] = {"jan", "feb", "mar", "apr", "", "jun", "jul",
                                                "aug", "sep", "oct", "nov", "dec"};
  for (int m = 0; m < 12; ++m) {
    if (l == kShort[m] || (m == 8 && l == std::string_view("sept"))) return m + 1;
  }
  return 0;
}

// The month a capitalised token names, or 0. Most capitalised words are no month: they
// are turned away by their hash, which the token already carries (computed again only
// without an abbreviation's period), before any spelling is compared.
int MonthOf(const Token& t) {
  static constexpr uint64_t kHashes[] = {
      HashLower("january"), HashLower("february"), HashLower("march"), HashLower("april"),
      HashLower("may"), HashLower("june"), HashLower("july"), HashLower("august"),
      HashLower("september"), HashLower("october"), HashLower("november"),
      HashLower("december"), HashLower("jan"), HashLower("feb"), HashLower("mar"),
      HashLower("apr"), HashLower("jun"), HashLower("jul"), HashLower("aug"),
      HashLower("sep"), HashLower("sept"), HashLower("oct"), HashLower("nov"),
      HashLower("dec")};
  // One bit per name (of 64, by the hash's top bits): most words are turned away by it.
  static constexpr uint64_t kSummary = [] {
    uint64_t bits = 0;
    for (uint64_t h : kHashes) bits |= uint64_t{1} << (h >> 58);
    return bits;
  }();
  std::string_view w = t.text;
  uint64_t h = !w.empty() && w.back() == '.' ? HashLower(w.substr(0, w.size() - 1)) : t.hash;
  if (!(kSummary & (uint64_t{1} << (h >> 58))) ||
      std::find(std::begin(kHashes), std::end(kHashes), h) == std::end(kHashes)) {
    return 0;
  }
  return MonthOf(w);
}

int WeekdayOf(std::string_view w) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  for (int d = 0; d < 7; ++d) {
    if (w == kDays[d]) return d;
  }
  return -1;
}

int NumberOf(const Token& t, int lo, int hi) {
  std::string_view w = t.text;
  // "26th", "1st"
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 4) return -1;
  std::string_view rest = w.substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return -1;
  int v = 0;
  std::from_chars(w.data(), w.data() + digits, v);
  return v >= lo && v <= hi ? v : -1;
}

Date CompleteYear(int month, int day, const Date& pub) {
  if (!pub.valid()) return Date{};
  Date d{pub.year, month, day};
  if (day > DaysInMonth(d.year, month)) return Date{};
  if (pub.month && DaysFromCivil(d) > DaysFromCivil(pub) + 7) d.year -= 1;
  return d;
}

bool IsLower(const Token& t, std::string_view lower) {
  if (t.text.size() != lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if ((t.text[i] | 32) != lower[i]) return false;
  }
  return true;
}

}  // namespace

void FindDates(const std::vector<Token>& tokens, uint32_t first, uint32_t end,
               const Date& pub, std::vector<DateMention>* out) {
  auto tok = [&](uint32_t i) -> const Token* { return i < end ? &tokens[i] : nullptr; };
  auto is = [&](uint32_t i, std::string_view s) { return i < end && tokens[i].text == s; };
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    if (t.is(kNumber) && t.text.size() == 10) {
      if (auto d = ParseIsoDate(t.text)) {
        out->push_back({i, i + 1, *d, DateBasis::kExplicit});
        continue;
      }
    }
    if (int m = t.is(kCapitalized) ? MonthOf(t) : 0; m) {
      const Token* next = tok(i + 1);
      int day = next ? NumberOf(*next, 1, 31) : -1;
      if (day > 0) {  // Month D[, YYYY]
        uint32_t j = i + 2;
        if (is(j, ",")) ++j;
        const Token* y = tok(j);
        int year = y ? NumberOf(*y, 1900, 2100) : -1;
        Date d = year > 0 ? Date{year, m, day} : CompleteYear(m, day, pub);
        if (d.valid() && day <= DaysInMonth(d.year, m)) {
          out->push_back({i, year > 0 ? j + 1 : i + 2, d, DateBasis::kExplicit,
                          year <= 0 && d.year != pub.year});
          i = (year > 0 ? j : i + 1);
          continue;
        }
      }
      int year = next ? NumberOf(*next, 1900, 2100) : -1;
      if (year > 0 && next->text.size() == 4) {  // Month YYYY
        out->push_back({i, i + 2, Date{year, m, 0}, DateBasis::kExplicit});
        ++i;
        continue;
      }
    }
    if (t.is(kNumber)) {  // D Month[ YYYY]
      int day = NumberOf(t, 1, 31);
      const Token* next = tok(i + 1);
      int m = next && next->is(kCapitalized) ? MonthOf(*next) : 0;
      if (day > 0 && m) {
        const Token* y = tok(i + 2);
        int year = y ? NumberOf(*y, 1900, 2100) : -1;
        Date d = year > 0 ? Date{year, m, day} : CompleteYear(m, day, pub);
        if (d.valid() && day <= DaysInMonth(d.year, m)) {
          out->push_back({i, year > 0 ? i + 3 : i + 2, d, DateBasis::kExplicit,
                          year <= 0 && d.year != pub.year});
          i += year > 0 ? 2 : 1;
          continue;
        }
      }
    }
    // "in 2018", "during 2022": a year.
    if (t.is(kNumber) && t.text.size() == 4 && i > first &&
        (IsLower(tokens[i - 1], "in") || IsLower(tokens[i - 1], "during"))) {
      if (int year = NumberOf(t, 1900, 2100); year > 0) {
        out->push_back({i, i + 1, Date{year, 0, 0}, DateBasis::kExplicit});
        continue;
      }
    }
    if (!pub.valid() || !pub.day) continue;
    // A weekday's name is capitalised.
    if (int wd = t.is(kCapitalized) ? WeekdayOf(t.text) : -1; wd >= 0) {
      long p = DaysFromCivil(pub);
      int back = (Weekday(pub) - wd + 7) % 7;
      out->push_back({i, i + 1, CivilFromDays(p - back), DateBasis::kRelative, false, true});
      continue;
    }
    // "last week", "earlier this month", "last year": the period, at its precision.
    static constexpr uint64_t kLast = HashLower("last"), kThis = HashLower("this"),
                              kEarlier = HashLower("earlier");
    if (i + 1 < end && (t.hash == kLast || t.hash == kThis || t.hash == kEarlier)) {
      const Token& a = t;
      const Token& b = tokens[i + 1];
      bool last = IsLower(a, "last"), this_ = IsLower(a, "this");
      uint32_t span_end = i + 2;
      bool earlier = false;
      if (IsLower(a, "earlier") && i + 2 < end && IsLower(b, "this")) {
        earlier = true;
        this_ = true;
      }
      const Token& unit = earlier ? tokens[i + 2] : b;
      if (earlier) span_end = i + 3;
      Date d;
      if ((last || this_) && IsLower(unit, "week")) {
        Date w = CivilFromDays(DaysFromCivil(pub) - (last ? 7 : 0));
        d = Date{w.year, w.month, 0};
      } else if ((last || this_) && IsLower(unit, "month")) {
        int m = pub.month - (last ? 1 : 0), y = pub.year;
        if (m == 0) m = 12, --y;
        d = Date{y, m, 0};
      } else if ((last || this_) && IsLower(unit, "year")) {
        d = Date{pub.year - (last ? 1 : 0), 0, 0};
      }
      if (d.valid()) {
        out->push_back({i, span_end, d, DateBasis::kRelative});
        i = span_end - 1;
        continue;
      }
    }
    static constexpr uint64_t kYesterday = HashLower("yesterday"), kToday = HashLower("today"),
                              kTomorrow = HashLower("tomorrow");
    if (t.hash != kYesterday && t.hash != kToday && t.hash != kTomorrow) continue;
    int shift = t.text == "yesterday" || t.text == "Yesterday" ? -1
                : t.text == "today" || t.text == "Today" ? 0
                : t.text == "tomorrow" || t.text == "Tomorrow" ? 1 : 99;
    if (shift != 99) {
      out->push_back({i, i + 1, CivilFromDays(DaysFromCivil(pub) + shift), DateBasis::kRelative});
    }
  }
}

Date FindDatelineDate(std::string_view text, size_t max_bytes) {
  std::vector<Token> tokens;
  Tokenize(text.substr(0, std::min(max_bytes, text.size())), &tokens);
  std::vector<DateMention> found;
  FindDates(tokens, 0, static_cast<uint32_t>(tokens.size()), Date{}, &found);
  for (const DateMention& m : found) {
    if (m.date.valid() && m.date.month) return m.date;
  }
  return Date{};
}

}  // namespace dyad
