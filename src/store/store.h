// The event store: coded documents kept as a dataset, de-duplicated across articles,
// queryable by actor, dyad, code, period and text.
//
// One interface over two backends, chosen by the target string: a file path opens SQLite
// (WAL, FTS5), a postgresql:// URL opens PostgreSQL (tsvector + GIN). Both hold the same
// tables, applied by the migrations of schema.h. What is stored (docs/store.md):
//   documents  id, text hash, metadata, body (for recode), provenance
//   sentences  the sentences that hold an event, text-indexed
//   mentions   each coded event as dyad coded it (one row per `dyad code` line)
//   events     mentions grouped by the rule of dedup.h, with counts of mentions,
//              documents and outlets, first-seen time and provenance
//   series_days  the events summed per dyad, day, QuadClass and date precision (with
//              '*' rows for any source, any target, everything), kept exact on every
//              write; what QuerySeries reads
//   series_dyads  series_days' dyad rows summed over every day (the network, actor counts)
//   event_text (PostgreSQL)  per (event, sentence): the event's filter columns and the
//              sentence's tsvector; what a text search reads instead of the tables above
//
// A document is identified by its id and the hash of its text: storing it again
// unchanged does nothing; storing a changed text replaces its mentions and updates every
// event they belonged to. Each Ingest runs inside the caller's transaction (Begin/Commit),
// so a killed process leaves whole documents or none.
//
// Not thread-safe: one EventStore per thread (SQLite serialises writers across processes).
//
//   auto store = EventStore::Open("dyad.db", StoreOptions{});
//   DYAD_RETURN_IF_ERROR((*store)->Begin());
//   auto outcome = (*store)->Ingest(doc, result, provenance);
//   DYAD_RETURN_IF_ERROR((*store)->Commit());
#ifndef DYAD_STORE_STORE_H_
#define DYAD_STORE_STORE_H_

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "dyad/coder.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "store/dedup.h"
#include "store/filter.h"
#include "store/series.h"
#include "store/sql.h"

namespace dyad {

struct StoreOptions {
  // The dedup rule, fixed when the store is created and kept in it. Opening an existing
  // store with different explicit values is an error (`explicit_dedup`).
  DedupOptions dedup;
  bool explicit_dedup = false;
};

struct Provenance {
  std::string dyad_version;            // "0.1.0"
  std::string dictionary_fingerprint;  // Coder::DictionaryFingerprint()
};

enum class IngestOutcome { kAdded, kUnchanged, kReplaced };

struct StoredMention {
  int64_t key = 0;
  int64_t event_key = 0;
  Event event;  // as coded: id "<doc>:<sentence>:<n>", doc_id, sentence, evidence...
  std::string outlet;
  std::string seen_at;  // when the document was stored, UTC ISO 8601
  Provenance provenance;
};

struct StoredEvent {
  int64_t key = 0;
  std::string source_root, target_root;
  int64_t num_mentions = 0, num_documents = 0, num_outlets = 0;
  std::string first_seen;
  Provenance provenance;
  StoredMention representative;         // its first mention: the event's values
  std::vector<StoredMention> mentions;  // every mention, when asked for
};

struct StoredDocument {
  int64_t key = 0;
  Document document;
  std::string text_hash;
  Provenance provenance;
};

struct StoreStats {
  int64_t documents = 0, sentences = 0, mentions = 0, events = 0;
  int schema_version = 0;
  DedupOptions dedup;
};

class EventStore {
 public:
  // Opens `target` (a path, or a postgresql:// URL), creating and migrating it as needed.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& target,
                                                  const StoreOptions& options);
  // Wraps an open connection (tests, bulk loaders).
  static Result<std::unique_ptr<EventStore>> Wrap(std::unique_ptr<SqlDatabase> db,
                                                  const StoreOptions& options);
  ~EventStore();

  SqlDatabase* db() { return db_.get(); }
  const DedupOptions& dedup() const { return dedup_; }

  Status Begin();
  // Writes the transaction's series_days changes, then commits.
  Status Commit();
  Status Rollback();

  // The stored hash of document `doc_id`, or nullopt when it is not stored.
  Result<std::optional<std::string>> StoredHash(const std::string& doc_id);

  // Stores `doc` and what coding it gave, replacing a stored document of the same id whose
  // text differs; unchanged when the same text is already stored. Run inside Begin/Commit.
  Result<IngestOutcome> Ingest(const Document& doc, const DocumentResult& result,
                               const Provenance& provenance);

  // Replaces the mentions of a stored document with a new coding of the same text.
  Status Recode(const StoredDocument& doc, const DocumentResult& result,
                const Provenance& provenance);

  // Events matching `filter`, ordered by date (undated last), then key. A page (a limit)
  // of a dyad, an actor, a source or a target given as roots, perhaps with other filters
  // but text, merges index ranges that each give their events in that order, each cut at
  // limit + offset (a dyad in both directions: two ranges; an actor: one per target it
  // has as a source, and one as a target).
  Status QueryEvents(const EventFilter& filter, bool with_mentions,
                     const std::function<Status(const StoredEvent&)>& sink);
  // The number of events QueryEvents gives without limit and offset. With only root
  // actors, dates and QuadClass it sums series_days (and counts the undated events when
  // no date is given); text alone counts the distinct events of the matching sentences'
  // mentions; else it counts the events, an actor on either side or a dyad in both
  // directions as two index ranges rather than one OR.
  Result<int64_t> CountEvents(const EventFilter& filter);
  // How QueryEvents runs a text search: index first, or, for a word in very many
  // sentences with a limit and no filter but dates, probing events in date order.
  Result<TextPlan> ChooseTextPlan(const EventFilter& filter);

  // Per dyad and period: counts, Goldstein sums and QuadClass counts, empty periods
  // filled between `from` and `to` (else the dyad's first and last event). Read from
  // series_days when the filter has only root actors, dyad, dates and QuadClass; from
  // the events otherwise.
  Result<std::vector<SeriesRow>> QuerySeries(const EventFilter& filter, Period period);
  // The same with options: SeriesSplit::kNone sums every matching event into one series
  // named "all" (the dashboard's timeline; fast for no actor, one actor or one dyad).
  Result<std::vector<SeriesRow>> QuerySeries(const EventFilter& filter, Period period,
                                             const SeriesOptions& options);

  // The events matching `filter` summed per directed dyad (limit and offset ignored):
  // from series_days' dyad rows when the filter allows (as QuerySeries), plus the undated
  // events when no date is given; from the events otherwise. In no particular order.
  struct DyadTotals {
    std::string source_root, target_root;  // target_root "" when the event has none
    std::array<int64_t, 4> quad{};         // events per QuadClass 1-4
    double goldstein_sum = 0;
  };
  Result<std::vector<DyadTotals>> SumByDyad(const EventFilter& filter);

  // Every actor root with its number of events, as a source plus as a target (an event
  // within one root counts twice): series_days' (A, '*') and ('*', A) rows and the
  // undated events.
  Result<std::map<std::string, int64_t>> CountByActor();

  // Every stored document with its mentions, in key order (for recode).
  Status ForEachDocument(
      const std::function<Status(const StoredDocument&, const std::vector<StoredMention>&)>& sink);

  Result<StoreStats> Stats();

  // Bulk loading: drop secondary and text indexes, load rows through db()->BulkWriter(),
  // then EndBulkLoad() builds the indexes and the text index again.
  Status BeginBulkLoad();
  Status EndBulkLoad();

 private:
  EventStore(std::unique_ptr<SqlDatabase> db, DedupOptions dedup);
  Status LoadSettings(const StoreOptions& options);
  Result<int64_t> ProvenanceKey(const Provenance& p);
  Status DeleteDocumentRows(int64_t doc_key, std::vector<int64_t>* touched_events);
  Status InsertMentions(int64_t doc_key, const DocumentResult& result, int64_t prov_key,
                        const std::string& seen_at, std::vector<int64_t>* touched_events);
  // An event's cell of series_days and what it adds there.
  struct SeriesEntry {
    std::string source_root, target_root;
    int64_t day = 0, quad_class = 0, precision = 0, mentions = 0;
    double goldstein = 0;
    bool counted = false;  // dated and with a mention
  };
  Status RefreshEvent(int64_t event_key);
  // PostgreSQL: rewrites the event's event_text rows (none when it has no mention left).
  Status RefreshEventText(int64_t event_key);

  // Adds to the transaction's pending series_days changes (written by Commit).
  void AddToSeries(const SeriesEntry& entry, int64_t events, int64_t mentions, double goldstein);
  // Writes the pending changes, one row at a time in key order: concurrent writers lock
  // the shared '*' rows in the same order and cannot deadlock on them.
  Status FlushSeries();
  Status LoadMentions(const std::string& where, const SqlParams& params,
                      std::vector<StoredMention>* out);
  // One condition over `events e` and its parameters.
  struct EventRange {
    std::string where;
    SqlParams params;
  };
  // `filter` as disjoint ranges that an index walks in (day, key) order, each without
  // the filter's other terms; nullopt when the filter has no such shape (text, actors
  // with a sector, no actor, or more than one of actor, source, target and dyad).
  Result<std::optional<std::vector<EventRange>>> OrderedRanges(const EventFilter& filter);
  // The target roots that `source` has events with, one index seek each.
  Result<std::vector<std::string>> TargetsOf(const std::string& source);

  std::unique_ptr<SqlDatabase> db_;
  DedupOptions dedup_;
  // series_days changes of the open transaction, per row key (source root, target root,
  // day, QuadClass, date precision): events, mentions, Goldstein sum.
  struct SeriesDelta {
    int64_t events = 0, mentions = 0;
    double goldstein = 0;
  };
  std::map<std::tuple<std::string, std::string, int64_t, int64_t, int64_t>, SeriesDelta>
      pending_series_;
};

// The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string UtcNow();

}  // namespace dyad

#endif  // DYAD_STORE_STORE_H_
