// The event lexicon: lemma patterns that name CAMEO events, compiled for fast matching.
//
// Patterns come from data/events/*.tsv (docs/data-formats.md). Each is a sequence of
// lemma alternatives with optional gaps ("hold ... talk"), anchored on its first token.
// Matching a sentence costs one hash probe per token for the anchor; only anchors go on to
// try their patterns. The surface -> lemma table built at load makes a lemmatizer
// unnecessary while coding. Immutable after Load(); thread-safe.
//
//   auto lex = EventLexicon::Load(&source, lemmatizer, cameo);
//   if (lex->IsAnchorSurface(token.hash)) ...   // cheap pre-filter before tagging
//   const EventPattern* p = lex->MatchAt(lex_tokens, i, limit, &match_end);
#ifndef DYAD_LEXICON_EVENT_LEXICON_H_
#define DYAD_LEXICON_EVENT_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/data_source.h"
#include "base/flat_map.h"
#include "dyad/status.h"
#include "lexicon/cameo_table.h"
#include "text/lemmatize.h"

namespace dyad {

enum class AnchorPos : uint8_t { kVerb, kNoun, kAny };

struct EventPattern {
  const CameoCode* code = nullptr;
  // Each element: the accepted lemma hashes for one token; an empty element is a gap.
  std::vector<std::vector<uint64_t>> tokens;
  AnchorPos pos = AnchorPos::kVerb;
  std::string text;  // the pattern as written
  std::string rule;  // "data/events/lexicon.tsv:42"
};

// What the matcher needs to know about one token of a sentence.
struct LexToken {
  uint64_t lemma_hash;    // HashLower(lemma), or of the surface when it is its own lemma
  uint64_t surface_hash;  // HashLower(text)
  bool punct;
};

class EventLexicon {
 public:
  // `lemmatizer` is used at load to generate the inflected forms of every anchor.
  static Result<std::unique_ptr<EventLexicon>> Load(DataSource* source,
                                                    const Lemmatizer& lemmatizer,
                                                    const CameoTable& cameo);

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
  // token; nullptr when none. `limit` bounds the match (clause end).
  const EventPattern* MatchAt(const std::vector<LexToken>& tokens, uint32_t i, uint32_t limit,
                              uint32_t* end) const;

  size_t pattern_count() const { return patterns_.size(); }

 private:
  bool MatchFrom(const EventPattern& p, const std::vector<LexToken>& tokens, size_t k,
                 uint32_t i, uint32_t limit, uint32_t* end) const;

  std::vector<std::unique_ptr<EventPattern>> patterns_;
  FlatMap64<uint32_t> by_anchor_;  // anchor lemma hash -> index into anchor_lists_
  std::vector<std::vector<const EventPattern*>> anchor_lists_;  // longest pattern first
  FlatMap64<uint8_t> anchor_surfaces_;
  FlatMap64<uint64_t> lemma_of_;  // surface hash -> lemma hash
  std::unordered_map<uint64_t, std::string> lemma_text_;  // lemma hash -> lemma
};

}  // namespace dyad

#endif  // DYAD_LEXICON_EVENT_LEXICON_H_
