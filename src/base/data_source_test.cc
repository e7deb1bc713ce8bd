#include "base/data_source.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

TEST(DataSourceTest, ReadsEmbeddedFilesByDefault) {
  DataSource source;
  Result<std::string_view> cameo = source.Read("data/cameo.tsv");
  ASSERT_TRUE(cameo.ok()) << cameo.status().message();
  EXPECT_NE(cameo->find("Criticize or denounce"), std::string_view::npos);
  EXPECT_TRUE(source.Read("wordnet/verb.exc").ok());
}

TEST(DataSourceTest, UnknownNameIsNotFound) {
  DataSource source;
  Result<std::string_view> r = source.Read("data/no-such-file.tsv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("data/no-such-file.tsv"), std::string::npos);
}

TEST(DataSourceTest, AddForTestingOverridesEmbeddedAndIsListed) {
  DataSource source;
  source.AddForTesting("data/cameo.tsv", "override");
  source.AddForTesting("data/events/zz.tsv", "x");
  EXPECT_EQ(*source.Read("data/cameo.tsv"), "override");
  std::vector<std::string> names = source.List("data/events/");
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names.back(), "data/events/zz.tsv");
  for (const std::string& n : names) EXPECT_EQ(n.rfind("data/events/", 0), 0u) << n;
  std::vector<std::string> all = source.List("data/");
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_EQ(std::count(all.begin(), all.end(), "data/cameo.tsv"), 1);
}

TEST(DataSourceTest, DataDirectoryOverridesOnlyDataNames) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("dyad_ds_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "actors");
  std::ofstream(dir / "cameo.tsv") << "from disk";
  std::ofstream(dir / "actors" / "extra.tsv") << "extra";
  {
    DataSource source(dir.string());
    EXPECT_EQ(*source.Read("data/cameo.tsv"), "from disk");
    EXPECT_EQ(*source.Read("data/actors/extra.tsv"), "extra");
    // Missing from the directory: falls back to the embedded copy.
    EXPECT_TRUE(source.Read("data/actors/people.tsv").ok());
    std::vector<std::string> names = source.List("data/actors/");
    EXPECT_NE(std::find(names.begin(), names.end(), "data/actors/extra.tsv"), names.end());
  }
  std::filesystem::remove_all(dir);
}

TEST(DataSourceTest, ForEachTsvLineSkipsCommentsAndBlankLines) {
  std::string text = "# comment\n\na\tb\r\n   \n  # indented comment\nc\t\td\n";
  std::vector<std::pair<int, std::vector<std::string>>> rows;
  Status s = ForEachTsvLine("t.tsv", text, [&](int line, const std::vector<std::string_view>& f) {
    rows.push_back({line, std::vector<std::string>(f.begin(), f.end())});
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].first, 3);
  EXPECT_EQ(rows[0].second, (std::vector<std::string>{"a", "b"}));  // CR stripped
  EXPECT_EQ(rows[1].first, 6);
  EXPECT_EQ(rows[1].second, (std::vector<std::string>{"c", "", "d"}));
}

TEST(DataSourceTest, ForEachTsvLineErrorNamesFileAndLine) {
  int calls = 0;
  Status s = ForEachTsvLine("data/x.tsv", "ok\n# c\nbad\nnever\n",
                            [&](int, const std::vector<std::string_view>& f) {
                              ++calls;
                              return f[0] == "bad" ? Status::InvalidArgument("boom")
                                                   : Status::Ok();
                            });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "data/x.tsv:3: boom");
  EXPECT_EQ(calls, 2);  // stops at the first error
}

TEST(DataSourceTest, SplitListTrimsAndTreatsDashAsEmpty) {
  EXPECT_TRUE(SplitList("-").empty());
  EXPECT_TRUE(SplitList("").empty());
  EXPECT_TRUE(SplitList("  - ").empty());
  std::vector<std::string_view> v = SplitList(" a | b c|| d ");
  EXPECT_EQ(v, (std::vector<std::string_view>{"a", "b c", "d"}));
}

}  // namespace
}  // namespace dyad
