#include "lexicon/cameo_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

class CameoTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = CameoTable::Load(&source_);
    ASSERT_TRUE(t.ok()) << t.status().message();
    table_ = std::move(*t);
  }
  DataSource source_;
  std::unique_ptr<CameoTable> table_;
};

TEST_F(CameoTableTest, CriticizeOrDenounce) {
  const CameoCode* c = table_->Find("111");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "111");
  EXPECT_EQ(c->root, "11");
  EXPECT_EQ(c->name, "Criticize or denounce");
  EXPECT_DOUBLE_EQ(c->goldstein, -2.0);
  EXPECT_EQ(c->quad_class, 3);
  EXPECT_EQ(c->plover_type, "ACCUSE");
  EXPECT_EQ(c->plover_mode, "disapprove");
  EXPECT_TRUE(c->plover_context.empty());
}

TEST_F(CameoTableTest, UnmappedCodeHasNoPloverType) {
  const CameoCode* c = table_->Find("010");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Make statement");
  EXPECT_EQ(c->root, "01");
  EXPECT_TRUE(c->plover_type.empty());
  EXPECT_TRUE(c->plover_mode.empty());
}

TEST_F(CameoTableTest, ParsesContextListsAndFractionalScores) {
  const CameoCode* c = table_->Find("1121");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->plover_context, (std::vector<std::string>{"crime", "corruption"}));
  const CameoCode* ceasefire = table_->Find("196");
  ASSERT_NE(ceasefire, nullptr);
  EXPECT_DOUBLE_EQ(ceasefire->goldstein, -9.5);
  EXPECT_EQ(ceasefire->quad_class, 4);
}

TEST_F(CameoTableTest, UnknownCodesAreNull) {
  EXPECT_EQ(table_->Find("999"), nullptr);
  EXPECT_EQ(table_->Find(""), nullptr);
  EXPECT_EQ(table_->Find("11 "), nullptr);
  EXPECT_GT(table_->size(), 250u);
}

TEST_F(CameoTableTest, QuadClassFollowsRoot) {
  for (const char* code : {"01", "042", "057", "061", "0874", "091", "112", "138", "141",
                           "173", "183", "190", "204"}) {
    const CameoCode* c = table_->Find(code);
    ASSERT_NE(c, nullptr) << code;
    int root = std::stoi(c->root);
    int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    EXPECT_EQ(c->quad_class, expected) << code;
  }
}

TEST(CameoTableLoadTest, MalformedLineNamesFileAndLine) {
  DataSource source;
  source.AddForTesting("data/cameo.tsv",
                       "# header\n111\tCriticize\t-2\t3\tACCUSE\t-\t-\n112\tAccuse\t-2\n");
  auto t = CameoTable::Load(&source);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message(), "data/cameo.tsv:3: expected 7 columns");
}

TEST(CameoTableLoadTest, BadCodeAndEmptyTableAreErrors) {
  DataSource source;
  source.AddForTesting("data/cameo.tsv", "12345\tToo long\t0\t1\t-\t-\t-\n");
  auto t = CameoTable::Load(&source);
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("data/cameo.tsv:1:"), std::string::npos);
  source.AddForTesting("data/cameo.tsv", "# only a comment\n");
  EXPECT_FALSE(CameoTable::Load(&source).ok());
}

}  // namespace
}  // namespace dyad
