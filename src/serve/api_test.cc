#include "serve/api.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "serve/testing.h"

namespace dyad {
namespace {

using Json = nlohmann::json;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto api = Api::Create(ApiOptions{});
    ASSERT_TRUE(api.ok()) << api.status().message();
    api_ = std::move(*api).release();
  }
  static void TearDownTestSuite() { delete api_; }

  void SetUp() override {
    auto store = EventStore::Open(":memory:", StoreOptions{});
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
    Status s = testing::BuildTwoBlocs(store_.get());
    ASSERT_TRUE(s.ok()) << s.message();
  }

  // The response's JSON, checking its status.
  static Json Body(const ApiResponse& r, int status = 200) {
    EXPECT_EQ(r.status, status) << r.body;
    Json j = Json::parse(r.body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.body;
    return j;
  }

  static Api* api_;
  std::unique_ptr<EventStore> store_;
};

Api* ApiTest::api_ = nullptr;

TEST_F(ApiTest, EventsArePagedAndCounted) {
  Json j = Body(api_->Events(store_.get(), {{"dyad", "USA,PRK"}, {"limit", "2"}}));
  EXPECT_EQ(j["total"], 5);
  EXPECT_EQ(j["limit"], 2);
  EXPECT_EQ(j["offset"], 0);
  ASSERT_EQ(j["events"].size(), 2u);
  const Json& e = j["events"][0];
  EXPECT_EQ(e["date"], "2023-10-10");  // date order
  EXPECT_EQ(e["source"]["root"], "USA");
  EXPECT_TRUE(e["mention"].contains("sentence"));
  EXPECT_TRUE(e["mention"].contains("evidence"));
  EXPECT_TRUE(e["mention"].contains("rule"));
  EXPECT_EQ(e["num_mentions"], 1);

  Json next = Body(api_->Events(store_.get(), {{"dyad", "USA,PRK"}, {"offset", "4"}}));
  EXPECT_EQ(next["limit"], 50);
  EXPECT_EQ(next["events"].size(), 1u);
  EXPECT_EQ(Body(api_->Events(store_.get(), {{"limit", "100000"}}))["limit"], 500);
}

TEST_F(ApiTest, BadParametersAre400WithTheFilterMessage) {
  Json j = Body(api_->Events(store_.get(), {{"quad", "7"}}), 400);
  EXPECT_EQ(j["error"], "quad: expected 1, 2, 3 or 4, got '7'");
  EXPECT_EQ(Body(api_->Events(store_.get(), {{"colour", "red"}}), 400)["error"],
            "unknown parameter 'colour'");
  Body(api_->Events(store_.get(), {{"dyad", "USA"}}), 400);
  Body(api_->Events(store_.get(), {{"limit", "1"}, {"limit", "2"}}), 400);
  Body(api_->Series(store_.get(), {{"period", "year"}}), 400);
  Body(api_->Series(store_.get(), {{"split", "actor"}}), 400);
  Body(api_->Network(store_.get(), {{"max_nodes", "0"}}), 400);
  Body(api_->Alerts(store_.get(), {{"baseline", "x"}}), 400);
  Body(api_->Actors(store_.get(), {{"dyad", "USA,PRK"}}), 400);  // no filters here
}

TEST_F(ApiTest, SeriesSumsIntoOneSeriesOrSplitsByDyad) {
  Json j = Body(api_->Series(store_.get(),
                             {{"dyad", "USA,PRK"}, {"from", "2023-10-01"}, {"to", "2023-11-05"}}));
  EXPECT_EQ(j["period"], "week");
  ASSERT_EQ(j["series"].size(), 1u);
  EXPECT_EQ(j["series"][0]["dyad"], "all");
  const Json& rows = j["series"][0]["rows"];
  ASSERT_EQ(rows.size(), 6u);  // weeks of 2023-09-25 ... 2023-10-30, empty ones included
  EXPECT_EQ(rows[0]["period"], "2023-09-25");
  EXPECT_EQ(rows[2]["events"], 1);
  EXPECT_EQ(rows[5]["period"], "2023-10-30");
  EXPECT_EQ(rows[5]["events"], 4);
  EXPECT_EQ(rows[5]["quad"], Json::parse("[0,0,4,0]"));
  EXPECT_DOUBLE_EQ(rows[5]["goldstein_sum"].get<double>(), -8.0);
  EXPECT_DOUBLE_EQ(rows[5]["goldstein_mean"].get<double>(), -2.0);

  // Without a dyad: every directed dyad, summed; the gaps between them filled.
  Json all = Body(api_->Series(store_.get(), {{"period", "month"}}));
  const Json& months = all["series"][0]["rows"];
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0]["period"], "2023-09");
  EXPECT_EQ(months[0]["events"].get<int>() + months[1]["events"].get<int>() +
                months[2]["events"].get<int>(),
            14);

  Json split = Body(api_->Series(store_.get(), {{"split", "dyad"}, {"source", "USA"}}));
  std::vector<std::string> dyads;
  for (const Json& s : split["series"]) dyads.push_back(s["dyad"]);
  EXPECT_EQ(dyads, (std::vector<std::string>{"USA:JPN", "USA:KOR", "USA:PRK"}));
}

TEST_F(ApiTest, ActorsByActivityWithNamesAndIsoNumbers) {
  Json j = Body(api_->Actors(store_.get(), {}));
  ASSERT_GE(j["actors"].size(), 5u);
  EXPECT_EQ(j["actors"][0]["code"], "PRK");
  EXPECT_EQ(j["actors"][0]["name"], "North Korea");
  EXPECT_EQ(j["actors"][0]["iso_numeric"], "408");
  EXPECT_EQ(j["actors"][0]["events"], 9);

  Json kor = Body(api_->Actors(store_.get(), {{"q", "kor"}, {"limit", "5"}}));
  ASSERT_EQ(kor["actors"].size(), 2u);
  EXPECT_EQ(kor["actors"][0]["code"], "KOR");  // code prefix before a word of a name
  EXPECT_EQ(kor["actors"][1]["code"], "PRK");
  EXPECT_EQ(Body(api_->Actors(store_.get(), {{"q", "united"}}))["actors"][0]["code"], "USA");
}

TEST_F(ApiTest, NetworkFindsTheTwoBlocs) {
  Json j = Body(api_->Network(store_.get(), {{"from", "2023-09"}, {"to", "2023-11"}}));
  std::map<std::string, int> bloc;
  for (const Json& n : j["nodes"]) bloc[n["id"]] = n["bloc"];
  ASSERT_EQ(bloc.size(), 5u);
  EXPECT_EQ(bloc["USA"], bloc["JPN"]);
  EXPECT_EQ(bloc["USA"], bloc["KOR"]);
  EXPECT_EQ(bloc["PRK"], bloc["RUS"]);
  EXPECT_NE(bloc["USA"], bloc["PRK"]);
  EXPECT_EQ(bloc["USA"], 0);  // the larger bloc
  ASSERT_EQ(j["blocs"].size(), 2u);
  EXPECT_EQ(j["blocs"][0]["members"].size(), 3u);

  const Json& top = j["edges"][0];  // the busiest edge
  EXPECT_EQ(top["source"], "PRK");
  EXPECT_EQ(top["target"], "USA");
  EXPECT_EQ(top["events"], 5);
  EXPECT_EQ(top["conflict"], 5);
  EXPECT_EQ(top["cooperation"], 0);
  EXPECT_EQ(top["weight"], -5);

  Json busy = Body(api_->Network(store_.get(), {{"min_events", "2"}}));
  EXPECT_EQ(busy["edges"].size(), 3u);  // PRK-USA, JPN-KOR, PRK-RUS
  Json two = Body(api_->Network(store_.get(), {{"max_nodes", "2"}}));
  EXPECT_EQ(two["nodes"].size(), 2u);
}

TEST_F(ApiTest, AlertsFlagTheBurstAgainstItsBaseline) {
  Json j = Body(api_->Alerts(store_.get(), {}));
  EXPECT_EQ(j["period"], "week");
  EXPECT_EQ(j["latest"], "2023-10-30");
  ASSERT_EQ(j["alerts"].size(), 1u);
  const Json& a = j["alerts"][0];
  EXPECT_EQ(a["dyad"], "PRK,USA");
  EXPECT_EQ(a["latest"], 4);
  EXPECT_DOUBLE_EQ(a["baseline_mean"].get<double>(), 0.125);
  EXPECT_DOUBLE_EQ(a["score"].get<double>(), 3.875);
  // A stricter threshold, or a latest period before the burst, gives none.
  EXPECT_TRUE(Body(api_->Alerts(store_.get(), {{"min_score", "4"}}))["alerts"].empty());
  Json before = Body(api_->Alerts(store_.get(), {{"to", "2023-10-20"}, {"min_events", "1"}}));
  EXPECT_EQ(before["latest"], "2023-10-16");
  EXPECT_TRUE(before["alerts"].empty());
}

TEST_F(ApiTest, CodeReturnsEventsWithExplanations) {
  Json j = Body(api_->Code("text/plain", "Japan condemned North Korea's missile launch."));
  ASSERT_EQ(j["events"].size(), 1u);
  EXPECT_EQ(j["events"][0]["source"]["code"], "JPN");
  EXPECT_EQ(j["events"][0]["target"]["code"], "PRK");
  EXPECT_EQ(j["events"][0]["cameo_root"], "11");
  EXPECT_TRUE(j["errors"].empty());
  ASSERT_FALSE(j["sentences"].empty());
  EXPECT_FALSE(j["sentences"][0]["candidates"].empty());

  Json dated = Body(api_->Code(
      "application/json", R"({"text": "Japan condemned North Korea.", "date": "2023-10-30"})"));
  ASSERT_EQ(dated["events"].size(), 1u);
  EXPECT_EQ(dated["events"][0]["date"], "2023-10-30");

  Body(api_->Code("application/json", "{not json"), 400);
  Body(api_->Code("application/json", R"({"title": "no text"})"), 400);
  // An unreadable date is a warning, as for `dyad code`: the text is coded without it.
  Json undated = Body(api_->Code("application/json", R"({"text": "x", "date": "soon"})"));
  EXPECT_EQ(undated["warnings"].size(), 1u);
  Json empty = Body(api_->Code("text/plain", "   "));
  EXPECT_FALSE(empty["errors"].empty());  // the coder's own error, as dyad code reports it
}

}  // namespace
}  // namespace dyad
