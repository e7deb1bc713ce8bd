#include "store/series.h"

#include <gtest/gtest.h>

#include "base/date.h"

namespace dyad {
namespace {

long Day(int y, int m, int d) { return DaysFromCivil(Date{y, m, d}); }

TEST(SeriesTest, PeriodsStartOnMondayAndTheFirst) {
  EXPECT_EQ(PeriodName(Day(2023, 10, 26), Period::kWeek), "2023-10-23");
  EXPECT_EQ(PeriodName(Day(2023, 10, 23), Period::kWeek), "2023-10-23");
  EXPECT_EQ(PeriodName(Day(2023, 10, 29), Period::kWeek), "2023-10-23");
  EXPECT_EQ(PeriodName(Day(2023, 10, 26), Period::kMonth), "2023-10");
  EXPECT_EQ(NextPeriod(Day(2023, 12, 5), Period::kMonth), Day(2024, 1, 1));
  EXPECT_EQ(PeriodName(Day(2024, 2, 29), Period::kDay), "2024-02-29");
}

TEST(SeriesTest, FillsGapsBetweenBounds) {
  std::vector<DayAggregate> days = {
      {"USA:PRK", Day(2023, 1, 3), 3, 2, 3, -4.0},
      {"USA:PRK", Day(2023, 1, 3), 1, 1, 1, 3.0},
      {"RUS:UKR", Day(2023, 1, 2), 4, 1, 1, -10.0},
  };
  auto rows = BuildSeries(days, Period::kDay, Day(2023, 1, 1), Day(2023, 1, 4));
  ASSERT_EQ(rows.size(), 8u);
  EXPECT_EQ(rows[0].dyad, "RUS:UKR");
  EXPECT_EQ(rows[4].dyad, "USA:PRK");
  EXPECT_EQ(rows[6].period, "2023-01-03");
  EXPECT_EQ(rows[6].events, 3);
  EXPECT_EQ(rows[6].mentions, 4);
  EXPECT_DOUBLE_EQ(rows[6].goldstein_mean(), -1.0 / 3);
  EXPECT_EQ(rows[6].quad[2], 2);
  EXPECT_EQ(rows[7].events, 0);
  auto open = BuildSeries(days, Period::kMonth, std::nullopt, std::nullopt);
  EXPECT_EQ(open.size(), 2u);
}

}  // namespace
}  // namespace dyad
