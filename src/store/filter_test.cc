#include "store/filter.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(FilterTest, ParsesEveryName) {
  EventFilter f;
  for (const auto& [name, value] :
       std::vector<std::pair<std::string, std::string>>{{"actor", "RUS"},
                                                        {"source", "RUSGOV"},
                                                        {"target", "UKR"},
                                                        {"dyad", "RUS:UKR"},
                                                        {"cameo", "190"},
                                                        {"root", "19"},
                                                        {"plover", "ASSAULT"},
                                                        {"quad", "4"},
                                                        {"modality", "fact"},
                                                        {"from", "2022"},
                                                        {"to", "2022-03"},
                                                        {"q", "shelling"},
                                                        {"limit", "10"},
                                                        {"offset", "5"}}) {
    EXPECT_TRUE(SetFilter(name, value, &f).ok()) << name;
  }
  EXPECT_EQ(FilterNames().size(), 14u);
  EXPECT_EQ(f.quad, 4);
  EXPECT_EQ(f.limit, 10);
}

TEST(FilterTest, RejectsBadValues) {
  EventFilter f;
  EXPECT_FALSE(SetFilter("quad", "5", &f).ok());
  EXPECT_FALSE(SetFilter("colour", "red", &f).ok());
  EXPECT_FALSE(SetFilter("dyad", "USA", &f).ok());
  f = {};
  EXPECT_FALSE(SetFilter("from", "2023-02-30", &f).ok());
  f = {};
  EXPECT_FALSE(SetFilter("modality", "maybe", &f).ok());
  f = {};
  EXPECT_FALSE(SetFilter("limit", "-1", &f).ok());
  f = {};
  EXPECT_FALSE(SetFilter("actor", "usa", &f).ok());
  f = {};
  EXPECT_FALSE(SetFilter("q", "  ", &f).ok());
}

TEST(FilterTest, DyadsAndDates) {
  auto d = ParseDyad("USA,PRK");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->directed);
  EXPECT_EQ(d->b, "PRK");
  EXPECT_TRUE(ParseDyad("USAGOV:IGOUNO")->directed);
  EXPECT_EQ(*LastDay("2024-02") - *FirstDay("2024-02"), 28);
  EXPECT_EQ(*LastDay("2023") - *FirstDay("2023"), 364);
}

TEST(FilterTest, TextQueriesCannotInjectOperators) {
  EXPECT_EQ(TextQuery("missile OR \"launch\"*", SqlDialect::kSqlite),
            "\"missile\" \"OR\" \"launch\"");
  EXPECT_EQ(TextQuery("missile launch", SqlDialect::kPostgres), "missile launch");
}

TEST(FilterTest, WhereClauseBindsEveryValue) {
  EventFilter f;
  ASSERT_TRUE(SetFilter("dyad", "USA,PRKGOV", &f).ok());
  ASSERT_TRUE(SetFilter("q", "x'); DROP TABLE events; --", &f).ok());
  SqlParams params;
  std::string where = WhereClause(f, SqlDialect::kSqlite, &params);
  EXPECT_EQ(where.find("DROP"), std::string::npos);
  EXPECT_EQ(static_cast<size_t>(std::count(where.begin(), where.end(), '?')), params.size());
  EXPECT_EQ(WhereClause(EventFilter{}, SqlDialect::kSqlite, &params), "");
}

}  // namespace
}  // namespace dyad
