#include "text/lemmatize.h"

#include <gtest/gtest.h>

#include <memory>

namespace dyad {
namespace {

class LemmatizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    source_ = new DataSource();
    auto lem = Lemmatizer::Load(source_);
    ASSERT_TRUE(lem.ok()) << lem.status().message();
    lem_ = std::move(*lem).release();
  }
  static void TearDownTestSuite() {
    delete lem_;
    delete source_;
  }
  static DataSource* source_;
  static Lemmatizer* lem_;
};
DataSource* LemmatizerTest::source_ = nullptr;
Lemmatizer* LemmatizerTest::lem_ = nullptr;

TEST_F(LemmatizerTest, RegularVerbForms) {
  EXPECT_EQ(lem_->Lemma("condemned", PartOfSpeech::kVerb), "condemn");
  EXPECT_EQ(lem_->Lemma("condemns", PartOfSpeech::kVerb), "condemn");
  EXPECT_EQ(lem_->Lemma("visited", PartOfSpeech::kVerb), "visit");
  EXPECT_EQ(lem_->Lemma("accused", PartOfSpeech::kVerb), "accuse");
  EXPECT_EQ(lem_->Lemma("planning", PartOfSpeech::kVerb), "plan");  // doubled consonant
  EXPECT_EQ(lem_->Lemma("denies", PartOfSpeech::kVerb), "deny");
}

TEST_F(LemmatizerTest, IrregularVerbsFromExceptionLists) {
  EXPECT_EQ(lem_->Lemma("held", PartOfSpeech::kVerb), "hold");
  EXPECT_EQ(lem_->Lemma("struck", PartOfSpeech::kVerb), "strike");
  EXPECT_EQ(lem_->Lemma("met", PartOfSpeech::kVerb), "meet");
}

TEST_F(LemmatizerTest, NounPlurals) {
  EXPECT_EQ(lem_->Lemma("talks", PartOfSpeech::kNoun), "talk");
  EXPECT_EQ(lem_->Lemma("allegations", PartOfSpeech::kNoun), "allegation");
  EXPECT_EQ(lem_->Lemma("sanctions", PartOfSpeech::kNoun), "sanction");
  EXPECT_EQ(lem_->Lemma("churches", PartOfSpeech::kNoun), "church");
  EXPECT_EQ(lem_->Lemma("countries", PartOfSpeech::kNoun), "country");
}

TEST_F(LemmatizerTest, LemmaOrUnknownGivesEmpty) {
  EXPECT_EQ(lem_->Lemma("condemn", PartOfSpeech::kVerb), "");  // already a lemma
  EXPECT_EQ(lem_->Lemma("talk", PartOfSpeech::kNoun), "");
  EXPECT_EQ(lem_->Lemma("xqzvbled", PartOfSpeech::kVerb), "");
  EXPECT_EQ(lem_->Lemma("condemned", PartOfSpeech::kOther), "");
  EXPECT_EQ(lem_->Lemma("is", PartOfSpeech::kVerb), "");  // shorter than 3 bytes
}

TEST_F(LemmatizerTest, PartOfSpeechMatters) {
  // "talks" is a verb form too, but "allegations" only a noun.
  EXPECT_EQ(lem_->Lemma("talks", PartOfSpeech::kVerb), "talk");
  EXPECT_EQ(lem_->Lemma("allegations", PartOfSpeech::kVerb), "");
  EXPECT_TRUE(lem_->IsLemma("condemn", PartOfSpeech::kVerb));
  EXPECT_FALSE(lem_->IsLemma("condemn", PartOfSpeech::kNoun));
  EXPECT_TRUE(lem_->IsLemma("allegation", PartOfSpeech::kNoun));
  EXPECT_FALSE(lem_->IsLemma("condemned", PartOfSpeech::kVerb));
}

TEST(LemmatizerLoadTest, ReadsWordNetFilesThroughTheDataSource) {
  DataSource source;
  source.AddForTesting("wordnet/index.noun", "  licence header\ntalk n 1\n");
  source.AddForTesting("wordnet/noun.exc", "mice mouse\n");
  auto lem = Lemmatizer::Load(&source);
  ASSERT_TRUE(lem.ok());
  EXPECT_EQ((*lem)->Lemma("talks", PartOfSpeech::kNoun), "talk");
  EXPECT_EQ((*lem)->Lemma("mice", PartOfSpeech::kNoun), "mouse");
  EXPECT_FALSE((*lem)->IsLemma("licence", PartOfSpeech::kNoun));
}

}  // namespace
}  // namespace dyad
