#include "store/recode.h"

#include <gtest/gtest.h>

#include "store/testing.h"

namespace dyad {
namespace {

using testing::MakeEvent;

TEST(RecodeReportTest, CountsAddedRemovedRecodedByRoot) {
  RecodeReport r;
  std::vector<Event> before = {MakeEvent("a", 0, "USA", "PRK", "112", "2023-10-13"),
                               MakeEvent("a", 1, "USA", "PRK", "040", "2023-10-13"),
                               MakeEvent("a", 2, "RUS", "UKR", "190", "2023-10-13")};
  std::vector<Event> after = {MakeEvent("a", 0, "USA", "PRK", "111", "2023-10-13"),
                              MakeEvent("a", 1, "USA", "PRK", "040", "2023-10-13"),
                              MakeEvent("a", 3, "CHN", "TWN", "138", "2023-10-13")};
  EXPECT_TRUE(r.Compare(before, after));
  EXPECT_FALSE(r.Compare(after, after));
  EXPECT_EQ(r.documents, 2);
  EXPECT_EQ(r.documents_changed, 1);
  EXPECT_EQ(r.total.added, 1);
  EXPECT_EQ(r.total.removed, 1);
  EXPECT_EQ(r.total.recoded_from, 1);
  EXPECT_EQ(r.by_root["11"].recoded_from, 1);
  EXPECT_EQ(r.by_root["11"].recoded_to, 1);
  EXPECT_EQ(r.by_root["13"].added, 1);
  EXPECT_EQ(r.by_root["19"].removed, 1);
  EXPECT_EQ(r.transitions["112 fact -> 111 fact"], 1);
}

}  // namespace
}  // namespace dyad
