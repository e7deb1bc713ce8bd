// Part-of-speech tagging: a bigram hidden Markov model decoded with Viterbi.
//
// The model is the news-trained lexicon and tag-transition tables of Debian's
// liblingua-en-tagger-perl (words.yml, tags.yml, unknown.yml), loaded into flat arrays.
// Each word contributes only the tags it was seen with, so decoding costs a few
// operations per token rather than tags². Unknown words fall into shape classes
// (-cap-, -ing-, -ed-, ...). Immutable after Load(); Tag() is thread-safe.
//
//   auto tagger = Tagger::Load(&source);
//   std::vector<uint8_t> tags;
//   (*tagger)->Tag(tokens, first, end, &tags);
//   bool verb = (*tagger)->IsVerb(tags[0]);
#ifndef DYAD_TEXT_TAGGER_H_
#define DYAD_TEXT_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/data_source.h"
#include "base/flat_map.h"
#include "dyad/status.h"
#include "text/tokenize.h"

namespace dyad {

class Tagger {
 public:
  static Result<std::unique_ptr<Tagger>> Load(DataSource* source);

  // Tags tokens[first, end) into `tags` (resized to end - first).
  void Tag(const std::vector<Token>& tokens, uint32_t first, uint32_t end,
           std::vector<uint8_t>* tags) const;

  // The Penn Treebank name of a tag ("VBD", "NNP", "DT", ",").
  std::string_view Name(uint8_t tag) const { return penn_[tag]; }
  bool IsVerb(uint8_t tag) const { return kind_[tag] == 'v'; }
  bool IsNoun(uint8_t tag) const { return kind_[tag] == 'n'; }
  bool IsAdjective(uint8_t tag) const { return kind_[tag] == 'j'; }
  // VBN (past participle), for passive detection.
  bool IsParticiple(uint8_t tag) const { return tag == vbn_; }
  int tag_count() const { return static_cast<int>(penn_.size()); }

 private:
  struct Emission {
    uint8_t tag;
    float logp;
  };
  struct Entry {
    uint32_t begin, end;  // range in emissions_
  };
  Tagger() = default;
  const Entry* Lookup(const Token& t) const;
  uint64_t ClassOf(const Token& t) const;

  std::vector<std::string> penn_;
  std::vector<char> kind_;
  std::vector<float> trans_;  // [prev * n + cur], log P(cur | prev)
  std::vector<Emission> emissions_;
  FlatMap64<Entry> exact_;  // case-sensitive hash of the word -> its tags
  uint8_t start_tag_ = 0;
  uint8_t vbn_ = 0;
  uint8_t sym_ = 0;
};

}  // namespace dyad

#endif  // DYAD_TEXT_TAGGER_H_
