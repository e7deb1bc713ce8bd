#include "lexicon/event_lexicon.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "text/tokenize.h"

namespace dyad {
namespace {

constexpr const char* kLexicon =
    "# test lexicon\n"
    "111\tcondemn\n"                    // line 2
    "112\tcondemn ... attack\tv\n"      // line 3
    "046\thold ... talk\n"              // line 4
    "040\thold|host talk|meeting\t*\n"  // line 5
    "042\tvisit\n"                      // line 6
    "1121\taccuse ... corruption\n"     // line 7
    "112\taccuse ... crime\n";          // line 8

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
  EXPECT_EQ(MatchRule("accused him of crime, corruption"), "data/events/lexicon.tsv:8");
  // "and" between two words is free in a gap, so the longer match reaches "corruption".
  EXPECT_EQ(MatchRule("accused him of crime and corruption"), "data/events/lexicon.tsv:7");
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
  // A measure's "of" is free: four words, three counted.
  EXPECT_EQ(MatchRule("held a new round of talks", &end), "data/events/lexicon.tsv:4");
  EXPECT_EQ(MatchRule("held a new kind of talks"), "");
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

constexpr const char* kPetrarch =
    "&CURRENCY\n"                          // 1
    "+DOLLAR\n"                            // 2
    "+SWISS FRANCS\n"                      // 3
    "&MILITARY_\n"                         // 4
    "+TROOPS\n"                            // 5
    "--- GRANT [070] ---\n"                // 6
    "GRANT\n"                              // 7
    "GIVE {GAVE GIVEN GIVING} [071]\n"     // 8
    "+CARRY_OUT [072]\n"                   // 9
    "RE_+ARREST [173]\n"                   // 10
    "- * &CURRENCY [0331]\n"               // 11
    "- * TIES_WITH [064]\n"                // 12
    "- &MILITARY * EXERCISES [062:062]\n"  // 13
    "- * NOTHING [---]\n"                  // 14
    "- * (TO +) RELIEF [073]\n"            // 15
    "- * WANTED $ [010]\n"                 // 16: roles dyad cannot express
    "- * &UNDEFINED [010]\n"               // 17
    "- * FUNDS [:073]\n"                   // 18
    "--- LEAVE [012] ---\n"                // 19
    "LEAVE\n"                              // 20
    "--- LEFT [032:033] ---\n"             // 21
    "LEFT\n"                               // 22
    "~ a (a b ATTACK) SAY = a b 015\n";    // 23

class PetrarchLexiconTest : public EventLexiconTest {
 protected:
  void LoadPetrarch(bool builtin) {
    EventLexicon::Sources sources;
    sources.builtin = builtin;
    sources.petrarch_verbs.emplace_back("p.verbs", kPetrarch);
    sources.petrarch_discards.emplace_back("p.discards", "+TYPHOON\nBASEBALL\n");
    source_.AddForTesting("data/events/lexicon.tsv", "111\tcondemn\n");
    source_.AddForTesting("data/events/nominal.tsv", "");
    auto lex = EventLexicon::Load(&source_, *lem_, *cameo_, sources);
    ASSERT_TRUE(lex.ok()) << lex.status().message();
    lex_ = std::move(*lex);
  }

  // LexTokens as the coder makes them: lemmas from the lexicon's own table.
  std::vector<LexToken> CoderLex(std::string_view text) {
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    std::vector<LexToken> out;
    for (const Token& t : tokens) out.push_back({lex_->LemmaOf(t.hash), t.hash, t.is(kPunct)});
    return out;
  }

  // The pattern matching at token `at` of `text`.
  const EventPattern* Match(std::string_view text, uint32_t at = 0, uint32_t* end = nullptr) {
    std::vector<LexToken> toks = CoderLex(text);
    uint32_t e = 0;
    const EventPattern* p = lex_->MatchAt(toks, at, static_cast<uint32_t>(toks.size()), &e);
    if (end) *end = e;
    return p;
  }
  std::string Rule(std::string_view text, uint32_t at = 0) {
    const EventPattern* p = Match(text, at);
    return p ? p->rule : "";
  }
};

TEST_F(PetrarchLexiconTest, BareVerbsCodeTheirBlockOrOwnCode) {
  LoadPetrarch(false);
  const EventPattern* p = Match("granted");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->rule, "p.verbs:7");
  EXPECT_EQ(p->code->code, "070");
  EXPECT_EQ(p->pos, AnchorPos::kVerb);
  EXPECT_EQ(Rule("Grants"), "p.verbs:7");
  EXPECT_EQ(Rule("gave"), "p.verbs:8");
  EXPECT_EQ(Match("given")->code->code, "071");
  EXPECT_EQ(Rule("gives"), "p.verbs:8");  // English forms beyond those listed in {}
  EXPECT_EQ(Rule("condemned"), "");       // replaced: no built-in lexicon
  for (const char* w : {"grant", "granting", "gave", "giving", "carried", "re-arrested", "left"}) {
    EXPECT_TRUE(lex_->IsAnchorSurface(HashLower(w))) << w;
  }
  EXPECT_FALSE(lex_->IsAnchorSurface(HashLower("dollars")));
}

TEST_F(PetrarchLexiconTest, PatternsFollowTheVerbInOrder) {
  LoadPetrarch(false);
  uint32_t end = 0;
  const EventPattern* p = Match("gave two million dollars to Gondor", 0, &end);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->rule, "p.verbs:11");
  EXPECT_EQ(p->code->code, "0331");
  EXPECT_EQ(p->text, "- * &CURRENCY [0331]");
  EXPECT_EQ(end, 4u);
  EXPECT_EQ(Rule("granted a dollar"), "p.verbs:11");
  EXPECT_EQ(Rule("granted Swiss francs"), "p.verbs:11");  // a phrase member
  EXPECT_EQ(Rule("granted Swiss banks francs"), "p.verbs:7");
  EXPECT_EQ(Rule("granted ties with"), "p.verbs:12");
  EXPECT_EQ(Rule("granted ties to"), "p.verbs:7");    // '_': adjacent
  EXPECT_EQ(Rule("granted tie with"), "p.verbs:7");   // words match as written
  EXPECT_EQ(Rule("granted , dollars"), "p.verbs:7");  // no punctuation in a gap
  EXPECT_EQ(Rule("granted to the Central African Republic emergency relief"), "p.verbs:15");
}

TEST_F(PetrarchLexiconTest, WordsBeforeTheVerb) {
  LoadPetrarch(false);
  const EventPattern* p = Match("the troops granted exercises", 2);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->rule, "p.verbs:13");
  EXPECT_EQ(p->code->code, "062");
  ASSERT_NE(p->reverse, nullptr);
  EXPECT_EQ(p->reverse->code, "062");
  EXPECT_EQ(Rule("granted exercises"), "p.verbs:7");
  EXPECT_EQ(Rule("troops , granted exercises", 2), "p.verbs:7");
}

TEST_F(PetrarchLexiconTest, NullPatternsAndSecondCodes) {
  LoadPetrarch(false);
  EXPECT_EQ(Match("granted nothing"), nullptr);  // [---]
  EXPECT_EQ(Match("granted funds"), nullptr);    // [:073]: only the reverse event
  const EventPattern* p = Match("left");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->rule, "p.verbs:22");  // LEFT is its own verb, not LEAVE's past
  EXPECT_EQ(p->code->code, "032");
  EXPECT_EQ(p->reverse->code, "033");
  EXPECT_EQ(Rule("leaves"), "p.verbs:20");
}

TEST_F(PetrarchLexiconTest, MultiWordVerbs) {
  LoadPetrarch(false);
  EXPECT_EQ(Rule("carried out"), "p.verbs:9");
  EXPECT_EQ(Rule("carrying out"), "p.verbs:9");
  EXPECT_EQ(Match("carried"), nullptr);
  EXPECT_EQ(Rule("re-arrested"), "p.verbs:10");
  EXPECT_EQ(Rule("re arrested", 1), "p.verbs:10");
  // Block patterns apply to multi-word verbs too.
  EXPECT_EQ(Rule("carried out two dollars"), "p.verbs:11");
}

TEST_F(PetrarchLexiconTest, LoadReport) {
  LoadPetrarch(false);
  ASSERT_EQ(lex_->verb_reports().size(), 1u);
  const VerbFileReport& r = lex_->verb_reports()[0];
  EXPECT_EQ(r.file, "p.verbs");
  EXPECT_EQ(r.blocks, 3);
  EXPECT_EQ(r.verbs, 6);
  EXPECT_EQ(r.synsets, 2);
  EXPECT_EQ(r.pattern_lines, 8);
  EXPECT_EQ(r.skipped_roles, 1);
  EXPECT_EQ(r.skipped_synsets, 1);
  EXPECT_EQ(r.reverse_only, 1);
  EXPECT_EQ(r.pre_verb, 1);
  EXPECT_EQ(r.transformations, 1);
  ASSERT_EQ(lex_->transformations().size(), 1u);
  EXPECT_EQ(lex_->transformations()[0].rule, "p.verbs:23");
  EXPECT_EQ(r.warnings,
            (std::vector<std::string>{
                "p.verbs:17: undefined (or too deeply nested) synset; pattern skipped"}));
  EXPECT_EQ(lex_->discard_count(), 2u);
}

TEST_F(PetrarchLexiconTest, AddedToTheBuiltInLexicon) {
  LoadPetrarch(true);
  EXPECT_EQ(Rule("condemned"), "data/events/lexicon.tsv:1");
  EXPECT_EQ(Rule("granted"), "p.verbs:7");
}

TEST_F(PetrarchLexiconTest, Discards) {
  LoadPetrarch(false);
  std::vector<Token> tokens;
  Tokenize("A typhoon hit. Baseball fans cheered.", &tokens);
  auto n = static_cast<uint32_t>(tokens.size());
  const DiscardList::Entry* story = lex_->FindDiscard(tokens, 0, n, true);
  ASSERT_NE(story, nullptr);
  EXPECT_EQ(story->rule, "p.discards:1");
  EXPECT_EQ(story->phrase, "TYPHOON");
  EXPECT_EQ(lex_->FindDiscard(tokens, 0, 4, false), nullptr);
  const DiscardList::Entry* sentence = lex_->FindDiscard(tokens, 4, n, false);
  ASSERT_NE(sentence, nullptr);
  EXPECT_EQ(sentence->rule, "p.discards:2");
}

TEST(PetrarchLexiconLoadTest, CameoDictionaryLoadsFast) {
  DataSource source;
  auto text =
      source.ReadPath(std::string(DYAD_SHARED_DIR) + "/dictionaries/petrarch2/CAMEO.2.0.txt");
  if (!text.ok()) GTEST_SKIP() << "no CAMEO.2.0.txt under " << DYAD_SHARED_DIR;
  auto lem = Lemmatizer::Load(&source);
  auto cameo = CameoTable::Load(&source);
  ASSERT_TRUE(lem.ok() && cameo.ok());
  EventLexicon::Sources sources;
  sources.builtin = false;
  sources.petrarch_verbs.emplace_back("CAMEO.2.0.txt", *text);
  auto t0 = std::chrono::steady_clock::now();
  auto lex = EventLexicon::Load(&source, **lem, **cameo, sources);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_LT(secs, 0.5);
  const VerbFileReport& r = (*lex)->verb_reports()[0];
  EXPECT_EQ(r.blocks, 397);
  EXPECT_EQ(r.verbs, 1817);
  EXPECT_EQ(r.pattern_lines, 4668);
  EXPECT_GT(r.patterns, 10000);
  EXPECT_EQ(r.skipped_malformed, 0);
  EXPECT_LT(r.skipped_roles + r.skipped_synsets, 30);
  EXPECT_EQ(r.transformations, 8);
  // Spot checks: "- * (TO BORDER) [154]" in the ACCELERATE block (RUSH, ...).
  std::vector<Token> tokens;
  Tokenize("rushed troops to the border", &tokens);
  std::vector<LexToken> lt;
  for (const Token& t : tokens) lt.push_back({(*lex)->LemmaOf(t.hash), t.hash, t.is(kPunct)});
  uint32_t end = 0;
  const EventPattern* p = (*lex)->MatchAt(lt, 0, static_cast<uint32_t>(lt.size()), &end);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->code->code, "154");
  EXPECT_EQ(p->rule.rfind("CAMEO.2.0.txt:", 0), 0u);
}

}  // namespace
}  // namespace dyad
