// The endpoints of `dyad serve` (docs/api.md) as functions from query parameters to a
// JSON response, with no HTTP in them: the server (server.h) routes requests here, and
// tests call them directly over a store.
//
// Read endpoints take the store to read (one per thread: EventStore is not thread-safe);
// every value reaches SQL as a bound parameter, through store/filter.h's WhereClause.
// A bad parameter gives status 400 and {"error": "..."}; a store failure 500.
//
// Thread-safe: an Api is shared by the server's threads. The coder is immutable and the
// caches (actor counts and names) are guarded by a mutex.
//
//   auto api = dyad::Api::Create(dyad::ApiOptions{});
//   dyad::ApiResponse r = (*api)->Events(store, {{"dyad", "USA,PRK"}, {"limit", "10"}});
//   // r.status == 200, r.body == {"total": ..., "events": [...]}
#ifndef DYAD_SERVE_API_H_
#define DYAD_SERVE_API_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dyad/coder.h"
#include "dyad/status.h"
#include "store/store.h"

namespace dyad {

class ActorDictionary;
class DataSource;

// Name and value of each query parameter, in request order.
using QueryParams = std::vector<std::pair<std::string, std::string>>;

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

struct ApiOptions {
  // /api/events: page size when `limit` is absent, and the largest page (a larger or zero
  // `limit` gives this many). Each event costs about 2 KB of JSON.
  int64_t default_limit = 50;
  int64_t max_limit = 500;
  // /api/network: the largest `max_nodes` accepted. Blocs cost O(nodes^2) memory.
  int max_nodes = 300;
  // POST /api/code: coded as by `dyad code` with these dictionaries (default: built-in).
  CoderOptions coder;
};

class Api {
 public:
  // Loads the coder and the actor dictionary (for names): about 150 ms.
  static Result<std::unique_ptr<Api>> Create(const ApiOptions& options);
  ~Api();

  ApiResponse Events(EventStore* store, const QueryParams& params) const;
  ApiResponse Series(EventStore* store, const QueryParams& params) const;
  ApiResponse Actors(EventStore* store, const QueryParams& params) const;
  ApiResponse Network(EventStore* store, const QueryParams& params) const;
  ApiResponse Alerts(EventStore* store, const QueryParams& params) const;
  // `content_type` application/json: {"text", "date", "title", "url"}; anything else is
  // the text itself, read as a .txt document (optional KEY: value header lines).
  ApiResponse Code(std::string_view content_type, std::string_view body) const;

  // {"error": message} with `status`.
  static ApiResponse Error(int status, std::string_view message);

 private:
  struct ActorCount {
    std::string code, name;
    int64_t events = 0;
  };
  struct Place {
    std::string name, iso_numeric;  // iso_numeric empty when the root is no country
  };

  Api(const ApiOptions& options, std::unique_ptr<Coder> coder, std::unique_ptr<DataSource> source,
      std::unique_ptr<ActorDictionary> actors,
      std::unordered_map<std::string, std::string> iso_numeric);
  // The display name and ISO number of an actor root (a country's name from the actor
  // dictionary, else the name its events' mentions give it, else the code).
  Place Describe(EventStore* store, const std::string& root) const;
  Result<std::vector<ActorCount>> ActorCounts(EventStore* store) const;

  ApiOptions options_;
  std::unique_ptr<Coder> coder_;
  std::unique_ptr<DataSource> source_;
  std::unique_ptr<ActorDictionary> actors_;
  std::unordered_map<std::string, std::string> iso_numeric_;  // alpha-3 -> "408"

  mutable std::mutex mu_;
  // Names of roots that are no country, found in the store.
  mutable std::unordered_map<std::string, std::string> names_;  // GUARDED_BY(mu_)
  // Actors by activity, valid while the store's largest event key is `counts_key_`.
  mutable int64_t counts_key_ = -1;         // GUARDED_BY(mu_)
  mutable std::vector<ActorCount> counts_;  // GUARDED_BY(mu_)
};

}  // namespace dyad

#endif  // DYAD_SERVE_API_H_
