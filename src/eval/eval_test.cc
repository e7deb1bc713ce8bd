#include "eval/eval.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

constexpr std::string_view kGold =
    R"({"doc_id":"d","sentence":[0,50],"source":["KOR","JPN","USA:GOV"],"target":["PRK"],)"
    R"("cameo":"111","cameo_alts":["112"],"date":"2023-10-26","modality":"fact","optional":false})"
    "\n"
    R"({"doc_id":"d","sentence":[51,90],"source":["PRK"],"target":["IGO:UN"],"cameo":"016",)"
    R"("cameo_alts":[],"date":"2023-10","modality":"negated","optional":false})"
    "\n\n"
    R"({"doc_id":"d","sentence":[91,120],"source":["RUS","PRK"],"target":[],"cameo":"036",)"
    R"("cameo_alts":[],"date":"2023","modality":"intended","optional":true})"
    "\n";

std::string Coded(const std::string& src, const std::string& tgt, const std::string& cameo,
                  int start, const std::string& extra = "") {
  std::string target = tgt.empty() ? "null" : R"({"code":")" + tgt + R"(","org":)" +
                                                  (tgt.rfind("IGO", 0) == 0 ? R"("UN")" : "null") + "}";
  return R"({"doc_id":"d","cameo":")" + cameo + R"(","source":{"code":")" + src +
         R"("},"target":)" + target + R"(,"evidence":{"start":)" + std::to_string(start) +
         R"(,"end":)" + std::to_string(start + 3) + R"(},"date":"2023-10-26","modality":"fact")" +
         extra + "}\n";
}

// The same event line in document "e", which the gold does not annotate.
std::string OtherDocument(std::string line) {
  return line.replace(line.find(R"("doc_id":"d")"), 12, R"("doc_id":"e")");
}

TEST(EvalTest, ParsesGoldAndRoots) {
  auto gold = ParseGold(kGold);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), 3u);
  EXPECT_EQ((*gold)[0].start, 0u);
  EXPECT_EQ((*gold)[0].end, 50u);
  EXPECT_EQ((*gold)[1].line, 2);
  EXPECT_TRUE((*gold)[2].optional);
  EXPECT_EQ(GoldRoot("USA:GOV"), "USA");
  EXPECT_EQ(GoldRoot("IGO:UN"), "IGO:UN");
  EXPECT_EQ(GoldRoot("KSV:GOV"), "XKX");  // CAMEO's Kosovo is the XKX dyad writes
  EXPECT_EQ(GoldRoot("XKXGOV"), "XKX");
  EXPECT_FALSE(ParseGold("{\"doc_id\":\"d\"}\n").ok());
  EXPECT_FALSE(ParseGold("not json\n").ok());
}

TEST(EvalTest, ScoresDyadsByRoots) {
  auto gold = ParseGold(kGold);
  ASSERT_TRUE(gold.ok());
  std::string events = Coded("KORGOV", "PRK", "111", 10) +       // right, exact
                       Coded("JPN", "PRKMIL", "112", 12) +        // right, an allowed alternative
                       Coded("USA", "PRK", "172", 14) +           // wrong root: false positive
                       Coded("PRK", "IGOUNO", "016", 60) +        // right, modality differs
                       Coded("RUS", "PRK", "036", 95, R"(,"mutual":true)") +  // optional: ignored
                       Coded("CHN", "PRK", "111", 10) +           // no such gold dyad
                       OtherDocument(Coded("USA", "", "010", 5));
  auto coded = ParseCodedEvents(events);
  ASSERT_TRUE(coded.ok()) << coded.status().message();
  EvalReport r = Evaluate(*gold, *coded, {});
  EXPECT_EQ(r.all.true_pos, 3);
  EXPECT_EQ(r.all.false_pos, 2);
  EXPECT_EQ(r.all.false_neg, 1);  // USA > PRK 111 was not coded as 11
  EXPECT_EQ(r.all.exact_code, 3);
  EXPECT_EQ(r.all.same_modality, 2);
  EXPECT_EQ(r.all.same_date, 3);  // "2023-10" agrees with 2023-10-26
  EXPECT_NEAR(r.all.precision(), 0.6, 1e-9);
  EXPECT_NEAR(r.all.recall(), 0.75, 1e-9);
  ASSERT_EQ(r.misses.size(), 1u);
  EXPECT_EQ(r.misses[0].source, "USA");
  EXPECT_EQ(r.misses[0].gold_line, 1);
  EXPECT_EQ(r.false_positives.size(), 2u);
}

TEST(EvalTest, HeldOutDocumentsAreReportedApart) {
  auto gold = ParseGold(kGold);
  ASSERT_TRUE(gold.ok());
  auto coded = ParseCodedEvents(Coded("KOR", "PRK", "111", 1));
  ASSERT_TRUE(coded.ok());
  EvalReport r = Evaluate(*gold, *coded, {"d"});
  EXPECT_EQ(r.heldout.true_pos, 1);
  EXPECT_EQ(r.tuned.true_pos + r.tuned.false_neg, 0);
  EXPECT_EQ(r.all.true_pos, 1);
}

TEST(EvalTest, MutualActInsideOneCountryPairsTheCountryWithItself) {
  auto gold = ParseGold(
      R"({"doc_id":"d","sentence":[0,50],"source":["COL:GOV","COL:REB"],"target":[],)"
      R"("cameo":"057","cameo_alts":[],"date":"2023","modality":"fact","optional":false})"
      "\n");
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  auto coded = ParseCodedEvents(Coded("COLGOV", "COLREB", "057", 10, R"(,"mutual":true)"));
  ASSERT_TRUE(coded.ok());
  EvalReport r = Evaluate(*gold, *coded, {});
  EXPECT_EQ(r.all.true_pos, 1);
  EXPECT_EQ(r.all.false_pos, 0);
}

// "Cuba, Bolivia and Russia condemn the attack": a judgement of several, aimed at no one,
// is each one's, not a mutual act among them.
TEST(EvalTest, SeveralSourcesOfAJudgementWithNoTargetAreEachTheirOwn) {
  auto gold = ParseGold(
      R"({"doc_id":"d","sentence":[0,50],"source":["CUB:GOV","BOL:GOV","RUS:GOV"],"target":[],)"
      R"("cameo":"111","cameo_alts":[],"date":"2023","modality":"fact","optional":false})"
      "\n");
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  auto coded = ParseCodedEvents(Coded("CUBGOV", "", "111", 10) + Coded("BOLGOV", "", "111", 10) +
                                Coded("RUSGOV", "BOL", "111", 10));
  ASSERT_TRUE(coded.ok());
  EvalReport r = Evaluate(*gold, *coded, {});
  EXPECT_EQ(r.all.true_pos, 2);
  EXPECT_EQ(r.all.false_pos, 1);
  EXPECT_EQ(r.all.false_neg, 1);
}

}  // namespace
}  // namespace dyad
