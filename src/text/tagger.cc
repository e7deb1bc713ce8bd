// Loading parses the three YAML tables with a purpose-built line reader: every line is
// `"key": { tag: number, tag: number }`. Word counts become log P(tag | word) with add-one
// smoothing, as the Perl tagger scores them, and transitions log P(tag | previous tag).
// Decoding is Viterbi over the sparse candidate tags of each token, starting from the
// sentence-boundary tag "pp". A word is looked up as written, then with its first letter
// lowercased, then by its shape class.
#include "text/tagger.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace dyad {
namespace {

uint64_t HashExact(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// Calls fn(key, [(tag, value)...]) for each line of a Lingua YAML table.
template <typename Fn>
Status ForEachYamlRow(std::string_view text, Fn&& fn) {
  std::vector<std::pair<std::string_view, double>> pairs;
  Status status;
  ForEachLine(text, [&](std::string_view line) {
    if (!status.ok() || line.empty() || line.substr(0, 3) == "---") return;
    size_t brace = line.rfind(": {");
    if (brace == std::string_view::npos) return;
    std::string_view key = line.substr(0, brace);
    if (key.size() >= 2 && key.front() == '"' && key.back() == '"') {
      key = key.substr(1, key.size() - 2);
    }
    std::string_view body = line.substr(brace + 3);
    size_t close = body.rfind('}');
    if (close == std::string_view::npos) {
      status = Status::DataLoss("bad tagger table line: " + std::string(line.substr(0, 40)));
      return;
    }
    body = body.substr(0, close);
    pairs.clear();
    size_t p = 0;
    while (p < body.size()) {
      size_t comma = body.find(',', p);
      if (comma == std::string_view::npos) comma = body.size();
      std::string_view item = body.substr(p, comma - p);
      p = comma + 1;
      size_t colon = item.find(':');
      if (colon == std::string_view::npos) continue;
      std::string_view tag = item.substr(0, colon);
      while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
      std::string value(item.substr(colon + 1));
      pairs.emplace_back(tag, std::strtod(value.c_str(), nullptr));
    }
    fn(key, pairs);
  });
  return status;
}

struct PennName {
  const char* lingua;
  const char* penn;
};
constexpr PennName kPenn[] = {
    {"det", "DT"}, {"ppc", ","}, {"pp", "."}, {"pps", ":"}, {"ppl", "``"}, {"ppr", "''"},
    {"prps", "PRP$"}, {"wps", "WP$"}, {"lrb", "("}, {"rrb", ")"}, {"sym", "SYM"}};

}  // namespace

Result<std::unique_ptr<Tagger>> Tagger::Load(DataSource* source) {
  std::unique_ptr<Tagger> t(new Tagger());
  std::unordered_map<std::string, uint8_t> index;
  auto tag_id = [&](std::string_view name) -> uint8_t {
    auto it = index.find(std::string(name));
    if (it != index.end()) return it->second;
    uint8_t id = static_cast<uint8_t>(t->penn_.size());
    index.emplace(std::string(name), id);
    std::string penn;
    for (const PennName& p : kPenn) {
      if (name == p.lingua) penn = p.penn;
    }
    if (penn.empty()) {
      for (char c : name) penn.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    }
    t->penn_.push_back(penn);
    char kind = name.substr(0, 2) == "vb" ? 'v' : name.substr(0, 2) == "nn" ? 'n'
              : name.substr(0, 2) == "jj" ? 'j' : 'o';
    t->kind_.push_back(kind);
    return id;
  };

  Result<std::string_view> tags = source->Read("lingua/tags.yml");
  if (!tags.ok()) return tags.status();
  std::vector<std::tuple<uint8_t, uint8_t, double>> trans;
  DYAD_RETURN_IF_ERROR(ForEachYamlRow(*tags, [&](std::string_view key, const auto& pairs) {
    uint8_t prev = tag_id(key);
    for (const auto& [tag, p] : pairs) trans.emplace_back(prev, tag_id(tag), p);
  }));
  if (t->penn_.size() > 250) return Status::DataLoss("too many tags in tags.yml");

  using Pairs = std::vector<std::pair<std::string_view, double>>;
  auto add_entry = [&](std::string_view key, const Pairs& pairs) {
    double total = 0;
    for (const auto& pair : pairs) total += pair.second;
    Entry e{static_cast<uint32_t>(t->emissions_.size()), 0};
    for (const auto& [tag, count] : pairs) {
      float lp = static_cast<float>(std::log((count + 1.0) / (total + pairs.size())));
      t->emissions_.push_back({tag_id(tag), lp});
    }
    e.end = static_cast<uint32_t>(t->emissions_.size());
    t->exact_.Insert(HashExact(key), e);
  };
  Result<std::string_view> words = source->Read("lingua/words.yml");
  if (!words.ok()) return words.status();
  DYAD_RETURN_IF_ERROR(ForEachYamlRow(*words, add_entry));
  // A third-person or plural form the table never saw ("affirms", "resigns", "expels") is
  // read from its stem: as often a VBZ as the stem is a verb, an NNS as it is a noun. The
  // shape class alone makes every such word a plural noun ("Egypt affirms/NNS that"). A
  // form that some word already has (a base form's "-s" may be another word) is left alone.
  std::vector<std::pair<std::string, Pairs>> derived;
  DYAD_RETURN_IF_ERROR(ForEachYamlRow(*words, [&](std::string_view key, const auto& pairs) {
    if (key.size() < 3) return;
    for (char c : key) {
      if (c < 'a' || c > 'z') return;
    }
    // British spellings the American-trained table lacks: "recognises", "criticised",
    // "organisation", "analysed" read as their "-ize" and "-yze" twins.
    for (std::string_view suffix : {"e", "es", "ed", "ing", "ation", "ations", "er", "ers"}) {
      if (key.size() < suffix.size() + 4 || !key.ends_with(suffix)) continue;
      size_t at = key.size() - suffix.size() - 2;
      if (key.substr(at, 2) != "iz" && key.substr(at, 2) != "yz") continue;
      std::string british(key);
      british[at + 1] = 's';
      if (!t->exact_.Contains(HashExact(british))) {
        derived.emplace_back(std::move(british), Pairs(pairs.begin(), pairs.end()));
      }
    }
    double verb = 0, noun = 0, past = 0;
    for (const auto& [tag, count] : pairs) {
      if (tag == "vb" || tag == "vbp") verb += count;
      if (tag == "nn") noun += count;
      if (tag == "vbd" || tag == "vbn") past += count;
    }
    auto add = [&](std::string_view stem, double as_verb, double as_noun) {
      std::string form(stem);
      const char last = stem.back();
      const bool vowel = std::strchr("aeiou", stem[stem.size() - 2]) != nullptr;
      if (last == 's' || last == 'x' || last == 'z' || stem.ends_with("ch") ||
          stem.ends_with("sh")) {
        form += "es";
      } else if (last == 'y' && !vowel) {
        form.back() = 'i';
        form += "es";
      } else {
        form += 's';
      }
      if (t->exact_.Contains(HashExact(form))) return;
      Pairs tags;
      if (as_verb > 0) tags.emplace_back("vbz", as_verb);
      if (as_noun > 0) tags.emplace_back("nns", as_noun);
      derived.emplace_back(std::move(form), std::move(tags));
    };
    if (verb + noun > 0) add(key, verb, noun);
    // A past the table never saw ("retaliated", "admonished") is read from the base form
    // or the gerund it did see: the shape class alone makes a word in "-ed" as often a noun
    // as a participle ("Iran retaliated/NN on Monday").
    auto add_past = [&](std::string form, double count) {
      if (t->exact_.Contains(HashExact(form))) return;
      derived.emplace_back(std::move(form), Pairs{{"vbd", count}, {"vbn", count}});
    };
    if (verb > 0) {
      const bool vowel = std::strchr("aeiou", key[key.size() - 2]) != nullptr;
      if (key.back() == 'e') {
        add_past(std::string(key) + "d", verb);
      } else if (key.back() == 'y' && !vowel) {
        add_past(std::string(key.substr(0, key.size() - 1)) + "ied", verb);
      } else {
        add_past(std::string(key) + "ed", verb);
      }
    }
    double gerund = 0;
    for (const auto& [tag, count] : pairs) gerund += tag == "vbg" ? count : 0;
    if (gerund > 0 && key.size() > 5 && key.ends_with("ing")) {  // "retaliating"
      add_past(std::string(key.substr(0, key.size() - 3)) + "ed", gerund);
    }
    // Only the past seen ("affirmed"): the stem is "affirm" or "base" (from "based").
    if (verb == 0 && past > 0 && key.size() > 4 && key.ends_with("ed")) {
      add(key.substr(0, key.size() - 2), past, 0);
      add(key.substr(0, key.size() - 1), past, 0);
    }
  }));
  for (const auto& [form, tags] : derived) add_entry(form, tags);
  Result<std::string_view> unknown = source->Read("lingua/unknown.yml");
  if (!unknown.ok()) return unknown.status();
  DYAD_RETURN_IF_ERROR(ForEachYamlRow(*unknown, add_entry));
  const size_t n = t->penn_.size();
  t->trans_.assign(n * n, std::log(1e-7f));
  for (const auto& [prev, cur, p] : trans) {
    if (p > 0) t->trans_[prev * n + cur] = static_cast<float>(std::log(p));
  }
  t->start_tag_ = tag_id("pp");
  t->vbn_ = tag_id("vbn");
  t->sym_ = tag_id("sym");
  return t;
}

uint64_t Tagger::ClassOf(const Token& tok) const {
  std::string_view w = tok.text;
  const char* cls;
  if (tok.is(kNumber)) {
    bool plain = true;
    for (char c : w) plain &= (c >= '0' && c <= '9') || c == '.' || c == ',';
    cls = plain ? "*NUM*" : "*ORD*";
    if (!plain && w.find_first_of("/:-") != std::string_view::npos) cls = "*NUM*";
  } else if (tok.is(kPunct)) {
    cls = w == "(" || w == "[" || w == "{" ? "*LRB*" : w == ")" || w == "]" || w == "}" ? "*RRB*" : "-sym-";
  } else if (tok.is(kAllCaps) || (w.size() == 1 && tok.is(kCapitalized))) {
    cls = "-abr-";
  } else if (w.find('-') != std::string_view::npos) {
    std::string_view tail = w.substr(w.rfind('-') + 1);
    const Entry* tail_entry = exact_.Find(HashExact(tail));
    bool adj = false;
    if (tail_entry) {
      for (uint32_t k = tail_entry->begin; k < tail_entry->end; ++k) {
        adj |= kind_[emissions_[k].tag] == 'j';
      }
    }
    cls = adj ? "-hyp-adj-" : "-hyp-";
  } else if (tok.is(kCapitalized)) {
    cls = "-cap-";
  } else if (w.size() > 3 && w.substr(w.size() - 3) == "ing") {
    cls = "-ing-";
  } else if (w.back() == 's') {
    cls = "-s-";
  } else if (w.size() > 4 && w.substr(w.size() - 4) == "tion") {
    cls = "-tion-";
  } else if (w.size() > 2 && w.substr(w.size() - 2) == "ly") {
    cls = "-ly-";
  } else if (w.size() > 2 && w.substr(w.size() - 2) == "ed") {
    cls = "-ed-";
  } else {
    cls = "-unknown-";
  }
  return HashExact(cls);
}

const Tagger::Entry* Tagger::Lookup(const Token& tok) const {
  if (const Entry* e = exact_.Find(HashExact(tok.text))) return e;
  if (tok.is(kCapitalized) && tok.text.size() < 64) {
    char buf[64];
    std::memcpy(buf, tok.text.data(), tok.text.size());
    if (buf[0] >= 'A' && buf[0] <= 'Z') buf[0] = static_cast<char>(buf[0] + 32);
    if (const Entry* e = exact_.Find(HashExact(std::string_view(buf, tok.text.size())))) return e;
  }
  return exact_.Find(ClassOf(tok));
}

void Tagger::Tag(const std::vector<Token>& tokens, uint32_t first, uint32_t end,
                 std::vector<uint8_t>* tags) const {
  const uint32_t len = end - first;
  tags->assign(len, sym_);
  if (len == 0) return;
  const size_t n = penn_.size();
  // Viterbi lattice over sparse candidates: per position, (tag, score, back-pointer).
  struct Cell {
    uint8_t tag;
    float score;
    int32_t back;
  };
  thread_local std::vector<Cell> cells;
  cells.clear();
  const Emission sym_only{sym_, 0.0f};
  int32_t prev_begin = -1, prev_end = -1;
  for (uint32_t i = 0; i < len; ++i) {
    const Entry* e = Lookup(tokens[first + i]);
    const Emission* em = e ? emissions_.data() + e->begin : &sym_only;
    const Emission* em_end = e ? emissions_.data() + e->end : &sym_only + 1;
    int32_t begin = static_cast<int32_t>(cells.size());
    for (const Emission* x = em; x != em_end; ++x) {
      // The best score and its back-pointer in locals, stored once: a Cell built in place
      // went through memory at every step.
      float score = -std::numeric_limits<float>::infinity();
      int32_t back = -1;
      if (prev_begin < 0) {
        score = trans_[start_tag_ * n + x->tag] + x->logp;
      } else {
        const Cell* prev = cells.data();
        for (int32_t p = prev_begin; p < prev_end; ++p) {
          float s = prev[p].score + trans_[prev[p].tag * n + x->tag] + x->logp;
          if (s > score) score = s, back = p;
        }
      }
      cells.push_back({x->tag, score, back});
    }
    prev_begin = begin;
    prev_end = static_cast<int32_t>(cells.size());
  }
  int32_t best = prev_begin;
  for (int32_t p = prev_begin; p < prev_end; ++p) {
    if (cells[p].score > cells[best].score) best = p;
  }
  for (int32_t i = static_cast<int32_t>(len) - 1; i >= 0 && best >= 0; --i) {
    (*tags)[i] = cells[best].tag;
    best = cells[best].back;
  }
}

}  // namespace dyad
