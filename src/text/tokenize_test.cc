#include "text/tokenize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

std::vector<Token> Tok(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  return tokens;
}

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tok(text)) out.emplace_back(t.text);
  return out;
}

using V = std::vector<std::string>;

TEST(TokenizeTest, SplitsPossessiveAndNegationClitics) {
  EXPECT_EQ(Texts("Korea's missile"), (V{"Korea", "'s", "missile"}));
  EXPECT_EQ(Texts("They don't agree"), (V{"They", "do", "n't", "agree"}));
  EXPECT_EQ(Texts("we'll see"), (V{"we", "'ll", "see"}));
  EXPECT_EQ(Texts("O'Brien spoke"), (V{"O'Brien", "spoke"}));
  std::vector<Token> t = Tok("don't");
  EXPECT_TRUE(t[1].is(kWord));
  EXPECT_FALSE(t[1].is(kSpaceBefore));
}

TEST(TokenizeTest, AcronymsAndAbbreviationsKeepTheirPeriod) {
  std::vector<Token> t = Tok("The U.S. and Gen. Smith met on Oct. 26.");
  ASSERT_EQ(Texts("The U.S. and Gen. Smith met on Oct. 26."),
            (V{"The", "U.S.", "and", "Gen.", "Smith", "met", "on", "Oct.", "26", "."}));
  EXPECT_TRUE(t[1].is(kAbbrev));
  EXPECT_FALSE(t[1].is(kTitleAbbrev));
  EXPECT_TRUE(t[1].is(kAllCaps));
  EXPECT_TRUE(t[3].is(kAbbrev));
  EXPECT_TRUE(t[3].is(kTitleAbbrev));
  EXPECT_TRUE(t[7].is(kAbbrev));
  EXPECT_FALSE(t[7].is(kTitleAbbrev));
  EXPECT_TRUE(t[9].is(kPunct));
}

TEST(TokenizeTest, NoIsAnAbbreviationOnlyBeforeANumber) {
  EXPECT_EQ(Texts("Resolution No. 5 passed"), (V{"Resolution", "No.", "5", "passed"}));
  EXPECT_EQ(Texts("He said No. Then"), (V{"He", "said", "No", ".", "Then"}));
}

TEST(TokenizeTest, OrdinaryWordBeforePeriodLeavesPeriodAlone) {
  EXPECT_EQ(Texts("he said. The"), (V{"he", "said", ".", "The"}));
  EXPECT_EQ(Texts("Wait..."), (V{"Wait", "..."}));
}

TEST(TokenizeTest, HyphenatedWordsAndNumbersStayWhole) {
  EXPECT_EQ(Texts("North Korea test-fired 1,000 rockets, 3.5 tons"),
            (V{"North", "Korea", "test-fired", "1,000", "rockets", ",", "3.5", "tons"}));
  std::vector<Token> t = Tok("1,000 3.5");
  EXPECT_TRUE(t[0].is(kNumber));
  EXPECT_TRUE(t[1].is(kNumber));
  EXPECT_FALSE(t[0].is(kWord));
}

TEST(TokenizeTest, CurrencySignsAreSplitFromTheSum) {
  EXPECT_EQ(Texts("$500 million, €35 million, £2bn and ¥9"),
            (V{"$", "500", "million", ",", "€", "35", "million", ",", "£", "2bn", "and", "¥",
               "9"}));
  std::vector<Token> t = Tok("€35");
  EXPECT_TRUE(t[0].is(kPunct));
  EXPECT_TRUE(t[1].is(kNumber));
  EXPECT_EQ(Texts("Äland Ärzte"), (V{"Äland", "Ärzte"}));  // other two-byte letters stay words
}

TEST(TokenizeTest, PunctuationTokensAndOffsets) {
  std::vector<Token> t = Tok("(Seoul) \"No!\"");
  ASSERT_EQ(Texts("(Seoul) \"No!\""), (V{"(", "Seoul", ")", "\"", "No", "!", "\""}));
  for (int i : {0, 2, 3, 5, 6}) EXPECT_TRUE(t[i].is(kPunct)) << i;
  EXPECT_EQ(t[1].begin, 1u);
  EXPECT_EQ(t[1].end, 6u);
  EXPECT_TRUE(t[3].is(kSpaceBefore));
  EXPECT_FALSE(t[2].is(kSpaceBefore));
}

TEST(TokenizeTest, CaseFlagsAndNewlines) {
  std::vector<Token> t = Tok("NATO said\n\n\nkim");
  EXPECT_TRUE(t[0].is(kCapitalized));
  EXPECT_TRUE(t[0].is(kAllCaps));
  EXPECT_FALSE(t[1].is(kCapitalized));
  EXPECT_EQ(t[1].newlines_before, 0);
  EXPECT_EQ(t[2].newlines_before, 2);  // capped at 2
  EXPECT_FALSE(Tok("A")[0].is(kAllCaps));  // one letter is not "all caps"
}

TEST(TokenizeTest, HashLowerIsCaseInsensitive) {
  EXPECT_EQ(HashLower("Korea"), HashLower("KOREA"));
  EXPECT_EQ(HashLower("korea"), HashLower("KoReA"));
  EXPECT_NE(HashLower("Korea"), HashLower("Korean"));
  std::vector<Token> t = Tok("Condemned condemned");
  EXPECT_EQ(t[0].hash, t[1].hash);
  EXPECT_EQ(t[0].hash, HashLower("condemned"));
  EXPECT_NE(HashCombine(1, 2), HashCombine(2, 1));
}

}  // namespace
}  // namespace dyad
