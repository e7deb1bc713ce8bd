#include "base/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DateTest, ParsesDayMonthAndYearPrecision) {
  EXPECT_EQ(ParseIsoDate("2023-10-26"), (Date{2023, 10, 26}));
  EXPECT_EQ(ParseIsoDate("2023-10"), (Date{2023, 10, 0}));
  EXPECT_EQ(ParseIsoDate("2023"), (Date{2023, 0, 0}));
}

TEST(DateTest, RejectsMalformedAndImpossibleDates) {
  EXPECT_FALSE(ParseIsoDate("2023-02-30"));
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));
  EXPECT_TRUE(ParseIsoDate("2024-02-29"));  // leap year
  EXPECT_FALSE(ParseIsoDate("2023-13-01"));
  EXPECT_FALSE(ParseIsoDate("2023-00"));
  EXPECT_FALSE(ParseIsoDate("2023-1-5"));
  EXPECT_FALSE(ParseIsoDate("2023/10/26"));
  EXPECT_FALSE(ParseIsoDate("2023-10-26T10:00"));
  EXPECT_FALSE(ParseIsoDate("Oct 2023"));
  EXPECT_FALSE(ParseIsoDate(""));
}

TEST(DateTest, ToStringFollowsPrecision) {
  EXPECT_EQ((Date{2023, 10, 26}).ToString(), "2023-10-26");
  EXPECT_EQ((Date{2023, 6, 0}).ToString(), "2023-06");
  EXPECT_EQ((Date{2023, 0, 0}).ToString(), "2023");
  EXPECT_EQ(Date{}.ToString(), "");
  EXPECT_FALSE(Date{}.valid());
}

TEST(DateTest, DaysInMonthHandlesLeapYears) {
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 4), 30);
  EXPECT_EQ(DaysInMonth(2023, 12), 31);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(DateTest, DaysFromCivilRoundTrips) {
  EXPECT_EQ(DaysFromCivil(Date{1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil(Date{1969, 12, 31}), -1);
  EXPECT_EQ(DaysFromCivil(Date{2000, 3, 1}) - DaysFromCivil(Date{2000, 2, 28}), 2);
  EXPECT_EQ(DaysFromCivil(Date{2023, 10, 0}), DaysFromCivil(Date{2023, 10, 1}));
  for (long d : {-800000L, -1L, 0L, 19656L, 59L, 60L, 2932896L}) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d) << d;
  }
  EXPECT_EQ(CivilFromDays(19656), (Date{2023, 10, 26}));
}

TEST(DateTest, WeekdayIsMondayBased) {
  EXPECT_EQ(Weekday(Date{2023, 10, 26}), 3);  // Thursday
  EXPECT_EQ(Weekday(Date{2023, 10, 23}), 0);  // Monday
  EXPECT_EQ(Weekday(Date{2023, 10, 29}), 6);  // Sunday
  EXPECT_EQ(Weekday(Date{1969, 12, 31}), 2);  // Wednesday, before the epoch
}

TEST(DateTest, CompareDatesOrdersByFirstDayThenPrecision) {
  EXPECT_LT(CompareDates(Date{2023, 10, 25}, Date{2023, 10, 26}), 0);
  EXPECT_GT(CompareDates(Date{2024, 0, 0}, Date{2023, 12, 31}), 0);
  EXPECT_EQ(CompareDates(Date{2023, 10, 26}, Date{2023, 10, 26}), 0);
  // Same first day: the coarser date sorts first.
  EXPECT_LT(CompareDates(Date{2023, 0, 0}, Date{2023, 1, 0}), 0);
  EXPECT_LT(CompareDates(Date{2023, 1, 0}, Date{2023, 1, 1}), 0);
  EXPECT_GT(CompareDates(Date{2023, 1, 1}, Date{2023, 0, 0}), 0);
}

}  // namespace
}  // namespace dyad
