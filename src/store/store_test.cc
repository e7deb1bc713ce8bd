#include "store/store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/testing.h"

namespace dyad {
namespace {

using testing::Coded;
using testing::MakeDocument;
using testing::MakeEvent;

const Provenance kProvenance{"0.1.0", "abc123"};

std::unique_ptr<EventStore> OpenMemory(StoreOptions options = {}) {
  auto store = EventStore::Open(":memory:", options);
  EXPECT_TRUE(store.ok()) << store.status().message();
  return std::move(*store);
}

IngestOutcome Put(EventStore* store, const Document& doc, const DocumentResult& result,
                  const Provenance& p = kProvenance) {
  EXPECT_TRUE(store->Begin().ok());
  auto outcome = store->Ingest(doc, result, p);
  EXPECT_TRUE(outcome.ok()) << outcome.status().message();
  EXPECT_TRUE(store->Commit().ok());
  return *outcome;
}

std::vector<StoredEvent> Query(EventStore* store, const EventFilter& filter,
                               bool mentions = false) {
  std::vector<StoredEvent> out;
  Status s = store->QueryEvents(filter, mentions, [&](const StoredEvent& e) {
    out.push_back(e);
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

EventFilter Filter(const std::string& name, const std::string& value) {
  EventFilter f;
  EXPECT_TRUE(SetFilter(name, value, &f).ok()) << name << "=" << value;
  return f;
}

TEST(EventStoreTest, SameDocumentTwiceChangesNothing) {
  auto store = OpenMemory();
  Document doc = MakeDocument("d1", "text one");
  DocumentResult r = Coded({MakeEvent("d1", 0, "USA", "PRK", "112", "2023-10-13")});
  EXPECT_EQ(Put(store.get(), doc, r), IngestOutcome::kAdded);
  auto before = store->Stats();
  EXPECT_EQ(Put(store.get(), doc, r), IngestOutcome::kUnchanged);
  auto after = store->Stats();
  EXPECT_EQ(before->events, after->events);
  EXPECT_EQ(after->mentions, 1);
  EXPECT_EQ(after->documents, 1);
}

TEST(EventStoreTest, ChangedDocumentReplacesItsEvents) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("d1", "first text"),
      Coded({MakeEvent("d1", 0, "USA", "PRK", "112", "2023-10-13"),
             MakeEvent("d1", 1, "JPN", "PRK", "111", "2023-10-13")}));
  EXPECT_EQ(Put(store.get(), MakeDocument("d1", "second text"),
                Coded({MakeEvent("d1", 0, "RUS", "UKR", "190", "2023-10-14")})),
            IngestOutcome::kReplaced);
  auto events = Query(store.get(), EventFilter{});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source_root, "RUS");
  EXPECT_EQ(store->Stats()->mentions, 1);
  EXPECT_EQ(store->Stats()->sentences, 1);
  EXPECT_EQ(*store->StoredHash("d1"), TextHash("second text"));
}

TEST(EventStoreTest, ReplacementKeepsOtherDocumentsMentionsOfASharedEvent) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("a", "a1", "Wire A"),
      Coded({MakeEvent("a", 0, "USA", "PRK", "112", "2023-10-13")}));
  Put(store.get(), MakeDocument("b", "b1", "Wire B"),
      Coded({MakeEvent("b", 2, "USA", "PRK", "112", "2023-10-13")}));
  ASSERT_EQ(Query(store.get(), {})[0].num_mentions, 2);
  Put(store.get(), MakeDocument("a", "a2", "Wire A"),
      Coded({MakeEvent("a", 0, "CHN", "TWN", "190", "2023-10-13")}));
  auto usa = Query(store.get(), Filter("actor", "USA"));
  ASSERT_EQ(usa.size(), 1u);
  EXPECT_EQ(usa[0].num_mentions, 1);
  EXPECT_EQ(usa[0].num_documents, 1);
  EXPECT_EQ(usa[0].representative.event.doc_id, "b");
}

TEST(EventStoreTest, TwoArticlesAboutOneEventAreOneEvent) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("a", "text a", "Wire A"),
      Coded({MakeEvent("a", 0, "USAGOV", "PRK", "112", "2023-10-13")}));
  Put(store.get(), MakeDocument("b", "text b", "Wire B"),
      Coded({MakeEvent("b", 3, "USA", "PRKGOV", "112", "2023-10-14")}));
  Put(store.get(), MakeDocument("c", "text c", "Wire B"),
      Coded({MakeEvent("c", 1, "USA", "PRK", "112", "2023-10-12")}));
  auto events = Query(store.get(), EventFilter{}, true);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].num_mentions, 3);
  EXPECT_EQ(events[0].num_documents, 3);
  EXPECT_EQ(events[0].num_outlets, 2);
  ASSERT_EQ(events[0].mentions.size(), 3u);
  EXPECT_EQ(events[0].mentions[0].event.id, "a:0:0");
  EXPECT_EQ(events[0].mentions[1].event.id, "b:3:0");
  EXPECT_EQ(events[0].mentions[2].outlet, "Wire B");
  EXPECT_FALSE(events[0].first_seen.empty());
  EXPECT_EQ(events[0].provenance.dyad_version, "0.1.0");
  EXPECT_EQ(events[0].provenance.dictionary_fingerprint, "abc123");
}

TEST(EventStoreTest, NeverMergesAcrossModalities) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("a", "text a"),
      Coded({MakeEvent("a", 0, "PRK", "RUS", "072", "2023-10-13", Modality::kAlleged)}));
  Put(store.get(), MakeDocument("b", "text b"),
      Coded({MakeEvent("b", 0, "PRK", "RUS", "072", "2023-10-13", Modality::kFact)}));
  auto events = Query(store.get(), {});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].num_mentions, 1);
  EXPECT_EQ(events[1].num_mentions, 1);
}

TEST(EventStoreTest, WindowAndCodeKeepEventsApart) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("a", "a"),
      Coded({MakeEvent("a", 0, "USA", "PRK", "112", "2023-10-13")}));
  Put(store.get(), MakeDocument("b", "b"),  // two days later: outside the 1-day window
      Coded({MakeEvent("b", 0, "USA", "PRK", "112", "2023-10-15")}));
  Put(store.get(), MakeDocument("c", "c"),  // another code of the same root
      Coded({MakeEvent("c", 0, "USA", "PRK", "111", "2023-10-13")}));
  Put(store.get(), MakeDocument("d", "d"),  // undated: never merged
      Coded({MakeEvent("d", 0, "USA", "PRK", "112", "")}));
  Put(store.get(), MakeDocument("e", "e"), Coded({MakeEvent("e", 0, "USA", "PRK", "112", "")}));
  EXPECT_EQ(store->Stats()->events, 5);
}

TEST(EventStoreTest, RootMatchingAndWiderWindowAreStoreSettings) {
  StoreOptions options;
  options.dedup.match = DedupMatch::kRoot;
  options.dedup.window_days = 3;
  options.explicit_dedup = true;
  auto dir = std::filesystem::temp_directory_path() / "dyad_store_settings_test.db";
  std::filesystem::remove(dir);
  {
    auto store = EventStore::Open(dir.string(), options);
    ASSERT_TRUE(store.ok()) << store.status().message();
    Put(store->get(), MakeDocument("a", "a"),
        Coded({MakeEvent("a", 0, "USA", "PRK", "112", "2023-10-13")}));
    Put(store->get(), MakeDocument("b", "b"),
        Coded({MakeEvent("b", 0, "USA", "PRK", "111", "2023-10-15")}));
    EXPECT_EQ((*store)->Stats()->events, 1);
  }
  auto reopened = EventStore::Open(dir.string(), StoreOptions{});
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ((*reopened)->dedup().window_days, 3);
  StoreOptions other;
  other.explicit_dedup = true;
  EXPECT_FALSE(EventStore::Open(dir.string(), other).ok());
  reopened->reset();
  std::filesystem::remove(dir);
  std::filesystem::remove(dir.string() + "-wal");
  std::filesystem::remove(dir.string() + "-shm");
}

TEST(EventStoreTest, MutualEventsMatchTheirMirror) {
  auto store = OpenMemory();
  Event a = MakeEvent("a", 0, "RUS", "PRK", "057", "2023-09-13");
  a.mutual = true;
  Event b = MakeEvent("b", 0, "PRK", "RUS", "057", "2023-09-13");
  b.mutual = true;
  Put(store.get(), MakeDocument("a", "a"), Coded({a}));
  Put(store.get(), MakeDocument("b", "b"), Coded({b}));
  EXPECT_EQ(store->Stats()->events, 1);
}

TEST(EventStoreTest, EveryFilter) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("a", "a"),
      Coded({MakeEvent("a", 0, "USAGOV", "PRK", "112", "2023-10-13"),
             MakeEvent("a", 1, "PRK", "USA", "111", "2023-10-20", Modality::kAlleged),
             MakeEvent("a", 2, "RUS", "UKR", "190", "2024-02-01"),
             MakeEvent("a", 3, "CHN", "USA", "040", "2024-03-01")}));
  auto count = [&](const EventFilter& f) { return Query(store.get(), f).size(); };
  EXPECT_EQ(count({}), 4u);
  EXPECT_EQ(count(Filter("actor", "USA")), 3u);
  EXPECT_EQ(count(Filter("actor", "USAGOV")), 1u);
  EXPECT_EQ(count(Filter("source", "PRK")), 1u);
  EXPECT_EQ(count(Filter("target", "USA")), 2u);
  EXPECT_EQ(count(Filter("dyad", "USA:PRK")), 1u);
  EXPECT_EQ(count(Filter("dyad", "USA,PRK")), 2u);
  EXPECT_EQ(count(Filter("dyad", "PRK:USA")), 1u);
  EXPECT_EQ(count(Filter("cameo", "112")), 1u);
  EXPECT_EQ(count(Filter("root", "11")), 2u);
  EXPECT_EQ(count(Filter("plover", "ACCUSE")), 2u);
  EXPECT_EQ(count(Filter("quad", "4")), 1u);
  EXPECT_EQ(count(Filter("modality", "alleged")), 1u);
  EXPECT_EQ(count(Filter("from", "2024")), 2u);
  EXPECT_EQ(count(Filter("to", "2023-10")), 2u);
  EXPECT_EQ(count(Filter("to", "2023-10-13")), 1u);
  EXPECT_EQ(count(Filter("q", "UKR did")), 1u);
  EXPECT_EQ(count(Filter("q", "nothing-like-this")), 0u);
  EXPECT_EQ(count(Filter("limit", "3")), 3u);
  EXPECT_EQ(count(Filter("offset", "3")), 1u);
  EventFilter both = Filter("actor", "USA");
  ASSERT_TRUE(SetFilter("quad", "3", &both).ok());
  EXPECT_EQ(count(both), 2u);
  EXPECT_EQ(*store->CountEvents(both), 2);
  // Results come in date order.
  auto all = Query(store.get(), {});
  EXPECT_EQ(all.front().representative.event.cameo, "112");
  EXPECT_EQ(all.back().representative.event.cameo, "040");
}

TEST(EventStoreTest, SeriesFillsEmptyPeriods) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("a", "a"),
      Coded({MakeEvent("a", 0, "USA", "PRK", "112", "2023-10-02"),
             MakeEvent("a", 1, "USA", "PRK", "040", "2023-10-03"),
             MakeEvent("a", 2, "USA", "PRK", "112", "2023-10-24"),
             MakeEvent("a", 3, "PRK", "USA", "111", "2023-10-24")}));
  auto rows = store->QuerySeries(Filter("dyad", "USA:PRK"), Period::kWeek);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 4u);  // weeks of Oct 2, 9, 16, 23
  EXPECT_EQ((*rows)[0].period, "2023-10-02");
  EXPECT_EQ((*rows)[0].events, 2);
  EXPECT_DOUBLE_EQ((*rows)[0].goldstein_sum, 1.0);
  EXPECT_EQ((*rows)[0].quad[0], 1);
  EXPECT_EQ((*rows)[0].quad[2], 1);
  EXPECT_EQ((*rows)[1].events, 0);
  EXPECT_EQ((*rows)[2].events, 0);
  EXPECT_EQ((*rows)[3].events, 1);
  EventFilter both = Filter("dyad", "USA,PRK");
  ASSERT_TRUE(SetFilter("from", "2023-09", &both).ok());
  ASSERT_TRUE(SetFilter("to", "2023-11", &both).ok());
  auto months = store->QuerySeries(both, Period::kMonth);
  ASSERT_EQ(months->size(), 3u);
  EXPECT_EQ((*months)[0].dyad, "USA,PRK");
  EXPECT_EQ((*months)[1].events, 4);
  EXPECT_EQ((*months)[2].events, 0);
}

TEST(EventStoreTest, RecodeReplacesMentionsAndKeepsDocuments) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("a", "a"),
      Coded({MakeEvent("a", 0, "USA", "PRK", "112", "2023-10-13")}));
  std::vector<StoredDocument> docs;
  ASSERT_TRUE(store
                  ->ForEachDocument(
                      [&](const StoredDocument& d, const std::vector<StoredMention>& mentions) {
                        EXPECT_EQ(mentions.size(), 1u);
                        docs.push_back(d);
                        return Status::Ok();
                      })
                  .ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].document.text, "a");
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store
                  ->Recode(docs[0], Coded({MakeEvent("a", 0, "USA", "PRK", "111", "2023-10-13")}),
                           Provenance{"0.2.0", "def"})
                  .ok());
  ASSERT_TRUE(store->Commit().ok());
  auto events = Query(store.get(), {});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].representative.event.cameo, "111");
  EXPECT_EQ(events[0].provenance.dyad_version, "0.2.0");
}

TEST(EventStoreTest, StoredMentionRoundTripsTheEvent) {
  auto store = OpenMemory();
  Event e = MakeEvent("a", 2, "USAGOV", "PRK", "112", "2023-10-13", Modality::kIntended);
  e.plover_mode = "disapprove";
  e.plover_context = {"military", "cyber"};
  e.location_country = "PRK";
  e.location_place = "Pyongyang";
  e.location_lat = 39.03;
  e.location_lon = 125.75;
  e.attributed_to = testing::CountryActor("KOR", "GOV");
  e.mentions = {Span{2, 1, 4}, Span{2, 7, 9}};
  Document doc = MakeDocument("a", "a", "Wire");
  doc.url = "https://example.org/a";
  doc.title = "A title";
  Put(store.get(), doc, Coded({e}));
  auto events = Query(store.get(), {});
  ASSERT_EQ(events.size(), 1u);
  const Event& got = events[0].representative.event;
  EXPECT_EQ(got.id, e.id);
  EXPECT_EQ(got.sentence, e.sentence);
  EXPECT_EQ(got.date, e.date);
  EXPECT_EQ(got.source.code, "USAGOV");
  EXPECT_EQ(got.source.sector, "GOV");
  EXPECT_EQ(got.target->code, "PRK");
  EXPECT_EQ(got.plover_context, e.plover_context);
  EXPECT_EQ(got.modality, Modality::kIntended);
  EXPECT_EQ(got.attributed_to->code, "KORGOV");
  EXPECT_DOUBLE_EQ(*got.location_lat, 39.03);
  EXPECT_EQ(got.mentions.size(), 2u);
  EXPECT_EQ(got.mentions[1].start, 7u);
  EXPECT_EQ(got.url, "https://example.org/a");
  EXPECT_EQ(got.title, "A title");
  EXPECT_EQ(events[0].representative.outlet, "Wire");
}

TEST(EventStoreTest, BulkLoadRebuildsIndexes) {
  auto store = OpenMemory();
  Put(store.get(), MakeDocument("a", "a"),
      Coded({MakeEvent("a", 0, "USA", "PRK", "112", "2023-10-13")}));
  ASSERT_TRUE(store->BeginBulkLoad().ok());
  ASSERT_TRUE(store->EndBulkLoad().ok());
  EXPECT_EQ(Query(store.get(), Filter("q", "PRK")).size(), 1u);
  Put(store.get(), MakeDocument("b", "b"),
      Coded({MakeEvent("b", 0, "CHN", "TWN", "190", "2023-10-13")}));
  EXPECT_EQ(Query(store.get(), Filter("q", "TWN")).size(), 1u);
}

}  // namespace
}  // namespace dyad
