#include "store/store.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>

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

using FilterPairs = std::vector<std::pair<std::string, std::string>>;

// The filter of several name=value pairs, and its name for messages ("dyad=USA,RUS ").
EventFilter Filter(const FilterPairs& pairs, std::string* name) {
  EventFilter f;
  name->clear();
  for (const auto& [k, v] : pairs) {
    EXPECT_TRUE(SetFilter(k, v, &f).ok()) << k << "=" << v;
    *name += k + "=" + v + " ";
  }
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

// series_days against the events table after random ingests, replacements and recodes:
// every filter shape, period and split, the fast answer equal to the slow one.
void RandomWrites(EventStore* store, int steps, uint32_t seed) {
  std::mt19937 rng(seed);
  const std::vector<std::string> actors = {"USA", "RUS", "PRK", "CHN", "USAGOV", "RUSMIL"};
  const std::vector<std::string> codes = {"010", "040", "057", "112", "173", "190"};
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  auto random_events = [&](const std::string& doc) {
    std::vector<Event> events;
    int n = static_cast<int>(rng() % 5);
    for (int i = 0; i < n; ++i) {
      std::string date;
      switch (rng() % 6) {
        case 0:
          date = "";
          break;  // undated
        case 1:
          date = "2023-" + std::to_string(10 + rng() % 2);
          break;  // a month
        default:
          date = fmt::format("2023-10-{:02d}", 1 + rng() % 28);
      }
      std::string target = rng() % 7 == 0 ? "" : pick(actors);
      Modality m = rng() % 4 == 0 ? Modality::kAlleged : Modality::kFact;
      Event e = MakeEvent(doc, i, pick(actors), target, pick(codes), date, m);
      e.goldstein += 0.1 * static_cast<double>(rng() % 7);
      events.push_back(std::move(e));
    }
    return Coded(std::move(events));
  };
  for (int step = 0; step < steps; ++step) {
    std::string id = "doc" + std::to_string(rng() % 40);
    ASSERT_TRUE(store->Begin().ok());
    if (step % 5 == 4) {
      // Recode a stored document with a different coding.
      std::vector<StoredDocument> docs;
      ASSERT_TRUE(
          store
              ->ForEachDocument([&](const StoredDocument& d, const std::vector<StoredMention>&) {
                docs.push_back(d);
                return Status::Ok();
              })
              .ok());
      if (!docs.empty()) {
        const StoredDocument& d = docs[rng() % docs.size()];
        ASSERT_TRUE(store->Recode(d, random_events(d.document.id), kProvenance).ok());
      }
    } else {
      // A new document, or a changed text that replaces a stored one.
      auto outcome = store->Ingest(MakeDocument(id, "text " + std::to_string(rng() % 3)),
                                   random_events(id), kProvenance);
      ASSERT_TRUE(outcome.ok()) << outcome.status().message();
    }
    ASSERT_TRUE(store->Commit().ok());
  }
}

void ExpectSeriesDaysEqualEvents(EventStore* store) {
  std::vector<FilterPairs> filters = {
      {},
      {{"actor", "USA"}},
      {{"actor", "PRK"}, {"quad", "3"}},
      {{"source", "RUS"}},
      {{"target", "CHN"}},
      {{"source", "USA"}, {"target", "RUS"}},
      {{"dyad", "USA:RUS"}},
      {{"dyad", "USA,RUS"}},
      {{"dyad", "USA,USA"}},
      {{"dyad", "PRK:CHN"}, {"from", "2023-10-05"}, {"to", "2023-10-20"}},
      {{"actor", "USA"}, {"source", "RUS"}},
      {{"actor", "USA"}, {"source", "USA"}},
      {{"actor", "RUS"}, {"target", "RUS"}, {"quad", "1"}},
      {{"actor", "USA"}, {"target", "PRK"}},
      {{"actor", "USA"}, {"dyad", "USA,RUS"}, {"from", "2023-10-08"}},
      {{"from", "2023-10-10"}, {"to", "2023-11"}},
      {{"quad", "1"}},
      {{"actor", "USAGOV"}},                 // a sector: the events table
      {{"actor", "RUS"}, {"cameo", "112"}},  // a code: the events table
  };
  auto everything = store->QuerySeries(EventFilter{}, Period::kMonth, {SeriesSplit::kNone, true});
  ASSERT_TRUE(everything.ok());
  int64_t events = 0;
  for (const SeriesRow& r : *everything) events += r.events;
  EXPECT_GT(events, 20);  // the random writes left dated events to sum
  for (const auto& pairs : filters) {
    std::string name;
    EventFilter f = Filter(pairs, &name);
    for (Period period : {Period::kDay, Period::kWeek, Period::kMonth}) {
      for (SeriesSplit split : {SeriesSplit::kDyad, SeriesSplit::kNone}) {
        auto fast = store->QuerySeries(f, period, SeriesOptions{split, false});
        auto slow = store->QuerySeries(f, period, SeriesOptions{split, true});
        ASSERT_TRUE(fast.ok()) << fast.status().message();
        ASSERT_TRUE(slow.ok()) << slow.status().message();
        std::string where = name + "period " + std::to_string(static_cast<int>(period)) +
                            " split " + std::to_string(static_cast<int>(split));
        ASSERT_EQ(fast->size(), slow->size()) << where;
        for (size_t i = 0; i < fast->size(); ++i) {
          const SeriesRow &a = (*fast)[i], &b = (*slow)[i];
          EXPECT_EQ(a.dyad, b.dyad) << where;
          EXPECT_EQ(a.period, b.period) << where;
          EXPECT_EQ(a.events, b.events) << where << " " << a.dyad << " " << a.period;
          EXPECT_EQ(a.mentions, b.mentions) << where << " " << a.dyad << " " << a.period;
          EXPECT_EQ(a.quad, b.quad) << where << " " << a.dyad << " " << a.period;
          EXPECT_NEAR(a.goldstein_sum, b.goldstein_sum, 1e-6) << where;
        }
      }
    }
  }
}

// Pages, counts and per-dyad and per-actor sums against the full list of matching events
// (the plain plan, no limit): each page merged from index ranges is the one cut from the
// list, CountEvents (series_days or index ranges) is its length, SumByDyad and
// CountByActor equal sums over it.
void ExpectPagesAndCountsEqualTheList(EventStore* store) {
  std::vector<FilterPairs> filters = {
      {},
      {{"dyad", "USA,RUS"}},
      {{"dyad", "RUS,USA"}, {"from", "2023-10-05"}, {"to", "2023-10-20"}},
      {{"dyad", "USA,USA"}},
      {{"dyad", "PRK:CHN"}},
      {{"dyad", "USA,RUS"}, {"quad", "1"}},
      {{"dyad", "USA,CHN"}, {"cameo", "112"}},
      {{"dyad", "USA,RUS"}, {"modality", "alleged"}, {"from", "2023-10-10"}},
      {{"actor", "USA"}},
      {{"actor", "PRK"}, {"quad", "3"}},
      {{"actor", "RUS"}, {"from", "2023-10-08"}},
      {{"actor", "CHN"}, {"root", "05"}},
      {{"source", "RUS"}},
      {{"source", "USA"}, {"to", "2023-10-15"}},
      {{"target", "CHN"}},
      {{"target", "USA"}, {"quad", "4"}},
      {{"source", "USA"}, {"target", "RUS"}},
      {{"actor", "USA"}, {"source", "RUS"}},  // two actor filters: the plain plan
      {{"actor", "USAGOV"}},                  // a sector: the plain plan
      {{"dyad", "USAGOV,RUS"}},
      {{"from", "2023-10-10"}, {"to", "2023-11"}},
      {{"quad", "2"}},
      {{"cameo", "190"}},
      {{"q", "PRK"}},  // text alone: counted from the mention index
      {{"q", "USA"}, {"dyad", "USA,RUS"}},
      // Text with each kind of filter (PostgreSQL: all of them in event_text).
      {{"q", "RUS sentence"}, {"actor", "USA"}},
      {{"q", "CHN"}, {"from", "2023-10-10"}, {"to", "2023-10-25"}},
      {{"q", "USA"}, {"cameo", "112"}},
      {{"q", "sentence"}, {"source", "USAGOV"}},
      {{"q", "RUS"}, {"modality", "alleged"}},
      {{"q", "RUS"}, {"quad", "3"}},
      // Codes, roots and modality with an actor or a dyad (the kind indexes).
      {{"actor", "RUS"}, {"modality", "alleged"}},
      {{"dyad", "USA,RUS"}, {"root", "11"}, {"to", "2023-10-20"}},
      {{"target", "CHN"}, {"cameo", "040"}, {"modality", "fact"}},
      {{"dyad", "PRK,CHN"}, {"plover", "ACCUSE"}},
  };
  size_t text_matches = 0;
  for (const auto& pairs : filters) {
    std::string name;
    EventFilter f = Filter(pairs, &name);
    std::vector<StoredEvent> every = Query(store, f);
    if (!f.q.empty()) {
      // The text's events from the sentences and mentions themselves (not PostgreSQL's
      // event_text), kept in the order of the list without `q`.
      const bool lite = store->db()->dialect() == SqlDialect::kSqlite;
      std::set<int64_t> matching;
      ASSERT_TRUE(store->db()
                      ->Query(lite ? "SELECT m.event_key FROM mentions m WHERE m.sentence_key IN "
                                     "(SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)"
                                   : "SELECT m.event_key FROM mentions m JOIN sentences s ON "
                                     "s.sentence_key = m.sentence_key WHERE s.tsv @@ "
                                     "plainto_tsquery('english', ?)",
                              {SqlValue(TextQuery(f.q, store->db()->dialect()))},
                              [&](const SqlRow& r) { matching.insert(r.Int(0)); })
                      .ok());
      EventFilter rest = f;
      rest.q.clear();
      std::vector<int64_t> want, got;
      for (const StoredEvent& e : Query(store, rest)) {
        if (matching.count(e.key)) want.push_back(e.key);
      }
      for (const StoredEvent& e : every) got.push_back(e.key);
      EXPECT_EQ(got, want) << name;
      text_matches += want.size();
    }
    auto count = store->CountEvents(f);
    ASSERT_TRUE(count.ok()) << count.status().message();
    EXPECT_EQ(*count, static_cast<int64_t>(every.size())) << name;
    const size_t n = every.size();
    for (int64_t limit : {1, 4, 50}) {
      for (size_t offset : {size_t{0}, size_t{3}, n > 2 ? n - 2 : 0, n + 1}) {
        EventFilter page = f;
        page.limit = limit;
        page.offset = static_cast<int64_t>(offset);
        std::vector<StoredEvent> got = Query(store, page);
        size_t want = offset >= n ? 0 : std::min<size_t>(limit, n - offset);
        ASSERT_EQ(got.size(), want) << name << "limit " << limit << " offset " << offset;
        for (size_t i = 0; i < got.size(); ++i) {
          EXPECT_EQ(got[i].key, every[offset + i].key) << name << "offset " << offset << " #" << i;
        }
      }
    }
    // SumByDyad against the list.
    std::map<std::pair<std::string, std::string>, EventStore::DyadTotals> want;
    for (const StoredEvent& e : every) {
      EventStore::DyadTotals& t = want[{e.source_root, e.target_root}];
      t.quad[e.representative.event.quad_class - 1] += 1;
      t.goldstein_sum += e.representative.event.goldstein;
    }
    auto sums = store->SumByDyad(f);
    ASSERT_TRUE(sums.ok()) << sums.status().message();
    size_t nonzero = 0;
    for (const EventStore::DyadTotals& t : *sums) {
      if (t.quad == std::array<int64_t, 4>{}) continue;  // rows of only zero quads
      ++nonzero;
      auto it = want.find({t.source_root, t.target_root});
      ASSERT_NE(it, want.end()) << name << t.source_root << ":" << t.target_root;
      EXPECT_EQ(t.quad, it->second.quad) << name << t.source_root << ":" << t.target_root;
      EXPECT_NEAR(t.goldstein_sum, it->second.goldstein_sum, 1e-6) << name;
    }
    EXPECT_EQ(nonzero, want.size()) << name;
  }
  EXPECT_GT(text_matches, 20u);  // the text shapes found events to compare
  std::map<std::string, int64_t> actors;
  for (const StoredEvent& e : Query(store, EventFilter{})) {
    for (const std::string* root : {&e.source_root, &e.target_root}) {
      if (!root->empty()) ++actors[*root];
    }
  }
  auto counted = store->CountByActor();
  ASSERT_TRUE(counted.ok()) << counted.status().message();
  EXPECT_EQ(*counted, actors);
}

TEST(EventStoreTest, SeriesDaysEqualTheEventsAfterRandomWrites) {
  auto store = OpenMemory();
  for (uint32_t round = 0; round < 4; ++round) {
    RandomWrites(store.get(), 60, 7 + round);
    ExpectSeriesDaysEqualEvents(store.get());
    ExpectPagesAndCountsEqualTheList(store.get());
  }
  // A bulk load rebuilds series_days from the events: still equal.
  ASSERT_TRUE(store->BeginBulkLoad().ok());
  ASSERT_TRUE(store->EndBulkLoad().ok());
  ExpectSeriesDaysEqualEvents(store.get());
  auto all = store->QuerySeries(EventFilter{}, Period::kMonth, {SeriesSplit::kNone, false});
  ASSERT_TRUE(all.ok());
  ASSERT_FALSE(all->empty());
  EXPECT_EQ((*all)[0].dyad, "all");
}

// A word in nearly every sentence with a limit: the events are probed in date order
// (undated last), and each page is the one cut from the list of every match.
void ExpectCommonWordPagesMatch(EventStore* store) {
  ASSERT_TRUE(store->Begin().ok());
  for (int i = 0; i < 1200; ++i) {
    std::string id = "w" + std::to_string(i);
    // Distinct days in an order unlike the keys', and no two events that dedup merges.
    int d = i * 7919 % 1200;
    std::string date =
        i % 10 == 0 ? ""
                    : fmt::format("{}-{:02d}-{:02d}", 2001 + d / 336, 1 + d / 28 % 12, 1 + d % 28);
    const char* sources[] = {"USA", "RUS", "JPN"};
    Event e = MakeEvent(id, 0, sources[i % 3], "CHN", i % 2 ? "040" : "112", date);
    e.sentence = "The envoys of " + id + " discussed grain.";
    auto outcome = store->Ingest(MakeDocument(id, id), Coded({e}), kProvenance);
    ASSERT_TRUE(outcome.ok());
  }
  ASSERT_TRUE(store->Commit().ok());
  if (store->db()->dialect() == SqlDialect::kPostgres) {
    ASSERT_TRUE(store->db()->Exec("ANALYZE sentences").ok());  // the planner's word counts
  }
  EventFilter f = Filter("q", "grain");
  std::vector<StoredEvent> every = Query(store, f);
  ASSERT_EQ(every.size(), 1200u);
  f.limit = 25;
  auto plan = store->ChooseTextPlan(f);
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(*plan, TextPlan::kProbe);
  const size_t n = every.size();
  for (size_t offset : {size_t{0}, size_t{100}, n - 30, n - 10}) {
    f.offset = static_cast<int64_t>(offset);
    std::vector<StoredEvent> page = Query(store, f);
    ASSERT_EQ(page.size(), std::min<size_t>(25, n - offset));
    for (size_t i = 0; i < page.size(); ++i) EXPECT_EQ(page[i].key, every[offset + i].key);
  }
  // A word in few sentences goes through the text index.
  EventFilter rare = Filter("q", "w17");
  rare.limit = 25;
  EXPECT_EQ(*store->ChooseTextPlan(rare), TextPlan::kIndexFirst);
  EXPECT_EQ(Query(store, rare).size(), 1u);
}

// The same on a real PostgreSQL server: tests/store_test.py starts one and runs this test
// with DYAD_TEST_POSTGRES set to the URL of an empty database.
TEST(EventStoreTest, SeriesDaysEqualTheEventsOnPostgres) {
  const char* url = std::getenv("DYAD_TEST_POSTGRES");
  if (!url || !*url) GTEST_SKIP() << "DYAD_TEST_POSTGRES not set (tests/store_test.py sets it)";
  auto store = EventStore::Open(url, StoreOptions{});
  ASSERT_TRUE(store.ok()) << store.status().message();
  for (uint32_t round = 0; round < 3; ++round) {
    RandomWrites(store->get(), 60, 11 + round);
    ExpectSeriesDaysEqualEvents(store->get());
    ExpectPagesAndCountsEqualTheList(store->get());
  }
  ExpectCommonWordPagesMatch(store->get());
}

TEST(EventStoreTest, CommonWordWithALimitProbesEventsInDateOrder) {
  auto store = OpenMemory();
  ExpectCommonWordPagesMatch(store.get());
}

}  // namespace
}  // namespace dyad
