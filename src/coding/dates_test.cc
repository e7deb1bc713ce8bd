#include "coding/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

// The date mentions of `text` given the publication date `pub`.
std::vector<DateMention> Find(std::string_view text, Date pub = Date{}) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<DateMention> out;
  FindDates(tokens, 0, static_cast<uint32_t>(tokens.size()), pub, &out);
  return out;
}

TEST(DatesTest, MonthDayYear) {
  auto m = Find("On October 26, 2023, Pyongyang fired.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date, (Date{2023, 10, 26}));
  EXPECT_EQ(m[0].basis, DateBasis::kExplicit);
  EXPECT_EQ(m[0].first, 1u);
  EXPECT_EQ(m[0].end, 5u);  // October 26 , 2023
}

TEST(DatesTest, DayMonthYearAndIso) {
  auto m = Find("Signed 26 October 2023 and 2023-11-02.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].date, (Date{2023, 10, 26}));
  EXPECT_EQ(m[0].end - m[0].first, 3u);
  EXPECT_EQ(m[1].date, (Date{2023, 11, 2}));
}

TEST(DatesTest, MissingYearTakesPublicationYear) {
  auto m = Find("talks on Oct. 26 ended", Date{2023, 10, 30});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date, (Date{2023, 10, 26}));
  EXPECT_EQ(m[0].end - m[0].first, 2u);
  // Within a week after publication: same year.
  EXPECT_EQ(Find("on November 5", Date{2023, 10, 30})[0].date, (Date{2023, 11, 5}));
  // More than a week after publication: the previous year.
  EXPECT_EQ(Find("on December 20", Date{2024, 1, 3})[0].date, (Date{2023, 12, 20}));
  EXPECT_EQ(Find("on Oct. 26", Date{2023, 10, 10})[0].date, (Date{2022, 10, 26}));
  EXPECT_EQ(Find("on 26 October", Date{2023, 10, 10})[0].date, (Date{2022, 10, 26}));
  EXPECT_TRUE(Find("on 26 October", Date{2023, 10, 10})[0].year_before);
  EXPECT_FALSE(Find("on November 5", Date{2023, 10, 30})[0].year_before);
  EXPECT_FALSE(Find("on 26 October 2022", Date{2023, 10, 10})[0].year_before);
}

TEST(DatesTest, MissingYearWithoutPublicationIsSkipped) {
  EXPECT_TRUE(Find("on Oct. 26 they met").empty());
  EXPECT_TRUE(Find("on February 30, 2023").empty());
}

TEST(DatesTest, MonthYearHasMonthPrecision) {
  auto m = Find("In October 2023 the talks stalled.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date, (Date{2023, 10, 0}));
  EXPECT_EQ(m[0].date.ToString(), "2023-10");
}

TEST(DatesTest, InAYearHasYearPrecision) {
  auto m = Find("Lavrov last visited North Korea in 2018, when he met Kim.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date.ToString(), "2018");
  EXPECT_TRUE(Find("The group has 2018 members.").empty());  // a count, not "in YYYY"
}

TEST(DatesTest, LowercaseMonthWordsAreNotDates) {
  EXPECT_TRUE(Find("they may 5 times march 2023 miles", Date{2023, 10, 30}).empty());
}

TEST(DatesTest, WeekdaysResolveToMostRecentOnOrBeforePublication) {
  Date pub{2023, 10, 26};  // a Thursday
  auto m = Find("Seoul said on Tuesday that", pub);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date, (Date{2023, 10, 24}));
  EXPECT_EQ(m[0].basis, DateBasis::kRelative);
  EXPECT_EQ(Find("on Thursday", pub)[0].date, pub);
  EXPECT_EQ(Find("on Friday", pub)[0].date, (Date{2023, 10, 20}));
  EXPECT_TRUE(Find("on Friday", pub)[0].weekday);
  EXPECT_FALSE(Find("on October 20", pub)[0].weekday);
  EXPECT_TRUE(Find("on Tuesday").empty());                  // no publication date
  EXPECT_TRUE(Find("on Tuesday", Date{2023, 10, 0}).empty());  // month precision only
}

TEST(DatesTest, DeicticWords) {
  Date pub{2023, 3, 1};
  auto m = Find("Yesterday and today , not tomorrow", pub);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].date, (Date{2023, 2, 28}));
  EXPECT_EQ(m[1].date, pub);
  EXPECT_EQ(m[2].date, (Date{2023, 3, 2}));
  EXPECT_EQ(m[2].basis, DateBasis::kRelative);
}

TEST(DatesTest, DatelineDate) {
  EXPECT_EQ(FindDatelineDate("written by Jane Kim | October 30, 2023\n\nSEOUL - The talks..."),
            (Date{2023, 10, 30}));
  EXPECT_EQ(FindDatelineDate("Posted 2023-06-01 by staff"), (Date{2023, 6, 1}));
  EXPECT_FALSE(FindDatelineDate("No date here, only on Tuesday.").valid());
  EXPECT_FALSE(FindDatelineDate("Something long. October 30, 2023", 10).valid());
}

}  // namespace
}  // namespace dyad
