#include "coding/discourse.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Mention Country(const std::string& code) {
  Mention m;
  m.code = m.country = code;
  m.actor = true;
  return m;
}

Mention Person(const std::string& code, const std::string& name) {
  Mention m = Country(code.substr(0, 3));
  m.code = code;
  m.name = name;
  m.person = true;
  return m;
}

std::vector<std::string> Codes(const std::vector<Mention>& ms) {
  std::vector<std::string> out;
  for (const Mention& m : ms) out.push_back(m.code);
  return out;
}

TEST(DiscourseTest, GroupOfExactSizeIsTheLatestList) {
  Discourse d;
  d.Remember({Country("KOR"), Country("JPN"), Country("USA"), Country("PRK")}, {{0, 1, 2}});
  d.Remember({Country("USA"), Country("KOR")}, {{0, 1}});
  EXPECT_EQ(Codes(d.Group(3)), (std::vector<std::string>{"KOR", "JPN", "USA"}));
  EXPECT_EQ(Codes(d.Group(2)), (std::vector<std::string>{"USA", "KOR"}));
  EXPECT_EQ(Codes(d.Group(0)), (std::vector<std::string>{"USA", "KOR"}));
  EXPECT_TRUE(d.Group(4).empty());
}

TEST(DiscourseTest, TwoCountriesNamedSinceTheLastList) {
  Discourse d;
  d.Remember({Country("KOR"), Country("JPN"), Country("USA")}, {{0, 1, 2}});
  d.Remember({Country("PRK"), Country("RUS"), Country("PRK")}, {});
  EXPECT_EQ(Codes(d.Group(2)), (std::vector<std::string>{"RUS", "PRK"}));
  // A third country makes "the two countries" ambiguous: no guess.
  d.Remember({Country("CHN")}, {});
  EXPECT_TRUE(d.Group(2).empty());
}

TEST(DiscourseTest, ListedCountriesAreNotAlsoRecent) {
  Discourse d;
  // "The condemnation from South Korea, Japan and the US ... North Korea's relationship with
  // Russia. The two countries ...": the two are North Korea and Russia.
  d.Remember({Country("KOR"), Country("JPN"), Country("USA"), Country("PRK"), Country("RUS")},
             {{0, 1, 2}});
  EXPECT_EQ(Codes(d.Group(2)), (std::vector<std::string>{"PRK", "RUS"}));
  EXPECT_EQ(Codes(d.Group(3)), (std::vector<std::string>{"KOR", "JPN", "USA"}));
}

TEST(DiscourseTest, PersonTooFarBackIsNotAnAntecedent) {
  Discourse d;
  d.Remember({Person("IRNGOV", "Eshaq Jahangiri")}, {});
  d.Remember({}, {});
  d.Remember({}, {});
  EXPECT_NE(d.LastPerson(), nullptr);
  d.Remember({}, {});
  EXPECT_EQ(d.LastPerson(), nullptr);
}

TEST(DiscourseTest, ASceneLastsTwoSentencesATopicsUntilTheNextTopic) {
  Discourse d;
  d.MarkTopic();  // "2022 Kazakh unrest"
  EXPECT_TRUE(d.AtTopic());
  d.Remember({}, {});
  d.SetScene("KAZ", /*topic=*/true);
  EXPECT_FALSE(d.AtTopic());
  EXPECT_EQ(d.Scene(), "KAZ");
  d.Remember({}, {});
  d.SetScene("RUS", /*topic=*/false);  // "... in Moscow"
  EXPECT_EQ(d.Scene(), "RUS");
  for (int i = 0; i < 3; ++i) d.Remember({}, {});
  EXPECT_EQ(d.Scene(), "KAZ");  // the place is too far back; the topic still holds
  d.MarkTopic();                // "Arts and culture": a topic with no country
  d.Remember({}, {});
  d.SetScene("", /*topic=*/true);
  EXPECT_EQ(d.Scene(), "");
}

TEST(DiscourseTest, LastPerson) {
  Discourse d;
  EXPECT_EQ(d.LastPerson(), nullptr);
  d.Remember({Person("RUSGOV", "Dmitry Peskov"), Country("PRK")}, {});
  ASSERT_NE(d.LastPerson(), nullptr);
  EXPECT_EQ(d.LastPerson()->name, "Dmitry Peskov");
  d.Clear();
  EXPECT_EQ(d.LastPerson(), nullptr);
}

TEST(DiscourseTest, ClearForgetsTheLastOrganisation) {
  Discourse d;
  Mention nato;
  nato.code = "IGOWSTNAT";
  nato.org = "NATO";
  nato.name = "North Atlantic Treaty Organization";
  nato.actor = true;
  d.Remember({nato}, {});
  ASSERT_NE(d.LastOrganisation(), nullptr);
  EXPECT_EQ(d.LastOrganisation()->code, "IGOWSTNAT");
  d.Clear();  // a new document
  EXPECT_EQ(d.LastOrganisation(), nullptr);
}

TEST(DiscourseTest, AFamilyNameWithOrWithoutItsAccents) {
  Discourse d;
  d.Remember({Person("IGOUNO", "Volker Turk"), Person("TURGOV", "Recep Tayyip Erdogan")}, {});
  ASSERT_NE(d.BySurname("Türk"), nullptr);
  EXPECT_EQ(d.BySurname("Türk")->name, "Volker Turk");
  ASSERT_NE(d.BySurname("Erdoğan"), nullptr);
  EXPECT_EQ(d.BySurname("Erdoğan")->code, "TURGOV");
  EXPECT_EQ(d.BySurname("Törk"), nullptr);
}

}  // namespace
}  // namespace dyad
