#include "lexicon/event_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenize.h"

namespace dyad {
namespace {

constexpr const char* kLexicon =
    "# test lexicon\n"
    "111\tcondemn\n"                          // line 2
    "112\tcondemn ... attack\tv\n"            // line 3
    "046\thold ... talk\n"                    // line 4
    "040\thold|host talk|meeting\t*\n"        // line 5
    "042\tvisit\n"                            // line 6
    "1121\taccuse ... corruption\n"           // line 7
    "112\taccuse ... crime\n";                // line 8

class EventLexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lem = Lemmatizer::Load(&source_);
    ASSERT_TRUE(lem.ok()) << lem.status().message();
    lem_ = std::move(*lem);
    auto cameo = CameoTable::Load(&source_);
    ASSERT_TRUE(cameo.ok()) << cameo.status().message();
    cameo_ = std::move(*cameo);
  }

  Result<std::unique_ptr<EventLexicon>> Load(std::string contents) {
    source_.AddForTesting("data/events/lexicon.tsv", std::move(contents));
    source_.AddForTesting("data/events/nominal.tsv", "");  // only the lexicon under test
    return EventLexicon::Load(&source_, *lem_, *cameo_);
  }

  // LexTokens for `text`: lemma as a verb, else as a noun, else the surface.
  std::vector<LexToken> Lex(std::string_view text) {
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    std::vector<LexToken> out;
    for (const Token& t : tokens) {
      std::string lower(t.text);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string_view lemma = lem_->Lemma(lower, PartOfSpeech::kVerb);
      if (lemma.empty()) lemma = lem_->Lemma(lower, PartOfSpeech::kNoun);
      if (lemma.empty()) lemma = lower;
      out.push_back({HashLower(lemma), t.hash, t.is(kPunct)});
    }
    return out;
  }

  // The rule of the pattern matching at token 0 of `text` and its end, or "" when none.
  std::string MatchRule(std::string_view text, uint32_t* end = nullptr) {
    std::vector<LexToken> toks = Lex(text);
    uint32_t e = 0;
    const EventPattern* p = lex_->MatchAt(toks, 0, static_cast<uint32_t>(toks.size()), &e);
    if (end) *end = e;
    return p ? p->rule : "";
  }

  DataSource source_;
  std::unique_ptr<Lemmatizer> lem_;
  std::unique_ptr<CameoTable> cameo_;
  std::unique_ptr<EventLexicon> lex_;
};

TEST_F(EventLexiconTest, LongestPatternWins) {
  auto lex = Load(kLexicon);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  lex_ = std::move(*lex);
  EXPECT_EQ(lex_->pattern_count(), 7u);
  uint32_t end = 0;
  EXPECT_EQ(MatchRule("condemned the attack on Seoul", &end), "data/events/lexicon.tsv:3");
  EXPECT_EQ(end, 3u);
  EXPECT_EQ(MatchRule("condemned the decision", &end), "data/events/lexicon.tsv:2");
  EXPECT_EQ(end, 1u);
  EXPECT_EQ(MatchRule("condemns attacks"), "data/events/lexicon.tsv:3");
  // Equal length: the earlier line wins when both match; otherwise the one that matches.
  EXPECT_EQ(MatchRule("accused of crime corruption"), "data/events/lexicon.tsv:7");
  EXPECT_EQ(MatchRule("accused him of crime and corruption"), "data/events/lexicon.tsv:8");
  EXPECT_EQ(MatchRule("attack"), "");  // not an anchor
}

TEST_F(EventLexiconTest, GapsSpanUpToThreeWordsWithoutPunctuation) {
  auto lex = Load(kLexicon);
  ASSERT_TRUE(lex.ok());
  lex_ = std::move(*lex);
  uint32_t end = 0;
  EXPECT_EQ(MatchRule("held talks", &end), "data/events/lexicon.tsv:4");
  EXPECT_EQ(end, 2u);
  EXPECT_EQ(MatchRule("held lengthy bilateral security talks", &end), "data/events/lexicon.tsv:4");
  EXPECT_EQ(end, 5u);
  EXPECT_EQ(MatchRule("held four long bilateral security talks"), "");
  EXPECT_EQ(MatchRule("held firm , talks"), "");
  // The limit (clause end) bounds the match.
  std::vector<LexToken> toks = Lex("held lengthy talks");
  EXPECT_EQ(lex_->MatchAt(toks, 0, 2, &end), nullptr);
}

TEST_F(EventLexiconTest, AlternativesMatchEitherWord) {
  auto lex = Load(kLexicon);
  ASSERT_TRUE(lex.ok());
  lex_ = std::move(*lex);
  uint32_t end = 0;
  EXPECT_EQ(MatchRule("hosted a meeting"), "");  // no gap in line 5
  EXPECT_EQ(MatchRule("hosted meetings", &end), "data/events/lexicon.tsv:5");
  EXPECT_EQ(end, 2u);
  std::vector<LexToken> toks = Lex("host talk");
  const EventPattern* p = lex_->MatchAt(toks, 0, 2, &end);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->code->code, "040");
  EXPECT_EQ(p->pos, AnchorPos::kAny);
  EXPECT_EQ(p->text, "hold|host talk|meeting");
}

TEST_F(EventLexiconTest, AnchorSurfacesIncludeInflections) {
  auto lex = Load(kLexicon);
  ASSERT_TRUE(lex.ok());
  lex_ = std::move(*lex);
  for (const char* w : {"condemn", "condemned", "condemns", "condemning", "Condemned", "hold",
                        "holds", "holding", "held", "hosted", "visited", "accuses"}) {
    EXPECT_TRUE(lex_->IsAnchorSurface(HashLower(w))) << w;
  }
  for (const char* w : {"attack", "talks", "condemnation", "visitor", "the"}) {
    EXPECT_FALSE(lex_->IsAnchorSurface(HashLower(w))) << w;
  }
}

TEST_F(EventLexiconTest, ErrorsNameFileAndLine) {
  auto lex = Load("111\tcondemn\n999\tfrobnicate\n");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message(), "data/events/lexicon.tsv:2: unknown CAMEO code 999");
  lex = Load("111\tcondemn\tq\n");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message(), "data/events/lexicon.tsv:1: pos must be v, n or *");
  lex = Load("# c\n046\thold ...\n");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message().rfind("data/events/lexicon.tsv:2: ", 0), 0u);
}

TEST(EventLexiconLoadTest, EmbeddedLexiconLoads) {
  DataSource source;
  auto lem = Lemmatizer::Load(&source);
  auto cameo = CameoTable::Load(&source);
  ASSERT_TRUE(lem.ok() && cameo.ok());
  auto lex = EventLexicon::Load(&source, **lem, **cameo);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_GT((*lex)->pattern_count(), 0u);
}

}  // namespace
}  // namespace dyad
