// Loading expands `a|b` alternatives into hash sets per token and indexes each pattern by
// every alternative of its anchor. It then generates the surface forms of every pattern
// word (regular suffixes, doubled consonants and WordNet's irregular forms), keeps those
// that the lemmatizer maps back to the word, and stores them in a surface -> lemma table:
// coding a sentence then needs no lemmatizer, only one probe per token. Matching is a small
// backtracking walk: a gap tries zero to three non-punctuation tokens.
#include "lexicon/event_lexicon.h"

#include <algorithm>

#include "text/tokenize.h"

namespace dyad {
namespace {

constexpr int kMaxGap = 3;

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Candidate inflections of a lemma; the caller keeps those that lemmatise back.
std::vector<std::string> Inflections(const std::string& l) {
  std::vector<std::string> out = {l, l + "s", l + "es", l + "ed", l + "d", l + "ing"};
  if (l.empty()) return out;
  char last = l.back();
  if (last == 'y' && l.size() > 1 && !IsVowel(l[l.size() - 2])) {
    std::string stem = l.substr(0, l.size() - 1);
    out.push_back(stem + "ies");
    out.push_back(stem + "ied");
  }
  if (last == 'e') out.push_back(l.substr(0, l.size() - 1) + "ing");
  if (l.size() >= 3 && !IsVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
      IsVowel(l[l.size() - 2]) && !IsVowel(l[l.size() - 3])) {
    out.push_back(l + last + "ed");
    out.push_back(l + last + "ing");
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<EventLexicon>> EventLexicon::Load(DataSource* source,
                                                        const Lemmatizer& lemmatizer,
                                                        const CameoTable& cameo) {
  auto lex = std::make_unique<EventLexicon>();
  std::unordered_set<std::string> anchor_lemmas, pattern_lemmas;
  std::unordered_map<uint64_t, std::vector<const EventPattern*>> by_anchor;
  std::vector<std::string> files = source->List("data/events/");
  if (files.empty()) return Status::NotFound("no event lexicon under data/events/");
  for (const std::string& name : files) {
    Result<std::string_view> text = source->Read(name);
    if (!text.ok()) return text.status();
    DYAD_RETURN_IF_ERROR(ForEachTsvLine(name, *text, [&](int line, const auto& f) {
      if (f.size() < 2 || f.size() > 3) return Status::InvalidArgument("expected 2 or 3 columns");
      auto p = std::make_unique<EventPattern>();
      p->code = cameo.Find(f[0]);
      if (!p->code) return Status::InvalidArgument("unknown CAMEO code " + std::string(f[0]));
      p->text = std::string(f[1]);
      p->rule = name + ":" + std::to_string(line);
      if (f.size() == 3) {
        if (f[2] == "v" || f[2].empty()) {
          p->pos = AnchorPos::kVerb;
        } else if (f[2] == "n") {
          p->pos = AnchorPos::kNoun;
        } else if (f[2] == "*") {
          p->pos = AnchorPos::kAny;
        } else {
          return Status::InvalidArgument("pos must be v, n or *");
        }
      }
      std::string_view pat = f[1];
      size_t pos = 0;
      while (pos < pat.size()) {
        size_t sp = pat.find(' ', pos);
        if (sp == std::string_view::npos) sp = pat.size();
        std::string_view tok = pat.substr(pos, sp - pos);
        pos = sp + 1;
        if (tok.empty()) continue;
        std::vector<uint64_t> alts;
        if (tok != "...") {
          for (std::string_view alt : SplitList(tok)) {
            alts.push_back(HashLower(alt));
            pattern_lemmas.emplace(alt);
          }
          if (alts.empty()) return Status::InvalidArgument("empty pattern token");
        }
        p->tokens.push_back(std::move(alts));
      }
      if (p->tokens.empty() || p->tokens.front().empty() || p->tokens.back().empty()) {
        return Status::InvalidArgument("a pattern must start and end with a word");
      }
      std::string_view anchor = pat.substr(0, pat.find(' '));
      for (std::string_view alt : SplitList(anchor)) {
        anchor_lemmas.emplace(alt);
        by_anchor[HashLower(alt)].push_back(p.get());
      }
      lex->patterns_.push_back(std::move(p));
      return Status::Ok();
    }));
  }
  // Longest pattern first; stable, so ties keep file order.
  for (auto& [hash, list] : by_anchor) {
    std::stable_sort(list.begin(), list.end(), [](const EventPattern* a, const EventPattern* b) {
      return a->tokens.size() > b->tokens.size();
    });
    lex->by_anchor_.Insert(hash, static_cast<uint32_t>(lex->anchor_lists_.size()));
    lex->anchor_lists_.push_back(std::move(list));
  }
  // Every surface form of every pattern word, mapped to its lemma: regular inflections
  // that lemmatise back, and WordNet's irregular forms ("held" -> "hold").
  auto add_form = [&](const std::string& form, const std::string& lemma) {
    // A word is its own lemma by default; only true inflections go in the table, so that
    // "claims" (listed in some pattern as written) still maps to "claim".
    if (form != lemma) lex->lemma_of_.Insert(HashLower(form), HashLower(lemma));
    if (anchor_lemmas.count(lemma)) lex->anchor_surfaces_.Insert(HashLower(form), 1);
  };
  for (const std::string& lemma : pattern_lemmas) {
    lex->lemma_text_.emplace(HashLower(lemma), lemma);
    for (const std::string& form : Inflections(lemma)) {
      bool ok = form == lemma;
      for (PartOfSpeech pos : {PartOfSpeech::kVerb, PartOfSpeech::kNoun}) {
        ok |= lemmatizer.Lemma(form, pos) == lemma;
      }
      if (ok) add_form(form, lemma);
    }
  }
  for (const char* exc : {"wordnet/verb.exc", "wordnet/noun.exc"}) {
    Result<std::string_view> text = source->Read(exc);
    if (!text.ok()) return text.status();
    ForEachLine(*text, [&](std::string_view line) {
      size_t sp = line.find(' ');
      if (sp == std::string_view::npos) return;
      std::string_view rest = line.substr(sp + 1);
      std::string lemma(rest.substr(0, rest.find(' ')));
      if (pattern_lemmas.count(lemma)) add_form(std::string(line.substr(0, sp)), lemma);
    });
  }
  return lex;
}

bool EventLexicon::MatchFrom(const EventPattern& p, const std::vector<LexToken>& tokens,
                             size_t k, uint32_t i, uint32_t limit, uint32_t* end) const {
  if (k == p.tokens.size()) {
    *end = i;
    return true;
  }
  const std::vector<uint64_t>& alts = p.tokens[k];
  if (alts.empty()) {  // gap
    for (int g = 0; g <= kMaxGap && i + g <= limit; ++g) {
      if (g > 0 && tokens[i + g - 1].punct) break;
      if (MatchFrom(p, tokens, k + 1, i + g, limit, end)) return true;
    }
    return false;
  }
  if (i >= limit) return false;
  const LexToken& t = tokens[i];
  for (uint64_t h : alts) {
    if (h == t.lemma_hash || h == t.surface_hash) return MatchFrom(p, tokens, k + 1, i + 1, limit, end);
  }
  return false;
}

const EventPattern* EventLexicon::MatchAt(const std::vector<LexToken>& tokens, uint32_t i,
                                          uint32_t limit, uint32_t* end) const {
  // Patterns anchored on the lemma ("hold"), then on the form as written ("arms").
  for (uint64_t key : {tokens[i].lemma_hash, tokens[i].surface_hash}) {
    const uint32_t* list = by_anchor_.Find(key);
    if (!list) continue;
    for (const EventPattern* p : anchor_lists_[*list]) {
      if (MatchFrom(*p, tokens, 1, i + 1, limit, end)) return p;
    }
    if (tokens[i].lemma_hash == tokens[i].surface_hash) break;
  }
  return nullptr;
}

}  // namespace dyad
