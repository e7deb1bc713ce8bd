#include "serve/analytics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace dyad {
namespace {

// USA, JPN, KOR cooperate; PRK and RUS cooperate; conflict runs between the two groups.
enum { kUsa, kJpn, kKor, kPrk, kRus, kNodes };
std::vector<SignedEdge> TwoBlocs() {
  return {
      {kUsa, kJpn, 6},  {kUsa, kKor, 5},  {kJpn, kKor, 4},  {kPrk, kRus, 7}, {kUsa, kPrk, -9},
      {kJpn, kPrk, -4}, {kKor, kPrk, -5}, {kUsa, kRus, -3}, {kJpn, kRus, 1}};  // a little
                                                                               // cooperation across
                                                                               // does not change
                                                                               // the picture
}

TEST(SignedBlocsTest, FindsTwoBlocsJoinedByConflict) {
  std::vector<int> bloc = SignedBlocs(kNodes, TwoBlocs());
  EXPECT_EQ(bloc, (std::vector<int>{0, 0, 0, 1, 1}));
  EXPECT_GT(SignedModularity(kNodes, TwoBlocs(), bloc), 0.3);
}

TEST(SignedBlocsTest, FoundPartitionBeatsTheObviousAlternatives) {
  auto edges = TwoBlocs();
  double found = SignedModularity(kNodes, edges, SignedBlocs(kNodes, edges));
  EXPECT_GT(found, SignedModularity(kNodes, edges, {0, 0, 0, 0, 0}));
  EXPECT_GT(found, SignedModularity(kNodes, edges, {0, 1, 2, 3, 4}));
  EXPECT_GT(found, SignedModularity(kNodes, edges, {0, 0, 1, 1, 1}));
}

TEST(SignedBlocsTest, DeterministicWhateverTheEdgeOrder) {
  auto edges = TwoBlocs();
  std::vector<int> expected = SignedBlocs(kNodes, edges);
  std::mt19937 rng(7);
  for (int i = 0; i < 20; ++i) {
    std::shuffle(edges.begin(), edges.end(), rng);
    EXPECT_EQ(SignedBlocs(kNodes, edges), expected);
  }
}

TEST(SignedBlocsTest, HostileNodesStayApartAndIsolatedNodesAlone) {
  // A triangle of conflict, and node 3 with no edge at all.
  std::vector<int> bloc = SignedBlocs(4, {{0, 1, -2}, {1, 2, -2}, {0, 2, -2}});
  EXPECT_EQ(bloc, (std::vector<int>{0, 1, 2, 3}));
}

TEST(SignedBlocsTest, AnEnemyOfBothWithNoAllyStandsAlone) {
  // Node 4 fights node 3 only: hostility alone does not make it an ally of nodes 0-2.
  std::vector<SignedEdge> edges = {{0, 1, 3}, {1, 2, 3}, {3, 0, -4}, {3, 1, -2}, {4, 3, -5}};
  std::vector<int> bloc = SignedBlocs(5, edges);
  EXPECT_EQ(bloc[0], bloc[1]);
  EXPECT_EQ(bloc[1], bloc[2]);
  EXPECT_NE(bloc[4], bloc[0]);
  EXPECT_NE(bloc[4], bloc[3]);
}

TEST(SignedBlocsTest, BlocsNumberedBySize) {
  // Nodes 0-1 cooperate; nodes 2-4 cooperate: the larger bloc is 0.
  std::vector<int> bloc = SignedBlocs(5, {{0, 1, 3}, {2, 3, 3}, {3, 4, 3}, {2, 4, 3}, {1, 2, -1}});
  EXPECT_EQ(bloc, (std::vector<int>{1, 1, 0, 0, 0}));
}

TEST(SignedBlocsTest, EmptyGraphs) {
  EXPECT_TRUE(SignedBlocs(0, {}).empty());
  EXPECT_EQ(SignedBlocs(2, {}), (std::vector<int>{0, 1}));
  EXPECT_EQ(SignedModularity(2, {}, {0, 0}), 0.0);
}

TEST(ScoreAlertsTest, ScoresAgainstTheDyadsOwnBaseline) {
  // Baseline 0,1,0,1 (mean 0.5, sd 0.5, floored to 1); latest 6: score 5.5.
  // A dyad always busy (10,12,10,12 then 12) does not alert.
  std::vector<Alert> alerts =
      ScoreAlerts({{"PRK,USA", {0, 1, 0, 1, 6}}, {"RUS,UKR", {10, 12, 10, 12, 12}}}, 3, 2.0);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].dyad, "PRK,USA");
  EXPECT_EQ(alerts[0].latest, 6);
  EXPECT_DOUBLE_EQ(alerts[0].baseline_mean, 0.5);
  EXPECT_DOUBLE_EQ(alerts[0].baseline_sd, 0.5);
  EXPECT_DOUBLE_EQ(alerts[0].score, 5.5);
}

TEST(ScoreAlertsTest, UsesTheRealDeviationWhenAboveOne) {
  // Baseline 0, 4: mean 2, sd 2; latest 9: (9 - 2) / 2 = 3.5.
  std::vector<Alert> alerts = ScoreAlerts({{"A,B", {0, 4, 9}}}, 1, 0.0);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_DOUBLE_EQ(alerts[0].baseline_sd, 2.0);
  EXPECT_DOUBLE_EQ(alerts[0].score, 3.5);
}

TEST(ScoreAlertsTest, MinEventsAndOrder) {
  std::vector<Alert> alerts = ScoreAlerts(
      {{"A,B", {0, 0, 2}}, {"C,D", {0, 0, 4}}, {"E,F", {0, 0, 9}}, {"G,H", {0, 0, 4}}}, 3, 2.0);
  ASSERT_EQ(alerts.size(), 3u);  // A,B has fewer than 3 events in the latest period
  EXPECT_EQ(alerts[0].dyad, "E,F");
  EXPECT_EQ(alerts[1].dyad, "C,D");  // same score as G,H: by name
  EXPECT_EQ(alerts[2].dyad, "G,H");
}

TEST(ScoreAlertsTest, NoBaselineMeansMeanZero) {
  std::vector<Alert> alerts = ScoreAlerts({{"A,B", {5}}}, 1, 2.0);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_DOUBLE_EQ(alerts[0].score, 5.0);
}

TEST(RankActorMatchesTest, CodePrefixThenNameWordThenAnywhere) {
  std::vector<std::pair<std::string, std::string>> actors = {{"USA", "United States"},
                                                             {"KOR", "South Korea"},
                                                             {"PRK", "North Korea"},
                                                             {"RUS", "Russian Federation"},
                                                             {"IGOUNO", "United Nations"}};
  EXPECT_EQ(RankActorMatches(actors, "kor"), (std::vector<size_t>{1, 2}));
  EXPECT_EQ(RankActorMatches(actors, "uni"), (std::vector<size_t>{0, 4}));
  EXPECT_EQ(RankActorMatches(actors, "un"), (std::vector<size_t>{0, 4}));
  EXPECT_EQ(RankActorMatches(actors, "ORE"), (std::vector<size_t>{1, 2}));
  EXPECT_EQ(RankActorMatches(actors, "r"), (std::vector<size_t>{3, 1, 2}));
  EXPECT_EQ(RankActorMatches(actors, "").size(), actors.size());
  EXPECT_TRUE(RankActorMatches(actors, "zzz").empty());
}

}  // namespace
}  // namespace dyad
