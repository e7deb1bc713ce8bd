#include "base/flat_map.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <vector>

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

// The reference implementation is std::map: a map must agree with it on `n` random keys,
// a third of which collide in their low bits, and on keys never inserted.
template <typename Map>
void ExpectAgreesWithStdMap(uint64_t seed, int n) {
  std::mt19937_64 rng(seed);
  Map fast;
  std::map<uint64_t, uint64_t> slow;
  for (int i = 0; i < n; ++i) {
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

TEST(FlatMapTest, AgreesWithStdMap) { ExpectAgreesWithStdMap<FlatMap64<uint64_t>>(1, 20000); }

TEST(FilteredFlatMapTest, AgreesWithStdMap) {
  ExpectAgreesWithStdMap<FilteredFlatMap64<uint64_t>>(3, 5000);
}

// A filter never turns away a key that was added, and turns away most others.
TEST(HashFilterTest, HasNoFalseNegatives) {
  std::mt19937_64 rng(2);
  HashFilter filter;
  std::vector<uint64_t> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back(rng());
  for (uint64_t k : keys) filter.Add(k);
  for (uint64_t k : keys) EXPECT_TRUE(filter.MayContain(k));
  int passed = 0;
  for (int i = 0; i < 10000; ++i) passed += filter.MayContain(rng());
  EXPECT_LT(passed, 1000);  // about 3000 / 65536 of them
}

}  // namespace
}  // namespace dyad
