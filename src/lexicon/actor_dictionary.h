// The actor dictionary: countries, organisations, sectors and people, compiled into a
// token trie and matched longest-first over a sentence's tokens.
//
// Sources (docs/data-formats.md): Debian's iso-codes for country names, and
// data/actors/{countries,organisations,sectors,people}.tsv. Every alias is tokenised with
// the same tokenizer as the text, so "U.S." or "Korea's" match exactly as they read.
// A pattern written with a capital letter only matches capitalised text ("Turkey", never
// "turkey"); an all-capitals pattern of up to four letters only matches in capitals
// ("US", never "us"). Immutable after Load(); Match() is thread-safe.
//
//   auto dict = ActorDictionary::Load(&source);
//   std::vector<ActorMatch> matches;
//   (*dict)->Match(tokens, sentence.first_token, sentence.end_token, &matches);
#ifndef DYAD_LEXICON_ACTOR_DICTIONARY_H_
#define DYAD_LEXICON_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/data_source.h"
#include "base/flat_map.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "text/tokenize.h"

namespace dyad {

enum class ActorKind : uint8_t {
  kCountry,       // "North Korea"
  kAdjective,     // "North Korean": a country used as a modifier or demonym
  kCapital,       // "Pyongyang" as a metonym for the country's government
  kSeat,          // "the Kremlin": the country's government (or the sector given)
  kOrganisation,  // "the United Nations"
  kPerson,        // "Sergey Lavrov"
  kSector,        // "foreign ministry": an agent, an actor only next to a country
  kGroup,         // "Hamas", "the RSF": a named group with a fixed code ("PSEREB")
  kPlace,         // "South China Sea", "Latin America": a place, never an actor; matched so
                  // that the country inside its name is not taken
};

struct PersonRole {
  std::string code;  // "RUSGOV", "IGOUNO"
  Date start, end;   // end invalid: still in office
};

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string code;     // full code for countries, seats, organisations; sector for kSector
  std::string country;  // ISO alpha-3 or empty
  std::string sector;
  std::string org;
  std::string name;     // canonical name
  std::vector<PersonRole> roles;  // kPerson only
  std::string source;   // "data/actors/people.tsv:12" or "iso-codes"
};

struct ActorMatch {
  uint32_t first = 0;  // token range, half-open
  uint32_t end = 0;
  const ActorEntry* entry = nullptr;
};

class ActorDictionary {
 public:
  // Which dictionaries to load: the built-in data/actors files (unless `builtin` is false)
  // and any TABARI/PETRARCH actor and agent files, given as (name, contents) pairs.
  struct Sources {
    bool builtin = true;
    std::vector<std::pair<std::string, std::string_view>> petrarch_actors;
    std::vector<std::pair<std::string, std::string_view>> petrarch_agents;
  };

  static Result<std::unique_ptr<ActorDictionary>> Load(DataSource* source);
  static Result<std::unique_ptr<ActorDictionary>> Load(DataSource* source, const Sources& sources);

  // Appends the longest non-overlapping matches in tokens[first, end) to `out`, left to
  // right. A leading "the" is never part of a match.
  void Match(const std::vector<Token>& tokens, uint32_t first, uint32_t end,
             std::vector<ActorMatch>* out) const;

  // The role a person held on `date`: the covering role's code, else the country of the
  // nearest role plus "ELI". An invalid date selects the latest role.
  // `why`, when given, says which role decided and why.
  std::string PersonCode(const ActorEntry& person, const Date& date,
                         std::string* why = nullptr) const;

  // The one person whose family name is `surname` (the last word of a name; "Abadi" for
  // "Haider al-Abadi") and who held a dated office on `date`; nullptr when none or several
  // did. For "Prime Minister Abadi", where the title says an office holder is meant. Of
  // several, the one whose office is of the sector the title names, if only one is: "MIL"
  // ("Commander"), "LEG" ("Speaker"), or "" for an executive office, neither ("Secretary
  // Carter": the secretary, not the general nor the speaker).
  const ActorEntry* OfficeHolder(std::string_view surname, const Date& date,
                                 std::string_view sector = "") const;

  // Every entry that `name` spells exactly ("Lavrov" may be a person in two files).
  std::vector<const ActorEntry*> Lookup(std::string_view name) const;

  // Problems a dictionary maintainer should fix, each naming its entry's line: a name given
  // to two entries (the later one never matches), and a person's roles that overlap in
  // time with different codes.
  std::vector<std::string> Check() const;

  // Canonical country name for an ISO alpha-3 code, or empty.
  const std::string& CountryName(const std::string& iso3) const;
  // The organisation key ("UN") for an IGO code, or empty.
  const std::string& OrgOfCode(const std::string& code) const;

  size_t entry_count() const { return entries_.size(); }
  // Problems met while loading that did not stop it ("file:line: bad date; code ignored").
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  struct Terminal {
    int32_t entry;
    std::vector<std::string> exact;  // tokens that must match exactly (case) or empty
    std::vector<bool> capitalized;   // per token: text must be capitalised
  };
  Status LoadBuiltin(DataSource* source);
  Status LoadGroups(DataSource* source);
  Status AddPetrarchActors(const std::string& name, std::string_view text);
  Status AddPetrarchAgents(const std::string& name, std::string_view text);
  Status Add(std::string_view alias, ActorEntry entry);
  Status AddAlias(std::string_view alias, int32_t entry);
  uint32_t Child(uint32_t node, uint64_t hash) const;
  bool Accepts(const Terminal& t, const std::vector<Token>& tokens, uint32_t first) const;

  std::vector<ActorEntry> entries_;
  std::unordered_map<uint64_t, std::vector<int32_t>> surnames_;  // HashLower -> people
  FlatMap64<uint32_t> edges_;  // HashCombine(node, token hash) -> node
  // The words an alias may start with: most tokens start no name, and are turned away
  // without a probe of the edges.
  HashFilter first_words_;
  std::vector<std::vector<Terminal>> terminals_;  // per node
  std::unordered_map<std::string, std::string> country_names_;
  std::unordered_map<std::string, std::string> code_orgs_;
  std::vector<Token> scratch_;
  std::vector<std::string> warnings_;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_ACTOR_DICTIONARY_H_
