// Lemmatisation from WordNet's exception lists and index, plus suffix rules.
//
// Lemma() maps an inflected lowercase word to its dictionary form for a part of speech:
// first WordNet's exception lists (held -> hold, struck -> strike), then the classic
// detachment rules (-ies -> -y, -ed -> -e or nothing, doubled consonants) whose result must
// be a WordNet lemma of that part of speech. Immutable after Load(); thread-safe.
//
//   auto lem = Lemmatizer::Load(&source);
//   std::string_view l = (*lem)->Lemma("condemned", PartOfSpeech::kVerb);  // "condemn"
#ifndef DYAD_TEXT_LEMMATIZE_H_
#define DYAD_TEXT_LEMMATIZE_H_

#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/data_source.h"
#include "dyad/status.h"

namespace dyad {

enum class PartOfSpeech { kNoun, kVerb, kAdjective, kOther };

class Lemmatizer {
 public:
  // Reads wordnet/{index,*.exc} through `source`, which must outlive the Lemmatizer.
  static Result<std::unique_ptr<Lemmatizer>> Load(DataSource* source);

  // The lemma of `lower` (already lowercase) as `pos`. The view points into the loaded
  // dictionaries; it is empty when no rule applies (the word is its own lemma, or unknown).
  // A plural noun that WordNet also lists as a lemma still gets its singular ("talks" ->
  // "talk").
  std::string_view Lemma(std::string_view lower, PartOfSpeech pos) const;

  // True when `lower` is a WordNet lemma of `pos`.
  bool IsLemma(std::string_view lower, PartOfSpeech pos) const;

 private:
  Lemmatizer() = default;
  static constexpr int kKinds = 3;  // noun, verb, adjective
  std::unordered_set<std::string_view> lemmas_[kKinds];
  std::unordered_map<std::string_view, std::string_view> exceptions_[kKinds];
};

}  // namespace dyad

#endif  // DYAD_TEXT_LEMMATIZE_H_
