// Civil-calendar conversions use the well-known days-from-civil algorithm on the
// proleptic Gregorian calendar, with eras of 400 years.
#include "base/date.h"

#include <charconv>
#include <cstdio>

namespace dyad {

std::string Date::ToString() const {
  char buf[40];  // room for any int, so the compiler can prove no truncation
  if (!valid()) return "";
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<Date> ParseIsoDate(std::string_view s) {
  auto num = [&](size_t pos, size_t len, int* out) {
    if (pos + len > s.size()) return false;
    for (size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    std::from_chars(s.data() + pos, s.data() + pos + len, *out);
    return true;
  };
  Date d;
  if (!num(0, 4, &d.year) || d.year < 1000) return std::nullopt;
  if (s.size() == 4) return d;
  if (s.size() < 7 || s[4] != '-' || !num(5, 2, &d.month) || d.month < 1 || d.month > 12) {
    return std::nullopt;
  }
  if (s.size() == 7) return d;
  if (s.size() != 10 || s[7] != '-' || !num(8, 2, &d.day) || d.day < 1 ||
      d.day > DaysInMonth(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

long DaysFromCivil(const Date& d) {
  int y = d.year;
  unsigned m = d.month ? d.month : 1, day = d.day ? d.day : 1;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(const Date& d) {
  long days = DaysFromCivil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

int CompareDates(const Date& a, const Date& b) {
  long da = DaysFromCivil(a), db = DaysFromCivil(b);
  if (da != db) return da < db ? -1 : 1;
  int pa = (a.month ? 1 : 0) + (a.day ? 1 : 0), pb = (b.month ? 1 : 0) + (b.day ? 1 : 0);
  return pa == pb ? 0 : (pa < pb ? -1 : 1);
}

}  // namespace dyad
