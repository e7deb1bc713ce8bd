#include "lexicon/actor_dictionary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

class ActorDictionaryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    source_ = new DataSource();
    auto d = ActorDictionary::Load(source_);
    ASSERT_TRUE(d.ok()) << d.status().message();
    dict_ = std::move(*d).release();
  }
  static void TearDownTestSuite() {
    delete dict_;
    delete source_;
  }

  // "text=CODE" for each match of `text`, in order.
  std::vector<std::string> Matches(std::string_view text) {
    Tokenize(text, &tokens_);
    matches_.clear();
    dict_->Match(tokens_, 0, static_cast<uint32_t>(tokens_.size()), &matches_);
    std::vector<std::string> out;
    for (const ActorMatch& m : matches_) {
      std::string_view span = text.substr(tokens_[m.first].begin,
                                          tokens_[m.end - 1].end - tokens_[m.first].begin);
      out.push_back(std::string(span) + "=" + m.entry->code);
    }
    return out;
  }

  static DataSource* source_;
  static ActorDictionary* dict_;
  std::vector<Token> tokens_;
  std::vector<ActorMatch> matches_;
};
DataSource* ActorDictionaryTest::source_ = nullptr;
ActorDictionary* ActorDictionaryTest::dict_ = nullptr;

using V = std::vector<std::string>;

TEST_F(ActorDictionaryTest, MatchesCountriesLongestFirstWithoutThe) {
  EXPECT_EQ(Matches("South Korea, Japan and the United States condemned North Korea"),
            (V{"South Korea=KOR", "Japan=JPN", "United States=USA", "North Korea=PRK"}));
}

TEST_F(ActorDictionaryTest, ShortCapitalPatternsMatchOnlyInCapitals) {
  EXPECT_EQ(Matches("He told us nothing"), V{});
  EXPECT_EQ(Matches("US officials met"), (V{"US=USA", "officials=GOV"}));
  EXPECT_EQ(Matches("Let us go"), V{});
  EXPECT_EQ(Matches("Us and them"), V{});
  EXPECT_EQ(Matches("the U.S. said"), (V{"U.S.=USA"}));
}

TEST_F(ActorDictionaryTest, CapitalisedPatternsNeedCapitalisedText) {
  EXPECT_EQ(Matches("they ate turkey"), V{});
  EXPECT_EQ(Matches("Turkey objected"), (V{"Turkey=TUR"}));
  EXPECT_EQ(Matches("Talks with north korea"), V{});
}

TEST_F(ActorDictionaryTest, KindsOfCountryMentions) {
  Matches("North Korean troops left Pyongyang for the White House and the Pentagon");
  ASSERT_EQ(matches_.size(), 5u);
  EXPECT_EQ(matches_[0].entry->kind, ActorKind::kAdjective);
  EXPECT_EQ(matches_[0].entry->country, "PRK");
  EXPECT_EQ(matches_[1].entry->kind, ActorKind::kSector);
  EXPECT_EQ(matches_[1].entry->code, "MIL");
  EXPECT_EQ(matches_[2].entry->kind, ActorKind::kCapital);
  EXPECT_EQ(matches_[3].entry->kind, ActorKind::kSeat);
  EXPECT_EQ(matches_[3].entry->code, "USAGOV");
  // The Pentagon is the defence department: GOV, as Phoenix's DEFENSE_DEPARTMENT [~GOVMIL].
  EXPECT_EQ(matches_[4].entry->code, "USAGOV");
  EXPECT_EQ(dict_->CountryName("PRK"), "North Korea");
  EXPECT_EQ(dict_->CountryName("XYZ"), "");
  EXPECT_EQ(dict_->OrgOfCode("IGOUNO"), "UN");
}

TEST_F(ActorDictionaryTest, PersonCodeFromRoleOnDate) {
  ASSERT_EQ(Matches("Sergey Lavrov said"), (V{"Sergey Lavrov="}));  // people have no fixed code
  const ActorEntry& lavrov = *matches_[0].entry;
  EXPECT_EQ(lavrov.kind, ActorKind::kPerson);
  EXPECT_EQ(lavrov.name, "Sergey Lavrov");
  EXPECT_EQ(dict_->PersonCode(lavrov, Date{2023, 10, 18}), "RUSGOV");
  EXPECT_EQ(dict_->PersonCode(lavrov, Date{}), "RUSGOV");
  Matches("Lavrov and Sergei Lavrov");
  ASSERT_EQ(matches_.size(), 2u);
  EXPECT_EQ(matches_[0].entry, matches_[1].entry);
}

TEST(ActorDictionaryPeopleTest, PersonOutsideAllRolesIsCountryElite) {
  DataSource source;
  source.AddForTesting("data/actors/people.tsv",
                       "# test\nJohn Roe\tRoe\tFRAGOV@2012-05-15..2017-05-14\n"
                       "Ann Poe\t-\tGBRGOV@2001-01-01..2005-12-31|IGOUNO@2010-01-01..\n");
  auto d = ActorDictionary::Load(&source);
  ASSERT_TRUE(d.ok()) << d.status().message();
  std::vector<Token> tokens;
  Tokenize("Roe met Ann Poe", &tokens);
  std::vector<ActorMatch> m;
  (*d)->Match(tokens, 0, static_cast<uint32_t>(tokens.size()), &m);
  ASSERT_EQ(m.size(), 2u);
  const ActorEntry& roe = *m[0].entry;
  const ActorEntry& poe = *m[1].entry;
  EXPECT_EQ(roe.source, "data/actors/people.tsv:2");
  EXPECT_EQ((*d)->PersonCode(roe, Date{2014, 1, 1}), "FRAGOV");
  EXPECT_EQ((*d)->PersonCode(roe, Date{2017, 5, 14}), "FRAGOV");  // last day inclusive
  EXPECT_EQ((*d)->PersonCode(roe, Date{2017, 5, 15}), "FRAELI");
  EXPECT_EQ((*d)->PersonCode(roe, Date{2001, 1, 1}), "FRAELI");
  EXPECT_EQ((*d)->PersonCode(poe, Date{2006, 6, 1}), "GBRELI");  // nearest is GBRGOV
  EXPECT_EQ((*d)->PersonCode(poe, Date{2030, 1, 1}), "IGOUNO");  // open-ended role
  EXPECT_EQ((*d)->PersonCode(poe, Date{}), "IGOUNO");            // latest role
}

// On the day one role ends and the next begins, the new role: the change is the news.
TEST(ActorDictionaryPeopleTest, RoleBegunOnTheDayAnotherEndsWins) {
  DataSource source;
  source.AddForTesting("data/actors/people.tsv",
                       "# test\nKim Doe\t-\tSDNGOV@2019-04-12..2023-04-15|SDNREB@2023-04-15..\n");
  auto d = ActorDictionary::Load(&source);
  ASSERT_TRUE(d.ok()) << d.status().message();
  std::vector<Token> tokens;
  Tokenize("Kim Doe", &tokens);
  std::vector<ActorMatch> m;
  (*d)->Match(tokens, 0, static_cast<uint32_t>(tokens.size()), &m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ((*d)->PersonCode(*m[0].entry, Date{2023, 4, 14}), "SDNGOV");
  EXPECT_EQ((*d)->PersonCode(*m[0].entry, Date{2023, 4, 15}), "SDNREB");
  EXPECT_EQ((*d)->PersonCode(*m[0].entry, Date{2023, 4, 16}), "SDNREB");
}

TEST(ActorDictionaryPeopleTest, OfficeHolderByFamilyNameOnADate) {
  DataSource source;
  source.AddForTesting("data/actors/people.tsv",
                       "# test\nHaider al-Abadi\t-\tIRQGOV@2014-09-08..2018-10-25\n"
                       "Ash Carter\t-\tUSAGOV@2015-02-17..2017-01-20\n"
                       "Jimmy Carter\t-\tUSAGOV@1977-01-20..1981-01-20\n"
                       "Ann Carter\t-\tGBRGOV@2016-01-01..2016-12-31\n");
  auto d = ActorDictionary::Load(&source);
  ASSERT_TRUE(d.ok()) << d.status().message();
  const ActorEntry* abadi = (*d)->OfficeHolder("Abadi", Date{2016, 4, 18});
  ASSERT_NE(abadi, nullptr);
  EXPECT_EQ(abadi->name, "Haider al-Abadi");
  EXPECT_EQ((*d)->OfficeHolder("Abadi", Date{2020, 1, 1}), nullptr);  // out of office
  const ActorEntry* carter = (*d)->OfficeHolder("Carter", Date{2015, 6, 1});
  ASSERT_NE(carter, nullptr);
  EXPECT_EQ(carter->name, "Ash Carter");
  EXPECT_EQ((*d)->OfficeHolder("Carter", Date{2016, 6, 1}), nullptr);  // two in office
  EXPECT_EQ((*d)->OfficeHolder("Carter", Date{}), nullptr);            // no date: no office
}

TEST(ActorDictionaryPeopleTest, OfficeHolderOfTheTitlesKind) {
  DataSource source;
  source.AddForTesting("data/actors/people.tsv",
                       "# test\nAsh Carter\t-\tUSAGOV@2015-02-17..2017-01-20\n"
                       "Nick Carter\t-\tGBRMIL@2014-09-05..2021-11-30\n"
                       "David Carter\t-\tNZLLEG@2013-02-07..2017-12-07\n");
  auto d = ActorDictionary::Load(&source);
  ASSERT_TRUE(d.ok()) << d.status().message();
  const ActorEntry* secretary = (*d)->OfficeHolder("Carter", Date{2016, 4, 18});
  ASSERT_NE(secretary, nullptr);
  EXPECT_EQ(secretary->name, "Ash Carter");
  const ActorEntry* general = (*d)->OfficeHolder("Carter", Date{2016, 4, 18}, "MIL");
  ASSERT_NE(general, nullptr);
  EXPECT_EQ(general->name, "Nick Carter");
  const ActorEntry* speaker = (*d)->OfficeHolder("Carter", Date{2016, 4, 18}, "LEG");
  ASSERT_NE(speaker, nullptr);
  EXPECT_EQ(speaker->name, "David Carter");
}

TEST(ActorDictionaryPeopleTest, BadRoleNamesFileAndLine) {
  DataSource source;
  source.AddForTesting("data/actors/people.tsv", "Ok Person\t-\tFRAGOV@2012-01-01..\n"
                                                 "Bad Person\t-\tFRAGOV 2012\n");
  auto d = ActorDictionary::Load(&source);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message().rfind("data/actors/people.tsv:2: ", 0), 0u)
      << d.status().message();
}

}  // namespace
}  // namespace dyad
