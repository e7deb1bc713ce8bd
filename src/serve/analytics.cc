// Signed Louvain. The graph is held as two dense symmetric matrices (positive and negative
// layers; the server caps the network at a few hundred nodes, so n^2 doubles is small).
// One level: visit the nodes in index order, take each out of its bloc and put it where
// the gain in signed modularity is largest,
//   gain(i -> C) = (w+(i,C) - w-(i,C)) - k+(i) K+(C) / 2W+ + k-(i) K-(C) / 2W-,
// keeping it where it was unless another bloc is strictly better; repeat until no node
// moves. Then blocs become nodes (their internal weight a self-loop) and the next level
// runs on that smaller graph, until a level merges nothing. The alert score is a z-score
// with the standard deviation floored at 1.
#include "serve/analytics.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>

namespace dyad {
namespace {

constexpr double kEpsilon = 1e-12;

using Matrix = std::vector<std::vector<double>>;

struct Layers {
  Matrix pos, neg;
};

Layers BuildLayers(int n, const std::vector<SignedEdge>& edges) {
  Layers g{Matrix(n, std::vector<double>(n, 0.0)), Matrix(n, std::vector<double>(n, 0.0))};
  for (const SignedEdge& e : edges) {
    if (e.a == e.b || e.a < 0 || e.b < 0 || e.a >= n || e.b >= n) continue;
    Matrix& m = e.weight > 0 ? g.pos : g.neg;
    double w = std::fabs(e.weight);
    m[e.a][e.b] += w;
    m[e.b][e.a] += w;
  }
  return g;
}

std::vector<double> Degrees(const Matrix& m) {
  std::vector<double> k(m.size(), 0.0);
  for (size_t i = 0; i < m.size(); ++i) k[i] = std::accumulate(m[i].begin(), m[i].end(), 0.0);
  return k;
}

// One level of local moves on `g`; returns each node's bloc, numbered densely in order of
// first appearance.
std::vector<int> LocalMoves(const Layers& g) {
  const int n = static_cast<int>(g.pos.size());
  std::vector<double> kp = Degrees(g.pos), kn = Degrees(g.neg);
  const double two_wp = std::accumulate(kp.begin(), kp.end(), 0.0);
  const double two_wn = std::accumulate(kn.begin(), kn.end(), 0.0);
  std::vector<int> bloc(n);
  std::iota(bloc.begin(), bloc.end(), 0);
  std::vector<double> total_p = kp, total_n = kn;  // per bloc
  std::vector<int> size(n, 1);
  std::vector<double> link_p(n), link_n(n);
  for (int round = 0; round < 100; ++round) {
    bool moved = false;
    for (int i = 0; i < n; ++i) {
      const int old = bloc[i];
      total_p[old] -= kp[i];
      total_n[old] -= kn[i];
      --size[old];
      std::fill(link_p.begin(), link_p.end(), 0.0);
      std::fill(link_n.begin(), link_n.end(), 0.0);
      for (int j = 0; j < n; ++j) {
        if (j == i) continue;
        link_p[bloc[j]] += g.pos[i][j];
        link_n[bloc[j]] += g.neg[i][j];
      }
      auto gain = [&](int c) {
        double v = link_p[c] - link_n[c];
        if (two_wp > 0) v -= kp[i] * total_p[c] / two_wp;
        if (two_wn > 0) v += kn[i] * total_n[c] / two_wn;
        return v;
      };
      int best = old;
      double best_gain = size[old] > 0 ? gain(old) : 0.0;
      for (int c = 0; c < n; ++c) {
        if (c == old || size[c] == 0) continue;
        double v = gain(c);
        if (v > best_gain + kEpsilon) {
          best = c;
          best_gain = v;
        }
      }
      if (size[best] > 0 && best_gain < -kEpsilon) {
        // Alone is better than any bloc: the lowest empty bloc.
        best = static_cast<int>(std::find(size.begin(), size.end(), 0) - size.begin());
      }
      if (best != old && !(size[old] == 0 && size[best] == 0)) moved = true;
      bloc[i] = best;
      total_p[best] += kp[i];
      total_n[best] += kn[i];
      ++size[best];
    }
    if (!moved) break;
  }
  std::map<int, int> dense;
  for (int& b : bloc) b = dense.emplace(b, static_cast<int>(dense.size())).first->second;
  return bloc;
}

Layers Aggregate(const Layers& g, const std::vector<int>& bloc, int blocs) {
  Layers out{Matrix(blocs, std::vector<double>(blocs, 0.0)),
             Matrix(blocs, std::vector<double>(blocs, 0.0))};
  const size_t n = g.pos.size();
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      out.pos[bloc[i]][bloc[j]] += g.pos[i][j];
      out.neg[bloc[i]][bloc[j]] += g.neg[i][j];
    }
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::vector<int> SignedBlocs(int n, const std::vector<SignedEdge>& edges) {
  std::vector<int> node_bloc(n);
  std::iota(node_bloc.begin(), node_bloc.end(), 0);
  if (n == 0) return node_bloc;
  Layers g = BuildLayers(n, edges);
  for (;;) {
    std::vector<int> level = LocalMoves(g);
    int blocs = *std::max_element(level.begin(), level.end()) + 1;
    for (int& b : node_bloc) b = level[b];
    if (blocs == static_cast<int>(g.pos.size())) break;
    g = Aggregate(g, level, blocs);
  }
  // A bloc is a group of allies: a node with no cooperative tie to another member (placed
  // there only because it is hostile to the other side) stands alone.
  std::vector<double> allied(n, 0.0);
  for (const SignedEdge& e : edges) {
    if (e.weight > 0 && e.a != e.b && node_bloc[e.a] == node_bloc[e.b]) {
      allied[e.a] += e.weight;
      allied[e.b] += e.weight;
    }
  }
  int next = *std::max_element(node_bloc.begin(), node_bloc.end()) + 1;
  for (int i = 0; i < n; ++i) {
    if (allied[i] == 0) node_bloc[i] = next++;
  }
  // Number the blocs by decreasing size, ties by their lowest node.
  int blocs = next;
  std::vector<int> size(blocs, 0), first(blocs, n);
  for (int i = 0; i < n; ++i) {
    ++size[node_bloc[i]];
    first[node_bloc[i]] = std::min(first[node_bloc[i]], i);
  }
  std::vector<int> order(blocs);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int x, int y) {
    return size[x] != size[y] ? size[x] > size[y] : first[x] < first[y];
  });
  std::vector<int> rank(blocs);
  for (int r = 0; r < blocs; ++r) rank[order[r]] = r;
  for (int& b : node_bloc) b = rank[b];
  return node_bloc;
}

double SignedModularity(int n, const std::vector<SignedEdge>& edges, const std::vector<int>& bloc) {
  Layers g = BuildLayers(n, edges);
  std::vector<double> kp = Degrees(g.pos), kn = Degrees(g.neg);
  const double two_wp = std::accumulate(kp.begin(), kp.end(), 0.0);
  const double two_wn = std::accumulate(kn.begin(), kn.end(), 0.0);
  if (two_wp + two_wn == 0) return 0.0;
  double q = 0;
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      if (bloc[i] != bloc[j]) continue;
      q += g.pos[i][j] - g.neg[i][j];
      if (two_wp > 0) q -= kp[i] * kp[j] / two_wp;
      if (two_wn > 0) q += kn[i] * kn[j] / two_wn;
    }
  }
  return q / (two_wp + two_wn);
}

std::vector<Alert> ScoreAlerts(const std::vector<DyadCounts>& dyads, int64_t min_events,
                               double min_score) {
  std::vector<Alert> out;
  for (const DyadCounts& d : dyads) {
    if (d.counts.empty()) continue;
    Alert a;
    a.dyad = d.dyad;
    a.latest = d.counts.back();
    if (a.latest < min_events) continue;
    const size_t base = d.counts.size() - 1;
    if (base > 0) {
      double sum = 0;
      for (size_t i = 0; i < base; ++i) sum += static_cast<double>(d.counts[i]);
      a.baseline_mean = sum / static_cast<double>(base);
      double sq = 0;
      for (size_t i = 0; i < base; ++i) {
        double dev = static_cast<double>(d.counts[i]) - a.baseline_mean;
        sq += dev * dev;
      }
      a.baseline_sd = std::sqrt(sq / static_cast<double>(base));
    }
    a.score = (static_cast<double>(a.latest) - a.baseline_mean) / std::max(a.baseline_sd, 1.0);
    if (a.score < min_score) continue;
    out.push_back(std::move(a));
  }
  std::sort(out.begin(), out.end(), [](const Alert& x, const Alert& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.latest != y.latest) return x.latest > y.latest;
    return x.dyad < y.dyad;
  });
  return out;
}

std::vector<size_t> RankActorMatches(
    const std::vector<std::pair<std::string, std::string>>& candidates, const std::string& q) {
  const std::string needle = Lower(q);
  std::vector<std::vector<size_t>> ranks(3);
  for (size_t i = 0; i < candidates.size(); ++i) {
    const std::string code = Lower(candidates[i].first), name = Lower(candidates[i].second);
    if (StartsWith(code, needle)) {
      ranks[0].push_back(i);
      continue;
    }
    bool word = false;
    for (size_t at = 0; at < name.size() && !word; ++at) {
      bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(name[at - 1]));
      word = starts && StartsWith(std::string_view(name).substr(at), needle);
    }
    if (word) {
      ranks[1].push_back(i);
    } else if (code.find(needle) != std::string::npos || name.find(needle) != std::string::npos) {
      ranks[2].push_back(i);
    }
  }
  std::vector<size_t> out;
  for (const auto& r : ranks) out.insert(out.end(), r.begin(), r.end());
  return out;
}

}  // namespace dyad
