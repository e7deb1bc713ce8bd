// The gazetteer: places where events happen. Cities come from Debian's libgeonames (about
// 24,000, with coordinates), first-level subdivisions from iso-codes (3166-2), and seas,
// regions and territories news names from data/places.tsv.
//
// Matching is longest-first over tokens, on capitalised text only; a place is looked for
// only where the coder expects one (after "in", "near", "at", ...), never guessed from the
// actors. Immutable after Load(); thread-safe.
//
//   auto g = Gazetteer::Load(&source);
//   const Place* p = (*g)->MatchAt(tokens, i, end, &match_end);  // "El Fasher"
#ifndef DYAD_LEXICON_GAZETTEER_H_
#define DYAD_LEXICON_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/data_source.h"
#include "base/flat_map.h"
#include "dyad/status.h"
#include "text/tokenize.h"

namespace dyad {

struct Place {
  std::string name;     // "El Fasher"
  std::string country;  // ISO alpha-3; empty for seas and some regions
  std::optional<double> lat, lon;
  uint32_t population = 0;  // for choosing among homonyms
  std::string source;       // "geonames", "iso-codes 3166-2", "data/places.tsv:12"
};

class Gazetteer {
 public:
  static Result<std::unique_ptr<Gazetteer>> Load(DataSource* source);

  // The longest place spelled by tokens[i, end) starting at i (capitalised), with *match_end
  // set past it; nullptr when none. Homonyms resolve to the most populous.
  const Place* MatchAt(const std::vector<Token>& tokens, uint32_t i, uint32_t end,
                       uint32_t* match_end) const;

  size_t size() const { return places_.size(); }

 private:
  void Add(std::string_view name, Place place);

  std::vector<Place> places_;
  FlatMap64<uint32_t> by_name_;  // hash of the lowercase token sequence -> place index
  int max_tokens_ = 1;
  std::vector<Token> scratch_;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_GAZETTEER_H_
