// Reading PETRARCH-2 verb dictionaries and discard lists, as they are.
//
// A verb dictionary ("CAMEO.2.0.txt") holds synsets, verb blocks and transformations:
//   &CURRENCY                        a synset: a label, then `+` member lines
//   +DOLLAR
//   +SWISS FRANCS
//   --- GRANT [070] ---              a verb block: its name and the code of its bare verbs
//   GIVE {GAVE GIVEN GIVING}         verbs, with irregular forms in {} and an own [code]
//   +CARRY_OUT {+CARRIED_OUT}        a multi-word verb: '+' marks the verb word
//   - * &CURRENCY (TO +) [071]       patterns: '*' is the verb, '$' source, '+' target,
//   - &MILITARY * EXERCISES [062]    '%' compound, '^' skip; {} noun and () prepositional
//                                    groups; '_' joins words that must be adjacent
//   ~ a (a b ATTACK) SAY = a b 015   a transformation (verb interaction)
// Comments are '#' or ';' (at a line start or after a blank) and <!-- ... -->. A discard
// list holds one phrase a line; '+' marks a story-level discard, a final '_' a whole word.
// See docs/data-formats.md for how dyad reads each construct.
//
// The parsers are pure functions (thread-safe); a line that cannot be read is skipped and
// reported in `warnings` as "file:line: reason". DiscardList is immutable once built.
//
//   auto dict = ParsePetrarchVerbs("CAMEO.2.0.txt", text);
//   for (const PetrarchVerbBlock& b : dict->blocks) ...
#ifndef DYAD_LEXICON_PETRARCH_VERBS_H_
#define DYAD_LEXICON_PETRARCH_VERBS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/flat_map.h"
#include "dyad/status.h"
#include "text/tokenize.h"

namespace dyad {

// One element of a pattern, in text order.
struct PetrarchTerm {
  enum class Kind : uint8_t {
    kVerb,      // '*'
    kWord,      // a word, as written ("DIPLOMATIC", "N'T", "SIT-IN")
    kSynset,    // '&NAME' (text holds NAME)
    kSource,    // '$'
    kTarget,    // '+'
    kCompound,  // '%'
    kSkip,      // '^'
  };
  Kind kind = Kind::kWord;
  std::string text;
  bool joined = false;  // written with '_' to the element before it: the two are adjacent
};

// A code as written in brackets: "[064]", "[---]" (the null code: nothing is coded),
// "[042:043]" (two events: 042 from the source to the target, and 043, PETRARCH's
// "passive" meaning, from the target to the source: X visits Y, Y hosts X), "[:173]" (only
// the second).
struct PetrarchVerbCode {
  std::string code;     // "" when only the reverse is given
  std::string reverse;  // after ':', or ""
};

struct PetrarchPattern {
  std::vector<PetrarchTerm> terms;  // exactly one kVerb
  PetrarchVerbCode code;
  std::string text;  // the line without its comment
  int line = 0;
};

// A form of a verb: its words and which of them is the verb ("CARRIED OUT": 0).
struct PetrarchVerbForm {
  std::vector<std::string> words;
  size_t verb = 0;
};

struct PetrarchVerb {
  std::vector<PetrarchVerbForm> forms;  // as written first, then {forms} or regular forms
  bool irregular = false;               // forms were given in {} (possibly none)
  PetrarchVerbCode code;                // own [code]; empty for the block's
  std::string text;
  int line = 0;
};

struct PetrarchVerbBlock {
  std::string name;       // "GRANT"
  PetrarchVerbCode code;  // of its bare verbs; "---" (the default) codes nothing
  std::vector<PetrarchVerb> verbs;
  std::vector<PetrarchPattern> patterns;
  int line = 0;
};

struct PetrarchSynset {
  // Phrases, words separated by one space; "&NAME" nests a synset; a final '_' means no
  // plural ("CASH_").
  std::vector<std::string> members;
  bool plurals = true;  // false when the label ends with '_'
  int line = 0;
};

struct PetrarchTransformation {
  std::string left, right;  // "a (a b ATTACK) SAY", "a b 015"
  int line = 0;
};

struct PetrarchVerbDictionary {
  std::vector<PetrarchVerbBlock> blocks;
  std::map<std::string, PetrarchSynset, std::less<>> synsets;  // by name, without '&' or '_'
  std::vector<PetrarchTransformation> transformations;
  int pattern_lines = 0;  // '-' lines read, including those skipped with a warning
};

// Parses a PETRARCH-2 verb dictionary; `name` prefixes warnings ("name:line: reason"). A
// text with no verb block at all is an error (it is not a verb dictionary).
Result<PetrarchVerbDictionary> ParsePetrarchVerbs(std::string_view name, std::string_view text,
                                                  std::vector<std::string>* warnings = nullptr);

// PETRARCH's regular plural of a synset word ("TIE" -> "TIES", "PARTY" -> "PARTIES").
std::string PetrarchPlural(std::string_view word);

struct PetrarchDiscard {
  std::string phrase;       // as written, without '+', '_' or comment
  bool story = false;       // '+': the whole story is not coded
  bool whole_word = false;  // a final '_': the last word must end there (else it is a stem)
  int line = 0;
};

Result<std::vector<PetrarchDiscard>> ParsePetrarchDiscards(
    std::string_view name, std::string_view text, std::vector<std::string>* warnings = nullptr);

// Discard phrases compiled for matching over tokens. A phrase matches consecutive tokens,
// case-insensitively, starting at a word start; its last word is a stem ("TYPHOON" matches
// "typhoons") unless it was written with a final '_'. One pass over the tokens, a few
// hash probes each (one per stem length in use). Immutable after Add(); thread-safe.
//
//   DiscardList d;
//   d.Add("PETR.Validate.discards.txt", parsed);
//   if (const DiscardList::Entry* e = d.Find(tokens, first, end, /*story=*/true)) ...
class DiscardList {
 public:
  struct Entry {
    std::string phrase;  // as written
    bool story = false;
    std::string rule;  // "Phoenix.discards.txt:12"
  };

  void Add(std::string_view file, const std::vector<PetrarchDiscard>& discards);

  // The first discard of the given level found in tokens[first, end), or nullptr.
  const Entry* Find(const std::vector<Token>& tokens, uint32_t first, uint32_t end,
                    bool story) const;

  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }

 private:
  struct Compiled {
    std::vector<uint64_t> words;  // HashLower of every token but the last
    std::string last;             // the last token, lowercase
    bool stem = true;
    uint32_t entry = 0;
  };
  bool MatchesAt(const Compiled& c, const std::vector<Token>& tokens, uint32_t i,
                 uint32_t end) const;

  std::vector<Entry> entries_;
  size_t story_entries_ = 0;  // how many are story-level: most lists have none
  std::vector<Compiled> compiled_;
  // Key: HashLower of the first token (several tokens, or one whole word), or of the stem
  // (one token, a stem; probed with each prefix of a token whose length is in stem_lengths_).
  // Filtered: the scan asks about every word, and most start no phrase.
  FilteredFlatMap64<uint32_t> by_first_;  // -> index into lists_
  std::vector<std::vector<uint32_t>> lists_;
  uint64_t stem_lengths_ = 0;  // bit n: some one-token stem has n bytes (n < 64)
  // Bit StemStart(text): some one-token stem starts with these two bytes; a token whose
  // start is not here needs no prefix probes.
  std::vector<uint64_t> stem_starts_ = std::vector<uint64_t>(64, 0);
  bool short_stems_ = false;  // a one-byte stem exists: every token is probed
};

}  // namespace dyad

#endif  // DYAD_LEXICON_PETRARCH_VERBS_H_
