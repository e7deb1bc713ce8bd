#include "text/language.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

TEST(LanguageTest, DetectsEnglish) {
  LanguageGuess g = DetectLanguage(
      "North Korea condemned the joint military exercises held by South Korea and the United "
      "States on Tuesday, calling them a rehearsal for an invasion, state media reported.");
  EXPECT_EQ(g.code, "en");
  EXPECT_EQ(g.name, "ENGLISH");
  EXPECT_TRUE(g.reliable);
}

TEST(LanguageTest, DetectsFrench) {
  LanguageGuess g = DetectLanguage(
      "La Russie a lancé de nouvelles frappes contre les infrastructures énergétiques de "
      "l'Ukraine pendant la nuit, a annoncé mardi le ministère ukrainien de l'énergie.");
  EXPECT_EQ(g.code, "fr");
  EXPECT_EQ(g.name, "FRENCH");
  EXPECT_TRUE(g.reliable);
}

TEST(LanguageTest, DetectsGerman) {
  LanguageGuess g = DetectLanguage(
      "Die Bundesregierung hat die Raketentests Nordkoreas scharf verurteilt und die "
      "Führung in Pjöngjang aufgefordert, die Gespräche mit ihren Nachbarn wieder aufzunehmen.");
  EXPECT_EQ(g.code, "de");
  EXPECT_EQ(g.name, "GERMAN");
}

TEST(LanguageTest, TextWithoutLanguageIsUnreliable) {
  // CLD2 falls back to a default guess; the caller must look at `reliable`.
  EXPECT_FALSE(DetectLanguage("").reliable);
  EXPECT_FALSE(DetectLanguage("12345 67890").reliable);
  EXPECT_FALSE(DetectLanguage("Hello").reliable);
}

TEST(LanguageTest, LongTextIsCutWithoutSplittingACharacter) {
  // Over 64 KiB of French with multi-byte characters straddling the cut.
  std::string text;
  while (text.size() < 70 * 1024) {
    text += "Le ministère a déclaré que les négociations reprendraient à Genève. ";
  }
  LanguageGuess g = DetectLanguage(text);
  EXPECT_EQ(g.code, "fr");
}

TEST(LanguageTest, PlainlyEnglishOnlyForEnglishProse) {
  auto check = [](const char* text) {
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    return PlainlyEnglish(tokens);
  };
  EXPECT_TRUE(check(
      "The foreign ministers of the three countries met in Tokyo on Tuesday and agreed to "
      "step up the exchange of information on missile launches, according to a statement."));
  EXPECT_FALSE(check(
      "Les ministres des affaires étrangères des trois pays se sont réunis mardi à Tokyo et "
      "ont convenu de renforcer l'échange d'informations sur les tirs de missiles."));
  EXPECT_FALSE(check("Japan condemned China."));  // too short to tell: ask CLD2
}

}  // namespace
}  // namespace dyad
