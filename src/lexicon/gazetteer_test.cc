#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto g = Gazetteer::Load(source_);
    ASSERT_TRUE(g.ok()) << g.status().message();
    gazetteer_ = g->release();
  }
  static const Place* Find(const std::string& text, uint32_t* end) {
    tokens_.clear();
    Tokenize(text, &tokens_);
    return gazetteer_->MatchAt(tokens_, 0, static_cast<uint32_t>(tokens_.size()), end);
  }
  static inline DataSource* source_ = new DataSource();
  static inline Gazetteer* gazetteer_ = nullptr;
  static inline std::vector<Token> tokens_;
};

TEST_F(GazetteerTest, CitiesHaveCountriesAndCoordinates) {
  uint32_t end = 0;
  const Place* p = Find("Pyongyang on Tuesday", &end);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "PRK");
  EXPECT_EQ(end, 1u);
  ASSERT_TRUE(p->lat.has_value());
  EXPECT_NEAR(*p->lat, 39.0, 0.5);
  EXPECT_GT(gazetteer_->size(), 20000u);
}

TEST_F(GazetteerTest, LongestNameWinsAndCuratedRegionsAreThere) {
  uint32_t end = 0;
  const Place* p = Find("Korean Peninsula tensions", &end);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Korean Peninsula");
  EXPECT_EQ(end, 2u);
  EXPECT_NE(p->source.find("data/places.tsv:"), std::string::npos);
  p = Find("El Fasher", &end);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "SDN");
}

TEST_F(GazetteerTest, OnlyCapitalisedTextAndNoCompassRegions) {
  uint32_t end = 0;
  EXPECT_EQ(Find("moscow", &end), nullptr);
  EXPECT_EQ(Find("South", &end), nullptr);
  EXPECT_NE(Find("Moscow", &end), nullptr);
}

TEST_F(GazetteerTest, NoTownNamedLikeAMonth) {
  uint32_t end = 0;
  EXPECT_EQ(Find("March 2020", &end), nullptr);  // March, Cambridgeshire, is in geonames
  EXPECT_EQ(Find("May", &end), nullptr);
}

TEST_F(GazetteerTest, ASmallTownsNameInsideALongerNameIsNoPlace) {
  uint32_t end = 0;
  EXPECT_EQ(Find("Green Zone", &end), nullptr);  // Green, a small town, in Baghdad's zone
  const Place* p = Find("Green township", &end);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(end, 1u);
  p = Find("Green Township", &end);  // a word of place after the town's name
  ASSERT_NE(p, nullptr);
  // A city is still itself before a capitalised word.
  p = Find("Pyongyang Times", &end);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "PRK");
}

}  // namespace
}  // namespace dyad
