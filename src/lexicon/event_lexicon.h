// The event lexicon: lemma patterns that name CAMEO events, compiled for fast matching.
//
// Patterns come from data/events/*.tsv (docs/data-formats.md) and, when given, from
// PETRARCH-2 verb dictionaries (lexicon/petrarch_verbs.h). Each is an anchor (the verb or
// event noun) with the words that must follow it, with optional gaps ("hold ... talk"),
// and for PETRARCH patterns the words that must precede it ("- &MILITARY * EXERCISES").
// Matching a sentence costs one hash probe per token for the anchor; only anchors go on to
// try their patterns. The surface -> lemma table built at load makes a lemmatizer
// unnecessary while coding. PETRARCH discard lists are kept here too. Immutable after
// Load(); thread-safe.
//
//   auto lex = EventLexicon::Load(&source, lemmatizer, cameo);
//   if (lex->IsAnchorSurface(token.hash)) ...   // cheap pre-filter before tagging
//   const EventPattern* p = lex->MatchAt(lex_tokens, i, limit, &match_end);
#ifndef DYAD_LEXICON_EVENT_LEXICON_H_
#define DYAD_LEXICON_EVENT_LEXICON_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/data_source.h"
#include "base/flat_map.h"
#include "dyad/status.h"
#include "lexicon/cameo_table.h"
#include "lexicon/petrarch_verbs.h"
#include "text/lemmatize.h"

namespace dyad {

enum class AnchorPos : uint8_t { kVerb, kNoun, kAny };

// The words one pattern element accepts: single tokens, or phrases of consecutive tokens
// (a PETRARCH synset member such as "Swiss francs").
struct PatternWords {
  std::vector<uint64_t> words;                 // HashLower of each word, sorted
  std::vector<std::vector<uint64_t>> phrases;  // HashLower of each word of each phrase
  // Bit h >> 58 of each word's hash h (all bits until the lexicon interns the set): the
  // matcher asks about every token in a pattern's reach, and most are turned away here.
  uint64_t summary = ~uint64_t{0};

  bool Contains(uint64_t h) const {
    return (summary & (uint64_t{1} << (h >> 58))) != 0 && Search(h);
  }
  bool Search(uint64_t h) const;
};

struct PatternElement {
  const PatternWords* set = nullptr;  // owned by the lexicon
  uint8_t gap = 0;  // tokens (no punctuation) that may separate it from the element nearer
                    // the anchor, or from the anchor
};

struct EventPattern {
  // nullptr for a PETRARCH null pattern ("[---]"): when it is the longest match, the anchor
  // codes nothing.
  const CameoCode* code = nullptr;
  // PETRARCH's second code ("[032:033]": X visits Y, and Y hosts X): the event from the
  // target to the source. Kept for explaining; the coder does not emit it yet.
  const CameoCode* reverse = nullptr;
  std::vector<PatternElement> after;   // the words after the anchor, in order
  std::vector<PatternElement> before;  // the words before it, nearest first (PETRARCH)
  AnchorPos pos = AnchorPos::kVerb;
  bool surface_only = false;  // words match as written (PETRARCH), not also by their lemma
  std::string text;           // the pattern as written
  std::string rule;           // "data/events/lexicon.tsv:42", "CAMEO.2.0.txt:818"
  // What "the longest pattern wins" compares: the words, anchor included, and each "..."
  // of a data/events pattern.
  uint16_t length = 1;
  // One bit (SignatureBit) per word that an element requires (elements with one
  // alternative): a sentence without all of them cannot match, whatever the gaps.
  uint64_t needs[2] = {0, 0};
};

// The bit of the sentence signature that a word hash sets.
inline uint32_t SignatureBit(uint64_t h) { return static_cast<uint32_t>(h >> 33) & 127; }

// What the matcher needs to know about one token of a sentence.
struct LexToken {
  uint64_t lemma_hash;    // HashLower(lemma), or of the surface when it is its own lemma
  uint64_t surface_hash;  // HashLower(text)
  bool punct;
  bool inner = false;     // a later word of an actor's name: a gap counts the name once
  bool light = false;     // a determiner, possessive or number: a gap does not count it
  bool adverb = false;    // an adverb: free right after the anchor ("called again on")
};

// What loading one PETRARCH verb dictionary gave; docs/data-formats.md says what each
// count means.
struct VerbFileReport {
  std::string file;
  int blocks = 0, verbs = 0, synsets = 0, pattern_lines = 0;
  int patterns = 0;         // EventPatterns made: bare verbs, and pattern lines per verb shape
  int null_patterns = 0;    // of which [---]: they match and code nothing
  int pre_verb = 0;         // pattern lines with words before '*' (matched before the anchor)
  int with_reverse = 0;     // patterns with a second code ("[042:043]"), coded with the first
  int reverse_only = 0;     // pattern lines with only a second code ("[:173]"): null patterns
  int skipped_roles = 0;    // lines skipped: '$' after, or '+' or '%' before, the verb
  int skipped_synsets = 0;  // lines skipped: an undefined synset
  int skipped_malformed = 0;
  int transformations = 0;            // read and kept, not applied
  std::vector<std::string> warnings;  // "file:line: reason"
};

// A PETRARCH verb transformation, kept as read ("a (a b ATTACK) SAY" = "a b 015").
struct VerbTransformation {
  std::string left, right;
  std::string rule;  // "CAMEO.2.0.txt:9178"
};

class EventLexicon {
 public:
  struct Sources {
    bool builtin = true;  // data/events/*.tsv and data/events/discards.txt
    // PETRARCH-2 verb dictionaries and discard lists: (name in messages and rules, text).
    std::vector<std::pair<std::string, std::string_view>> petrarch_verbs;
    std::vector<std::pair<std::string, std::string_view>> petrarch_discards;
  };

  // `lemmatizer` is used at load to generate the inflected forms of every anchor. An
  // unreadable verb or discard line is skipped and reported in verb_reports() or
  // warnings(); a file that is not a verb dictionary at all is an error.
  static Result<std::unique_ptr<EventLexicon>> Load(DataSource* source,
                                                    const Lemmatizer& lemmatizer,
                                                    const CameoTable& cameo);
  static Result<std::unique_ptr<EventLexicon>> Load(DataSource* source,
                                                    const Lemmatizer& lemmatizer,
                                                    const CameoTable& cameo,
                                                    const Sources& sources);

  // True when a token with this HashLower() may be the anchor of some pattern.
  bool IsAnchorSurface(uint64_t surface_hash) const {
    return anchor_surfaces_.Contains(surface_hash);
  }

  // The text of a pattern word from its hash, or "" (for explaining).
  std::string LemmaText(uint64_t lemma_hash) const {
    auto it = lemma_text_.find(lemma_hash);
    return it == lemma_text_.end() ? std::string() : it->second;
  }

  // The lemma hash of a surface form of any pattern word ("held" -> HashLower("hold")),
  // else `surface_hash` itself.
  uint64_t LemmaOf(uint64_t surface_hash) const {
    const uint64_t* l = lemma_of_.Find(surface_hash);
    return l ? *l : surface_hash;
  }

  // The longest pattern anchored at tokens[i] that matches, with *end set past its last
  // token; nullptr when none matches or the longest is a null pattern. `limit` bounds the
  // match (clause end); words before the anchor may reach back to tokens[0].
  const EventPattern* MatchAt(const std::vector<LexToken>& tokens, uint32_t i, uint32_t limit,
                              uint32_t* end) const;

  // The same, with the sentence's word signature made once by Signature() over all of
  // `tokens` (a superset of the words before `limit`, so the filter stays exact).
  struct SentenceSignature {
    uint64_t bits[2] = {0, 0};
  };
  SentenceSignature Signature(const std::vector<LexToken>& tokens) const;
  // `skip` names a part of speech the caller has ruled out for this anchor ("arrest" read
  // as a noun): patterns of that kind are passed over, so a shorter one may match instead.
  const EventPattern* MatchAt(const std::vector<LexToken>& tokens, uint32_t i, uint32_t limit,
                              const SentenceSignature& signature, uint32_t* end,
                              std::optional<AnchorPos> skip = std::nullopt) const {
    // The coder asks at every token, and most anchor nothing: the filter says so inline.
    if (!by_anchor_.MayContain(tokens[i].lemma_hash) &&
        !by_anchor_.MayContain(tokens[i].surface_hash)) {
      return nullptr;
    }
    return MatchAnchored(tokens, i, limit, signature, end, skip);
  }

  // The first discard phrase of the given level (story: the whole document is not coded;
  // else the sentence is not) in tokens[first, end), or nullptr. Free when none is loaded.
  const DiscardList::Entry* FindDiscard(const std::vector<Token>& tokens, uint32_t first,
                                        uint32_t end, bool story) const {
    return discards_.Find(tokens, first, end, story);
  }

  size_t pattern_count() const { return patterns_.size(); }
  size_t discard_count() const { return discards_.size(); }
  const std::vector<VerbFileReport>& verb_reports() const { return verb_reports_; }
  const std::vector<VerbTransformation>& transformations() const { return transformations_; }
  const std::vector<std::string>& warnings() const { return warnings_; }  // discard files

 private:
  struct Builder;

  const EventPattern* MatchAnchored(const std::vector<LexToken>& tokens, uint32_t i,
                                    uint32_t limit, const SentenceSignature& signature,
                                    uint32_t* end, std::optional<AnchorPos> skip) const;
  bool MatchAfter(const EventPattern& p, const std::vector<LexToken>& tokens, size_t k, uint32_t i,
                  uint32_t limit, uint32_t* end) const;
  bool MatchBefore(const EventPattern& p, const std::vector<LexToken>& tokens, size_t k,
                   uint32_t right) const;

  std::vector<std::unique_ptr<EventPattern>> patterns_;
  std::deque<PatternWords> word_sets_;  // the elements' sets (stable addresses)
  std::deque<CameoCode> extra_codes_;   // PETRARCH codes that are not CAMEO codes ("901")
  // Filtered: the coder asks these about nearly every token, and nearly every answer is no.
  FilteredFlatMap64<uint32_t> by_anchor_;  // anchor lemma hash -> index into anchor_lists_
  std::vector<std::vector<const EventPattern*>> anchor_lists_;  // longest pattern first
  FilteredFlatMap64<uint8_t> anchor_surfaces_;
  FilteredFlatMap64<uint64_t> lemma_of_;  // surface hash -> lemma hash
  std::unordered_map<uint64_t, std::string> lemma_text_;  // lemma hash -> lemma
  DiscardList discards_;
  std::vector<VerbFileReport> verb_reports_;
  std::vector<VerbTransformation> transformations_;
  std::vector<std::string> warnings_;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_EVENT_LEXICON_H_
