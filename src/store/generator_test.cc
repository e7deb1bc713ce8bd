#include "store/generator.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(GeneratorTest, LoadsAConsistentQueryableStore) {
  auto store = EventStore::Open(":memory:", StoreOptions{});
  ASSERT_TRUE(store.ok());
  GeneratorOptions o;
  o.events = 3000;
  auto report = GenerateEvents(store->get(), o);
  ASSERT_TRUE(report.ok()) << report.status().message();
  auto stats = (*store)->Stats();
  EXPECT_EQ(stats->events, 3000);
  EXPECT_EQ(stats->mentions, report->mentions);
  EXPECT_GT(report->mentions, 3300);
  EXPECT_LT(report->mentions, 4800);
  auto sum = (*store)->db()->QueryInt("SELECT sum(num_mentions) FROM events");
  EXPECT_EQ(**sum, report->mentions);
  // The busiest dyad is USA:RUS, and text search finds generated words.
  EventFilter f;
  f.dyad = "USA:RUS";
  EXPECT_GT(*(*store)->CountEvents(f), 30);
  EventFilter q;
  q.q = GeneratedWord(3);
  EXPECT_GT(*(*store)->CountEvents(q), 100);
  auto series = (*store)->QuerySeries(f, Period::kMonth);
  ASSERT_TRUE(series.ok());
  EXPECT_EQ(series->size(), 72u);  // six years of months
}

TEST(GeneratorTest, WordsAreDistinct) {
  EXPECT_NE(GeneratedWord(1), GeneratedWord(2));
  EXPECT_NE(GeneratedWord(24), GeneratedWord(0));
}

}  // namespace
}  // namespace dyad
