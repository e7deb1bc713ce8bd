#include "lexicon/petrarch_dictionary.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "base/data_source.h"
#include "lexicon/actor_dictionary.h"
#include "text/tokenize.h"

namespace dyad {
namespace {

// A small actor file written for this test in the PETRARCH layout.
constexpr char kActors[] =
    "# a comment line\n"
    "NORTHLAND_  [NRL]\n"
    "+NORTHLANDIAN_\n"
    "JANE_Q._DOE_  # a minister\n"
    "+DOE\n"
    "\t[NRLGOV 19940922-20040712] # envoy\n"
    "\t[NRLGOV >050309]\n"
    "\t[NRLELI]\n"
    "BROKEN_DATE_\n"
    "\t[NRLGOV 9008223-911221]\n"
    "THE_BLUE_FRONT_ [NRLREBBLF]\n"
    "JOHN_ROE_\n"
    "\t[NRLGOV 19950601 - 19990815]\n";

constexpr char kAgents[] =
    "!MINIST! = MINISTER, MINISTRY\n"
    "FOREIGN_!MINIST! [~GOV]\n"
    "FARMER [~AGR]\n"
    "DEPARTMENT_OF_TYPOS [~ENV}\n"
    "POLICE {} [ ~COP]\n"
    "MAN {MEN} [~CVL]\n";

TEST(PetrarchDictionaryTest, ActorsWithSynonymsAndDatedCodes) {
  std::vector<std::string> warnings;
  auto actors = ParsePetrarchActors("t.txt", kActors, &warnings);
  ASSERT_TRUE(actors.ok()) << actors.status().message();
  ASSERT_EQ(actors->size(), 5u);
  const PetrarchActor& land = (*actors)[0];
  EXPECT_EQ(land.names, (std::vector<std::string>{"Northland", "Northlandian"}));
  ASSERT_EQ(land.codes.size(), 1u);
  EXPECT_EQ(land.codes[0].code, "NRL");
  EXPECT_FALSE(land.codes[0].start.valid());
  const PetrarchActor& doe = (*actors)[1];
  EXPECT_EQ(doe.names[0], "Jane Q. Doe");
  EXPECT_EQ(doe.line, 4);
  ASSERT_EQ(doe.codes.size(), 3u);
  EXPECT_EQ(doe.codes[0].start.ToString(), "1994-09-22");
  EXPECT_EQ(doe.codes[0].end.ToString(), "2004-07-12");
  EXPECT_EQ(doe.codes[1].start.ToString(), "2005-03-09");  // six-digit date
  EXPECT_FALSE(doe.codes[1].end.valid());
  EXPECT_EQ(doe.codes[2].code, "NRLELI");
  // The typo'd date drops that code and is reported; the file still loads.
  EXPECT_TRUE((*actors)[2].codes.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("t.txt:10:"), std::string::npos);
  // Spaces around the dash of a range, as in PETRARCH's validation file.
  const PetrarchActor& roe = (*actors)[4];
  ASSERT_EQ(roe.codes.size(), 1u);
  EXPECT_EQ(roe.codes[0].start.ToString(), "1995-06-01");
  EXPECT_EQ(roe.codes[0].end.ToString(), "1999-08-15");
}

TEST(PetrarchDictionaryTest, AgentsExpandSubstitutions) {
  auto agents = ParsePetrarchAgents("a.txt", kAgents);
  ASSERT_TRUE(agents.ok()) << agents.status().message();
  ASSERT_EQ(agents->size(), 5u);
  // Regular plurals are generated; "{}" lists irregular ones, or none.
  EXPECT_EQ((*agents)[0].names,
            (std::vector<std::string>{"foreign ministers", "foreign minister",
                                      "foreign ministries", "foreign ministry"}));
  EXPECT_EQ((*agents)[0].code, "GOV");
  EXPECT_EQ((*agents)[1].names, (std::vector<std::string>{"farmers", "farmer"}));
  EXPECT_EQ((*agents)[2].code, "ENV");  // "[~ENV}" as found in the wild
  EXPECT_EQ((*agents)[3].names, (std::vector<std::string>{"police"}));
  EXPECT_EQ((*agents)[3].code, "COP");
  EXPECT_EQ((*agents)[4].names, (std::vector<std::string>{"man", "men"}));
}

TEST(PetrarchDictionaryTest, MalformedLinesNameTheLine) {
  auto actors = ParsePetrarchActors("bad.txt", "+SYNONYM_FIRST\n");
  ASSERT_FALSE(actors.ok());
  EXPECT_NE(actors.status().message().find("bad.txt:1:"), std::string::npos);
}

TEST(PetrarchDictionaryTest, LoadedIntoTheActorDictionary) {
  DataSource source;
  ActorDictionary::Sources sources;
  sources.builtin = false;
  sources.petrarch_actors.emplace_back("t.txt", kActors);
  sources.petrarch_agents.emplace_back("a.txt", kAgents);
  auto dict = ActorDictionary::Load(&source, sources);
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  std::vector<Token> tokens;
  Tokenize("Doe met the Blue Front in Northland.", &tokens);
  std::vector<ActorMatch> matches;
  (*dict)->Match(tokens, 0, static_cast<uint32_t>(tokens.size()), &matches);
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ((*dict)->PersonCode(*matches[0].entry, Date{2000, 1, 1}), "NRLGOV");
  EXPECT_EQ((*dict)->PersonCode(*matches[0].entry, Date{2004, 12, 1}), "NRLELI");  // undated
  EXPECT_EQ(matches[1].entry->code, "NRLREBBLF");
  EXPECT_EQ(matches[1].entry->sector, "REB");
  EXPECT_EQ(matches[2].entry->code, "NRL");
  EXPECT_EQ(matches[0].entry->source, "t.txt:4");
}

// The field's real dictionaries, read as they are (skipped without ../shared).
class PhoenixTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string dir = std::string(DYAD_SHARED_DIR) + "/dictionaries/petrarch2/";
    ActorDictionary::Sources sources;
    sources.builtin = false;
    for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                          "Phoenix.MilNonState.actors.txt"}) {
      auto text = source_->ReadPath(dir + f);
      if (!text.ok()) return;
      sources.petrarch_actors.emplace_back(f, *text);
    }
    auto agents = source_->ReadPath(dir + "Phoenix.agents.txt");
    if (!agents.ok()) return;
    sources.petrarch_agents.emplace_back("Phoenix.agents.txt", *agents);
    auto dict = ActorDictionary::Load(source_, sources);
    ASSERT_TRUE(dict.ok()) << dict.status().message();
    dict_ = dict->release();
  }
  void SetUp() override {
    if (!dict_) GTEST_SKIP() << "../shared/dictionaries is not present";
  }
  // The code `name` gets on `date`, or "" when it is not a single dictionary entry.
  static std::string CodeOf(const std::string& name, Date date) {
    std::vector<Token> tokens;
    Tokenize(name, &tokens);
    std::vector<ActorMatch> m;
    dict_->Match(tokens, 0, static_cast<uint32_t>(tokens.size()), &m);
    if (m.size() != 1 || m[0].first != 0 || m[0].end != tokens.size()) return "";
    const ActorEntry& e = *m[0].entry;
    return e.kind == ActorKind::kPerson ? dict_->PersonCode(e, date) : e.code;
  }
  static inline DataSource* source_ = new DataSource();
  static inline ActorDictionary* dict_ = nullptr;
};

TEST_F(PhoenixTest, KnownEntriesWithTheirDates) {
  EXPECT_EQ(CodeOf("Sergey Lavrov", Date{2003, 1, 1}), "RUSGOV");  // ambassador to the UN
  EXPECT_EQ(CodeOf("Sergey Lavrov", Date{2010, 6, 1}), "RUSGOV");  // foreign minister
  EXPECT_EQ(CodeOf("Lavrov", Date{1990, 1, 1}), "RUSELI");         // before any role
  EXPECT_EQ(CodeOf("Vladimir Putin", Date{1995, 1, 1}), "RUSELI");
  EXPECT_EQ(CodeOf("Vladimir Putin", Date{2012, 6, 1}), "RUSGOV");
  EXPECT_EQ(CodeOf("Barack Obama", Date{2010, 1, 1}), "USAGOV");
  EXPECT_EQ(CodeOf("Barack Obama", Date{1990, 1, 1}), "USAELI");
  EXPECT_EQ(CodeOf("Angela Merkel", Date{2010, 1, 1}), "DEUGOV");
  EXPECT_EQ(CodeOf("France", Date{2010, 1, 1}), "FRA");
  EXPECT_EQ(CodeOf("Germany", Date{2010, 1, 1}), "DEU");
  EXPECT_EQ(CodeOf("Taliban", Date{2010, 1, 1}), "AFGREB");
  EXPECT_EQ(CodeOf("Islamic Resistance Movement", Date{2010, 1, 1}), "PSEREBHMS");
}

TEST_F(PhoenixTest, AgentsCombineWithCountries) {
  std::vector<Token> tokens;
  Tokenize("farmer", &tokens);
  std::vector<ActorMatch> m;
  dict_->Match(tokens, 0, 1, &m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].entry->kind, ActorKind::kSector);
  EXPECT_EQ(m[0].entry->sector, "AGR");
}

}  // namespace
}  // namespace dyad
