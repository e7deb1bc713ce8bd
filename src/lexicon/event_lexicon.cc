// Loading expands `a|b` alternatives into sorted hash sets per pattern element and indexes
// each pattern by every alternative of its anchor. It then generates the surface forms of
// every pattern word (regular suffixes, doubled consonants and WordNet's irregular forms),
// keeps those that the lemmatizer maps back to the word, and stores them in a surface ->
// lemma table: coding a sentence then needs no lemmatizer, only one probe per token.
//
// PETRARCH verb dictionaries are compiled after that. Each verb line becomes one or more
// verb shapes (the words before the verb word, its forms, the words after it); its forms
// join the surface -> lemma table under the verb's base form unless the table already
// gives a form another lemma, in which case the form is indexed as written too. A block's
// patterns are shared by all its one-word verbs and copied for its multi-word ones. A
// blank between pattern words allows a short gap, '_' none; '$', '+', '%' and '^' inside a
// pattern allow a longer gap (an actor's name) and are dropped at its ends. Words before
// '*' are matched leftwards from the anchor.
//
// Matching is a small backtracking walk: a gap tries zero to `gap` non-punctuation tokens.
// Before it, a 128-bit signature of the sentence's words (made once an anchor is found)
// rejects every pattern that needs a word the sentence lacks, so a verb with a hundred
// patterns ("say") usually tries only a few.
#include "lexicon/event_lexicon.h"

#include <algorithm>
#include <functional>
#include <map>

#include "text/tokenize.h"
#include "text/word_set.h"

namespace dyad {
namespace {

constexpr int kMaxGap = 3;       // "..." in data/events/*.tsv
constexpr int kPetrarchGap = 6;  // a blank between two PETRARCH pattern words
constexpr int kSlotGap = 8;      // '$', '+', '%' or '^' between two PETRARCH pattern words
constexpr int kMaxSynsetDepth = 4;

// Nouns that measure out what follows their "of": "a new package of aid", "a wave of strikes".
const WordSet& MeasureNouns() {
  static const WordSet s(std::array{"package", "packages", "wave", "waves", "series", "round",
                                    "rounds", "batch", "batches", "tranche", "tranches",
                                    "barrage", "volley", "salvo", "spate", "string", "number",
                                    "set", "raft", "slew", "host", "range", "shipment",
                                    "shipments", "consignment", "dozens", "hundreds",
                                    "thousands", "millions", "billions", "tons", "tonnes"});
  return s;
}

// Currency signs, punctuation that a gap may cross: "$500 million".
const WordSet& MoneyWords() {
  static const WordSet s(std::array{"$", "€", "£", "¥"});
  return s;
}

// Out of line, so that MatchAfter's frame stays small: it runs for every element of every
// pattern tried, and these are rarely asked.
[[gnu::noinline]] bool IsMeasureNoun(uint64_t h) { return MeasureNouns().contains(h); }
[[gnu::noinline]] bool IsCurrencySign(uint64_t h) { return MoneyWords().contains(h); }

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

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

// The words of a phrase ("swiss francs" -> {swiss, francs}).
std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < phrase.size()) {
    size_t sp = phrase.find(' ', pos);
    if (sp == std::string_view::npos) sp = phrase.size();
    if (sp > pos) out.push_back(Lower(phrase.substr(pos, sp - pos)));
    pos = sp + 1;
  }
  return out;
}

}  // namespace

bool PatternWords::Search(uint64_t h) const {
  if (words.size() <= 8) return std::find(words.begin(), words.end(), h) != words.end();
  return std::binary_search(words.begin(), words.end(), h);
}

// Load-time state.
struct EventLexicon::Builder {
  EventLexicon* lex;
  const Lemmatizer& lemmatizer;
  const CameoTable& cameo;
  std::unordered_map<uint64_t, std::vector<const EventPattern*>> by_anchor;
  std::unordered_set<std::string> anchor_lemmas, pattern_lemmas;  // of data/events
  std::map<std::string, const CameoCode*, std::less<>> extra_codes;
  std::unordered_map<std::string, std::vector<std::string>> irregular;  // verb.exc, for PETRARCH

  const PatternWords* Intern(PatternWords s) {
    std::sort(s.words.begin(), s.words.end());
    s.words.erase(std::unique(s.words.begin(), s.words.end()), s.words.end());
    s.summary = 0;
    for (uint64_t h : s.words) s.summary |= uint64_t{1} << (h >> 58);
    lex->word_sets_.push_back(std::move(s));
    return &lex->word_sets_.back();
  }

  void Index(uint64_t key, const EventPattern* p) { by_anchor[key].push_back(p); }

  Status AddTsv(const std::string& name, std::string_view text);
  Status AddLemmaForms(DataSource* source);
  void AddPetrarch(const std::string& file, const PetrarchVerbDictionary& dict,
                   VerbFileReport* report);
  void Finish();
};

Status EventLexicon::Builder::AddTsv(const std::string& name, std::string_view text) {
  return ForEachTsvLine(name, text, [&](int line, const auto& f) {
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
    std::vector<std::string_view> anchor;
    int gap = 0;
    bool first = true, ends_with_gap = false;
    size_t pos = 0;
    while (pos < pat.size()) {
      size_t sp = pat.find(' ', pos);
      if (sp == std::string_view::npos) sp = pat.size();
      std::string_view tok = pat.substr(pos, sp - pos);
      pos = sp + 1;
      if (tok.empty()) continue;
      if (tok == "...") {
        if (first) return Status::InvalidArgument("a pattern must start and end with a word");
        gap = std::min(gap + kMaxGap, 255);
        ends_with_gap = true;
        ++p->length;
        continue;
      }
      ends_with_gap = false;
      std::vector<std::string_view> alts = SplitList(tok);
      if (alts.empty()) return Status::InvalidArgument("empty pattern token");
      for (std::string_view alt : alts) pattern_lemmas.emplace(alt);
      if (first) {
        anchor = alts;
        first = false;
        continue;
      }
      PatternWords set;
      for (std::string_view alt : alts) set.words.push_back(HashLower(alt));
      p->after.push_back({Intern(std::move(set)), static_cast<uint8_t>(gap)});
      ++p->length;
      gap = 0;
    }
    if (first || ends_with_gap) {
      return Status::InvalidArgument("a pattern must start and end with a word");
    }
    for (std::string_view alt : anchor) {
      anchor_lemmas.emplace(alt);
      Index(HashLower(alt), p.get());
    }
    lex->patterns_.push_back(std::move(p));
    return Status::Ok();
  });
}

Status EventLexicon::Builder::AddLemmaForms(DataSource* source) {
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
    bool verbs = std::string_view(exc) == "wordnet/verb.exc";
    ForEachLine(*text, [&](std::string_view line) {
      size_t sp = line.find(' ');
      if (sp == std::string_view::npos) return;
      std::string_view rest = line.substr(sp + 1);
      std::string lemma(rest.substr(0, rest.find(' ')));
      if (pattern_lemmas.count(lemma)) add_form(std::string(line.substr(0, sp)), lemma);
      if (verbs) {
        auto it = irregular.find(lemma);
        if (it != irregular.end()) it->second.emplace_back(line.substr(0, sp));
      }
    });
  }
  return Status::Ok();
}

void EventLexicon::Builder::AddPetrarch(const std::string& file, const PetrarchVerbDictionary& dict,
                                        VerbFileReport* rep) {
  auto warn = [&](int line, const std::string& reason) {
    rep->warnings.push_back(file + ":" + std::to_string(line) + ": " + reason);
  };
  rep->blocks = static_cast<int>(dict.blocks.size());
  rep->synsets = static_cast<int>(dict.synsets.size());
  rep->pattern_lines = dict.pattern_lines;
  rep->transformations = static_cast<int>(dict.transformations.size());
  int parsed_patterns = 0;
  for (const PetrarchVerbBlock& b : dict.blocks)
    parsed_patterns += static_cast<int>(b.patterns.size());
  rep->skipped_malformed = dict.pattern_lines - parsed_patterns;
  for (const PetrarchTransformation& t : dict.transformations) {
    lex->transformations_.push_back({t.left, t.right, file + ":" + std::to_string(t.line)});
  }

  std::unordered_map<std::string, const PatternWords*> words;  // word -> its one-word set
  auto word_set = [&](const std::string& w) {
    std::string lower = Lower(w);
    auto it = words.find(lower);
    if (it != words.end()) return it->second;
    PatternWords s;
    s.words.push_back(HashLower(lower));
    return words[lower] = Intern(std::move(s));
  };
  // A synset's words and phrases, nested synsets included, with regular plurals.
  std::unordered_map<std::string, const PatternWords*> synsets;
  std::function<bool(const std::string&, int, PatternWords*)> collect =
      [&](const std::string& name, int depth, PatternWords* out) {
        auto it = dict.synsets.find(name);
        if (it == dict.synsets.end() || depth > kMaxSynsetDepth) return false;
        for (const std::string& m : it->second.members) {
          if (m[0] == '&') {
            if (!collect(m.substr(1), depth + 1, out)) return false;
            continue;
          }
          std::string_view text = m;
          bool plural = it->second.plurals && text.back() != '_';
          if (text.back() == '_') text.remove_suffix(1);
          std::vector<std::string> ws = Words(text);
          if (ws.empty()) continue;
          for (int variant = 0; variant < (plural ? 2 : 1); ++variant) {
            if (variant == 1) ws.back() = Lower(PetrarchPlural(ws.back()));
            if (ws.size() == 1) {
              out->words.push_back(HashLower(ws[0]));
            } else {
              std::vector<uint64_t> phrase;
              for (const std::string& w : ws) phrase.push_back(HashLower(w));
              out->phrases.push_back(std::move(phrase));
            }
          }
        }
        return true;
      };
  auto synset_set = [&](const std::string& name) -> const PatternWords* {
    auto it = synsets.find(name);
    if (it != synsets.end()) return it->second;
    PatternWords s;
    const PatternWords* result = collect(name, 0, &s) ? Intern(std::move(s)) : nullptr;
    return synsets[name] = result;
  };
  auto code_of = [&](const std::string& code, int line) -> const CameoCode* {
    if (const CameoCode* c = cameo.Find(code)) return c;
    auto it = extra_codes.find(code);
    if (it != extra_codes.end()) return it->second;
    CameoCode c;
    c.code = code;
    c.root = code.substr(0, 2);
    c.name = "PETRARCH code " + code + " (not in the CAMEO codebook)";
    lex->extra_codes_.push_back(std::move(c));
    warn(line, "code " + code + " is not a CAMEO code; kept as written");
    return extra_codes[code] = &lex->extra_codes_.back();
  };

  auto set_codes = [&](const PetrarchVerbCode& c, int line, EventPattern* p) {
    p->code = c.code.empty() || c.code == "---" ? nullptr : code_of(c.code, line);
    p->reverse = c.reverse.empty() || c.reverse == "---" ? nullptr : code_of(c.reverse, line);
  };
  // Every form the dictionary writes or generates: the forms English adds beyond them
  // ("says" for "SAY {SAID}") never take one of these from the verb that lists it ("LEFT"
  // is its own verb, not only a form of "LEAVE").
  std::unordered_set<std::string> listed;
  for (const PetrarchVerbBlock& b : dict.blocks) {
    for (const PetrarchVerb& v : b.verbs) {
      for (const PetrarchVerbForm& f : v.forms) listed.insert(Lower(f.words[f.verb]));
    }
  }

  // A verb shape: per position, the words that may fill it.
  struct Shape {
    std::vector<std::vector<std::string>> front, back;
    std::vector<std::string> anchor;            // anchor[0] is the key
    std::vector<PatternElement> before, after;  // front (nearest first) and back, compiled
  };
  auto elements = [&](const std::vector<std::vector<std::string>>& positions) {
    std::vector<PatternElement> out;
    for (const auto& alts : positions) {
      PatternWords s;
      for (const std::string& w : alts) s.words.push_back(HashLower(w));
      out.push_back({Intern(std::move(s)), 0});
    }
    return out;
  };
  auto register_anchor = [&](const Shape& shape, const EventPattern* p) {
    uint64_t key = HashLower(shape.anchor[0]);
    Index(key, p);
    for (size_t i = 1; i < shape.anchor.size(); ++i) {
      uint64_t h = HashLower(shape.anchor[i]);
      if (h == key) continue;
      const uint64_t* lemma = lex->lemma_of_.Find(h);
      if (lemma && *lemma != key) Index(h, p);  // the table gives this form another lemma
    }
  };

  for (const PetrarchVerbBlock& b : dict.blocks) {
    // The verbs' shapes; one-word shapes share the block's patterns.
    std::vector<Shape> shapes;
    std::vector<std::pair<const PetrarchVerb*, size_t>> shape_verb;  // verb, shape index
    for (const PetrarchVerb& v : b.verbs) {
      ++rep->verbs;
      std::map<std::pair<size_t, size_t>, size_t> by_layout;
      for (const PetrarchVerbForm& f : v.forms) {
        std::pair<size_t, size_t> layout{f.verb, f.words.size() - f.verb - 1};
        auto [it, fresh] = by_layout.try_emplace(layout, shapes.size());
        if (fresh) {
          shapes.emplace_back();
          shapes.back().front.resize(layout.first);
          shapes.back().back.resize(layout.second);
          shape_verb.emplace_back(&v, shapes.size() - 1);
        }
        Shape& s = shapes[it->second];
        auto add = [](std::vector<std::string>* list, std::string w) {
          if (std::find(list->begin(), list->end(), w) == list->end())
            list->push_back(std::move(w));
        };
        for (size_t i = 0; i < f.words.size(); ++i) {
          std::string w = Lower(f.words[i]);
          if (i < f.verb) {
            add(&s.front[i], w);
          } else if (i == f.verb) {
            add(&s.anchor, w);
          } else {
            add(&s.back[i - f.verb - 1], w);
          }
        }
      }
      // The base verb's regular and irregular forms as English has them, beyond those
      // the dictionary lists ("SAY {SAID}" also matches "says").
      const PetrarchVerbForm& base = v.forms[0];
      Shape& s = shapes[by_layout[{base.verb, base.words.size() - base.verb - 1}]];
      std::string lemma = Lower(base.words[base.verb]);
      for (const std::string& form : Inflections(lemma)) {
        if (form != lemma && lemmatizer.Lemma(form, PartOfSpeech::kVerb) == lemma &&
            !listed.count(form)) {
          s.anchor.push_back(form);
        }
      }
      if (auto it = irregular.find(lemma); it != irregular.end()) {
        for (const std::string& form : it->second) {
          if (!listed.count(form) &&
              std::find(s.anchor.begin(), s.anchor.end(), form) == s.anchor.end()) {
            s.anchor.push_back(form);
          }
        }
      }
      // "RE_+ARREST" is also "re-arrest", one token.
      if (base.verb > 0 && s.front.size() == base.verb) {
        Shape h;
        h.back = s.back;
        std::string prefix;
        for (size_t i = 0; i < base.verb; ++i) prefix += Lower(base.words[i]) + "-";
        for (const std::string& a : s.anchor) h.anchor.push_back(prefix + a);
        shapes.push_back(std::move(h));
        shape_verb.emplace_back(&v, shapes.size() - 1);
      }
    }
    for (Shape& s : shapes) {
      s.before = elements(std::vector<std::vector<std::string>>(s.front.rbegin(), s.front.rend()));
      s.after = elements(s.back);
      uint64_t key = HashLower(s.anchor[0]);
      lex->lemma_text_.emplace(key, s.anchor[0]);
      for (size_t i = 0; i < s.anchor.size(); ++i) {
        uint64_t h = HashLower(s.anchor[i]);
        lex->anchor_surfaces_.Insert(h, 1);
        if (h != key) lex->lemma_of_.Insert(h, key);
      }
    }
    auto is_simple = [](const Shape& s) { return s.front.empty() && s.back.empty(); };

    // Bare verbs: the verb alone codes its own code, or the block's.
    for (const auto& [v, si] : shape_verb) {
      const PetrarchVerbCode& code =
          v->code.code.empty() && v->code.reverse.empty() ? b.code : v->code;
      const Shape& s = shapes[si];
      auto p = std::make_unique<EventPattern>();
      set_codes(code, v->line, p.get());
      if (!p->code) continue;  // codes nothing: no pattern needed
      if (p->reverse) ++rep->with_reverse;
      p->surface_only = true;
      p->before = s.before;
      p->after = s.after;
      p->text = v->text;
      p->rule = file + ":" + std::to_string(v->line);
      p->length = static_cast<uint16_t>(1 + p->before.size() + p->after.size());
      register_anchor(s, p.get());
      lex->patterns_.push_back(std::move(p));
      ++rep->patterns;
    }

    // Pattern lines.
    for (const PetrarchPattern& pat : b.patterns) {
      const std::vector<PetrarchTerm>& t = pat.terms;
      size_t v = 0;
      while (t[v].kind != PetrarchTerm::Kind::kVerb) ++v;
      bool roles_ok = true;
      for (size_t i = 0; i < t.size(); ++i) {
        PetrarchTerm::Kind k = t[i].kind;
        if (i < v && (k == PetrarchTerm::Kind::kTarget || k == PetrarchTerm::Kind::kCompound))
          roles_ok = false;
        if (i > v && k == PetrarchTerm::Kind::kSource) roles_ok = false;
      }
      if (!roles_ok) {
        ++rep->skipped_roles;
        continue;
      }
      auto slot = [](const PetrarchTerm& x) {
        return x.kind != PetrarchTerm::Kind::kWord && x.kind != PetrarchTerm::Kind::kSynset &&
               x.kind != PetrarchTerm::Kind::kVerb;
      };
      auto element = [&](const PetrarchTerm& x, bool joined, bool after_slot,
                         PatternElement* e) -> bool {
        e->set = x.kind == PetrarchTerm::Kind::kWord ? word_set(x.text) : synset_set(x.text);
        e->gap = after_slot ? kSlotGap : joined ? 0 : kPetrarchGap;
        return e->set != nullptr;
      };
      EventPattern proto;
      bool ok = true;
      bool pending = false;
      for (size_t i = v + 1; i < t.size() && ok; ++i) {
        if (slot(t[i])) {
          pending = true;
          continue;
        }
        PatternElement e;
        ok = element(t[i], t[i].joined, pending, &e);
        proto.after.push_back(e);
        pending = false;
      }
      pending = false;
      for (size_t i = v; i-- > 0 && ok;) {
        if (slot(t[i])) {
          pending = true;
          continue;
        }
        PatternElement e;
        ok = element(t[i], t[i + 1].joined, pending, &e);
        proto.before.push_back(e);
        pending = false;
      }
      if (!ok) {
        ++rep->skipped_synsets;
        warn(pat.line, "undefined (or too deeply nested) synset; pattern skipped");
        continue;
      }
      if (!proto.before.empty()) ++rep->pre_verb;
      set_codes(pat.code, pat.line, &proto);
      if (pat.code.code.empty()) ++rep->reverse_only;
      proto.surface_only = true;
      proto.text = pat.text;
      proto.rule = file + ":" + std::to_string(pat.line);
      const EventPattern* shared = nullptr;
      for (const Shape& s : shapes) {
        if (is_simple(s) && shared) {
          register_anchor(s, shared);
          continue;
        }
        auto p = std::make_unique<EventPattern>(proto);
        if (!is_simple(s)) {
          p->before.insert(p->before.begin(), s.before.begin(), s.before.end());
          p->after.insert(p->after.begin(), s.after.begin(), s.after.end());
        } else {
          shared = p.get();
        }
        p->length = static_cast<uint16_t>(1 + p->before.size() + p->after.size());
        register_anchor(s, p.get());
        if (!p->code) ++rep->null_patterns;
        if (p->code && p->reverse) ++rep->with_reverse;
        ++rep->patterns;
        lex->patterns_.push_back(std::move(p));
      }
    }
  }
}

void EventLexicon::Builder::Finish() {
  for (const std::unique_ptr<EventPattern>& p : lex->patterns_) {
    for (const auto* elements : {&p->before, &p->after}) {
      for (const PatternElement& e : *elements) {
        if (e.set->words.size() != 1 || !e.set->phrases.empty()) continue;
        uint32_t bit = SignatureBit(e.set->words[0]);
        p->needs[bit >> 6] |= uint64_t{1} << (bit & 63);
      }
    }
  }
  // Longest pattern first; stable, so ties keep load order (data/events, then each file).
  for (auto& [hash, list] : by_anchor) {
    std::stable_sort(list.begin(), list.end(), [](const EventPattern* a, const EventPattern* b) {
      return a->length > b->length;
    });
    list.erase(std::unique(list.begin(), list.end()), list.end());
    lex->by_anchor_.Insert(hash, static_cast<uint32_t>(lex->anchor_lists_.size()));
    lex->anchor_lists_.push_back(std::move(list));
  }
}

Result<std::unique_ptr<EventLexicon>> EventLexicon::Load(DataSource* source,
                                                         const Lemmatizer& lemmatizer,
                                                         const CameoTable& cameo) {
  return Load(source, lemmatizer, cameo, Sources{});
}

Result<std::unique_ptr<EventLexicon>> EventLexicon::Load(DataSource* source,
                                                         const Lemmatizer& lemmatizer,
                                                         const CameoTable& cameo,
                                                         const Sources& sources) {
  auto lex = std::make_unique<EventLexicon>();
  Builder b{lex.get(), lemmatizer, cameo};
  if (sources.builtin) {
    std::vector<std::string> files = source->List("data/events/");
    if (files.empty()) return Status::NotFound("no event lexicon under data/events/");
    for (const std::string& name : files) {
      bool tsv = name.size() > 4 && name.compare(name.size() - 4, 4, ".tsv") == 0;
      bool discards = name == "data/events/discards.txt";
      if (!tsv && !discards) continue;  // an editor's backup, a README
      Result<std::string_view> text = source->Read(name);
      if (!text.ok()) return text.status();
      if (tsv) {
        DYAD_RETURN_IF_ERROR(b.AddTsv(name, *text));
        continue;
      }
      // Our own discard list (sports, markets, weather, history), in PETRARCH's format.
      auto list = ParsePetrarchDiscards(name, *text, &lex->warnings_);
      if (!list.ok()) return list.status();
      lex->discards_.Add(name, *list);
    }
  }
  std::vector<PetrarchVerbDictionary> dicts;
  for (const auto& [name, text] : sources.petrarch_verbs) {
    VerbFileReport& rep = lex->verb_reports_.emplace_back();
    rep.file = name;
    auto dict = ParsePetrarchVerbs(name, text, &rep.warnings);
    if (!dict.ok()) return dict.status();
    for (const PetrarchVerbBlock& block : dict->blocks) {
      for (const PetrarchVerb& v : block.verbs) {
        const PetrarchVerbForm& f = v.forms[0];
        b.irregular.try_emplace(Lower(f.words[f.verb]));
      }
    }
    dicts.push_back(std::move(*dict));
  }
  DYAD_RETURN_IF_ERROR(b.AddLemmaForms(source));
  for (size_t i = 0; i < dicts.size(); ++i) {
    b.AddPetrarch(sources.petrarch_verbs[i].first, dicts[i], &lex->verb_reports_[i]);
  }
  for (const auto& [name, text] : sources.petrarch_discards) {
    auto discards = ParsePetrarchDiscards(name, text, &lex->warnings_);
    if (!discards.ok()) return discards.status();
    lex->discards_.Add(name, *discards);
  }
  b.Finish();
  return lex;
}

bool EventLexicon::MatchAfter(const EventPattern& p, const std::vector<LexToken>& tokens, size_t k,
                              uint32_t i, uint32_t limit, uint32_t* end) const {
  if (k == p.after.size()) {
    *end = i;
    return true;
  }
  const PatternElement& e = p.after[k];
  auto same = [&](uint64_t h, const LexToken& t) {
    return h == t.surface_hash || (!p.surface_only && h == t.lemma_hash);
  };
  // A measure and its "of" count as one word of a gap: "announced a new package of
  // military aid", "carried out a wave of strikes". So does "and" between two words:
  // "called for the immediate and unconditional release".
  // A sum of money is one word: "provide $500 million in aid" skips "$500 million" as
  // "500".
  // Integer compares first: this loop runs for every element of every candidate pattern.
  constexpr uint64_t kOf = HashLower("of"), kAnd = HashLower("and");
  constexpr uint64_t kMillion = HashLower("million"), kBillion = HashLower("billion");
  constexpr uint64_t kOpen = HashLower("("), kClose = HashLower(")");
  constexpr uint64_t kIn = HashLower("in"), kAdditional = HashLower("additional"),
                     kFurther = HashLower("further");
  // An adverb right after the anchor does not part it from its particle: "called again on
  // Russia to release", "met again with".
  if (k == 0 && e.gap == 0 && i + 1 < limit && tokens[i].adverb &&
      MatchAfter(p, tokens, k, i + 1, limit, end)) {
    return true;
  }
  // A quotation mark is no word: 'was "deeply shocked" by', 'called it "a political stunt"'.
  constexpr uint64_t kQuote = HashLower("\"");
  if (i + 1 < limit && tokens[i].surface_hash == kQuote &&
      MatchAfter(p, tokens, k, i + 1, limit, end)) {
    return true;
  }
  uint32_t skipped = 0;
  for (uint32_t at = i; at < limit; ++at) {
    if (at > i) {
      if (e.gap == 0) break;
      const uint64_t gone = tokens[at - 1].surface_hash;
      bool free;
      if (tokens[at - 1].punct) {
        // An aside in parentheses is free: "€35 million (US$38 million) of funding".
        if (gone == kOpen) {
          uint32_t close = at;
          while (close < limit && close < at + 8 && tokens[close].surface_hash != kClose) ++close;
          if (close + 1 >= limit || tokens[close].surface_hash != kClose) break;
          at = close + 1;
        } else if (!IsCurrencySign(gone) && gone != kQuote) {
          break;  // "$", "€" and quotation marks are free
        }
        free = true;
      } else {
        // "an additional £10 million in humanitarian aid": the sum's "in" and its
        // "additional" or "further" too.
        bool after_sum = at >= i + 2 && (tokens[at - 2].surface_hash == kMillion ||
                                         tokens[at - 2].surface_hash == kBillion);
        free = gone == kMillion || gone == kBillion || gone == kAdditional ||
               gone == kFurther || (gone == kIn && after_sum) ||
               (at >= i + 2 && gone == kAnd) ||
               (at >= i + 2 && gone == kOf && IsMeasureNoun(tokens[at - 2].surface_hash));
      }
      free |= tokens[at - 1].inner;  // "urged the Government of Nicaragua to ...": one name
      // "hold their first direct peace talks", "fires more than a dozen ballistic missiles at".
      free |= tokens[at - 1].light;
      if (!free && ++skipped > e.gap) break;
    }
    const LexToken& t = tokens[at];
    if ((e.set->Contains(t.surface_hash) || (!p.surface_only && e.set->Contains(t.lemma_hash))) &&
        MatchAfter(p, tokens, k + 1, at + 1, limit, end)) {
      return true;
    }
    for (const std::vector<uint64_t>& phrase : e.set->phrases) {
      if (at + phrase.size() > limit) continue;
      size_t m = 0;
      while (m < phrase.size() && same(phrase[m], tokens[at + m])) ++m;
      if (m == phrase.size() &&
          MatchAfter(p, tokens, k + 1, at + static_cast<uint32_t>(m), limit, end)) {
        return true;
      }
    }
  }
  return false;
}

bool EventLexicon::MatchBefore(const EventPattern& p, const std::vector<LexToken>& tokens, size_t k,
                               uint32_t right) const {
  if (k == p.before.size()) return true;
  const PatternElement& e = p.before[k];
  auto same = [&](uint64_t h, const LexToken& t) {
    return h == t.surface_hash || (!p.surface_only && h == t.lemma_hash);
  };
  // The element ends just before `stop`; tokens[stop, right) are skipped.
  for (uint32_t g = 0; g <= e.gap && g < right; ++g) {
    uint32_t stop = right - g;
    if (g > 0 && tokens[stop].punct) break;
    const LexToken& t = tokens[stop - 1];
    if ((e.set->Contains(t.surface_hash) || (!p.surface_only && e.set->Contains(t.lemma_hash))) &&
        MatchBefore(p, tokens, k + 1, stop - 1)) {
      return true;
    }
    for (const std::vector<uint64_t>& phrase : e.set->phrases) {
      if (phrase.size() > stop) continue;
      uint32_t from = stop - static_cast<uint32_t>(phrase.size());
      size_t m = 0;
      while (m < phrase.size() && same(phrase[m], tokens[from + m])) ++m;
      if (m == phrase.size() && MatchBefore(p, tokens, k + 1, from)) return true;
    }
  }
  return false;
}

EventLexicon::SentenceSignature EventLexicon::Signature(const std::vector<LexToken>& tokens) const {
  SentenceSignature sig;
  for (const LexToken& t : tokens) {
    for (uint64_t h : {t.lemma_hash, t.surface_hash}) {
      uint32_t bit = SignatureBit(h);
      sig.bits[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }
  return sig;
}

const EventPattern* EventLexicon::MatchAt(const std::vector<LexToken>& tokens, uint32_t i,
                                          uint32_t limit, uint32_t* end) const {
  std::vector<LexToken> head(tokens.begin(), tokens.begin() + limit);
  return MatchAt(tokens, i, limit, Signature(head), end);
}

const EventPattern* EventLexicon::MatchAnchored(const std::vector<LexToken>& tokens, uint32_t i,
                                                uint32_t limit, const SentenceSignature& signature,
                                                uint32_t* end,
                                                std::optional<AnchorPos> skip) const {
  // Patterns anchored on the lemma ("hold"), then on the form as written ("arms").
  const uint64_t* have = signature.bits;
  for (uint64_t key : {tokens[i].lemma_hash, tokens[i].surface_hash}) {
    if (const uint32_t* list = by_anchor_.Find(key)) {
      for (const EventPattern* p : anchor_lists_[*list]) {
        if ((p->needs[0] & ~have[0]) || (p->needs[1] & ~have[1])) continue;
        if (skip && p->pos == *skip) continue;
        uint32_t e = 0;
        if (MatchBefore(*p, tokens, 0, i) && MatchAfter(*p, tokens, 0, i + 1, limit, &e)) {
          if (!p->code) return nullptr;  // a null pattern: the anchor codes nothing
          *end = e;
          return p;
        }
      }
    }
    if (tokens[i].lemma_hash == tokens[i].surface_hash) break;
  }
  return nullptr;
}

}  // namespace dyad
