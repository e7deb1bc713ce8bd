#include "base/flat_map.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace dyad {
namespace {

TEST(FlatMapTest, FindsWhatWasInserted) {
  FlatMap64<uint32_t> m;
  EXPECT_EQ(m.Find(42), nullptr);
  m.Insert(42, 7);
  ASSERT_NE(m.Find(42), nullptr);
  EXPECT_EQ(*m.Find(42), 7u);
  EXPECT_EQ(m.Find(43), nullptr);
}

TEST(FlatMapTest, FirstInsertWins) {
  FlatMap64<int> m;
  m.Insert(5, 1);
  EXPECT_EQ(m.Insert(5, 2), 1);
  EXPECT_EQ(m.size(), 1u);
}

TEST(FlatMapTest, ZeroIsAnOrdinaryKey) {
  FlatMap64<int> m;
  m.Insert(0, 9);
  ASSERT_NE(m.Find(0), nullptr);
  EXPECT_EQ(*m.Find(0), 9);
}

// The reference implementation is std::map: both must agree on random keys, including
// keys that collide in their low bits.
TEST(FlatMapTest, AgreesWithStdMap) {
  std::mt19937_64 rng(1);
  FlatMap64<uint64_t> fast;
  std::map<uint64_t, uint64_t> slow;
  for (int i = 0; i < 20000; ++i) {
    uint64_t k = i % 3 == 0 ? (rng() << 20) : rng();
    fast.Insert(k, i);
    slow.emplace(k, i);
  }
  EXPECT_EQ(fast.size(), slow.size());
  for (const auto& [k, v] : slow) {
    ASSERT_NE(fast.Find(k), nullptr);
    EXPECT_EQ(*fast.Find(k), v);
  }
  for (int i = 0; i < 1000; ++i) {
    uint64_t k = rng();
    EXPECT_EQ(fast.Find(k) != nullptr, slow.count(k) > 0);
  }
}

}  // namespace
}  // namespace dyad
