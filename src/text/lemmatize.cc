// Loading keeps views into the data files (no copies): index lines contribute their first
// field, exception lines map their first field to their second. Lookup tries the exception
// list, then each detachment rule for the part of speech in turn (as WordNet's morphy
// does), then the doubled-consonant variant, and accepts the first candidate that is a
// known lemma. Candidates are built in a fixed stack buffer: no allocation per word.
#include "text/lemmatize.h"

#include <cstring>
#include <string>

namespace dyad {
namespace {

struct Rule {
  const char* suffix;
  const char* replacement;
};

constexpr Rule kNounRules[] = {{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
                               {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""}};
constexpr Rule kVerbRules[] = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"s", ""},
                               {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

int KindIndex(PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::kNoun: return 0;
    case PartOfSpeech::kVerb: return 1;
    case PartOfSpeech::kAdjective: return 2;
    default: return -1;
  }
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(DataSource* source) {
  std::unique_ptr<Lemmatizer> lem(new Lemmatizer());
  static constexpr const char* kNames[kKinds] = {"noun", "verb", "adj"};
  for (int k = 0; k < kKinds; ++k) {
    std::string index_name = std::string("wordnet/index.") + kNames[k];
    Result<std::string_view> index = source->Read(index_name);
    if (!index.ok()) return index.status();
    ForEachLine(*index, [&](std::string_view line) {
      if (line.empty() || line[0] == ' ') return;  // licence header lines
      lem->lemmas_[k].insert(line.substr(0, line.find(' ')));
    });
    std::string exc_name = std::string("wordnet/") + kNames[k] + ".exc";
    Result<std::string_view> exc = source->Read(exc_name);
    if (!exc.ok()) return exc.status();
    ForEachLine(*exc, [&](std::string_view line) {
      size_t sp = line.find(' ');
      if (sp == std::string_view::npos) return;
      std::string_view rest = line.substr(sp + 1);
      lem->exceptions_[k].emplace(line.substr(0, sp), rest.substr(0, rest.find(' ')));
    });
  }
  return lem;
}

bool Lemmatizer::IsLemma(std::string_view lower, PartOfSpeech pos) const {
  int k = KindIndex(pos);
  return k >= 0 && lemmas_[k].count(lower) > 0;
}

std::string_view Lemmatizer::Lemma(std::string_view lower, PartOfSpeech pos) const {
  int k = KindIndex(pos);
  if (k < 0 || lower.size() < 3 || lower.size() > 40) return {};
  if (auto it = exceptions_[k].find(lower); it != exceptions_[k].end()) return it->second;
  // A lemma is its own lemma, except a noun that also reads as the plural of another noun
  // ("talks" -> "talk", as in "held talks"; not "boss" or "gas").
  const bool self = lemmas_[k].count(lower) > 0;
  if (self && (k != 0 || lower.back() != 's' || EndsWith(lower, "ss"))) return {};
  const Rule* rules = k == 0 ? kNounRules : k == 1 ? kVerbRules : kAdjRules;
  size_t n_rules = k == 0 ? std::size(kNounRules) : k == 1 ? std::size(kVerbRules) : std::size(kAdjRules);
  char buf[48];
  for (size_t r = 0; r < n_rules; ++r) {
    std::string_view suffix = rules[r].suffix;
    if (!EndsWith(lower, suffix)) continue;
    size_t stem = lower.size() - suffix.size();
    size_t rep = std::strlen(rules[r].replacement);
    std::memcpy(buf, lower.data(), stem);
    std::memcpy(buf + stem, rules[r].replacement, rep);
    std::string_view cand(buf, stem + rep);
    if (self && cand.size() < 3) continue;
    if (auto it = lemmas_[k].find(cand); it != lemmas_[k].end()) return *it;
    // "stopped" -> "stop", "shelling" -> "shell" is found above; "planning" -> "plan" here.
    if (rep == 0 && stem >= 3 && buf[stem - 1] == buf[stem - 2] && k == 1) {
      std::string_view single(buf, stem - 1);
      if (auto it = lemmas_[k].find(single); it != lemmas_[k].end()) return *it;
    }
  }
  return {};
}

}  // namespace dyad
