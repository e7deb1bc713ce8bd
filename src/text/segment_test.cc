#include "text/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenize.h"

namespace dyad {
namespace {

// The sentences of `text`, each as its normalised-text slice.
std::vector<std::string> Sentences(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<SentenceSpan> spans;
  Segment(tokens, &spans);
  std::vector<std::string> out;
  for (const SentenceSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(SegmentTest, SplitsAtTerminalPunctuationBeforeACapital) {
  EXPECT_EQ(Sentences("Kim said. The talks ended! Why? Nobody knows..."),
            (V{"Kim said.", "The talks ended!", "Why?", "Nobody knows..."}));
  EXPECT_EQ(Sentences("the vote was 3. 5 abstained."), (V{"the vote was 3.", "5 abstained."}));
}

TEST(SegmentTest, DoesNotSplitAfterAbbreviations) {
  EXPECT_EQ(Sentences("The U.S. and the U.N. said Gen. Smith met on Oct. 26 under "
                      "Resolution No. 5 in Seoul."),
            (V{"The U.S. and the U.N. said Gen. Smith met on Oct. 26 under Resolution No. 5 "
               "in Seoul."}));
  EXPECT_EQ(Sentences("He met Gen. Kim today."), (V{"He met Gen. Kim today."}));
}

TEST(SegmentTest, AcronymEndsSentenceBeforeATypicalOpener) {
  EXPECT_EQ(Sentences("Troops arrived from the U.S. The talks began."),
            (V{"Troops arrived from the U.S.", "The talks began."}));
}

TEST(SegmentTest, LowercaseAfterPeriodDoesNotSplit) {
  EXPECT_EQ(Sentences("It rose 3.5 percent. and more"), (V{"It rose 3.5 percent. and more"}));
}

TEST(SegmentTest, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("He said \"No.\" Then he left."),
            (V{"He said \"No.\"", "Then he left."}));
  EXPECT_EQ(Sentences("It ended (finally.) Talks resume."),
            (V{"It ended (finally.)", "Talks resume."}));
  EXPECT_EQ(Sentences("Kim left. \"We won,\" he said."),
            (V{"Kim left.", "\"We won,\" he said."}));
}

TEST(SegmentTest, BlankLineBreaksParagraphs) {
  EXPECT_EQ(Sentences("No final punctuation here\n\nThe next paragraph."),
            (V{"No final punctuation here", "The next paragraph."}));
}

TEST(SegmentTest, TitleCaseHeadingBeforeLowercaseBylineSplits) {
  EXPECT_EQ(Sentences("Tripartite Outrage: South Korea Condemns Launch\n\nby staff writers\n\n"
                      "Seoul condemned the launch."),
            (V{"Tripartite Outrage: South Korea Condemns Launch", "by staff writers",
               "Seoul condemned the launch."}));
}

TEST(SegmentTest, RunOnAcrossBlankLineJoins) {
  EXPECT_EQ(Sentences("The ministry has not provided\n\nsufficient evidence for the claim."),
            (V{"The ministry has not provided\n\nsufficient evidence for the claim."}));
}

TEST(SegmentTest, ShortUnpunctuatedLineBeforeCapitalSplits) {
  EXPECT_EQ(Sentences("Breaking News\nNorth Korea fired a missile."),
            (V{"Breaking News", "North Korea fired a missile."}));
  // A line break before a lowercase word is a wrapped line, not a break.
  EXPECT_EQ(Sentences("The ministry said that\nthe talks would resume."),
            (V{"The ministry said that\nthe talks would resume."}));
}

TEST(SegmentTest, SpansCoverTokensAndOffsets) {
  std::vector<Token> tokens;
  Tokenize("  One. Two.", &tokens);
  std::vector<SentenceSpan> spans;
  Segment(tokens, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].first_token, 0u);
  EXPECT_EQ(spans[0].end_token, 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(spans[0].end, 6u);
  EXPECT_EQ(spans[1].first_token, 2u);
  EXPECT_EQ(spans[1].end_token, 4u);
  Tokenize("", &tokens);
  Segment(tokens, &spans);
  EXPECT_TRUE(spans.empty());
}

}  // namespace
}  // namespace dyad
