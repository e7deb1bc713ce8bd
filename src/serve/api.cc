// Each endpoint reads its parameters (filter names through store/filter.h's SetFilter, the
// rest here), runs parameterised SQL through the store, and writes JSON. Events reuse the
// store's writer (what `dyad query events` prints) and POST /api/code the coder's (what
// `dyad code` prints), so the API and the command line cannot drift apart. The network
// (the store's per-dyad sums, from series_days when the filter allows) and the alerts
// (per dyad and day in SQL) hand the small result to analytics.h; the actors' ranking is
// the store's per-actor sums.
#include "serve/api.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "base/data_source.h"
#include "io/reader.h"
#include "io/writer.h"
#include "lexicon/actor_dictionary.h"
#include "serve/analytics.h"
#include "store/export.h"
#include "store/filter.h"
#include "store/series.h"

namespace dyad {
namespace {

using Json = nlohmann::ordered_json;

ApiResponse JsonResponse(const Json& j) {
  return {200, j.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

ApiResponse StoreError(const Status& s) { return Api::Error(500, "store: " + s.message()); }

double Round(double v, double scale) { return std::round(v * scale) / scale; }

// The parameters of one request: the filters, and the endpoint's own names.
class Params {
 public:
  // `extra`: the endpoint's own parameter names; `filters`: whether the filter names apply.
  Status Read(const QueryParams& params, const std::vector<std::string>& extra, bool filters) {
    std::set<std::string> seen;
    for (const auto& [name, value] : params) {
      if (!seen.insert(name).second) {
        return Status::InvalidArgument("parameter '" + name + "' is given twice");
      }
      if (std::find(extra.begin(), extra.end(), name) != extra.end()) {
        extra_[name] = value;
        continue;
      }
      const auto& names = FilterNames();
      if (!filters || std::find(names.begin(), names.end(), name) == names.end()) {
        return Status::InvalidArgument("unknown parameter '" + name + "'");
      }
      DYAD_RETURN_IF_ERROR(SetFilter(name, value, &filter_));
      given_.insert(name);
    }
    return Status::Ok();
  }

  EventFilter& filter() { return filter_; }
  bool Given(const std::string& name) const { return given_.count(name) || extra_.count(name); }
  std::string Get(const std::string& name, const std::string& fallback) const {
    auto it = extra_.find(name);
    return it == extra_.end() ? fallback : it->second;
  }

  // An integer parameter in [lo, hi], or `fallback` when absent.
  Status Int(const std::string& name, int64_t fallback, int64_t lo, int64_t hi,
             int64_t* out) const {
    auto it = extra_.find(name);
    if (it == extra_.end()) {
      *out = fallback;
      return Status::Ok();
    }
    const std::string& v = it->second;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
    if (ec != std::errc() || p != v.data() + v.size() || *out < lo || *out > hi) {
      return Status::InvalidArgument(
          fmt::format("{}: expected a whole number from {} to {}, got '{}'", name, lo, hi, v));
    }
    return Status::Ok();
  }

  Status Number(const std::string& name, double fallback, double* out) const {
    auto it = extra_.find(name);
    if (it == extra_.end()) {
      *out = fallback;
      return Status::Ok();
    }
    const std::string& v = it->second;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
    if (ec != std::errc() || p != v.data() + v.size() || !std::isfinite(*out)) {
      return Status::InvalidArgument(name + ": expected a number, got '" + v + "'");
    }
    return Status::Ok();
  }

  Status Period(const std::string& fallback, dyad::Period* out, std::string* name) const {
    *name = Get("period", fallback);
    if (*name == "day") {
      *out = Period::kDay;
    } else if (*name == "week") {
      *out = Period::kWeek;
    } else if (*name == "month") {
      *out = Period::kMonth;
    } else {
      return Status::InvalidArgument("period: expected day, week or month, got '" + *name + "'");
    }
    return Status::Ok();
  }

 private:
  EventFilter filter_;
  std::set<std::string> given_;
  std::map<std::string, std::string> extra_;
};

ApiResponse BadRequest(const Status& s) { return Api::Error(400, s.message()); }

// One row of a series, as `dyad query series --format jsonl` without the dyad (written
// with fmt: /api/series is the endpoint with a latency target).
void AppendSeriesRow(const SeriesRow& r, std::string* out) {
  fmt::format_to(std::back_inserter(*out),
                 "{{\"period\":\"{}\",\"events\":{},\"mentions\":{},\"goldstein_sum\":{:.1f},"
                 "\"goldstein_mean\":{:.3f},\"quad\":[{},{},{},{}]}}",
                 r.period, r.events, r.mentions, r.goldstein_sum, r.goldstein_mean(), r.quad[0],
                 r.quad[1], r.quad[2], r.quad[3]);
}

// The undirected name of a dyad: its two roots in alphabetical order, "PRK,USA".
std::string UndirectedDyad(std::string_view a, std::string_view b) {
  return a <= b ? fmt::format("{},{}", a, b) : fmt::format("{},{}", b, a);
}

}  // namespace

Api::Api(const ApiOptions& options, std::unique_ptr<Coder> coder,
         std::unique_ptr<DataSource> source, std::unique_ptr<ActorDictionary> actors,
         std::unordered_map<std::string, std::string> iso_numeric)
    : options_(options),
      coder_(std::move(coder)),
      source_(std::move(source)),
      actors_(std::move(actors)),
      iso_numeric_(std::move(iso_numeric)) {}

Api::~Api() = default;

Result<std::unique_ptr<Api>> Api::Create(const ApiOptions& options) {
  auto coder = Coder::Create(options.coder);
  if (!coder.ok()) return coder.status();
  auto source = std::make_unique<DataSource>(options.coder.data_dir);
  auto actors = ActorDictionary::Load(source.get());
  if (!actors.ok()) return actors.status();
  std::unordered_map<std::string, std::string> iso_numeric;
  Result<std::string_view> iso = source->Read("iso-codes/iso_3166-1.json");
  if (!iso.ok()) return iso.status();
  nlohmann::json j = nlohmann::json::parse(*iso, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.contains("3166-1") || !j["3166-1"].is_array()) {
    return Status::DataLoss("iso_3166-1.json is not readable");
  }
  for (const auto& c : j["3166-1"]) {
    std::string a3 = c.value("alpha_3", ""), numeric = c.value("numeric", "");
    if (!a3.empty() && !numeric.empty()) iso_numeric[a3] = numeric;
  }
  return std::unique_ptr<Api>(new Api(options, std::move(*coder), std::move(source),
                                      std::move(*actors), std::move(iso_numeric)));
}

ApiResponse Api::Error(int status, std::string_view message) {
  Json j = {{"error", message}};
  return {status, j.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

// ------------------------------------------------------------------------ events

ApiResponse Api::Events(EventStore* store, const QueryParams& params) const {
  Params p;
  if (Status s = p.Read(params, {}, true); !s.ok()) return BadRequest(s);
  EventFilter& f = p.filter();
  if (!p.Given("limit")) f.limit = options_.default_limit;
  if (f.limit == 0 || f.limit > options_.max_limit) f.limit = options_.max_limit;
  auto total = store->CountEvents(f);
  if (!total.ok()) return StoreError(total.status());
  std::string body = fmt::format("{{\"total\":{},\"limit\":{},\"offset\":{},\"events\":[", *total,
                                 f.limit, f.offset);
  bool first = true;
  Status s = store->QueryEvents(f, false, [&](const StoredEvent& e) {
    if (!first) body.push_back(',');
    first = false;
    AppendStoredEventJson(e, false, &body);
    if (!body.empty() && body.back() == '\n') body.pop_back();
    return Status::Ok();
  });
  if (!s.ok()) return StoreError(s);
  body += "]}";
  return {200, std::move(body)};
}

// ------------------------------------------------------------------------ series

ApiResponse Api::Series(EventStore* store, const QueryParams& params) const {
  Params p;
  if (Status s = p.Read(params, {"period", "split"}, true); !s.ok()) return BadRequest(s);
  dyad::Period period;
  std::string period_name;
  if (Status s = p.Period("week", &period, &period_name); !s.ok()) return BadRequest(s);
  std::string split = p.Get("split", "none");
  if (split != "none" && split != "dyad") {
    return Error(400, "split: expected dyad or none, got '" + split + "'");
  }
  EventFilter& f = p.filter();
  SeriesOptions options;
  options.split = split == "none" ? SeriesSplit::kNone : SeriesSplit::kDyad;
  auto rows = store->QuerySeries(f, period, options);
  if (!rows.ok()) return StoreError(rows.status());
  std::string body = fmt::format("{{\"period\":\"{}\",\"series\":[", period_name);
  body.reserve(rows->size() * 110 + 64);
  for (size_t i = 0; i < rows->size();) {
    const std::string& dyad = (*rows)[i].dyad;
    if (i) body.push_back(',');
    body += "{\"dyad\":";
    AppendJsonString(dyad, &body);
    body += ",\"rows\":[";
    for (size_t first = i; i < rows->size() && (*rows)[i].dyad == dyad; ++i) {
      if (i != first) body.push_back(',');
      AppendSeriesRow((*rows)[i], &body);
    }
    body += "]}";
  }
  body += "]}";
  return {200, std::move(body)};
}

// ------------------------------------------------------------------------ actors

Api::Place Api::Describe(EventStore* store, const std::string& root) const {
  Place place;
  auto iso = iso_numeric_.find(root);
  if (iso != iso_numeric_.end()) place.iso_numeric = iso->second;
  place.name = actors_->CountryName(root);
  if (!place.name.empty()) return place;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = names_.find(root);
    if (it != names_.end()) {
      place.name = it->second;
      return place;
    }
  }
  // The entity itself (code == root, "IGOUNO") names it best; else any mention of the root.
  for (const char* sql :
       {"SELECT m.source_name FROM events e JOIN mentions m ON m.mention_key = e.rep_mention "
        "WHERE e.source_code = ? AND m.source_name IS NOT NULL LIMIT 1",
        "SELECT m.target_name FROM events e JOIN mentions m ON m.mention_key = e.rep_mention "
        "WHERE e.target_code = ? AND m.target_name IS NOT NULL LIMIT 1",
        "SELECT m.source_name FROM events e JOIN mentions m ON m.mention_key = e.rep_mention "
        "WHERE e.source_root = ? AND m.source_name IS NOT NULL LIMIT 1"}) {
    Status s = store->db()->Query(sql, {SqlValue(root)}, [&](const SqlRow& r) {
      if (place.name.empty()) place.name = std::string(r.Text(0));
    });
    if (!s.ok() || !place.name.empty()) break;
  }
  if (place.name.empty()) place.name = root;
  std::lock_guard<std::mutex> lock(mu_);
  names_[root] = place.name;
  return place;
}

Result<std::vector<Api::ActorCount>> Api::ActorCounts(EventStore* store) const {
  auto key = store->db()->QueryInt("SELECT max(event_key) FROM events");
  if (!key.ok()) return key.status();
  int64_t now = key->value_or(0);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (counts_key_ == now) return counts_;
  }
  // The sums of series_days (and the undated events), not a scan of every event.
  auto events = store->CountByActor();
  if (!events.ok()) return events.status();
  std::vector<ActorCount> counts;
  for (const auto& [code, n] : *events) counts.push_back({code, Describe(store, code).name, n});
  std::stable_sort(counts.begin(), counts.end(),
                   [](const ActorCount& a, const ActorCount& b) { return a.events > b.events; });
  std::lock_guard<std::mutex> lock(mu_);
  counts_key_ = now;
  counts_ = counts;
  return counts;
}

ApiResponse Api::Actors(EventStore* store, const QueryParams& params) const {
  Params p;
  if (Status s = p.Read(params, {"q", "limit"}, false); !s.ok()) return BadRequest(s);
  int64_t limit = 0;
  if (Status s = p.Int("limit", 10, 1, 1000, &limit); !s.ok()) return BadRequest(s);
  auto counts = ActorCounts(store);
  if (!counts.ok()) return StoreError(counts.status());
  std::vector<std::pair<std::string, std::string>> candidates;
  for (const ActorCount& a : *counts) candidates.emplace_back(a.code, a.name);
  Json out = Json::array();
  for (size_t i : RankActorMatches(candidates, p.Get("q", ""))) {
    if (static_cast<int64_t>(out.size()) >= limit) break;
    const ActorCount& a = (*counts)[i];
    Place place = Describe(store, a.code);
    out.push_back(
        Json{{"code", a.code},
             {"name", a.name},
             {"events", a.events},
             {"iso_numeric", place.iso_numeric.empty() ? Json(nullptr) : Json(place.iso_numeric)}});
  }
  return JsonResponse(Json{{"actors", std::move(out)}});
}

// ------------------------------------------------------------------------ network

ApiResponse Api::Network(EventStore* store, const QueryParams& params) const {
  Params p;
  if (Status s = p.Read(params, {"min_events", "max_nodes"}, true); !s.ok()) return BadRequest(s);
  int64_t min_events = 0, max_nodes = 0;
  if (Status s = p.Int("min_events", 1, 1, 1000000000, &min_events); !s.ok()) return BadRequest(s);
  if (Status s = p.Int("max_nodes", 60, 1, options_.max_nodes, &max_nodes); !s.ok()) {
    return BadRequest(s);
  }
  // Per directed dyad and QuadClass, from series_days when the filter allows.
  auto totals = store->SumByDyad(p.filter());
  if (!totals.ok()) return StoreError(totals.status());
  struct Edge {
    int64_t events = 0, cooperation = 0, conflict = 0;
    double goldstein = 0;
  };
  std::map<std::pair<std::string, std::string>, Edge> edges;  // undirected, a < b
  for (const EventStore::DyadTotals& t : *totals) {
    std::string a = t.source_root, b = t.target_root;
    if (a.empty() || b.empty() || a == b) continue;  // no target, or within one actor
    if (b < a) std::swap(a, b);
    Edge& e = edges[{a, b}];
    e.cooperation += t.quad[0] + t.quad[1];
    e.conflict += t.quad[2] + t.quad[3];
    e.events += t.quad[0] + t.quad[1] + t.quad[2] + t.quad[3];
    e.goldstein += t.goldstein_sum;
  }
  // Nodes: the most active roots, counting only edges that pass min_events.
  std::map<std::string, int64_t> activity;
  for (const auto& [ends, e] : edges) {
    if (e.events < min_events) continue;
    activity[ends.first] += e.events;
    activity[ends.second] += e.events;
  }
  std::vector<std::pair<std::string, int64_t>> nodes(activity.begin(), activity.end());
  std::stable_sort(nodes.begin(), nodes.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (static_cast<int64_t>(nodes.size()) > max_nodes) nodes.resize(max_nodes);
  std::map<std::string, int> index;
  for (const auto& [id, n] : nodes) index.emplace(id, static_cast<int>(index.size()));

  std::vector<SignedEdge> signed_edges;
  std::vector<std::pair<const std::pair<std::string, std::string>*, const Edge*>> kept;
  for (const auto& [ends, e] : edges) {
    if (e.events < min_events || !index.count(ends.first) || !index.count(ends.second)) continue;
    kept.emplace_back(&ends, &e);
    signed_edges.push_back(
        {index[ends.first], index[ends.second], static_cast<double>(e.cooperation - e.conflict)});
  }
  std::vector<int> bloc = SignedBlocs(static_cast<int>(nodes.size()), signed_edges);

  Json node_json = Json::array();
  std::map<int, std::vector<std::string>> members;
  for (size_t i = 0; i < nodes.size(); ++i) {
    Place place = Describe(store, nodes[i].first);
    node_json.push_back(
        Json{{"id", nodes[i].first},
             {"name", place.name},
             {"events", nodes[i].second},
             {"bloc", bloc[i]},
             {"iso_numeric", place.iso_numeric.empty() ? Json(nullptr) : Json(place.iso_numeric)}});
    members[bloc[i]].push_back(nodes[i].first);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
    return a.second->events > b.second->events;
  });
  Json edge_json = Json::array();
  for (const auto& [ends, e] : kept) {
    edge_json.push_back(Json{{"source", ends->first},
                             {"target", ends->second},
                             {"events", e->events},
                             {"cooperation", e->cooperation},
                             {"conflict", e->conflict},
                             {"weight", e->cooperation - e->conflict},
                             {"goldstein_sum", Round(e->goldstein, 10)}});
  }
  Json blocs = Json::array();
  for (const auto& [id, m] : members) blocs.push_back(Json{{"id", id}, {"members", m}});
  double modularity = SignedModularity(static_cast<int>(nodes.size()), signed_edges, bloc);
  return JsonResponse(Json{{"nodes", std::move(node_json)},
                           {"edges", std::move(edge_json)},
                           {"blocs", std::move(blocs)},
                           {"modularity", Round(modularity, 10000)}});
}

// ------------------------------------------------------------------------ alerts

ApiResponse Api::Alerts(EventStore* store, const QueryParams& params) const {
  Params p;
  if (Status s = p.Read(params, {"period", "baseline", "min_events", "min_score"}, true); !s.ok()) {
    return BadRequest(s);
  }
  dyad::Period period;
  std::string period_name;
  if (Status s = p.Period("week", &period, &period_name); !s.ok()) return BadRequest(s);
  int64_t baseline = 0, min_events = 0;
  double min_score = 0;
  if (Status s = p.Int("baseline", 8, 1, 520, &baseline); !s.ok()) return BadRequest(s);
  if (Status s = p.Int("min_events", 3, 1, 1000000000, &min_events); !s.ok()) return BadRequest(s);
  if (Status s = p.Number("min_score", 2.0, &min_score); !s.ok()) return BadRequest(s);
  EventFilter f = p.filter();
  f.limit = f.offset = 0;
  const SqlDialect dialect = store->db()->dialect();
  // Conflict events dated to the period's precision: days for day and week series, also
  // months for month series (as in QuerySeries).
  auto where = [&](SqlParams* sql_params) {
    std::string w = WhereClause(f, dialect, sql_params);
    w += w.empty() ? " WHERE " : " AND ";
    w += "e.quad_class >= 3 AND e.day IS NOT NULL AND e.date_precision >= ?";
    sql_params->push_back(SqlValue(period == Period::kMonth ? 2 : 3));
    return w;
  };
  std::optional<long> last_day = LastDay(f.to);
  if (!last_day) {
    SqlParams sql_params;
    std::string sql = "SELECT max(e.day) FROM events e" + where(&sql_params);
    auto day = store->db()->QueryInt(sql, sql_params);
    if (!day.ok()) return StoreError(day.status());
    if (*day) last_day = static_cast<long>(**day);
  }
  if (!last_day) {
    return JsonResponse(
        Json{{"period", period_name}, {"latest", nullptr}, {"alerts", Json::array()}});
  }
  // The latest period and the `baseline` periods before it.
  std::vector<long> starts = {PeriodStart(*last_day, period)};
  for (int64_t i = 0; i < baseline; ++i) starts.push_back(PeriodStart(starts.back() - 1, period));
  std::reverse(starts.begin(), starts.end());
  const long window_end = NextPeriod(starts.back(), period) - 1;
  SqlParams sql_params;
  std::string sql = "SELECT e.source_root, e.target_root, e.day, count(*) FROM events e" +
                    where(&sql_params) +
                    " AND e.day >= ? AND e.day <= ? GROUP BY e.source_root, e.target_root, e.day";
  sql_params.push_back(SqlValue(static_cast<int64_t>(starts.front())));
  sql_params.push_back(SqlValue(static_cast<int64_t>(window_end)));
  std::map<std::string, std::vector<int64_t>> counts;
  Status s = store->db()->Query(sql, sql_params, [&](const SqlRow& r) {
    if (r.Text(0).empty() || r.Text(1).empty()) return;
    long start = PeriodStart(static_cast<long>(r.Int(2)), period);
    auto at = std::lower_bound(starts.begin(), starts.end(), start);
    if (at == starts.end() || *at != start) return;
    auto& row = counts[UndirectedDyad(r.Text(0), r.Text(1))];
    row.resize(starts.size());
    row[at - starts.begin()] += r.Int(3);
  });
  if (!s.ok()) return StoreError(s);
  std::vector<DyadCounts> dyads;
  for (auto& [dyad, row] : counts) dyads.push_back({dyad, std::move(row)});
  Json alerts = Json::array();
  for (const Alert& a : ScoreAlerts(dyads, min_events, min_score)) {
    alerts.push_back(Json{{"dyad", a.dyad},
                          {"latest", a.latest},
                          {"baseline_mean", Round(a.baseline_mean, 1000)},
                          {"baseline_sd", Round(a.baseline_sd, 1000)},
                          {"score", Round(a.score, 1000)}});
  }
  return JsonResponse(Json{{"period", period_name},
                           {"latest", PeriodName(starts.back(), period)},
                           {"baseline_from", PeriodName(starts.front(), period)},
                           {"alerts", std::move(alerts)}});
}

// ------------------------------------------------------------------------ code

ApiResponse Api::Code(std::string_view content_type, std::string_view body) const {
  Document doc;
  std::vector<std::string> warnings;
  if (content_type.substr(0, 16) == "application/json") {
    // The JSON-lines reader checks the fields exactly as `dyad code` does; it wants an id.
    nlohmann::json j = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return Error(400, "body: expected a JSON object");
    if (!j.contains("text")) return Error(400, "body: \"text\" is required");
    if (!j.contains("id")) j["id"] = "input";
    Status s = ParseJsonLine(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), &doc,
                             &warnings);
    if (!s.ok()) return Error(400, "body: " + s.message());
  } else {
    Status s = ParseTxt("input", body, &doc, &warnings);
    if (!s.ok()) return Error(400, "body: " + s.message());
  }
  DocumentResult result;
  Trace trace;
  Json errors = Json::array();
  Status s = coder_->Explain(doc, &result, &trace);
  if (!s.ok()) errors.push_back(s.message());
  for (const std::string& w : result.warnings) warnings.push_back(w);

  // Events exactly as `dyad code` writes them, then what the coder saw in each sentence
  // that holds an actor or an event word (as `dyad explain --json`, without the tokens).
  std::string events = "[";
  for (size_t i = 0; i < result.events.size(); ++i) {
    if (i) events.push_back(',');
    AppendEventJson(result.events[i], &events);
    if (events.back() == '\n') events.pop_back();
  }
  events.push_back(']');
  Json sentences = Json::array();
  for (const Trace::Sentence& t : trace.sentences) {
    if (t.mentions.empty() && t.candidates.empty()) continue;
    Json actors = Json::array(), candidates = Json::array();
    for (const auto& m : t.mentions) {
      actors.push_back(Json{{"text", m.text},
                            {"code", m.code},
                            {"name", m.name},
                            {"via", m.via},
                            {"entry", m.entry},
                            {"role", m.role},
                            {"start", m.start},
                            {"end", m.end},
                            {"use", m.use}});
    }
    for (const auto& c : t.candidates) {
      candidates.push_back(Json{{"evidence", c.evidence},
                                {"code", c.code},
                                {"pattern", c.pattern},
                                {"rule", c.rule},
                                {"modality", c.modality},
                                {"outcome", c.outcome},
                                {"roles", c.roles}});
    }
    sentences.push_back(Json{{"index", t.index},
                             {"text", t.text},
                             {"parsed", t.deep},
                             {"chunks", t.chunks},
                             {"actors", std::move(actors)},
                             {"candidates", std::move(candidates)}});
  }
  auto dump = [](const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); };
  std::string out = "{\"events\":" + events + ",\"errors\":" + dump(errors) +
                    ",\"warnings\":" + dump(Json(warnings)) + ",\"sentences\":" + dump(sentences) +
                    "}";
  return {200, std::move(out)};
}

}  // namespace dyad
