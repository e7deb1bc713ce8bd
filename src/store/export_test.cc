#include "store/export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/testing.h"

namespace dyad {
namespace {

StoredEvent Sample() {
  StoredEvent se;
  se.key = 42;
  se.source_root = "USA";
  se.target_root = "PRK";
  se.num_mentions = 3;
  se.num_documents = 2;
  se.num_outlets = 2;
  se.first_seen = "2023-10-14T08:00:00Z";
  se.provenance = {"0.1.0", "abc"};
  Event& e = se.representative.event;
  e = testing::MakeEvent("doc1", 0, "USAGOV", "PRK", "112", "2023-10-13");
  e.url = "https://example.org/a";
  e.plover_mode = "disapprove";
  e.plover_context = {"military"};
  e.location_place = "Pyongyang";
  e.location_country = "PRK";
  e.location_lat = 39.03;
  e.location_lon = 125.75;
  se.representative.outlet = "Wire";
  se.representative.seen_at = se.first_seen;
  se.representative.provenance = se.provenance;
  se.mentions = {se.representative, se.representative};
  return se;
}

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep) {
      out.emplace_back();
    } else if (c != '\n') {
      out.back().push_back(c);
    }
  }
  return out;
}

TEST(ExportTest, GdeltRowHasSixtyOneColumns) {
  ASSERT_EQ(GdeltColumns().size(), 61u);
  EXPECT_EQ(GdeltColumns()[0], "GlobalEventID");
  EXPECT_EQ(GdeltColumns()[25], "IsRootEvent");
  EXPECT_EQ(GdeltColumns()[51], "ActionGeo_Type");
  EXPECT_EQ(GdeltColumns()[60], "SOURCEURL");
  std::string row;
  AppendGdeltRow(Sample(), &row);
  auto f = Split(row, '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[0], "42");
  EXPECT_EQ(f[1], "20231013");
  EXPECT_EQ(f[2], "202310");
  EXPECT_EQ(f[3], "2023");
  EXPECT_EQ(f[5], "USAGOV");
  EXPECT_EQ(f[7], "USA");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[15], "PRK");
  EXPECT_EQ(f[26], "112");
  EXPECT_EQ(f[27], "112");
  EXPECT_EQ(f[28], "11");
  EXPECT_EQ(f[29], "3");
  EXPECT_EQ(f[30], "-2.0");
  EXPECT_EQ(f[31], "3");  // NumMentions
  EXPECT_EQ(f[32], "2");  // NumSources (outlets)
  EXPECT_EQ(f[33], "2");  // NumArticles
  EXPECT_EQ(f[34], "");   // AvgTone: unknown
  EXPECT_EQ(f[51], "4");
  EXPECT_EQ(f[52], "Pyongyang");
  EXPECT_EQ(f[56], "39.0300");
  EXPECT_EQ(f[57], "125.7500");
  EXPECT_EQ(f[59], "20231014080000");
  EXPECT_EQ(f[60], "https://example.org/a");
  StoredEvent bare = Sample();
  bare.representative.event.target.reset();
  bare.representative.event.location_place.clear();
  bare.representative.event.location_country.clear();
  row.clear();
  AppendGdeltRow(bare, &row);
  EXPECT_EQ(Split(row, '\t').size(), 61u);
}

TEST(ExportTest, PloverFollowsTheManual) {
  std::string line;
  AppendPloverJson(Sample(), &line);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["id"], "dyad-42");
  EXPECT_EQ(j["date"], "2023-10-13");
  EXPECT_EQ(j["source"][0]["code"], "USA");
  EXPECT_EQ(j["source"][0]["sector"], "GOV");
  EXPECT_EQ(j["recipient"][0]["code"], "PRK");
  EXPECT_EQ(j["event"][0], "ACCUSE");
  EXPECT_EQ(j["mode"], "disapprove");
  EXPECT_EQ(j["context"][0], "military");
  EXPECT_EQ(j["quad_code"], 3);
  EXPECT_EQ(j["event_loc"]["cc3"], "PRK");
  EXPECT_EQ(j["text_info"]["sequence"], 0);
  EXPECT_EQ(j["cite_info"]["url"], "https://example.org/a");
  StoredEvent mutual = Sample();
  mutual.representative.event.mutual = true;
  line.clear();
  AppendPloverJson(mutual, &line);
  j = nlohmann::json::parse(line);
  EXPECT_EQ(j["source"].size(), 2u);
  EXPECT_FALSE(j.contains("recipient"));
}

TEST(ExportTest, JsonAndCsv) {
  std::string line;
  AppendStoredEventJson(Sample(), true, &line);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["event_id"], 42);
  EXPECT_EQ(j["num_mentions"], 3);
  EXPECT_EQ(j["mentions"].size(), 2u);
  EXPECT_EQ(j["source"]["root"], "USA");
  EXPECT_EQ(j["provenance"]["dictionary_fingerprint"], "abc");
  std::string csv;
  AppendStoredEventCsv(Sample(), false, &csv);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1);
  csv.clear();
  AppendStoredEventCsv(Sample(), true, &csv);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2);
  std::string field;
  AppendCsvField("a,\"b\"", &field);
  EXPECT_EQ(field, "\"a,\"\"b\"\"\"");
}

}  // namespace
}  // namespace dyad
