// The event store over SqlDatabase. Ingesting a document: look up its id; same hash ->
// nothing to do; else delete its old rows (remembering the events they touched), insert
// the document, its evidence sentences and one mention per coded event. Each mention
// probes ix_events_dyad for an event it may join (dedup.h), within +-window days, closest
// anchor first; else it starts an event. Finally every touched event is refreshed from
// its mentions: counts, first-seen time and the representative (first) mention's values,
// which are copied into the events row so filters and series read one table. An event
// left with no mention is deleted. The refresh also moves the event's contribution in
// series_days (old values out, new values in), in the same transaction.
//
// Reads: a page of events filtered by a dyad or an actor is merged from index ranges
// that each give their events in date order (a dyad's two directions; an actor's range
// per target and its target range), each cut at limit + offset; counts, per-dyad sums
// and per-actor counts read series_days when the filter allows (docs/store.md).
#include "store/store.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "base/date.h"
#include "store/postgres_store.h"
#include "store/schema.h"
#include "store/sqlite_store.h"

namespace dyad {
namespace {

constexpr char kMentionInsert[] =
    "INSERT INTO mentions (event_key, doc_key, sentence_key, mention_id, sentence_index, "
    "date, date_basis, day, date_precision, source_code, source_root, source_text, "
    "source_name, source_country, source_sector, source_org, target_code, target_root, "
    "target_text, target_name, target_country, target_sector, target_org, mutual, cameo, "
    "cameo_root, cameo_name, plover_type, plover_mode, plover_context, quad_class, "
    "goldstein, modality, attributed_code, attributed_text, attributed_name, "
    "attributed_country, attributed_sector, attributed_org, location_country, "
    "location_place, location_lat, location_lon, evidence_text, evidence_start, "
    "evidence_end, spans, rule, seen_at, prov_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The columns ReadMention expects, in order.
constexpr char kMentionSelect[] =
    "SELECT m.mention_key, m.event_key, m.mention_id, m.sentence_index, m.date, "
    "m.date_basis, m.source_code, m.source_text, m.source_name, m.source_country, "
    "m.source_sector, m.source_org, m.target_code, m.target_text, m.target_name, "
    "m.target_country, m.target_sector, m.target_org, m.mutual, m.cameo, m.cameo_root, "
    "m.cameo_name, m.plover_type, m.plover_mode, m.plover_context, m.quad_class, "
    "m.goldstein, m.modality, m.attributed_code, m.attributed_text, m.attributed_name, "
    "m.attributed_country, m.attributed_sector, m.attributed_org, m.location_country, "
    "m.location_place, m.location_lat, m.location_lon, m.evidence_text, m.evidence_start, "
    "m.evidence_end, m.spans, m.rule, m.seen_at, d.doc_id, d.url, d.title, d.outlet, "
    "s.body, p.dyad_version, p.dict_fingerprint "
    "FROM mentions m JOIN documents d ON d.doc_key = m.doc_key "
    "LEFT JOIN sentences s ON s.sentence_key = m.sentence_key "
    "JOIN provenance p ON p.prov_key = m.prov_key ";

Modality ModalityFromName(std::string_view s) {
  if (s == "alleged") return Modality::kAlleged;
  if (s == "intended") return Modality::kIntended;
  if (s == "conditional") return Modality::kConditional;
  if (s == "negated") return Modality::kNegated;
  return Modality::kFact;
}

DateBasis DateBasisFromName(std::string_view s) {
  if (s == "explicit") return DateBasis::kExplicit;
  if (s == "relative") return DateBasis::kRelative;
  if (s == "publication") return DateBasis::kPublication;
  return DateBasis::kUnknown;
}

std::string JoinContext(const std::vector<std::string>& context) {
  std::string out;
  for (const std::string& c : context) {
    if (!out.empty()) out.push_back('|');
    out += c;
  }
  return out;
}

std::vector<std::string> SplitContext(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    size_t bar = s.find('|');
    out.emplace_back(s.substr(0, bar));
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
  return out;
}

// Spans as "sentence:start:end" joined by ';'.
std::string EncodeSpans(const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) {
    if (!out.empty()) out.push_back(';');
    out += fmt::format("{}:{}:{}", s.sentence_index, s.start, s.end);
  }
  return out;
}

std::vector<Span> DecodeSpans(std::string_view text) {
  std::vector<Span> out;
  while (!text.empty()) {
    size_t semi = text.find(';');
    std::string part(text.substr(0, semi));
    Span s;
    unsigned start = 0, end = 0;
    if (std::sscanf(part.c_str(), "%d:%u:%u", &s.sentence_index, &start, &end) == 3) {
      s.start = start;
      s.end = end;
      out.push_back(s);
    }
    if (semi == std::string_view::npos) break;
    text.remove_prefix(semi + 1);
  }
  return out;
}

void AddActor(const Actor* a, SqlParams* p) {
  if (!a) {
    for (int i = 0; i < 7; ++i) p->emplace_back();
    return;
  }
  p->push_back(SqlValue(a->code));
  p->push_back(SqlValue(ActorRoot(*a)));
  p->push_back(SqlValue::TextOrNull(a->text));
  p->push_back(SqlValue::TextOrNull(a->name));
  p->push_back(SqlValue::TextOrNull(a->country));
  p->push_back(SqlValue::TextOrNull(a->sector));
  p->push_back(SqlValue::TextOrNull(a->org));
}

std::optional<Actor> ReadActor(const SqlRow& r, int i) {
  if (r.IsNull(i)) return std::nullopt;
  Actor a;
  a.code = r.Text(i);
  a.text = r.Text(i + 1);
  a.name = r.Text(i + 2);
  a.country = r.Text(i + 3);
  a.sector = r.Text(i + 4);
  a.org = r.Text(i + 5);
  return a;
}

StoredMention ReadMention(const SqlRow& r) {
  StoredMention m;
  m.key = r.Int(0);
  m.event_key = r.Int(1);
  Event& e = m.event;
  e.id = r.Text(2);
  e.sentence_index = static_cast<int>(r.Int(3));
  if (auto d = ParseIsoDate(r.Text(4))) e.date = *d;
  e.date_basis = DateBasisFromName(r.Text(5));
  if (auto a = ReadActor(r, 6)) e.source = *a;
  e.target = ReadActor(r, 12);
  e.mutual = r.Int(18) != 0;
  e.cameo = r.Text(19);
  e.cameo_root = r.Text(20);
  e.cameo_name = r.Text(21);
  e.plover_type = r.Text(22);
  e.plover_mode = r.Text(23);
  e.plover_context = SplitContext(r.Text(24));
  e.quad_class = static_cast<int>(r.Int(25));
  e.goldstein = r.Double(26);
  e.modality = ModalityFromName(r.Text(27));
  e.attributed_to = ReadActor(r, 28);
  e.location_country = r.Text(34);
  e.location_place = r.Text(35);
  if (!r.IsNull(36)) e.location_lat = r.Double(36);
  if (!r.IsNull(37)) e.location_lon = r.Double(37);
  e.evidence_text = r.Text(38);
  e.evidence =
      Span{e.sentence_index, static_cast<uint32_t>(r.Int(39)), static_cast<uint32_t>(r.Int(40))};
  e.mentions = DecodeSpans(r.Text(41));
  e.rule = r.Text(42);
  m.seen_at = r.Text(43);
  e.doc_id = r.Text(44);
  e.url = r.Text(45);
  e.title = r.Text(46);
  m.outlet = r.Text(47);
  e.sentence = r.Text(48);
  m.provenance.dyad_version = r.Text(49);
  m.provenance.dictionary_fingerprint = r.Text(50);
  return m;
}

// A text search's cost per event probed over its cost per matching sentence collected,
// as measured on 10 million generated events (docs/store.md). PostgreSQL's probe is a
// row of event_text read nearly in order (0.33 us) against a match's random heap visit
// (5.9 us): about 0.06, rounded up.
constexpr double kSqliteProbeCost = 10.0;
constexpr double kPostgresProbeCost = 0.1;

std::string MatchName(DedupMatch m) { return m == DedupMatch::kRoot ? "root" : "code"; }

// Whether series_days can answer `f`: actors as roots only, dates and QuadClass; codes,
// modality and text need the events.
bool SeriesDaysCanAnswer(const EventFilter& f) {
  if (!f.cameo.empty() || !f.root.empty() || !f.plover.empty() || !f.modality.empty() ||
      !f.q.empty()) {
    return false;
  }
  for (const std::string* side : {&f.actor, &f.source, &f.target}) {
    if (!side->empty() && side->size() != 3) return false;
  }
  if (f.dyad.empty()) return true;
  std::optional<DyadSpec> d = ParseDyad(f.dyad);
  return d && d->a.size() == 3 && d->b.size() == 3;
}

// A row range of series_days, (source root, target root), summed `sign` times.
struct SeriesCell {
  std::string source, target;
  int sign = 1;
};

// The cells whose sum is every event matching `f` (a filter SeriesDaysCanAnswer): (*, *)
// for everything; (A, *) + (*, A) - (A, A) for an actor on either side; (S or *, T or *)
// for a source and/or a target; a dyad's own rows, both directions two. Empty for other
// shapes (an actor with a source, target or dyad), which sum the dyad rows instead.
std::vector<SeriesCell> TotalCells(const EventFilter& f) {
  const bool sides = !f.actor.empty() || !f.source.empty() || !f.target.empty();
  std::optional<DyadSpec> dyad = ParseDyad(f.dyad);
  if (!sides && !dyad) return {{"*", "*", 1}};
  if (!dyad && f.source.empty() && f.target.empty()) {
    return {{f.actor, "*", 1}, {"*", f.actor, 1}, {f.actor, f.actor, -1}};
  }
  if (!dyad && f.actor.empty()) {
    return {{f.source.empty() ? "*" : f.source, f.target.empty() ? "*" : f.target, 1}};
  }
  if (dyad && !sides) {
    std::vector<SeriesCell> cells = {{dyad->a, dyad->b, 1}};
    if (!dyad->directed && dyad->a != dyad->b) cells.push_back({dyad->b, dyad->a, 1});
    return cells;
  }
  return {};
}

// The number of actor filters (actor, source, target, dyad) `f` holds.
int SideFilters(const EventFilter& f) {
  return !f.actor.empty() + !f.source.empty() + !f.target.empty() + !f.dyad.empty();
}

// `f`'s terms but its actors (codes, QuadClass, modality, dates, text) as " AND ...".
std::string OtherTerms(EventFilter f, SqlDialect dialect, SqlParams* params) {
  f.actor = f.source = f.target = f.dyad = "";
  std::string where = WhereClause(f, dialect, params);
  constexpr size_t kWhere = sizeof(" WHERE ") - 1;
  return where.empty() ? "" : " AND " + where.substr(kWhere);
}

// `f` over PostgreSQL's event_text as `e` (it carries every column a filter reads): the
// filter's terms and the text match, as " WHERE ...".
std::string EventTextWhere(EventFilter f, SqlParams* params) {
  std::string words = TextQuery(f.q, SqlDialect::kPostgres);
  f.q.clear();
  std::string where = WhereClause(f, SqlDialect::kPostgres, params);
  where += where.empty() ? " WHERE " : " AND ";
  params->push_back(SqlValue(words));
  where += "e.tsv @@ plainto_tsquery('english', ?)";
  // The root filters again as a query over `actors` ('sUSA & tRUS'), which the GIN index
  // intersects with the words; the terms above keep the result exact.
  std::vector<std::string> sides;
  auto root = [](const std::string& v) { return v.size() == 3; };
  if (root(f.actor)) sides.push_back("(s" + f.actor + " | t" + f.actor + ")");
  if (root(f.source)) sides.push_back("s" + f.source);
  if (root(f.target)) sides.push_back("t" + f.target);
  if (std::optional<DyadSpec> d = ParseDyad(f.dyad); d && root(d->a) && root(d->b)) {
    std::string ab = "(s" + d->a + " & t" + d->b + ")";
    sides.push_back(d->directed ? ab : "(" + ab + " | (s" + d->b + " & t" + d->a + "))");
  }
  if (sides.empty()) return where;
  std::string actors;
  for (const std::string& side : sides) actors += (actors.empty() ? "" : " & ") + side;
  params->push_back(SqlValue(actors));
  return where + " AND e.actors @@ CAST(? AS tsquery)";
}

// A page merged from ranges reads at most this many rows per range, and this many
// ranges (SQLite allows 500 terms in a compound SELECT); larger pages take the plain plan.
constexpr int64_t kMaxRangeRows = 100000;
constexpr size_t kMaxRanges = 400;

}  // namespace

std::string UtcNow() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

EventStore::EventStore(std::unique_ptr<SqlDatabase> db, DedupOptions dedup)
    : db_(std::move(db)), dedup_(dedup) {}
EventStore::~EventStore() = default;

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& target,
                                                     const StoreOptions& options) {
  Result<std::unique_ptr<SqlDatabase>> db = Status::Internal("unset");
  if (target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0) {
    db = OpenPostgres(target);
  } else {
    db = OpenSqlite(target);
  }
  if (!db.ok()) return db.status();
  return Wrap(std::move(*db), options);
}

Result<std::unique_ptr<EventStore>> EventStore::Wrap(std::unique_ptr<SqlDatabase> db,
                                                     const StoreOptions& options) {
  DYAD_RETURN_IF_ERROR(Migrate(db.get()));
  std::unique_ptr<EventStore> store(new EventStore(std::move(db), options.dedup));
  DYAD_RETURN_IF_ERROR(store->LoadSettings(options));
  return store;
}

Status EventStore::LoadSettings(const StoreOptions& options) {
  // The first writer records its dedup rule; everyone after reads it.
  for (const auto& [key, value] :
       {std::pair<std::string, std::string>{"dedup_window_days",
                                            std::to_string(options.dedup.window_days)},
        std::pair<std::string, std::string>{"dedup_match", MatchName(options.dedup.match)}}) {
    DYAD_RETURN_IF_ERROR(
        db_->Exec("INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                  {SqlValue(key), SqlValue(value)}));
  }
  std::map<std::string, std::string> meta;
  DYAD_RETURN_IF_ERROR(db_->Query("SELECT key, value FROM store_meta", {}, [&](const SqlRow& r) {
    meta[std::string(r.Text(0))] = std::string(r.Text(1));
  }));
  DedupOptions stored;
  stored.window_days = std::atoi(meta["dedup_window_days"].c_str());
  stored.match = meta["dedup_match"] == "root" ? DedupMatch::kRoot : DedupMatch::kCode;
  if (options.explicit_dedup &&
      (stored.window_days != options.dedup.window_days || stored.match != options.dedup.match)) {
    return Status::InvalidArgument(fmt::format(
        "the store de-duplicates with window {} day(s) and match {}; it cannot be changed "
        "(use a new store)",
        stored.window_days, MatchName(stored.match)));
  }
  dedup_ = stored;
  return Status::Ok();
}

Result<int64_t> EventStore::ProvenanceKey(const Provenance& p) {
  DYAD_RETURN_IF_ERROR(
      db_->Exec("INSERT INTO provenance (dyad_version, dict_fingerprint) VALUES (?, ?) "
                "ON CONFLICT (dyad_version, dict_fingerprint) DO NOTHING",
                {SqlValue(p.dyad_version), SqlValue(p.dictionary_fingerprint)}));
  auto key = db_->QueryInt(
      "SELECT prov_key FROM provenance WHERE dyad_version = ? AND dict_fingerprint = ?",
      {SqlValue(p.dyad_version), SqlValue(p.dictionary_fingerprint)});
  if (!key.ok()) return key.status();
  if (!*key) return Status::Internal("provenance row missing");
  // Not cached: a rolled-back transaction would leave a cached key pointing at nothing.
  return **key;
}

Result<std::optional<std::string>> EventStore::StoredHash(const std::string& doc_id) {
  std::optional<std::string> hash;
  DYAD_RETURN_IF_ERROR(db_->Query("SELECT text_hash FROM documents WHERE doc_id = ?",
                                  {SqlValue(doc_id)},
                                  [&](const SqlRow& r) { hash = std::string(r.Text(0)); }));
  return hash;
}

Status EventStore::DeleteDocumentRows(int64_t doc_key, std::vector<int64_t>* touched) {
  DYAD_RETURN_IF_ERROR(db_->Query("SELECT DISTINCT event_key FROM mentions WHERE doc_key = ?",
                                  {SqlValue(doc_key)},
                                  [&](const SqlRow& r) { touched->push_back(r.Int(0)); }));
  DYAD_RETURN_IF_ERROR(db_->Exec("DELETE FROM mentions WHERE doc_key = ?", {SqlValue(doc_key)}));
  return db_->Exec("DELETE FROM sentences WHERE doc_key = ?", {SqlValue(doc_key)});
}

Result<IngestOutcome> EventStore::Ingest(const Document& doc, const DocumentResult& result,
                                         const Provenance& provenance) {
  std::string hash = TextHash(doc.text);
  std::optional<int64_t> old_key;
  std::string old_hash;
  DYAD_RETURN_IF_ERROR(db_->Query("SELECT doc_key, text_hash FROM documents WHERE doc_id = ?",
                                  {SqlValue(doc.id)}, [&](const SqlRow& r) {
                                    old_key = r.Int(0);
                                    old_hash = r.Text(1);
                                  }));
  if (old_key && old_hash == hash) return IngestOutcome::kUnchanged;
  std::vector<int64_t> touched;
  if (old_key) {
    DYAD_RETURN_IF_ERROR(DeleteDocumentRows(*old_key, &touched));
    DYAD_RETURN_IF_ERROR(
        db_->Exec("DELETE FROM documents WHERE doc_key = ?", {SqlValue(*old_key)}));
  }
  auto prov = ProvenanceKey(provenance);
  if (!prov.ok()) return prov.status();
  std::string now = UtcNow();
  std::optional<int64_t> doc_key;
  DYAD_RETURN_IF_ERROR(db_->Query(
      "INSERT INTO documents (doc_id, text_hash, pub_date, title, url, outlet, body, "
      "sentence_count, skipped, ingested_at, prov_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING doc_key",
      {SqlValue(doc.id), SqlValue(hash), SqlValue::TextOrNull(doc.date.ToString()),
       SqlValue::TextOrNull(doc.title), SqlValue::TextOrNull(doc.url),
       SqlValue::TextOrNull(doc.outlet), SqlValue(doc.text), SqlValue(result.sentences),
       SqlValue(result.skipped ? 1 : 0), SqlValue(now), SqlValue(*prov)},
      [&](const SqlRow& r) { doc_key = r.Int(0); }));
  if (!doc_key) return Status::Internal("document insert returned no key");
  DYAD_RETURN_IF_ERROR(InsertMentions(*doc_key, result, *prov, now, &touched));
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (int64_t e : touched) DYAD_RETURN_IF_ERROR(RefreshEvent(e));
  return old_key ? IngestOutcome::kReplaced : IngestOutcome::kAdded;
}

Status EventStore::Recode(const StoredDocument& doc, const DocumentResult& result,
                          const Provenance& provenance) {
  std::vector<int64_t> touched;
  DYAD_RETURN_IF_ERROR(DeleteDocumentRows(doc.key, &touched));
  auto prov = ProvenanceKey(provenance);
  if (!prov.ok()) return prov.status();
  std::string seen_at;
  DYAD_RETURN_IF_ERROR(db_->Query("SELECT ingested_at FROM documents WHERE doc_key = ?",
                                  {SqlValue(doc.key)},
                                  [&](const SqlRow& r) { seen_at = r.Text(0); }));
  DYAD_RETURN_IF_ERROR(db_->Exec(
      "UPDATE documents SET prov_key = ?, sentence_count = ?, skipped = ? WHERE doc_key = ?",
      {SqlValue(*prov), SqlValue(result.sentences), SqlValue(result.skipped ? 1 : 0),
       SqlValue(doc.key)}));
  DYAD_RETURN_IF_ERROR(InsertMentions(doc.key, result, *prov, seen_at, &touched));
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (int64_t e : touched) DYAD_RETURN_IF_ERROR(RefreshEvent(e));
  return Status::Ok();
}

Status EventStore::InsertMentions(int64_t doc_key, const DocumentResult& result, int64_t prov_key,
                                  const std::string& seen_at, std::vector<int64_t>* touched) {
  std::map<int, int64_t> sentence_keys;
  for (const Event& e : result.events) {
    auto sk = sentence_keys.find(e.sentence_index);
    if (sk == sentence_keys.end()) {
      std::optional<int64_t> key;
      DYAD_RETURN_IF_ERROR(
          db_->Query("INSERT INTO sentences (doc_key, sentence_index, body) VALUES (?, ?, ?) "
                     "RETURNING sentence_key",
                     {SqlValue(doc_key), SqlValue(e.sentence_index), SqlValue(e.sentence)},
                     [&](const SqlRow& r) { key = r.Int(0); }));
      if (!key) return Status::Internal("sentence insert returned no key");
      sk = sentence_keys.emplace(e.sentence_index, *key).first;
    }
    DedupKey k = KeyOf(e, dedup_);
    std::optional<int64_t> event_key;
    if (k.day) {
      // The dedup probe: an index range on (source_root, target_root, day).
      std::string sql =
          "SELECT e.event_key FROM events e WHERE ((e.source_root = ? AND e.target_root = ?)";
      SqlParams p{SqlValue(k.source_root), SqlValue(k.target_root)};
      if (k.mutual) {
        sql += " OR (e.source_root = ? AND e.target_root = ?)";
        p.push_back(SqlValue(k.target_root));
        p.push_back(SqlValue(k.source_root));
      }
      sql +=
          ") AND e.day >= ? AND e.day <= ? AND e.match_code = ? AND e.modality = ? "
          "AND e.date_precision = ? AND e.mutual = ? ORDER BY abs(e.day - ?), e.event_key LIMIT 1";
      p.push_back(SqlValue(static_cast<int64_t>(*k.day - dedup_.window_days)));
      p.push_back(SqlValue(static_cast<int64_t>(*k.day + dedup_.window_days)));
      p.push_back(SqlValue(k.match_code));
      p.push_back(SqlValue(k.modality));
      p.push_back(SqlValue(k.precision));
      p.push_back(SqlValue(k.mutual ? 1 : 0));
      p.push_back(SqlValue(static_cast<int64_t>(*k.day)));
      DYAD_RETURN_IF_ERROR(db_->Query(sql, p, [&](const SqlRow& r) { event_key = r.Int(0); }));
    }
    if (!event_key) {
      // A new event; RefreshEvent fills its values from this mention below.
      DYAD_RETURN_IF_ERROR(db_->Query(
          "INSERT INTO events (source_root, target_root, source_code, target_code, mutual, "
          "cameo, cameo_root, match_code, plover_type, quad_class, goldstein, modality, date, "
          "day, date_precision, num_mentions, num_documents, num_outlets, first_seen, "
          "prov_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?) "
          "RETURNING event_key",
          {SqlValue(k.source_root), SqlValue(k.target_root), SqlValue(e.source.code),
           SqlValue(e.target ? e.target->code : ""), SqlValue(e.mutual ? 1 : 0), SqlValue(e.cameo),
           SqlValue(e.cameo_root), SqlValue(k.match_code), SqlValue::TextOrNull(e.plover_type),
           SqlValue(e.quad_class), SqlValue(e.goldstein), SqlValue(k.modality),
           SqlValue::TextOrNull(e.date.ToString()),
           k.day ? SqlValue(static_cast<int64_t>(*k.day)) : SqlValue(), SqlValue(k.precision),
           SqlValue(seen_at), SqlValue(prov_key)},
          [&](const SqlRow& r) { event_key = r.Int(0); }));
      if (!event_key) return Status::Internal("event insert returned no key");
    }
    touched->push_back(*event_key);
    SqlParams p{SqlValue(*event_key),
                SqlValue(doc_key),
                SqlValue(sk->second),
                SqlValue(e.id),
                SqlValue(e.sentence_index),
                SqlValue::TextOrNull(e.date.ToString()),
                SqlValue(DateBasisName(e.date_basis)),
                k.day ? SqlValue(static_cast<int64_t>(*k.day)) : SqlValue(),
                SqlValue(k.precision)};
    AddActor(&e.source, &p);
    AddActor(e.target ? &*e.target : nullptr, &p);
    p.push_back(SqlValue(e.mutual ? 1 : 0));
    p.push_back(SqlValue(e.cameo));
    p.push_back(SqlValue(e.cameo_root));
    p.push_back(SqlValue::TextOrNull(e.cameo_name));
    p.push_back(SqlValue::TextOrNull(e.plover_type));
    p.push_back(SqlValue::TextOrNull(e.plover_mode));
    p.push_back(SqlValue::TextOrNull(JoinContext(e.plover_context)));
    p.push_back(SqlValue(e.quad_class));
    p.push_back(SqlValue(e.goldstein));
    p.push_back(SqlValue(k.modality));
    SqlParams attributed;
    AddActor(e.attributed_to ? &*e.attributed_to : nullptr, &attributed);
    attributed.erase(attributed.begin() + 1);  // no root column for the attributed actor
    p.insert(p.end(), attributed.begin(), attributed.end());
    p.push_back(SqlValue::TextOrNull(e.location_country));
    p.push_back(SqlValue::TextOrNull(e.location_place));
    p.push_back(SqlValue::OrNull(e.location_lat));
    p.push_back(SqlValue::OrNull(e.location_lon));
    p.push_back(SqlValue(e.evidence_text));
    p.push_back(SqlValue(static_cast<int64_t>(e.evidence.start)));
    p.push_back(SqlValue(static_cast<int64_t>(e.evidence.end)));
    p.push_back(SqlValue::TextOrNull(EncodeSpans(e.mentions)));
    p.push_back(SqlValue(e.rule));
    p.push_back(SqlValue(seen_at));
    p.push_back(SqlValue(prov_key));
    DYAD_RETURN_IF_ERROR(db_->Exec(kMentionInsert, p));
  }
  return Status::Ok();
}

void EventStore::AddToSeries(const SeriesEntry& e, int64_t events, int64_t mentions,
                             double goldstein) {
  // The dyad's row and its three '*' rows (any target, any source, everything).
  for (const auto& [source, target] :
       {std::pair<std::string, std::string>{e.source_root, e.target_root},
        std::pair<std::string, std::string>{e.source_root, "*"},
        std::pair<std::string, std::string>{"*", e.target_root},
        std::pair<std::string, std::string>{"*", "*"}}) {
    SeriesDelta& d = pending_series_[{source, target, e.day, e.quad_class, e.precision}];
    d.events += events;
    d.mentions += mentions;
    d.goldstein += goldstein;
  }
}

Status EventStore::FlushSeries() {
  // series_dyads: the dyad rows' changes summed over their days. Written after every
  // series_days row, in key order too, so concurrent writers still lock rows in one order.
  std::map<std::tuple<std::string, std::string, int64_t>, SeriesDelta> dyads;
  for (const auto& [key, d] : pending_series_) {
    const auto& [source, target, day, quad, precision] = key;
    if (source == "*" || target == "*") continue;
    SeriesDelta& t = dyads[{source, target, quad}];
    t.events += d.events;
    t.mentions += d.mentions;
    t.goldstein += d.goldstein;
  }
  for (const auto& [key, d] : pending_series_) {
    if (d.events == 0 && d.mentions == 0 && d.goldstein == 0) continue;
    const auto& [source, target, day, quad, precision] = key;
    DYAD_RETURN_IF_ERROR(db_->Exec(
        "INSERT INTO series_days (source_root, target_root, day, quad_class, date_precision, "
        "events, mentions, goldstein_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (source_root, target_root, day, quad_class, date_precision) DO UPDATE SET "
        "events = series_days.events + excluded.events, "
        "mentions = series_days.mentions + excluded.mentions, "
        "goldstein_sum = series_days.goldstein_sum + excluded.goldstein_sum",
        {SqlValue(source), SqlValue(target), SqlValue(day), SqlValue(quad), SqlValue(precision),
         SqlValue(d.events), SqlValue(d.mentions), SqlValue(d.goldstein)}));
    if (d.events < 0) {
      DYAD_RETURN_IF_ERROR(
          db_->Exec("DELETE FROM series_days WHERE source_root = ? AND target_root = ? AND day = ? "
                    "AND quad_class = ? AND date_precision = ? AND events = 0",
                    {SqlValue(source), SqlValue(target), SqlValue(day), SqlValue(quad),
                     SqlValue(precision)}));
    }
  }
  for (const auto& [key, d] : dyads) {
    if (d.events == 0 && d.mentions == 0 && d.goldstein == 0) continue;
    const auto& [source, target, quad] = key;
    SqlParams row{SqlValue(source), SqlValue(target), SqlValue(quad)};
    SqlParams upsert = row;
    for (SqlValue v : {SqlValue(d.events), SqlValue(d.mentions), SqlValue(d.goldstein)}) {
      upsert.push_back(v);
    }
    DYAD_RETURN_IF_ERROR(db_->Exec(
        "INSERT INTO series_dyads (source_root, target_root, quad_class, events, mentions, "
        "goldstein_sum) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (source_root, target_root, quad_class) DO UPDATE SET "
        "events = series_dyads.events + excluded.events, "
        "mentions = series_dyads.mentions + excluded.mentions, "
        "goldstein_sum = series_dyads.goldstein_sum + excluded.goldstein_sum",
        upsert));
    if (d.events < 0) {
      DYAD_RETURN_IF_ERROR(
          db_->Exec("DELETE FROM series_dyads WHERE source_root = ? AND target_root = ? AND "
                    "quad_class = ? AND events = 0",
                    row));
    }
  }
  pending_series_.clear();
  return Status::Ok();
}

Status EventStore::Begin() {
  pending_series_.clear();
  return db_->Begin();
}

Status EventStore::Commit() {
  DYAD_RETURN_IF_ERROR(FlushSeries());
  return db_->Commit();
}

Status EventStore::Rollback() {
  pending_series_.clear();
  return db_->Rollback();
}

Status EventStore::RefreshEvent(int64_t event_key) {
  int64_t mentions = 0, documents = 0, outlets = 0, rep = 0;
  std::string first_seen;
  // The event as series_days counts it now: with a day and at least one mention (a new
  // event has none until this refresh).
  SeriesEntry before;
  DYAD_RETURN_IF_ERROR(
      db_->Query("SELECT source_root, target_root, day, quad_class, date_precision, goldstein, "
                 "num_mentions FROM events WHERE event_key = ?",
                 {SqlValue(event_key)}, [&](const SqlRow& r) {
                   before.source_root = r.Text(0);
                   before.target_root = r.Text(1);
                   before.day = r.Int(2);
                   before.quad_class = r.Int(3);
                   before.precision = r.Int(4);
                   before.goldstein = r.Double(5);
                   before.mentions = r.Int(6);
                   before.counted = !r.IsNull(2) && r.Int(6) > 0;
                 }));
  DYAD_RETURN_IF_ERROR(
      db_->Query("SELECT count(*), count(DISTINCT m.doc_key), "
                 "count(DISTINCT coalesce(d.outlet, '#' || d.doc_id)), min(m.seen_at), "
                 "min(m.mention_key) FROM mentions m JOIN documents d ON d.doc_key = m.doc_key "
                 "WHERE m.event_key = ?",
                 {SqlValue(event_key)}, [&](const SqlRow& r) {
                   mentions = r.Int(0);
                   documents = r.Int(1);
                   outlets = r.Int(2);
                   first_seen = r.Text(3);
                   rep = r.Int(4);
                 }));
  if (mentions == 0) {
    if (before.counted) AddToSeries(before, -1, -before.mentions, -before.goldstein);
    DYAD_RETURN_IF_ERROR(RefreshEventText(event_key));
    return db_->Exec("DELETE FROM events WHERE event_key = ?", {SqlValue(event_key)});
  }
  // The representative mention's values become the event's.
  SqlParams p;
  DYAD_RETURN_IF_ERROR(db_->Query(
      "SELECT source_root, coalesce(target_root, ''), source_code, coalesce(target_code, ''), "
      "mutual, cameo, cameo_root, plover_type, quad_class, goldstein, modality, date, day, "
      "date_precision, prov_key FROM mentions WHERE mention_key = ?",
      {SqlValue(rep)}, [&](const SqlRow& r) {
        for (int i = 0; i < r.size(); ++i) {
          if (r.IsNull(i)) {
            p.emplace_back();
          } else if (i == 4 || i == 8 || i == 12 || i == 13 || i == 14) {
            p.push_back(SqlValue(r.Int(i)));
          } else if (i == 9) {
            p.push_back(SqlValue(r.Double(i)));
          } else {
            p.push_back(SqlValue(r.Text(i)));
          }
        }
      }));
  if (p.size() != 15) return Status::Internal("representative mention missing");
  std::string match = dedup_.match == DedupMatch::kRoot ? p[6].ToText() : p[5].ToText();
  SqlParams update(p.begin(), p.begin() + 7);
  update.push_back(SqlValue(match));
  update.insert(update.end(), p.begin() + 7, p.end());
  for (SqlValue v : {SqlValue(mentions), SqlValue(documents), SqlValue(outlets),
                     SqlValue(first_seen), SqlValue(rep), SqlValue(event_key)}) {
    update.push_back(v);
  }
  DYAD_RETURN_IF_ERROR(db_->Exec(
      "UPDATE events SET source_root = ?, target_root = ?, source_code = ?, target_code = ?, "
      "mutual = ?, cameo = ?, cameo_root = ?, match_code = ?, plover_type = ?, "
      "quad_class = ?, goldstein = ?, modality = ?, date = ?, day = ?, date_precision = ?, "
      "prov_key = ?, num_mentions = ?, num_documents = ?, num_outlets = ?, first_seen = ?, "
      "rep_mention = ? WHERE event_key = ?",
      update));
  DYAD_RETURN_IF_ERROR(RefreshEventText(event_key));
  // series_days: take the old values out and put the new ones in (one change when only
  // the counts moved).
  SeriesEntry after;
  after.source_root = p[0].text_value();
  after.target_root = p[1].text_value();
  after.quad_class = p[8].int_value();
  after.goldstein = p[9].double_value();
  after.day = p[12].int_value();
  after.precision = p[13].int_value();
  after.mentions = mentions;
  after.counted = !p[12].is_null();
  bool same_cell = before.counted && after.counted && before.source_root == after.source_root &&
                   before.target_root == after.target_root && before.day == after.day &&
                   before.quad_class == after.quad_class && before.precision == after.precision;
  if (same_cell) {
    AddToSeries(after, 0, after.mentions - before.mentions, after.goldstein - before.goldstein);
    return Status::Ok();
  }
  if (before.counted) AddToSeries(before, -1, -before.mentions, -before.goldstein);
  if (after.counted) AddToSeries(after, 1, after.mentions, after.goldstein);
  return Status::Ok();
}

Status EventStore::RefreshEventText(int64_t event_key) {
  if (db_->dialect() != SqlDialect::kPostgres) return Status::Ok();
  // The event's rows again from its mentions' sentences and its row (none once deleted).
  DYAD_RETURN_IF_ERROR(
      db_->Exec("DELETE FROM event_text WHERE event_key = ?", {SqlValue(event_key)}));
  return db_->Exec(EventTextFillStatement("?"), {SqlValue(event_key)});
}

Status EventStore::LoadMentions(const std::string& where, const SqlParams& params,
                                std::vector<StoredMention>* out) {
  return db_->Query(std::string(kMentionSelect) + where, params,
                    [&](const SqlRow& r) { out->push_back(ReadMention(r)); });
}

Status EventStore::QueryEvents(const EventFilter& filter, bool with_mentions,
                               const std::function<Status(const StoredEvent&)>& sink) {
  auto plan = ChooseTextPlan(filter);
  if (!plan.ok()) return plan.status();
  constexpr char kColumns[] =
      "SELECT e.event_key, e.source_root, e.target_root, e.num_mentions, e.num_documents, "
      "e.num_outlets, e.first_seen, e.rep_mention, p.dyad_version, p.dict_fingerprint ";
  constexpr char kOrder[] = " ORDER BY e.day ASC NULLS LAST, e.event_key";
  std::optional<std::vector<EventRange>> ranges;
  if (filter.q.empty() && filter.limit > 0 && filter.limit + filter.offset <= kMaxRangeRows) {
    auto found = OrderedRanges(filter);
    if (!found.ok()) return found.status();
    ranges = std::move(*found);
  }
  SqlParams params;
  std::string sql;
  if (ranges) {
    // Each range walks an index in (day, key) order and stops at limit + offset rows;
    // the page is cut from their union, then only its rows are read.
    std::string page;
    for (size_t i = 0; i < ranges->size(); ++i) {
      const EventRange& range = (*ranges)[i];
      params.insert(params.end(), range.params.begin(), range.params.end());
      page += fmt::format(
          "{}SELECT event_key, day FROM (SELECT e.event_key, e.day FROM events e WHERE {}{}{} "
          "LIMIT ?) r{}",
          i ? " UNION ALL " : "", range.where, OtherTerms(filter, db_->dialect(), &params), kOrder,
          i);
      params.push_back(SqlValue(filter.limit + filter.offset));
    }
    sql = std::string(kColumns) + "FROM (" + page +
          " ORDER BY day ASC NULLS LAST, event_key LIMIT ? OFFSET ?) page "
          "JOIN events e ON e.event_key = page.event_key "
          "JOIN provenance p ON p.prov_key = e.prov_key" +
          kOrder;
    params.push_back(SqlValue(filter.limit));
    params.push_back(SqlValue(filter.offset));
  } else if (!filter.q.empty() && db_->dialect() == SqlDialect::kPostgres) {
    // PostgreSQL filters and orders the matches in event_text alone, then reads the
    // page's rows: every match collected from the GIN index (index first), or a walk of
    // ix_event_text_day in (day, key) order that stops when the page is full (probe).
    std::string hits =
        "SELECT e.event_key, e.day FROM event_text e" + EventTextWhere(filter, &params);
    std::string page =
        *plan == TextPlan::kProbe
            ? hits + " GROUP BY e.day, e.event_key ORDER BY e.day ASC NULLS LAST, e.event_key"
            : "WITH hits AS MATERIALIZED (" + hits +
                  ") SELECT event_key, day FROM hits GROUP BY day, event_key "
                  "ORDER BY day ASC NULLS LAST, event_key";
    sql = std::string(kColumns) + "FROM (" + page +
          " LIMIT ? OFFSET ?) page JOIN events e ON e.event_key = page.event_key "
          "JOIN provenance p ON p.prov_key = e.prov_key" +
          kOrder;
    params.push_back(SqlValue(filter.limit > 0 ? filter.limit : int64_t{1} << 62));
    params.push_back(SqlValue(filter.offset));
  } else if (!filter.q.empty() && *plan == TextPlan::kIndexFirst) {
    // A text search in SQLite: the matching keys filtered and sorted by day first, then
    // only the page's rows.
    std::string where = WhereClause(filter, db_->dialect(), &params, *plan);
    sql = std::string(kColumns) + "FROM (SELECT e.event_key FROM events e" + where + kOrder +
          " LIMIT ? OFFSET ?) page JOIN events e ON e.event_key = page.event_key "
          "JOIN provenance p ON p.prov_key = e.prov_key" +
          kOrder;
    params.push_back(SqlValue(filter.limit > 0 ? filter.limit : int64_t{1} << 62));
    params.push_back(SqlValue(filter.offset));
  } else {
    sql = std::string(kColumns) + "FROM events e JOIN provenance p ON p.prov_key = e.prov_key" +
          WhereClause(filter, db_->dialect(), &params, *plan) + kOrder;
    if (filter.limit > 0 || filter.offset > 0) {
      sql += " LIMIT ? OFFSET ?";
      params.push_back(SqlValue(filter.limit > 0 ? filter.limit : int64_t{1} << 62));
      params.push_back(SqlValue(filter.offset));
    }
  }
  // Streams in chunks: rows are gathered kChunk at a time, their mentions read with one
  // statement per chunk (other statements on the same connection), and the events handed
  // to `sink`; memory stays flat on big exports and PostgreSQL makes few round trips.
  constexpr size_t kChunk = 256;
  std::vector<StoredEvent> chunk;
  std::vector<int64_t> reps;
  Status failed;
  auto flush = [&]() -> Status {
    if (chunk.empty()) return Status::Ok();
    // A fixed number of placeholders (the last key repeated) keeps one prepared statement.
    std::string marks;
    for (size_t i = 0; i < kChunk; ++i) marks += i ? ", ?" : "?";
    SqlParams keys;
    for (size_t i = 0; i < kChunk; ++i)
      keys.push_back(SqlValue(reps[std::min(i, reps.size() - 1)]));
    std::vector<StoredMention> found;
    DYAD_RETURN_IF_ERROR(LoadMentions("WHERE m.mention_key IN (" + marks + ")", keys, &found));
    std::unordered_map<int64_t, StoredMention*> by_key;
    for (StoredMention& m : found) by_key[m.key] = &m;
    std::unordered_map<int64_t, StoredEvent*> by_event;
    for (size_t i = 0; i < chunk.size(); ++i) {
      if (auto it = by_key.find(reps[i]); it != by_key.end()) chunk[i].representative = *it->second;
      by_event[chunk[i].key] = &chunk[i];
    }
    if (with_mentions) {
      SqlParams events;
      for (size_t i = 0; i < kChunk; ++i) {
        events.push_back(SqlValue(chunk[std::min(i, chunk.size() - 1)].key));
      }
      std::vector<StoredMention> all;
      DYAD_RETURN_IF_ERROR(
          LoadMentions("WHERE m.event_key IN (" + marks + ") ORDER BY m.event_key, m.mention_key",
                       events, &all));
      for (StoredMention& m : all) by_event[m.event_key]->mentions.push_back(std::move(m));
    }
    for (const StoredEvent& e : chunk) DYAD_RETURN_IF_ERROR(sink(e));
    chunk.clear();
    reps.clear();
    return Status::Ok();
  };
  // PostgreSQL would split a probing walk among parallel workers, each walking far past
  // its share of the limit (150,000 probes instead of 19,000 on 10 M events): one walker.
  const bool serial = *plan == TextPlan::kProbe && db_->dialect() == SqlDialect::kPostgres;
  if (serial) DYAD_RETURN_IF_ERROR(db_->Exec("SET max_parallel_workers_per_gather = 0"));
  Status walked = db_->Query(sql, params, [&](const SqlRow& r) {
    if (!failed.ok()) return;  // an earlier chunk failed: skip the rest
    StoredEvent& e = chunk.emplace_back();
    e.key = r.Int(0);
    e.source_root = r.Text(1);
    e.target_root = r.Text(2);
    e.num_mentions = r.Int(3);
    e.num_documents = r.Int(4);
    e.num_outlets = r.Int(5);
    e.first_seen = r.Text(6);
    reps.push_back(r.Int(7));
    e.provenance.dyad_version = r.Text(8);
    e.provenance.dictionary_fingerprint = r.Text(9);
    if (chunk.size() == kChunk) failed = flush();
  });
  if (serial) {
    Status reset = db_->Exec("RESET max_parallel_workers_per_gather");
    if (walked.ok()) walked = reset;
  }
  DYAD_RETURN_IF_ERROR(walked);
  if (failed.ok()) failed = flush();
  return failed;
}

Result<TextPlan> EventStore::ChooseTextPlan(const EventFilter& filter) {
  // Only a text search with a limit, perhaps dates: the others filter through indexes
  // that do not give the events in date order.
  const EventFilter& f = filter;
  if (f.q.empty() || f.limit <= 0 || !f.actor.empty() || !f.source.empty() || !f.target.empty() ||
      !f.dyad.empty() || !f.cameo.empty() || !f.root.empty() || !f.plover.empty() || f.quad != 0 ||
      !f.modality.empty()) {
    return TextPlan::kIndexFirst;
  }
  // Index first costs about `a` per matching sentence; probing costs `b` per event
  // walked, and walks about (limit + offset) * events / matches of them. They cost the
  // same at sqrt(b / a * (limit + offset) * events) matches: above that, probe.
  auto events = db_->QueryInt("SELECT max(event_key) FROM events");
  if (!events.ok()) return events.status();
  const bool lite = db_->dialect() == SqlDialect::kSqlite;
  const double probe_over_match = lite ? kSqliteProbeCost : kPostgresProbeCost;
  const int64_t crossover = std::max<int64_t>(
      1000,
      static_cast<int64_t>(std::sqrt(probe_over_match * static_cast<double>(f.limit + f.offset) *
                                     static_cast<double>(events->value_or(0)))));
  // SQLite counts the matches up to the crossover in the FTS5 doclist; PostgreSQL asks
  // its planner, whose tsvector statistics know the common words (migration 3).
  auto matches = lite ? db_->QueryInt(
                            "SELECT count(*) FROM (SELECT rowid FROM sentences_fts "
                            "WHERE sentences_fts MATCH ? LIMIT ?)",
                            {SqlValue(TextQuery(f.q, SqlDialect::kSqlite)), SqlValue(crossover)})
                      : db_->QueryInt("SELECT dyad_text_matches(?)",
                                      {SqlValue(TextQuery(f.q, SqlDialect::kPostgres))});
  if (!matches.ok()) return matches.status();
  return matches->value_or(0) >= crossover ? TextPlan::kProbe : TextPlan::kIndexFirst;
}

Result<std::vector<std::string>> EventStore::TargetsOf(const std::string& source) {
  // A loose index scan of ix_events_dyad: the next target after the last, one seek each.
  std::vector<std::string> targets;
  for (;;) {
    SqlParams params = {SqlValue(source)};
    std::string sql = "SELECT min(target_root) FROM events WHERE source_root = ?";
    if (!targets.empty()) {
      sql += " AND target_root > ?";
      params.push_back(SqlValue(targets.back()));
    }
    std::optional<std::string> next;
    DYAD_RETURN_IF_ERROR(db_->Query(sql, params, [&](const SqlRow& r) {
      if (!r.IsNull(0)) next = std::string(r.Text(0));
    }));
    if (!next) return targets;
    targets.push_back(std::move(*next));
  }
}

Result<std::optional<std::vector<EventStore::EventRange>>> EventStore::OrderedRanges(
    const EventFilter& f) {
  using Ranges = std::optional<std::vector<EventRange>>;  // nullopt: no such shape
  auto is_root = [](const std::string& v) { return v.size() == 3; };
  const int sides = SideFilters(f);
  const bool dyad_by_sides = sides == 2 && !f.source.empty() && !f.target.empty();
  if (!f.q.empty() || (sides != 1 && !dyad_by_sides)) return Ranges();
  std::vector<EventRange> ranges;
  // ix_events_dyad: (source_root, target_root, day, ...), then the key (SQLite's rowid;
  // PostgreSQL sorts each day's few rows by key).
  auto add_dyad = [&](const std::string& a, const std::string& b) {
    ranges.push_back({"e.source_root = ? AND e.target_root = ?", {SqlValue(a), SqlValue(b)}});
  };
  if (!f.dyad.empty()) {
    std::optional<DyadSpec> d = ParseDyad(f.dyad);
    if (!d || !is_root(d->a) || !is_root(d->b)) return Ranges();
    add_dyad(d->a, d->b);
    if (!d->directed && d->a != d->b) add_dyad(d->b, d->a);
  } else if (dyad_by_sides) {
    if (!is_root(f.source) || !is_root(f.target)) return Ranges();
    add_dyad(f.source, f.target);
  } else if (!f.target.empty()) {
    if (!is_root(f.target)) return Ranges();
    ranges.push_back({"e.target_root = ?", {SqlValue(f.target)}});  // ix_events_target
  } else {
    // A source: one range per target it has. An actor on either side: the same, and
    // its range as a target with another source.
    const std::string& a = f.source.empty() ? f.actor : f.source;
    if (!is_root(a)) return Ranges();
    auto targets = TargetsOf(a);
    if (!targets.ok()) return targets.status();
    for (const std::string& t : *targets) add_dyad(a, t);
    if (!f.actor.empty()) {
      ranges.push_back({"e.target_root = ? AND e.source_root <> ?", {SqlValue(a), SqlValue(a)}});
    }
  }
  if (ranges.empty() || ranges.size() > kMaxRanges) return Ranges();
  return Ranges(std::move(ranges));
}

Result<int64_t> EventStore::CountEvents(const EventFilter& filter) {
  EventFilter f = filter;
  f.limit = f.offset = 0;
  const SqlDialect dialect = db_->dialect();
  std::vector<SeriesCell> cells;
  if (SeriesDaysCanAnswer(f)) cells = TotalCells(f);
  if (!cells.empty()) {
    DYAD_RETURN_IF_ERROR(FlushSeries());  // inside a write transaction: see its changes
    EventFilter dates;
    dates.from = f.from;
    dates.to = f.to;
    dates.quad = f.quad;
    int64_t n = 0;
    for (const SeriesCell& cell : cells) {
      SqlParams params;
      std::string where = WhereClause(dates, dialect, &params);
      where += where.empty() ? " WHERE " : " AND ";
      where += "e.source_root = ? AND e.target_root = ?";
      params.push_back(SqlValue(cell.source));
      params.push_back(SqlValue(cell.target));
      auto sum = db_->QueryInt(
          "SELECT CAST(coalesce(sum(e.events), 0) AS BIGINT) FROM series_days e" + where, params);
      if (!sum.ok()) return sum.status();
      n += cell.sign * sum->value_or(0);
    }
    if (f.from.empty() && f.to.empty()) {
      // series_days holds the dated events only.
      SqlParams params;
      std::string where = WhereClause(f, dialect, &params);
      where += where.empty() ? " WHERE " : " AND ";
      auto undated =
          db_->QueryInt("SELECT count(*) FROM events e" + where + "e.day IS NULL", params);
      if (!undated.ok()) return undated.status();
      n += undated->value_or(0);
    }
    return n;
  }
  // Exact counting. An actor on either side or a dyad in both directions is an OR that
  // the engines answer by reading every row of one side; as two disjoint index ranges
  // each count is read from an index.
  std::vector<EventRange> ranges;
  std::optional<DyadSpec> d = ParseDyad(f.dyad);
  if (f.q.empty() && SideFilters(f) == 1 && f.actor.size() == 3) {
    ranges = {{"e.source_root = ?", {SqlValue(f.actor)}},
              {"e.target_root = ? AND e.source_root <> ?", {SqlValue(f.actor), SqlValue(f.actor)}}};
  } else if (f.q.empty() && SideFilters(f) == 1 && d && !d->directed && d->a.size() == 3 &&
             d->b.size() == 3 && d->a != d->b) {
    for (const auto& [a, b] : {std::pair{d->a, d->b}, std::pair{d->b, d->a}}) {
      ranges.push_back({"e.source_root = ? AND e.target_root = ?", {SqlValue(a), SqlValue(b)}});
    }
  }
  if (!f.q.empty() && dialect == SqlDialect::kPostgres) {
    // The distinct events of the matching rows of event_text, with every filter there.
    SqlParams params;
    auto n = db_->QueryInt(
        "SELECT count(DISTINCT e.event_key) FROM event_text e" + EventTextWhere(f, &params),
        params);
    if (!n.ok()) return n.status();
    return n->value_or(0);
  }
  if (!f.q.empty() && SideFilters(f) == 0 && f.cameo.empty() && f.root.empty() &&
      f.plover.empty() && f.quad == 0 && f.modality.empty() && f.from.empty() && f.to.empty()) {
    // Text alone: the distinct events of the matching sentences' mentions, from
    // ix_mentions_sentence, without looking each one up in events (every mention's event
    // exists).
    std::string sentences = dialect == SqlDialect::kSqlite
                                ? "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?"
                                : "SELECT s.sentence_key FROM sentences s "
                                  "WHERE s.tsv @@ plainto_tsquery('english', ?)";
    auto n = db_->QueryInt(
        "SELECT count(DISTINCT m.event_key) FROM mentions m WHERE m.sentence_key IN (" + sentences +
            ")",
        {SqlValue(TextQuery(f.q, dialect))});
    if (!n.ok()) return n.status();
    return n->value_or(0);
  }
  if (ranges.empty()) {
    SqlParams params;
    auto n =
        db_->QueryInt("SELECT count(*) FROM events e" + WhereClause(f, dialect, &params), params);
    if (!n.ok()) return n.status();
    return n->value_or(0);
  }
  int64_t n = 0;
  for (EventRange& range : ranges) {
    std::string sql = "SELECT count(*) FROM events e WHERE " + range.where +
                      OtherTerms(f, dialect, &range.params);
    auto part = db_->QueryInt(sql, range.params);
    if (!part.ok()) return part.status();
    n += part->value_or(0);
  }
  return n;
}

Result<std::vector<EventStore::DyadTotals>> EventStore::SumByDyad(const EventFilter& filter) {
  EventFilter f = filter;
  f.limit = f.offset = 0;
  const SqlDialect dialect = db_->dialect();
  std::map<std::pair<std::string, std::string>, DyadTotals> totals;
  // Rows: source root, target root, events of QuadClass 1 to 4, Goldstein sum.
  auto run = [&](const std::string& sql, const SqlParams& params) {
    return db_->Query(sql, params, [&](const SqlRow& r) {
      std::string a(r.Text(0)), b(r.Text(1));
      DyadTotals& t = totals[{a, b}];
      t.source_root = a;
      t.target_root = b;
      for (int q = 0; q < 4; ++q) t.quad[q] += r.Int(2 + q);
      t.goldstein_sum += r.Double(6);
    });
  };
  auto quads = [](const char* n) {
    std::string out;
    for (int q = 1; q <= 4; ++q) {
      out += fmt::format("sum(CASE WHEN e.quad_class = {} THEN {} ELSE 0 END), ", q, n);
    }
    return out;
  };
  const bool series = SeriesDaysCanAnswer(f);
  if (series) {
    // The dyad rows, grouped in the order of ix_series_target (no sort).
    // With no date range, series_dyads holds the same sums over every day.
    DYAD_RETURN_IF_ERROR(FlushSeries());
    const bool all_days = f.from.empty() && f.to.empty();
    SqlParams params;
    std::string where = WhereClause(f, dialect, &params);
    if (!all_days) {
      where += where.empty() ? " WHERE " : " AND ";
      where += "e.source_root <> '*' AND e.target_root <> '*'";
    }
    DYAD_RETURN_IF_ERROR(run("SELECT e.source_root, e.target_root, " + quads("e.events") +
                                 "sum(e.goldstein_sum) FROM " +
                                 (all_days ? "series_dyads e" : "series_days e") + where +
                                 " GROUP BY e.target_root, e.source_root",
                             params));
  }
  if (!series || (f.from.empty() && f.to.empty())) {
    // The events: all of them, or the undated ones series_days leaves out.
    SqlParams params;
    std::string where = WhereClause(f, dialect, &params);
    if (series) where += where.empty() ? " WHERE e.day IS NULL" : " AND e.day IS NULL";
    DYAD_RETURN_IF_ERROR(run("SELECT e.source_root, e.target_root, " + quads("1") +
                                 "sum(e.goldstein) FROM events e" + where +
                                 " GROUP BY e.source_root, e.target_root",
                             params));
  }
  std::vector<DyadTotals> out;
  out.reserve(totals.size());
  for (auto& [key, t] : totals) out.push_back(std::move(t));
  return out;
}

Result<std::map<std::string, int64_t>> EventStore::CountByActor() {
  DYAD_RETURN_IF_ERROR(FlushSeries());
  std::map<std::string, int64_t> counts;
  // The dated events from series_dyads (a few rows per dyad), per source and per target;
  // then the undated events (ix_events_day).
  for (const char* sql :
       {"SELECT source_root, CAST(sum(events) AS BIGINT) FROM series_dyads GROUP BY source_root",
        "SELECT target_root, CAST(sum(events) AS BIGINT) FROM series_dyads GROUP BY target_root",
        "SELECT source_root, count(*) FROM events WHERE day IS NULL GROUP BY source_root",
        "SELECT target_root, count(*) FROM events WHERE day IS NULL GROUP BY target_root"}) {
    DYAD_RETURN_IF_ERROR(db_->Query(sql, {}, [&](const SqlRow& r) {
      if (!r.Text(0).empty()) counts[std::string(r.Text(0))] += r.Int(1);
    }));
  }
  return counts;
}

Result<std::vector<SeriesRow>> EventStore::QuerySeries(const EventFilter& filter, Period period) {
  return QuerySeries(filter, period, SeriesOptions{});
}

Result<std::vector<SeriesRow>> EventStore::QuerySeries(const EventFilter& filter, Period period,
                                                       const SeriesOptions& options) {
  DYAD_RETURN_IF_ERROR(FlushSeries());  // inside a write transaction: see its changes
  EventFilter f = filter;
  f.limit = f.offset = 0;
  std::optional<DyadSpec> dyad = ParseDyad(f.dyad);
  const bool undirected = dyad && !dyad->directed;
  const bool total = options.split == SeriesSplit::kNone;
  const int64_t min_precision = period == Period::kMonth ? 2 : 3;
  std::vector<DayAggregate> days;
  // Runs `sql` (its rows: source_root, target_root, day, quad_class, events, mentions,
  // goldstein_sum) and adds each row `sign` times to `days`, under the series' name.
  auto run = [&](const std::string& sql, const SqlParams& params, int sign) {
    return db_->Query(sql, params, [&](const SqlRow& r) {
      DayAggregate a;
      a.dyad = total        ? "all"
               : undirected ? dyad->a + "," + dyad->b
                            : std::string(r.Text(0)) + ":" + std::string(r.Text(1));
      a.day = static_cast<long>(r.Int(2));
      a.quad_class = static_cast<int>(r.Int(3));
      a.events = sign * r.Int(4);
      a.mentions = sign * r.Int(5);
      a.goldstein_sum = sign * r.Double(6);
      days.push_back(std::move(a));
    });
  };
  // A dyad in both directions is two range scans rather than one OR, which the engines
  // would sort.
  std::vector<std::string> passes = {f.dyad};
  if (undirected) passes = {dyad->a + ":" + dyad->b};
  if (undirected && dyad->a != dyad->b) passes.push_back(dyad->b + ":" + dyad->a);
  if (options.from_events || !SeriesDaysCanAnswer(f)) {
    // The events table: an index-only range scan of ix_events_dyad for a directed dyad.
    for (const std::string& pass : passes) {
      f.dyad = pass;
      SqlParams params;
      std::string where = WhereClause(f, db_->dialect(), &params);
      where += where.empty() ? " WHERE " : " AND ";
      where += "e.day IS NOT NULL AND e.date_precision >= ?";
      params.push_back(SqlValue(min_precision));
      DYAD_RETURN_IF_ERROR(
          run("SELECT e.source_root, e.target_root, e.day, e.quad_class, count(*), "
              "sum(e.num_mentions), sum(e.goldstein) FROM events e" +
                  where + " GROUP BY e.source_root, e.target_root, e.day, e.quad_class",
              params, 1));
    }
  } else {
    // series_days. One series summing everything, one side or one dyad reads its '*' or
    // dyad rows directly; an actor on either side is (A, *) + (*, A) - (A, A). Anything
    // else sums the dyad rows that match.
    std::vector<SeriesCell> cells;
    if (total) cells = TotalCells(f);
    EventFilter dates;
    dates.from = f.from;
    dates.to = f.to;
    dates.quad = f.quad;
    constexpr char kSelect[] =
        "SELECT e.source_root, e.target_root, e.day, e.quad_class, e.events, e.mentions, "
        "e.goldstein_sum FROM series_days e";
    for (const SeriesCell& cell : cells) {
      SqlParams params;
      std::string where = WhereClause(dates, db_->dialect(), &params);
      where += where.empty() ? " WHERE " : " AND ";
      where += "e.source_root = ? AND e.target_root = ? AND e.date_precision >= ?";
      params.push_back(SqlValue(cell.source));
      params.push_back(SqlValue(cell.target));
      params.push_back(SqlValue(min_precision));
      DYAD_RETURN_IF_ERROR(run(kSelect + where, params, cell.sign));
    }
    if (cells.empty()) {
      for (const std::string& pass : passes) {
        // An actor on either side is two ranges, as a source (the primary key) and as a
        // target with another source (ix_series_target, which covers the sums).
        std::vector<std::pair<EventFilter, std::string>> ranges;
        EventFilter g = f;
        g.dyad = pass;
        if (g.actor.empty()) {
          ranges.emplace_back(g, "");
        } else {
          // (source A) + (target A, source not A), each with the other filters kept.
          if (g.source.empty() || g.source == g.actor) {
            EventFilter as_source = g;
            as_source.actor = "";
            as_source.source = g.actor;
            ranges.emplace_back(as_source, "");
          }
          if (g.target.empty() || g.target == g.actor) {
            EventFilter as_target = g;
            as_target.actor = "";
            as_target.target = g.actor;
            ranges.emplace_back(as_target, g.actor);
          }
        }
        for (const auto& [side, other_source] : ranges) {
          SqlParams params;
          std::string where = WhereClause(side, db_->dialect(), &params);
          where += where.empty() ? " WHERE " : " AND ";
          where += "e.source_root <> '*' AND e.target_root <> '*' AND e.date_precision >= ?";
          params.push_back(SqlValue(min_precision));
          if (!other_source.empty()) {
            where += " AND e.source_root <> ?";
            params.push_back(SqlValue(other_source));
          }
          DYAD_RETURN_IF_ERROR(run(kSelect + where, params, 1));
        }
      }
    }
  }
  std::optional<long> from = FirstDay(f.from), to = LastDay(f.to);
  std::vector<SeriesRow> rows = BuildSeries(days, period, from, to);
  if (rows.empty() && (dyad || total) && from && to) {
    // A dyad with no event in the range still gets its (empty) periods.
    DayAggregate none;
    none.dyad = total ? "all" : dyad->directed ? dyad->a + ":" + dyad->b : dyad->a + "," + dyad->b;
    none.day = *from;
    rows = BuildSeries({none}, period, from, to);
  }
  return rows;
}

Status EventStore::ForEachDocument(
    const std::function<Status(const StoredDocument&, const std::vector<StoredMention>&)>& sink) {
  int64_t after = 0;
  for (;;) {
    std::vector<StoredDocument> page;
    DYAD_RETURN_IF_ERROR(db_->Query(
        "SELECT d.doc_key, d.doc_id, d.text_hash, d.pub_date, d.title, d.url, d.outlet, d.body, "
        "p.dyad_version, p.dict_fingerprint FROM documents d JOIN provenance p "
        "ON p.prov_key = d.prov_key WHERE d.doc_key > ? ORDER BY d.doc_key LIMIT 256",
        {SqlValue(after)}, [&](const SqlRow& r) {
          StoredDocument d;
          d.key = r.Int(0);
          d.document.id = r.Text(1);
          d.text_hash = r.Text(2);
          if (auto date = ParseIsoDate(r.Text(3))) d.document.date = *date;
          d.document.title = r.Text(4);
          d.document.url = r.Text(5);
          d.document.outlet = r.Text(6);
          d.document.text = r.Text(7);
          d.provenance.dyad_version = r.Text(8);
          d.provenance.dictionary_fingerprint = r.Text(9);
          page.push_back(std::move(d));
        }));
    if (page.empty()) return Status::Ok();
    for (const StoredDocument& d : page) {
      std::vector<StoredMention> mentions;
      DYAD_RETURN_IF_ERROR(
          LoadMentions("WHERE m.doc_key = ? ORDER BY m.mention_key", {SqlValue(d.key)}, &mentions));
      DYAD_RETURN_IF_ERROR(sink(d, mentions));
      after = d.key;
    }
  }
}

Result<StoreStats> EventStore::Stats() {
  StoreStats s;
  s.dedup = dedup_;
  for (const auto& [table, out] :
       {std::pair{"documents", &s.documents}, std::pair{"sentences", &s.sentences},
        std::pair{"mentions", &s.mentions}, std::pair{"events", &s.events}}) {
    auto n = db_->QueryInt(std::string("SELECT count(*) FROM ") + table);
    if (!n.ok()) return n.status();
    *out = n->value_or(0);
  }
  auto v = db_->QueryInt("SELECT max(version) FROM schema_migrations");
  if (!v.ok()) return v.status();
  s.schema_version = static_cast<int>(v->value_or(0));
  return s;
}

Status EventStore::BeginBulkLoad() {
  pending_series_.clear();  // EndBulkLoad sums series_days again from the events
  if (db_->dialect() == SqlDialect::kSqlite) {
    // No journal while loading: a failed load is thrown away, not rolled back.
    DYAD_RETURN_IF_ERROR(db_->Exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"));
  }
  for (const std::string& sql : DropIndexStatements(db_->dialect())) {
    DYAD_RETURN_IF_ERROR(db_->Exec(sql));
  }
  return Status::Ok();
}

Status EventStore::EndBulkLoad() {
  if (db_->dialect() == SqlDialect::kPostgres) {
    // Rows were loaded with explicit keys: move each identity past them.
    for (const auto& [table, column] :
         {std::pair{"documents", "doc_key"}, std::pair{"sentences", "sentence_key"},
          std::pair{"mentions", "mention_key"}, std::pair{"events", "event_key"},
          std::pair{"provenance", "prov_key"}}) {
      DYAD_RETURN_IF_ERROR(
          db_->Exec(fmt::format("SELECT setval(pg_get_serial_sequence('{0}', '{1}'), "
                                "coalesce((SELECT max({1}) FROM {0}), 0) + 1, false)",
                                table, column)));
    }
  }
  for (const std::string& sql : CreateIndexStatements(db_->dialect())) {
    DYAD_RETURN_IF_ERROR(db_->Exec(sql));
  }
  if (db_->dialect() == SqlDialect::kSqlite) {
    DYAD_RETURN_IF_ERROR(db_->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"));
  }
  return Status::Ok();
}

}  // namespace dyad
