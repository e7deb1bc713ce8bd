// A line-oriented reader. Comments are removed first (<!-- ... --> across lines, then '#'
// or ';' at a line start or after a blank, so that a code such as "[###]" survives to be
// reported). The first character of what remains decides the line's kind: "---" opens a
// verb block, '-' is a pattern, '&' a synset label, '~' a transformation, '+' a synset
// member right after a label and otherwise a (multi-word) verb, anything else a verb.
// Patterns are split into terms by a small lexer in which blanks separate terms that may
// have words between them and '_' joins adjacent ones; {} and () only group. Discard
// phrases are tokenised like text and indexed by their first token; a one-token stem is
// found by probing the hashes of a token's prefixes (FNV-1a extends byte by byte), only at
// the stem lengths in use.
#include "lexicon/petrarch_verbs.h"

#include <cctype>

#include "base/data_source.h"

namespace dyad {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Calls fn(line_number, content) for every line whose content, once comments are removed
// and blanks trimmed, is not empty.
template <typename Fn>
void ForEachContentLine(std::string_view text, Fn&& fn) {
  bool in_comment = false;
  int line_no = 0;
  std::string line;
  ForEachLine(text, [&](std::string_view raw) {
    ++line_no;
    line.clear();
    size_t pos = 0;
    while (pos < raw.size()) {
      if (in_comment) {
        size_t close = raw.find("-->", pos);
        if (close == std::string_view::npos) break;
        in_comment = false;
        pos = close + 3;
        continue;
      }
      size_t open = raw.find("<!", pos);
      line.append(raw.substr(pos, open == std::string_view::npos ? open : open - pos));
      if (open == std::string_view::npos) break;
      if (raw.compare(open, 4, "<!--") == 0) {
        in_comment = true;
        pos = open + 4;
      } else {
        break;  // "<! -- ...": a malformed comment runs to the end of the line
      }
    }
    for (size_t i = 0; i < line.size(); ++i) {
      if ((line[i] == '#' || line[i] == ';') && (i == 0 || IsBlank(line[i - 1]))) {
        line.resize(i);
        break;
      }
    }
    std::string_view content = Trim(line);
    if (!content.empty()) fn(line_no, content);
  });
}

bool IsVowel(char c) {
  c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

// PETRARCH's regular forms of a verb word: -S, -ED and -ING.
std::vector<std::string> RegularForms(const std::string& w) {
  if (w.empty()) return {};
  auto upper = [&](size_t back) {
    return back < w.size()
               ? static_cast<char>(std::toupper(static_cast<unsigned char>(w[w.size() - 1 - back])))
               : '\0';
  };
  char last = upper(0), before = upper(1);
  bool consonant_y = last == 'Y' && before && !IsVowel(before);
  std::string stem_y = w.substr(0, w.size() - 1);
  std::vector<std::string> out;
  if (last == 'S' || last == 'X' || last == 'Z' ||
      (last == 'H' && (before == 'C' || before == 'S'))) {
    out.push_back(w + "ES");
  } else if (consonant_y) {
    out.push_back(stem_y + "IES");
  } else {
    out.push_back(w + "S");
  }
  if (last == 'E') {
    out.push_back(w + "D");
  } else if (consonant_y) {
    out.push_back(stem_y + "IED");
  } else {
    out.push_back(w + "ED");
  }
  if (last == 'E' && before && !IsVowel(before)) {
    out.push_back(stem_y + "ING");
  } else {
    out.push_back(w + "ING");
  }
  return out;
}

// "RE_+ARREST" -> {RE, ARREST}, verb 1; "+CARRY_OUT" -> {CARRY, OUT}, verb 0.
bool ParseForm(std::string_view written, PetrarchVerbForm* form) {
  form->words.clear();
  form->verb = 0;
  bool marked = false;
  size_t pos = 0;
  while (pos <= written.size()) {
    size_t us = written.find('_', pos);
    if (us == std::string_view::npos) us = written.size();
    std::string_view w = written.substr(pos, us - pos);
    pos = us + 1;
    if (!w.empty() && w.front() == '+') {
      if (marked) return false;
      marked = true;
      form->verb = form->words.size();
      w.remove_prefix(1);
    }
    if (!w.empty()) form->words.emplace_back(w);
  }
  return !form->words.empty() && form->verb < form->words.size();
}

// Reads the first "[...]" in `s` (the last when `last`) into `code`; `s` keeps what came
// before it.
bool TakeBrackets(std::string_view* s, std::string* code, bool last) {
  size_t open = last ? s->rfind('[') : s->find('[');
  if (open == std::string_view::npos) return false;
  size_t close = s->find(']', open);
  if (close == std::string_view::npos) return false;
  *code = std::string(Trim(s->substr(open + 1, close - open - 1)));
  *s = Trim(s->substr(0, open));
  return true;
}

// "064", "174K", "---" (null).
bool ValidCode(std::string_view c) {
  if (c == "---") return true;
  size_t digits = 0;
  while (digits < c.size() && std::isdigit(static_cast<unsigned char>(c[digits]))) ++digits;
  if (digits == 0 || digits > 4) return false;
  for (size_t i = digits; i < c.size(); ++i) {
    if (!std::isalpha(static_cast<unsigned char>(c[i]))) return false;
  }
  return c.size() - digits <= 1;
}

// "042:043", ":173", "064"; a final '?' or '!' (the author's doubt) is dropped.
bool ParseCode(std::string_view written, PetrarchVerbCode* code) {
  while (!written.empty() && (written.back() == '?' || written.back() == '!')) {
    written.remove_suffix(1);
  }
  size_t colon = written.find(':');
  code->code = std::string(Trim(written.substr(0, colon)));
  code->reverse =
      colon == std::string_view::npos ? "" : std::string(Trim(written.substr(colon + 1)));
  return (code->code.empty() || ValidCode(code->code)) &&
         (code->reverse.empty() || ValidCode(code->reverse)) &&
         !(code->code.empty() && code->reverse.empty());
}

bool IsTermDelimiter(char c) {
  return IsBlank(c) || c == '_' || c == '{' || c == '}' || c == '(' || c == ')' || c == '*' ||
         c == '$' || c == '+' || c == '%' || c == '^' || c == '&';
}

// Splits a pattern's body (without '-' and code) into terms.
std::string ReadTerms(std::string_view body, std::vector<PetrarchTerm>* terms) {
  terms->clear();
  bool joined = false;
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (IsBlank(c)) {
      joined = false;
      ++i;
      continue;
    }
    if (c == '_') {
      joined = !terms->empty();
      ++i;
      continue;
    }
    if (c == '{' || c == '}' || c == '(' || c == ')') {
      ++i;
      continue;
    }
    PetrarchTerm t;
    t.joined = joined;
    joined = false;
    switch (c) {
      case '*':
        t.kind = PetrarchTerm::Kind::kVerb;
        break;
      case '$':
        t.kind = PetrarchTerm::Kind::kSource;
        break;
      case '+':
        t.kind = PetrarchTerm::Kind::kTarget;
        break;
      case '%':
        t.kind = PetrarchTerm::Kind::kCompound;
        break;
      case '^':
        t.kind = PetrarchTerm::Kind::kSkip;
        break;
      case '&': {
        size_t end = i + 1;
        while (end < body.size() && std::isalnum(static_cast<unsigned char>(body[end]))) ++end;
        if (end == i + 1) return "'&' without a synset name";
        t.kind = PetrarchTerm::Kind::kSynset;
        t.text = std::string(body.substr(i + 1, end - i - 1));
        terms->push_back(std::move(t));
        i = end;
        continue;
      }
      default: {
        size_t end = i;
        while (end < body.size() && !IsTermDelimiter(body[end])) ++end;
        t.kind = PetrarchTerm::Kind::kWord;
        t.text = std::string(body.substr(i, end - i));
        terms->push_back(std::move(t));
        i = end;
        continue;
      }
    }
    terms->push_back(std::move(t));
    ++i;
  }
  return "";
}

// Which of 4,096 bits the first two bytes of a word, lowercased, select.
uint32_t StemStart(std::string_view w) {
  auto lower = [](char c) {  // ASCII only, as HashLower: no locale lookup per token
    auto u = static_cast<unsigned char>(c);
    return static_cast<uint32_t>(u >= 'A' && u <= 'Z' ? u + 32 : u);
  };
  return ((lower(w[0]) << 6) ^ lower(w[1])) & 4095;
}

}  // namespace

std::string PetrarchPlural(std::string_view word) {
  std::string w(word);
  if (w.empty()) return w;
  char last = static_cast<char>(std::toupper(static_cast<unsigned char>(w.back())));
  char before = w.size() > 1
                    ? static_cast<char>(std::toupper(static_cast<unsigned char>(w[w.size() - 2])))
                    : '\0';
  bool lower = std::islower(static_cast<unsigned char>(w.back()));
  auto suffix = [&](const char* s) {
    std::string out(s);
    if (lower) {
      for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
  };
  if (last == 'Y' && before && !IsVowel(before)) return w.substr(0, w.size() - 1) + suffix("IES");
  if (last == 'S' || last == 'X' || last == 'Z' ||
      (last == 'H' && (before == 'C' || before == 'S'))) {
    return w + suffix("ES");
  }
  return w + suffix("S");
}

Result<PetrarchVerbDictionary> ParsePetrarchVerbs(std::string_view name, std::string_view text,
                                                  std::vector<std::string>* warnings) {
  PetrarchVerbDictionary dict;
  auto warn = [&](int line, const std::string& reason) {
    if (warnings)
      warnings->push_back(std::string(name) + ":" + std::to_string(line) + ": " + reason);
  };
  PetrarchSynset* synset = nullptr;  // the synset whose members may follow
  PetrarchVerbBlock* block = nullptr;
  std::vector<PetrarchTerm> terms;
  ForEachContentLine(text, [&](int line_no, std::string_view line) {
    if (line.substr(0, 3) == "---") {  // --- NAME [CODE] ---
      synset = nullptr;
      size_t dashes = line.find_first_not_of('-');
      std::string_view body = dashes == std::string_view::npos ? "" : Trim(line.substr(dashes));
      while (!body.empty() && body.back() == '-') body.remove_suffix(1);
      body = Trim(body);
      PetrarchVerbBlock& b = dict.blocks.emplace_back();
      b.line = line_no;
      b.code.code = "---";
      std::string code;
      std::string_view name = body;
      if (TakeBrackets(&name, &code, /*last=*/false) && !ParseCode(code, &b.code)) {
        b.code = {"---", ""};
        warn(line_no, "unreadable block code [" + code + "]; its bare verbs code nothing");
      }
      b.name = std::string(name.substr(0, name.find_first_of(" \t")));
      block = &b;
      return;
    }
    if (line[0] == '-') {
      ++dict.pattern_lines;
      if (!block) return warn(line_no, "pattern outside a verb block");
      PetrarchPattern p;
      p.line = line_no;
      p.text = std::string(line);
      std::string_view body = line.substr(1);
      std::string code;
      if (!TakeBrackets(&body, &code, /*last=*/true))
        return warn(line_no, "pattern without a [code]");
      if (!ParseCode(code, &p.code)) return warn(line_no, "unreadable code [" + code + "]");
      std::string error = ReadTerms(body, &p.terms);
      if (!error.empty()) return warn(line_no, error);
      int verbs = 0;
      for (const PetrarchTerm& t : p.terms) verbs += t.kind == PetrarchTerm::Kind::kVerb;
      if (verbs != 1) return warn(line_no, "a pattern needs exactly one '*' (the verb)");
      block->patterns.push_back(std::move(p));
      return;
    }
    if (line[0] == '&') {  // &NAME or &NAME_
      size_t end = 1;
      while (end < line.size() && !IsBlank(line[end])) ++end;
      std::string label(line.substr(1, end - 1));
      bool plurals = true;
      while (!label.empty() && label.back() == '_') {
        label.pop_back();
        plurals = false;
      }
      if (label.empty()) return warn(line_no, "'&' without a synset name");
      auto [it, fresh] = dict.synsets.try_emplace(label);
      if (fresh) {
        it->second.line = line_no;
        it->second.plurals = plurals;
      } else {
        warn(line_no, "synset &" + label + " defined again; its members are added");
      }
      synset = &it->second;
      return;
    }
    if (line[0] == '+' && synset) {
      std::string member;
      for (char c : Trim(line.substr(1))) {
        if (IsBlank(c)) c = ' ';
        if (c == ' ' && (member.empty() || member.back() == ' ')) continue;
        member.push_back(c);
      }
      // "GOLDEN_GOBLIN_GALLEONS_": words joined, and no plural (the final '_').
      bool no_plural = !member.empty() && member.back() == '_';
      while (!member.empty() && (member.back() == '_' || member.back() == ' ')) member.pop_back();
      for (char& c : member) {
        if (c == '_') c = ' ';
      }
      if (member.empty()) return warn(line_no, "empty synset member");
      if (no_plural) member.push_back('_');
      synset->members.push_back(std::move(member));
      return;
    }
    synset = nullptr;
    if (line[0] == '~') {
      size_t eq = line.find('=');
      if (eq == std::string_view::npos) return warn(line_no, "transformation without '='");
      dict.transformations.push_back({std::string(Trim(line.substr(1, eq - 1))),
                                      std::string(Trim(line.substr(eq + 1))), line_no});
      return;
    }
    // A verb: WORD {FORMS} [CODE].
    if (!block)
      return warn(line_no, "verb outside a verb block (no '--- NAME [CODE] ---' before it)");
    PetrarchVerb v;
    v.line = line_no;
    v.text = std::string(line);
    std::string_view body = line;
    if (body.find('[') != std::string_view::npos) {
      std::string code;
      if (!TakeBrackets(&body, &code, /*last=*/true) || !ParseCode(code, &v.code)) {
        return warn(line_no, "unreadable verb code in '" + std::string(line) + "'");
      }
    }
    std::string_view forms;
    size_t open = body.find('{');
    if (open != std::string_view::npos) {
      size_t close = body.find('}', open);
      if (close == std::string_view::npos) return warn(line_no, "'{' without '}'");
      forms = body.substr(open + 1, close - open - 1);
      v.irregular = true;
      body = Trim(body.substr(0, open));
    }
    // "LASH OUT", the TABARI way of writing "+LASH_OUT": the first word is the verb.
    std::string written(body);
    if (body.find_first_of(" \t") != std::string_view::npos) {
      written.clear();
      for (char c : body) {
        if (!IsBlank(c)) {
          written.push_back(c);
        } else if (written.back() != '_') {
          written.push_back('_');
        }
      }
      if (written.find('+') == std::string::npos) written.insert(0, "+");
      warn(line_no, "verb '" + std::string(body) + "' read as '" + written + "'");
    }
    PetrarchVerbForm base;
    if (!ParseForm(written, &base))
      return warn(line_no, "unreadable verb '" + std::string(body) + "'");
    v.forms.push_back(base);
    if (v.irregular) {
      size_t pos = 0;
      while (pos < forms.size()) {
        while (pos < forms.size() && IsBlank(forms[pos])) ++pos;
        size_t end = pos;
        while (end < forms.size() && !IsBlank(forms[end])) ++end;
        if (end > pos) {
          PetrarchVerbForm f;
          if (ParseForm(forms.substr(pos, end - pos), &f)) {
            v.forms.push_back(std::move(f));
          } else {
            warn(line_no,
                 "unreadable verb form '" + std::string(forms.substr(pos, end - pos)) + "'");
          }
        }
        pos = end;
      }
    } else {
      for (std::string& w : RegularForms(base.words[base.verb])) {
        PetrarchVerbForm f = base;
        f.words[f.verb] = std::move(w);
        v.forms.push_back(std::move(f));
      }
    }
    block->verbs.push_back(std::move(v));
  });
  if (dict.blocks.empty()) {
    return Status::InvalidArgument(std::string(name) +
                                   ": no verb block ('--- NAME [CODE] ---'): not a PETRARCH-2 verb "
                                   "dictionary");
  }
  return dict;
}

Result<std::vector<PetrarchDiscard>> ParsePetrarchDiscards(std::string_view name,
                                                           std::string_view text,
                                                           std::vector<std::string>* warnings) {
  std::vector<PetrarchDiscard> out;
  ForEachContentLine(text, [&](int line_no, std::string_view line) {
    PetrarchDiscard d;
    d.line = line_no;
    if (line[0] == '+') {
      d.story = true;
      line = Trim(line.substr(1));
    }
    if (!line.empty() && line.back() == '_') {
      d.whole_word = true;
      while (!line.empty() && line.back() == '_') line.remove_suffix(1);
    }
    for (char c : line) {
      if (c == '_' || IsBlank(c)) c = ' ';
      if (c == ' ' && (d.phrase.empty() || d.phrase.back() == ' ')) continue;
      d.phrase.push_back(c);
    }
    while (!d.phrase.empty() && d.phrase.back() == ' ') d.phrase.pop_back();
    if (d.phrase.empty()) {
      if (warnings)
        warnings->push_back(std::string(name) + ":" + std::to_string(line_no) +
                            ": empty discard phrase");
      return;
    }
    out.push_back(std::move(d));
  });
  return out;
}

void DiscardList::Add(std::string_view file, const std::vector<PetrarchDiscard>& discards) {
  std::vector<Token> tokens;
  for (const PetrarchDiscard& d : discards) {
    Tokenize(d.phrase, &tokens);
    if (tokens.empty()) continue;
    Compiled c;
    c.entry = static_cast<uint32_t>(entries_.size());
    for (size_t i = 0; i + 1 < tokens.size(); ++i) c.words.push_back(tokens[i].hash);
    for (char ch : tokens.back().text) {
      c.last.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
    }
    c.stem = !d.whole_word && c.last.size() < 64;
    uint64_t key = tokens.front().hash;
    if (tokens.size() == 1 && c.stem) {
      stem_lengths_ |= uint64_t{1} << c.last.size();
      if (c.last.size() < 2) {
        short_stems_ = true;
      } else {
        uint32_t bit = StemStart(c.last);
        stem_starts_[bit >> 6] |= uint64_t{1} << (bit & 63);
      }
    }
    story_entries_ += d.story ? 1 : 0;
    entries_.push_back({d.phrase, d.story, std::string(file) + ":" + std::to_string(d.line)});
    uint32_t& list = by_first_.Insert(key, static_cast<uint32_t>(lists_.size()));
    if (list == lists_.size()) lists_.emplace_back();
    lists_[list].push_back(static_cast<uint32_t>(compiled_.size()));
    compiled_.push_back(std::move(c));
  }
}

bool DiscardList::MatchesAt(const Compiled& c, const std::vector<Token>& tokens, uint32_t i,
                            uint32_t end) const {
  size_t n = c.words.size() + 1;
  if (i + n > end) return false;
  for (size_t k = 0; k < c.words.size(); ++k) {
    if (tokens[i + k].hash != c.words[k]) return false;
  }
  std::string_view last = tokens[i + n - 1].text;
  if (last.size() < c.last.size() || (!c.stem && last.size() != c.last.size())) return false;
  for (size_t k = 0; k < c.last.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(last[k])) != c.last[k]) return false;
  }
  return true;
}

const DiscardList::Entry* DiscardList::Find(const std::vector<Token>& tokens, uint32_t first,
                                            uint32_t end, bool story) const {
  if (entries_.empty()) return nullptr;
  // Nothing of this level to find: skip the scan (and its stem hashing).
  if ((story && story_entries_ == 0) || (!story && story_entries_ == entries_.size())) {
    return nullptr;
  }
  auto check = [&](uint64_t key, uint32_t i) -> const Entry* {
    const uint32_t* list = by_first_.Find(key);
    if (!list) return nullptr;
    for (uint32_t k : lists_[*list]) {
      const Compiled& c = compiled_[k];
      if (entries_[c.entry].story == story && MatchesAt(c, tokens, i, end))
        return &entries_[c.entry];
    }
    return nullptr;
  };
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    if (t.is(kPunct)) continue;
    if (const Entry* e = check(t.hash, i)) return e;
    if (!stem_lengths_ || t.text.size() < 2) continue;
    uint32_t start = StemStart(t.text);
    if (!short_stems_ && !(stem_starts_[start >> 6] & (uint64_t{1} << (start & 63)))) continue;
    uint64_t h = 1469598103934665603ull;  // HashLower, one byte at a time
    for (size_t n = 0; n + 1 < t.text.size() && n < 63; ++n) {
      unsigned char u = static_cast<unsigned char>(t.text[n]);
      if (u >= 'A' && u <= 'Z') u += 32;
      h = (h ^ u) * 1099511628211ull;
      if (stem_lengths_ & (uint64_t{1} << (n + 1))) {
        if (const Entry* e = check(h, i)) return e;
      }
    }
  }
  return nullptr;
}

}  // namespace dyad
