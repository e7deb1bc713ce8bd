#include "lexicon/petrarch_verbs.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "base/data_source.h"

namespace dyad {
namespace {

using Kind = PetrarchTerm::Kind;

constexpr const char* kVerbs =
    "<!-- TEST VERBS -->\n"                     // 1
    "<!-- a comment\n"                          // 2
    "   over two lines -->\n"                   // 3
    "&CURRENCY  # money\n"                      // 4
    "+DOLLAR\n"                                 // 5
    "+SWISS FRANCS\n"                           // 6
    "+GOLDEN_GOBLIN_GALLEONS_\n"                // 7
    "&AUXVERB_\n"                               // 8
    "+HAVE\n"                                   // 9
    "+&CURRENCY\n"                              // 10
    "\n"                                        // 11
    "--- GRANT [070] ---\n"                     // 12
    "GRANT\n"                                   // 13
    "GIVE {GAVE GIVEN GIVING} [071] ; tony\n"   // 14
    "+CARRY_OUT {+CARRIED_OUT +CARRIES_OUT}\n"  // 15
    "RE_+ARREST\n"                              // 16
    "- * &CURRENCY (TO +) [0331]  # comment\n"  // 17
    "- &MILITARY_* EXERCISES [062:062]\n"       // 18
    "- * DIPLXMATIC [###]\n"                    // 19
    "- $ * {RELIEF ASSISTANCE} [:073]\n"        // 20
    "- * NOTHING [---]\n"                       // 21
    "- NO STAR HERE [010]\n"                    // 22
    "--- ACCORD [---] ---\n"                    // 23
    "ACCORD\n"                                  // 24
    "LASH OUT [122]\n"                          // 25
    "- IN_*_OUT ^ NOW [075?]\n"                 // 26
    "~ a (a b ATTACK) SAY = a b 015\n";         // 27

TEST(PetrarchVerbsTest, ReadsSynsetsBlocksVerbsAndPatterns) {
  std::vector<std::string> warnings;
  auto dict = ParsePetrarchVerbs("t.verbs", kVerbs, &warnings);
  ASSERT_TRUE(dict.ok()) << dict.status().message();

  ASSERT_EQ(dict->synsets.size(), 2u);
  const PetrarchSynset& cur = dict->synsets.at("CURRENCY");
  EXPECT_EQ(cur.line, 4);
  EXPECT_TRUE(cur.plurals);
  EXPECT_EQ(cur.members,
            (std::vector<std::string>{"DOLLAR", "SWISS FRANCS", "GOLDEN GOBLIN GALLEONS_"}));
  const PetrarchSynset& aux = dict->synsets.at("AUXVERB");
  EXPECT_FALSE(aux.plurals);
  EXPECT_EQ(aux.members, (std::vector<std::string>{"HAVE", "&CURRENCY"}));

  ASSERT_EQ(dict->blocks.size(), 2u);
  const PetrarchVerbBlock& grant = dict->blocks[0];
  EXPECT_EQ(grant.name, "GRANT");
  EXPECT_EQ(grant.code.code, "070");
  EXPECT_EQ(grant.line, 12);
  ASSERT_EQ(grant.verbs.size(), 4u);

  // Regular forms are generated only when no {} is given.
  const PetrarchVerb& g = grant.verbs[0];
  EXPECT_FALSE(g.irregular);
  std::vector<std::string> forms;
  for (const PetrarchVerbForm& f : g.forms) forms.push_back(f.words[f.verb]);
  EXPECT_EQ(forms, (std::vector<std::string>{"GRANT", "GRANTS", "GRANTED", "GRANTING"}));
  const PetrarchVerb& give = grant.verbs[1];
  EXPECT_TRUE(give.irregular);
  EXPECT_EQ(give.code.code, "071");
  EXPECT_EQ(give.forms.size(), 4u);  // GIVE, GAVE, GIVEN, GIVING

  const PetrarchVerb& carry = grant.verbs[2];
  ASSERT_EQ(carry.forms.size(), 3u);
  EXPECT_EQ(carry.forms[1].words, (std::vector<std::string>{"CARRIED", "OUT"}));
  EXPECT_EQ(carry.forms[1].verb, 0u);

  // Patterns: terms in text order, '_' joins, codes and their second half.
  ASSERT_EQ(grant.patterns.size(), 4u);  // lines 19 and 22 are skipped
  const PetrarchPattern& p17 = grant.patterns[0];
  EXPECT_EQ(p17.line, 17);
  EXPECT_EQ(p17.code.code, "0331");
  ASSERT_EQ(p17.terms.size(), 4u);
  EXPECT_EQ(p17.terms[0].kind, Kind::kVerb);
  EXPECT_EQ(p17.terms[1].kind, Kind::kSynset);
  EXPECT_EQ(p17.terms[1].text, "CURRENCY");
  EXPECT_EQ(p17.terms[2].kind, Kind::kWord);
  EXPECT_EQ(p17.terms[2].text, "TO");
  EXPECT_EQ(p17.terms[3].kind, Kind::kTarget);

  const PetrarchPattern& p18 = grant.patterns[1];
  EXPECT_EQ(p18.code.code, "062");
  EXPECT_EQ(p18.code.reverse, "062");
  ASSERT_EQ(p18.terms.size(), 3u);
  EXPECT_EQ(p18.terms[0].kind, Kind::kSynset);
  EXPECT_EQ(p18.terms[1].kind, Kind::kVerb);
  EXPECT_TRUE(p18.terms[1].joined);  // MILITARY_*
  EXPECT_FALSE(p18.terms[2].joined);

  const PetrarchPattern& p20 = grant.patterns[2];
  EXPECT_EQ(p20.code.code, "");
  EXPECT_EQ(p20.code.reverse, "073");
  EXPECT_EQ(p20.terms[0].kind, Kind::kSource);
  EXPECT_EQ(grant.patterns[3].code.code, "---");

  const PetrarchVerbBlock& accord = dict->blocks[1];
  EXPECT_EQ(accord.code.code, "---");
  ASSERT_EQ(accord.verbs.size(), 2u);
  EXPECT_EQ(accord.verbs[1].forms[0].words, (std::vector<std::string>{"LASH", "OUT"}));
  ASSERT_EQ(accord.patterns.size(), 1u);
  const PetrarchPattern& p26 = accord.patterns[0];
  EXPECT_EQ(p26.code.code, "075");  // the '?' is dropped
  ASSERT_EQ(p26.terms.size(), 5u);
  EXPECT_TRUE(p26.terms[1].joined);  // IN_*
  EXPECT_TRUE(p26.terms[2].joined);  // *_OUT
  EXPECT_EQ(p26.terms[3].kind, Kind::kSkip);

  ASSERT_EQ(dict->transformations.size(), 1u);
  EXPECT_EQ(dict->transformations[0].left, "a (a b ATTACK) SAY");
  EXPECT_EQ(dict->transformations[0].right, "a b 015");
  EXPECT_EQ(dict->transformations[0].line, 27);
  EXPECT_EQ(dict->pattern_lines, 7);

  EXPECT_EQ(warnings,
            (std::vector<std::string>{"t.verbs:19: unreadable code [###]",
                                      "t.verbs:22: a pattern needs exactly one '*' (the verb)",
                                      "t.verbs:25: verb 'LASH OUT' read as '+LASH_OUT'"}));
}

TEST(PetrarchVerbsTest, MultiWordVerbMarksTheVerbWord) {
  auto dict =
      ParsePetrarchVerbs("t", "--- ARREST [173] ---\nRE_+ARREST\nWIRE_+TAP {WIRE_+TAPPED}\n");
  ASSERT_TRUE(dict.ok());
  const PetrarchVerb& re = dict->blocks[0].verbs[0];
  EXPECT_EQ(re.forms[0].words, (std::vector<std::string>{"RE", "ARREST"}));
  EXPECT_EQ(re.forms[0].verb, 1u);
  EXPECT_EQ(re.forms[2].words, (std::vector<std::string>{"RE", "ARRESTED"}));
  const PetrarchVerb& tap = dict->blocks[0].verbs[1];
  ASSERT_EQ(tap.forms.size(), 2u);
  EXPECT_EQ(tap.forms[1].words[tap.forms[1].verb], "TAPPED");
}

TEST(PetrarchVerbsTest, RegularForms) {
  auto dict = ParsePetrarchVerbs("t", "--- X [010] ---\nCARRY\nPASS\nCHANGE\nFLEE\n");
  ASSERT_TRUE(dict.ok());
  auto forms = [&](size_t v) {
    std::vector<std::string> out;
    for (const PetrarchVerbForm& f : dict->blocks[0].verbs[v].forms) out.push_back(f.words[0]);
    return out;
  };
  EXPECT_EQ(forms(0), (std::vector<std::string>{"CARRY", "CARRIES", "CARRIED", "CARRYING"}));
  EXPECT_EQ(forms(1), (std::vector<std::string>{"PASS", "PASSES", "PASSED", "PASSING"}));
  EXPECT_EQ(forms(2), (std::vector<std::string>{"CHANGE", "CHANGES", "CHANGED", "CHANGING"}));
  EXPECT_EQ(forms(3), (std::vector<std::string>{"FLEE", "FLEES", "FLEED", "FLEEING"}));
}

TEST(PetrarchVerbsTest, Plurals) {
  EXPECT_EQ(PetrarchPlural("TIE"), "TIES");
  EXPECT_EQ(PetrarchPlural("PARTY"), "PARTIES");
  EXPECT_EQ(PetrarchPlural("DAY"), "DAYS");
  EXPECT_EQ(PetrarchPlural("PASS"), "PASSES");
  EXPECT_EQ(PetrarchPlural("church"), "churches");
}

TEST(PetrarchVerbsTest, NotAVerbDictionaryIsAnError) {
  auto dict = ParsePetrarchVerbs("actors.txt", "SERGEY_LAVROV_ [RUSGOV]\n+LAVROV\n");
  ASSERT_FALSE(dict.ok());
  EXPECT_EQ(dict.status().message().rfind("actors.txt: no verb block", 0), 0u);
  std::vector<std::string> warnings;
  dict = ParsePetrarchVerbs("t", "- * X [010]\nSAY\n--- SAY [010] ---\n", &warnings);
  ASSERT_TRUE(dict.ok());
  EXPECT_EQ(warnings, (std::vector<std::string>{
                          "t:1: pattern outside a verb block",
                          "t:2: verb outside a verb block (no '--- NAME [CODE] ---' before it)"}));
}

TEST(PetrarchDiscardsTest, ReadsLevelsAndWholeWords) {
  std::vector<std::string> warnings;
  auto d = ParsePetrarchDiscards("d.txt",
                                 "# Story-level discards are indicated with a '+'.\n"
                                 "+TYPHOON   # ELH 04 Aug 2009\n"
                                 "AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005\n"
                                 "GROUP A_\n"
                                 "<!-- x -->\n"
                                 "BASEBALL\t\n",
                                 &warnings);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->size(), 4u);
  EXPECT_TRUE((*d)[0].story);
  EXPECT_EQ((*d)[0].phrase, "TYPHOON");
  EXPECT_EQ((*d)[0].line, 2);
  EXPECT_EQ((*d)[1].phrase, "AFRICAN NATIONS CUP");
  EXPECT_FALSE((*d)[1].story);
  EXPECT_TRUE((*d)[2].whole_word);
  EXPECT_EQ((*d)[2].phrase, "GROUP A");
  EXPECT_EQ((*d)[3].phrase, "BASEBALL");
  EXPECT_TRUE(warnings.empty());
}

TEST(PetrarchDiscardsTest, MatchesStemsPhrasesAndLevels) {
  auto d =
      ParsePetrarchDiscards("d.txt", "+TYPHOON\nAFRICAN NATIONS CUP\nGROUP A_\nBASEBALL\n1914\n");
  ASSERT_TRUE(d.ok());
  DiscardList list;
  list.Add("d.txt", *d);
  EXPECT_EQ(list.size(), 5u);
  auto find = [&](std::string_view text, bool story) -> std::string {
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    const DiscardList::Entry* e = list.Find(tokens, 0, static_cast<uint32_t>(tokens.size()), story);
    return e ? e->rule : "";
  };
  EXPECT_EQ(find("Two typhoons hit the coast.", true), "d.txt:1");
  EXPECT_EQ(find("Two typhoons hit the coast.", false), "");  // a story-level phrase
  EXPECT_EQ(find("at the African Nations Cup final", false), "d.txt:2");
  EXPECT_EQ(find("at the African Nations Cups", false), "d.txt:2");  // the last word is a stem
  EXPECT_EQ(find("at the African Nations", false), "");
  EXPECT_EQ(find("in Group A on Sunday", false), "d.txt:3");
  EXPECT_EQ(find("in Group Alpha on Sunday", false), "");  // whole word
  EXPECT_EQ(find("BASEBALL players", false), "d.txt:4");
  EXPECT_EQ(find("the baseballers", false), "d.txt:4");
  EXPECT_EQ(find("an unbaseball game", false), "");  // from the start of a word
  EXPECT_EQ(find("in 1914 and 1915", false), "d.txt:5");
  EXPECT_EQ(find("Arnor restored ties with Gondor.", false), "");
  // Within the bounds given only.
  std::vector<Token> tokens;
  Tokenize("baseball and politics", &tokens);
  EXPECT_EQ(list.Find(tokens, 1, 3, false), nullptr);
}

TEST(PetrarchVerbsTest, RealDictionariesLoad) {
  DataSource source;
  std::string dir = std::string(DYAD_SHARED_DIR) + "/dictionaries/petrarch2/";
  auto cameo = source.ReadPath(dir + "CAMEO.2.0.txt");
  if (!cameo.ok()) GTEST_SKIP() << "no " << dir << "CAMEO.2.0.txt";
  std::vector<std::string> warnings;
  auto t0 = std::chrono::steady_clock::now();
  auto dict = ParsePetrarchVerbs("CAMEO.2.0.txt", *cameo, &warnings);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  EXPECT_LT(secs, 0.5);
  EXPECT_EQ(dict->blocks.size(), 397u);
  EXPECT_EQ(dict->synsets.size(), 40u);
  EXPECT_EQ(dict->pattern_lines, 4668);
  EXPECT_EQ(dict->transformations.size(), 8u);
  size_t verbs = 0, patterns = 0;
  for (const PetrarchVerbBlock& b : dict->blocks) {
    verbs += b.verbs.size();
    patterns += b.patterns.size();
  }
  EXPECT_EQ(verbs, 1817u);
  EXPECT_EQ(patterns, 4668u);  // every line reads
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  const PetrarchSynset& currency = dict->synsets.at("CURRENCY");
  EXPECT_GT(currency.members.size(), 50u);

  for (const char* f : {"PETR.Validate.verbs.txt"}) {
    auto text = source.ReadPath(dir + f);
    ASSERT_TRUE(text.ok());
    warnings.clear();
    auto v = ParsePetrarchVerbs(f, *text, &warnings);
    ASSERT_TRUE(v.ok()) << v.status().message();
    EXPECT_GT(v->blocks.size(), 200u);
    EXPECT_EQ(v->synsets.count("ACCORDSYN"), 1u);
  }
  for (const char* f : {"PETR.Validate.discards.txt", "Phoenix.discards.txt"}) {
    auto text = source.ReadPath(dir + f);
    ASSERT_TRUE(text.ok());
    warnings.clear();
    auto d = ParsePetrarchDiscards(f, *text, &warnings);
    ASSERT_TRUE(d.ok());
    EXPECT_GT(d->size(), 5u);
    EXPECT_TRUE(warnings.empty());
  }
}

}  // namespace
}  // namespace dyad
