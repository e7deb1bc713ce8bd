// Calendar arithmetic and ISO 8601 parsing for dyad::Date (declared in dyad/event.h).
// Pure functions; thread-safe.
#ifndef DYAD_BASE_DATE_H_
#define DYAD_BASE_DATE_H_

#include <optional>
#include <string_view>

#include "dyad/event.h"

namespace dyad {

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY"; nullopt for anything else or an impossible
// date (2023-02-30).
std::optional<Date> ParseIsoDate(std::string_view s);

int DaysInMonth(int year, int month);

// Days since 1970-01-01 of a day-precision date (month and day default to 1).
long DaysFromCivil(const Date& d);
Date CivilFromDays(long days);

// 0 = Monday ... 6 = Sunday.
int Weekday(const Date& d);

// Orders dates by their first day; a coarser date sorts before finer ones on the same day.
int CompareDates(const Date& a, const Date& b);

}  // namespace dyad

#endif  // DYAD_BASE_DATE_H_
