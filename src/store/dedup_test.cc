#include "store/dedup.h"

#include <gtest/gtest.h>

#include <random>

#include "store/store.h"
#include "store/testing.h"

namespace dyad {
namespace {

using testing::MakeEvent;

TEST(DedupTest, RootsAreCountriesElseCodesWithoutSector) {
  EXPECT_EQ(ActorRoot(testing::CountryActor("USA", "GOV")), "USA");
  Actor un;
  un.code = "IGOUNOMIL";
  un.sector = "MIL";
  EXPECT_EQ(ActorRoot(un), "IGOUNO");
}

TEST(DedupTest, SameEventNeedsSameKeyWithinWindow) {
  DedupOptions o;
  DedupKey a = KeyOf(MakeEvent("a", 0, "USAGOV", "PRK", "112", "2023-10-13"), o);
  EXPECT_TRUE(SameEvent(a, KeyOf(MakeEvent("b", 0, "USA", "PRKGOV", "112", "2023-10-14"), o), o));
  EXPECT_FALSE(SameEvent(a, KeyOf(MakeEvent("b", 0, "USA", "PRK", "112", "2023-10-15"), o), o));
  EXPECT_FALSE(SameEvent(a, KeyOf(MakeEvent("b", 0, "USA", "PRK", "111", "2023-10-13"), o), o));
  EXPECT_FALSE(SameEvent(
      a, KeyOf(MakeEvent("b", 0, "USA", "PRK", "112", "2023-10-13", Modality::kAlleged), o), o));
  EXPECT_FALSE(SameEvent(a, KeyOf(MakeEvent("b", 0, "PRK", "USA", "112", "2023-10-13"), o), o));
  EXPECT_FALSE(SameEvent(a, KeyOf(MakeEvent("b", 0, "USA", "PRK", "112", "2023-10"), o), o));
  DedupOptions by_root{1, DedupMatch::kRoot};
  EXPECT_TRUE(SameEvent(KeyOf(MakeEvent("a", 0, "USA", "PRK", "112", "2023-10-13"), by_root),
                        KeyOf(MakeEvent("b", 0, "USA", "PRK", "111", "2023-10-13"), by_root),
                        by_root));
}

TEST(DedupTest, TextHashTellsEditsApart) {
  EXPECT_EQ(TextHash("abc"), TextHash("abc"));
  EXPECT_NE(TextHash("abc"), TextHash("abd"));
  EXPECT_EQ(TextHash("").size(), 32u);
}

// The store's indexed probe groups mentions exactly as the quadratic reference does.
TEST(DedupTest, StoreAgreesWithReferenceGrouping) {
  std::mt19937 rng(7);
  const char* actors[] = {"USA", "PRK", "RUS", "USAGOV"};
  const char* codes[] = {"112", "111", "040"};
  DedupOptions o;
  auto store = EventStore::Open(":memory:", StoreOptions{});
  ASSERT_TRUE(store.ok());
  std::vector<DedupKey> keys;
  std::vector<std::string> ids;
  for (int i = 0; i < 300; ++i) {
    std::string doc = "d" + std::to_string(i);
    int day = 1 + static_cast<int>(rng() % 9);
    Event e = MakeEvent(doc, 0, actors[rng() % 4], actors[rng() % 3], codes[rng() % 3],
                        "2023-10-0" + std::to_string(day),
                        rng() % 4 == 0 ? Modality::kAlleged : Modality::kFact);
    if (e.source.country == e.target->country) continue;
    keys.push_back(KeyOf(e, o));
    ids.push_back(e.id);
    ASSERT_TRUE((*store)->Begin().ok());
    ASSERT_TRUE(
        (*store)
            ->Ingest(testing::MakeDocument(doc, doc), testing::Coded({e}), Provenance{"v", "f"})
            .ok());
    ASSERT_TRUE((*store)->Commit().ok());
  }
  std::vector<int> expected = GroupMentions(keys, o);
  std::map<std::string, int64_t> got;  // mention id -> event key
  ASSERT_TRUE((*store)
                  ->QueryEvents({}, true,
                                [&](const StoredEvent& e) {
                                  for (const StoredMention& m : e.mentions) got[m.event.id] = e.key;
                                  return Status::Ok();
                                })
                  .ok());
  ASSERT_EQ(got.size(), ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    for (size_t j = i + 1; j < ids.size(); ++j) {
      EXPECT_EQ(expected[i] == expected[j], got[ids[i]] == got[ids[j]]) << ids[i] << " " << ids[j];
    }
  }
}

}  // namespace
}  // namespace dyad
