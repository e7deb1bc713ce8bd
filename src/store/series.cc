// Bucketing by period: each day maps to its period's first day (the day itself, the
// Monday of its week, the 1st of its month); a map keyed by (dyad, period start) sums the
// days, and a walk from the first to the last period writes every period, empty or not.
#include "store/series.h"

#include <fmt/format.h>

#include <map>

#include "base/date.h"

namespace dyad {

long PeriodStart(long day, Period period) {
  switch (period) {
    case Period::kDay:
      return day;
    case Period::kWeek:
      return day - Weekday(CivilFromDays(day));
    case Period::kMonth: {
      Date d = CivilFromDays(day);
      return DaysFromCivil(Date{d.year, d.month, 1});
    }
  }
  return day;
}

long NextPeriod(long day, Period period) {
  switch (period) {
    case Period::kDay:
      return day + 1;
    case Period::kWeek:
      return PeriodStart(day, period) + 7;
    case Period::kMonth: {
      Date d = CivilFromDays(day);
      return d.month == 12 ? DaysFromCivil(Date{d.year + 1, 1, 1})
                           : DaysFromCivil(Date{d.year, d.month + 1, 1});
    }
  }
  return day + 1;
}

std::string PeriodName(long day, Period period) {
  Date d = CivilFromDays(PeriodStart(day, period));
  if (period == Period::kMonth) return fmt::format("{:04d}-{:02d}", d.year, d.month);
  return fmt::format("{:04d}-{:02d}-{:02d}", d.year, d.month, d.day);
}

std::vector<SeriesRow> BuildSeries(const std::vector<DayAggregate>& days, Period period,
                                   std::optional<long> from, std::optional<long> to) {
  struct Sum {
    int64_t events = 0, mentions = 0;
    double goldstein = 0;
    std::array<int64_t, 4> quad{};
  };
  std::map<std::string, std::map<long, Sum>> by_dyad;
  for (const DayAggregate& a : days) {
    Sum& s = by_dyad[a.dyad][PeriodStart(a.day, period)];
    s.events += a.events;
    s.mentions += a.mentions;
    s.goldstein += a.goldstein_sum;
    if (a.quad_class >= 1 && a.quad_class <= 4) s.quad[a.quad_class - 1] += a.events;
  }
  std::vector<SeriesRow> out;
  for (const auto& [dyad, periods] : by_dyad) {
    long first = PeriodStart(from ? *from : periods.begin()->first, period);
    long last = PeriodStart(to ? *to : periods.rbegin()->first, period);
    for (long p = first; p <= last; p = NextPeriod(p, period)) {
      SeriesRow row;
      row.dyad = dyad;
      row.period = PeriodName(p, period);
      auto it = periods.find(p);
      if (it != periods.end()) {
        row.events = it->second.events;
        row.mentions = it->second.mentions;
        row.goldstein_sum = it->second.goldstein;
        row.quad = it->second.quad;
      }
      out.push_back(std::move(row));
    }
  }
  return out;
}

}  // namespace dyad
