// Time series of events per dyad: days, Monday-based weeks or months, with the empty
// periods filled in. The store aggregates per day in SQL (an index-only scan of
// ix_events_dyad); this module buckets those days into periods and fills the gaps.
// Pure functions; thread-safe.
#ifndef DYAD_STORE_SERIES_H_
#define DYAD_STORE_SERIES_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dyad {

enum class Period { kDay, kWeek, kMonth };

// How EventStore::QuerySeries splits the matching events into series.
enum class SeriesSplit {
  kDyad,  // one series per dyad, named "A:B" (or "A,B" for a dyad in both directions)
  kNone,  // one series named "all"
};

struct SeriesOptions {
  SeriesSplit split = SeriesSplit::kDyad;
  // Sum the events table even when series_days could answer: the slow reference the
  // tests compare series_days with.
  bool from_events = false;
};

// One period of one dyad.
struct SeriesRow {
  std::string dyad;    // "USA:PRK" (source:target), or "USA,PRK" for both directions
  std::string period;  // "2023-10-26"; a week by its Monday "2023-10-23"; "2023-10"
  int64_t events = 0, mentions = 0;
  double goldstein_sum = 0;
  double goldstein_mean() const { return events ? goldstein_sum / events : 0.0; }
  std::array<int64_t, 4> quad{};  // events per QuadClass 1-4
};

// What the store's SQL gives: one dyad, one day, one QuadClass.
struct DayAggregate {
  std::string dyad;
  long day = 0;  // days since 1970-01-01
  int quad_class = 0;
  int64_t events = 0, mentions = 0;
  double goldstein_sum = 0;
};

long PeriodStart(long day, Period period);
long NextPeriod(long day, Period period);  // the first day of the following period
std::string PeriodName(long day, Period period);

// Rows sorted by dyad, then period; every period of each dyad from `from` (else its first
// event) to `to` (else its last) is present, zero when it has no event.
std::vector<SeriesRow> BuildSeries(const std::vector<DayAggregate>& days, Period period,
                                   std::optional<long> from, std::optional<long> to);

}  // namespace dyad

#endif  // DYAD_STORE_SERIES_H_
