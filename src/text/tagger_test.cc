#include "text/tagger.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace dyad {
namespace {

class TaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    source_ = new DataSource();
    auto t = Tagger::Load(source_);
    ASSERT_TRUE(t.ok()) << t.status().message();
    tagger_ = std::move(*t).release();
  }
  static void TearDownTestSuite() {
    delete tagger_;
    delete source_;
  }

  // Tags `text` and returns the Penn names, one per token.
  std::vector<std::string> TagNames(std::string_view text) {
    Tokenize(text, &tokens_);
    tagger_->Tag(tokens_, 0, static_cast<uint32_t>(tokens_.size()), &tags_);
    std::vector<std::string> names;
    for (uint8_t t : tags_) names.emplace_back(tagger_->Name(t));
    return names;
  }

  static DataSource* source_;
  static Tagger* tagger_;
  std::vector<Token> tokens_;
  std::vector<uint8_t> tags_;
};
DataSource* TaggerTest::source_ = nullptr;
Tagger* TaggerTest::tagger_ = nullptr;

TEST_F(TaggerTest, TagsVerbAndNounInASimpleSentence) {
  std::vector<std::string> names = TagNames("North Korea condemned the attack .");
  ASSERT_EQ(names.size(), 6u);
  EXPECT_TRUE(tagger_->IsVerb(tags_[2])) << names[2];
  EXPECT_FALSE(tagger_->IsNoun(tags_[2]));
  EXPECT_EQ(names[3], "DT");
  EXPECT_TRUE(tagger_->IsNoun(tags_[4])) << names[4];
  EXPECT_FALSE(tagger_->IsVerb(tags_[4]));
  EXPECT_EQ(names[5], ".");
  EXPECT_TRUE(tagger_->IsNoun(tags_[0]) && tagger_->IsNoun(tags_[1]));  // NNP NNP
}

TEST_F(TaggerTest, SameWordTaggedByContext) {
  TagNames("The attack failed .");
  EXPECT_TRUE(tagger_->IsNoun(tags_[1]));
  TagNames("They will attack the base .");
  EXPECT_TRUE(tagger_->IsVerb(tags_[2]));
}

TEST_F(TaggerTest, PassiveParticiple) {
  TagNames("The talks were held in Seoul .");
  EXPECT_TRUE(tagger_->IsParticiple(tags_[3])) << tagger_->Name(tags_[3]);
  EXPECT_TRUE(tagger_->IsVerb(tags_[3]));
  EXPECT_TRUE(tagger_->IsNoun(tags_[1]));
}

TEST_F(TaggerTest, UnknownWordsFallBackToShapeClasses) {
  TagNames("Zorblatt announced the frobnication .");
  EXPECT_TRUE(tagger_->IsNoun(tags_[0])) << tagger_->Name(tags_[0]);  // -cap-
  EXPECT_TRUE(tagger_->IsNoun(tags_[3])) << tagger_->Name(tags_[3]);  // -tion-
}

TEST_F(TaggerTest, AnUnseenThirdPersonFormIsReadFromItsStem) {
  // Neither "resigns" nor "affirms" is in the table; "resign" is a verb and "affirmed" a
  // past tense, so both are present tenses here, not plural nouns.
  std::vector<std::string> names = TagNames("Amber Rudd resigns as minister .");
  EXPECT_EQ(names[2], "VBZ");
  names = TagNames("Egypt affirms that it will act .");
  EXPECT_EQ(names[1], "VBZ");
  // A stem that is only a noun gives a plural noun.
  names = TagNames("The abductions ended .");
  EXPECT_EQ(names[1], "NNS");
}

TEST_F(TaggerTest, AnUnseenPastIsReadFromItsBaseOrGerund) {
  // The table has "retaliating" but not "retaliated", and "admonish" but not "admonished":
  // both are past tenses here, not nouns.
  std::vector<std::string> names = TagNames("Iran retaliated on Monday .");
  EXPECT_EQ(names[1], "VBD");
  names = TagNames("China admonished Japan .");
  EXPECT_EQ(names[1], "VBD");
}

TEST_F(TaggerTest, BritishSpellingsAreReadAsTheirAmericanTwins) {
  std::vector<std::string> names = TagNames("The United Kingdom recognises the result .");
  EXPECT_EQ(names[3], "VBZ");
  names = TagNames("Ministers criticised the decision .");
  EXPECT_TRUE(tagger_->IsVerb(tags_[1])) << names[1];
}

TEST_F(TaggerTest, TagsOnlyTheRequestedRange) {
  Tokenize("Seoul said . Tokyo condemned the launch .", &tokens_);
  tagger_->Tag(tokens_, 3, 8, &tags_);
  ASSERT_EQ(tags_.size(), 5u);
  EXPECT_TRUE(tagger_->IsVerb(tags_[1]));
  tagger_->Tag(tokens_, 2, 2, &tags_);
  EXPECT_TRUE(tags_.empty());
}

TEST_F(TaggerTest, TagSetIsLoaded) {
  EXPECT_GT(tagger_->tag_count(), 30);
  EXPECT_LT(tagger_->tag_count(), 251);
}

}  // namespace
}  // namespace dyad
