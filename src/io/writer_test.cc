#include "io/writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

Event SampleEvent() {
  Event e;
  e.id = "doc1:2:0";
  e.doc_id = "doc1";
  e.sentence_index = 2;
  e.sentence = "North Korea condemned the \"drills\".";
  e.date = Date{2023, 10, 26};
  e.date_basis = DateBasis::kExplicit;
  e.source = Actor{"North Korea", "PRK", "North Korea", "PRK", "", ""};
  e.target = Actor{"the United States", "USAGOV", "United States", "USA", "GOV", ""};
  e.cameo = "111";
  e.cameo_root = "11";
  e.cameo_name = "Criticize or denounce";
  e.plover_type = "ACCUSE";
  e.plover_mode = "disapprove";
  e.plover_context = {"military"};
  e.quad_class = 3;
  e.goldstein = -2.0;
  e.evidence_text = "condemned";
  e.evidence = Span{2, 12, 21};
  e.mentions = {Span{2, 0, 11}, Span{2, 26, 43}};
  e.rule = "data/events/lexicon.tsv:42";
  return e;
}

nlohmann::json ToJson(const Event& e) {
  std::string out;
  AppendEventJson(e, &out);
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "one line per event";
  return nlohmann::json::parse(out);  // throws (and fails the test) when invalid
}

TEST(WriterTest, JsonParsesWithExpectedFields) {
  nlohmann::json j = ToJson(SampleEvent());
  EXPECT_EQ(j["id"], "doc1:2:0");
  EXPECT_TRUE(j["url"].is_null());
  EXPECT_EQ(j["sentence"], "North Korea condemned the \"drills\".");
  EXPECT_EQ(j["date"], "2023-10-26");
  EXPECT_EQ(j["date_basis"], "explicit");
  EXPECT_EQ(j["source"]["code"], "PRK");
  EXPECT_TRUE(j["source"]["sector"].is_null());
  EXPECT_EQ(j["target"]["sector"], "GOV");
  EXPECT_EQ(j["plover"]["type"], "ACCUSE");
  EXPECT_EQ(j["plover"]["context"], nlohmann::json::array({"military"}));
  EXPECT_EQ(j["quad_class"], 3);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), -2.0);
  EXPECT_EQ(j["modality"], "fact");
  EXPECT_TRUE(j["attributed_to"].is_null());
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_EQ(j["evidence"]["start"], 12);
  EXPECT_EQ(j["mentions"].size(), 2u);
  EXPECT_EQ(j["mentions"][1]["end"], 43);
  EXPECT_EQ(j["rule"], "data/events/lexicon.tsv:42");
}

TEST(WriterTest, JsonNullTargetPloverAndDate) {
  Event e = SampleEvent();
  e.target.reset();
  e.plover_type.clear();
  e.date = Date{};
  e.date_basis = DateBasis::kUnknown;
  e.location_country = "KOR";
  nlohmann::json j = ToJson(e);
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_TRUE(j["plover"].is_null());
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_EQ(j["date_basis"], "unknown");
  EXPECT_EQ(j["location"]["country"], "KOR");
  EXPECT_TRUE(j["location"]["place"].is_null());
}

TEST(WriterTest, JsonStringEscaping) {
  std::string raw = std::string("q\"b\\s/n\nr\rt\tc\x01\x1f") + "\xC3\xA9\x7f";
  std::string out;
  AppendJsonString(raw, &out);
  EXPECT_EQ(out, "\"q\\\"b\\\\s/n\\nr\\rt\\tc\\u0001\\u001f\xC3\xA9\x7f\"");
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), raw);
  Event e = SampleEvent();
  e.sentence = raw;
  e.doc_id = "id\nwith\x02" "controls";
  nlohmann::json j = ToJson(e);
  EXPECT_EQ(j["sentence"], raw);
  EXPECT_EQ(j["doc_id"], e.doc_id);
}

std::vector<std::string> TsvFields(const Event& e) {
  std::string out;
  AppendEventTsv(e, &out);
  EXPECT_EQ(out.back(), '\n');
  out.pop_back();
  std::vector<std::string> fields;
  std::stringstream ss(out);
  for (std::string f; std::getline(ss, f, '\t');) fields.push_back(f);
  if (!out.empty() && out.back() == '\t') fields.push_back("");
  return fields;
}

TEST(WriterTest, TsvHasNineColumnsInOrder) {
  EXPECT_EQ(TsvFields(SampleEvent()),
            (std::vector<std::string>{"2023-10-26", "PRK", "USAGOV", "111", "11", "3", "-2.0",
                                      "doc1", "2"}));
}

TEST(WriterTest, TsvEmptyTargetAndCleanedDocId) {
  Event e = SampleEvent();
  e.target.reset();
  e.doc_id = "a\tb\nc";
  e.goldstein = 3.4;
  std::vector<std::string> f = TsvFields(e);
  ASSERT_EQ(f.size(), 9u);
  EXPECT_EQ(f[2], "");
  EXPECT_EQ(f[6], "3.4");
  EXPECT_EQ(f[7], "a b c");
}

}  // namespace
}  // namespace dyad
