// The analyses behind /api/network and /api/alerts (docs/api.md), as pure functions over
// small in-memory inputs, so they are tested without a store or a server.
//
// Blocs: signed modularity (Gomez, Jensen and Arenas 2009) maximised Louvain-style. Each
// edge's net weight (cooperation - conflict) goes to the positive or the negative layer;
// the score rewards positive weight inside a bloc beyond what the nodes' positive degrees
// predict, and rewards negative weight between blocs beyond what their negative degrees
// predict. Deterministic: nodes are visited in index order and ties go to the lower bloc.
// A node with no cooperative tie inside its bloc is then a bloc of its own.
//
// Alerts: each dyad's conflict count in the latest period against the mean and standard
// deviation of its own previous periods.
//
// Thread-safe (no shared state).
//
//   std::vector<int> bloc = dyad::SignedBlocs(3, {{0, 1, 5.0}, {1, 2, -4.0}});
//   // bloc == {0, 0, 1}
#ifndef DYAD_SERVE_ANALYTICS_H_
#define DYAD_SERVE_ANALYTICS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyad {

// An undirected edge between nodes `a` and `b` (indices) with a signed weight.
struct SignedEdge {
  int a = 0, b = 0;
  double weight = 0;  // > 0 cooperation outweighs conflict, < 0 the reverse
};

// The bloc of each of the `n` nodes, numbered from 0 by decreasing size (ties: the bloc
// holding the lower node index first). A node with no edge is a bloc of its own.
std::vector<int> SignedBlocs(int n, const std::vector<SignedEdge>& edges);

// The signed modularity of a partition (`bloc[i]` for node i), in [-1, 1]: what
// SignedBlocs maximises. 0 for a graph with no weight.
double SignedModularity(int n, const std::vector<SignedEdge>& edges, const std::vector<int>& bloc);

// One dyad's conflict counts, oldest period first; the last is the latest period.
struct DyadCounts {
  std::string dyad;
  std::vector<int64_t> counts;
};

struct Alert {
  std::string dyad;
  int64_t latest = 0;
  double baseline_mean = 0, baseline_sd = 0;  // over the periods before the latest
  double score = 0;                           // (latest - mean) / max(sd, 1)
};

// Dyads whose latest count is at least `min_events` and whose score is at least
// `min_score`, by decreasing score, then latest count, then name. The standard deviation
// is the population one; a floor of 1 keeps a dyad that was silent from scoring infinity.
std::vector<Alert> ScoreAlerts(const std::vector<DyadCounts>& dyads, int64_t min_events,
                               double min_score);

// Ranks `candidates` (code, name) for a search box: a code starting with `q` first, then a
// name or a word of it starting with `q`, then a code or name containing it (all
// case-insensitive). Returns the indices of the matches in that order; within a rank the
// input order is kept. An empty `q` matches everything.
std::vector<size_t> RankActorMatches(
    const std::vector<std::pair<std::string, std::string>>& candidates, const std::string& q);

}  // namespace dyad

#endif  // DYAD_SERVE_ANALYTICS_H_
