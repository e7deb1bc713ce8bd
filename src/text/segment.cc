// Decides, after each token, whether a sentence ends there. The decision looks at most at
// the current token, the quotes and brackets that close it, and the next token: terminal
// punctuation ends a sentence when the next token is capitalised, a number or an opening
// quote, or starts a new line; an acronym's own period ("U.S.") ends one only before a
// typical sentence opener ("The", "He", ...); a title abbreviation ("Gen.") never does.
#include "text/segment.h"

#include <array>
#include <string_view>

namespace dyad {
namespace {

bool IsTerminal(const Token& t) {
  return t.is(kPunct) && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "...");
}

bool IsCloser(const Token& t) {
  return t.is(kPunct) && !t.is(kSpaceBefore) &&
         (t.text == "\"" || t.text == "'" || t.text == ")" || t.text == "]");
}

bool OpensSentence(const Token& t) {
  return t.is(kCapitalized) || t.is(kNumber) || t.newlines_before > 0 ||
         (t.is(kPunct) && (t.text == "\"" || t.text == "'" || t.text == "(" || t.text == "["));
}

bool IsSentenceOpener(const Token& t) {
  static constexpr std::array<std::string_view, 24> kOpeners = {
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These",
      "Those", "In", "On", "At", "But", "And", "However", "Meanwhile", "Its", "His", "Her",
      "There"};
  for (std::string_view w : kOpeners) {
    if (t.text == w) return true;
  }
  return false;
}

// A heading: most words of the line capitalised ("Tripartite Outrage: South Korea ...").
bool IsTitleCase(const std::vector<Token>& tokens, uint32_t first, uint32_t end) {
  int words = 0, caps = 0;
  for (uint32_t i = first; i < end; ++i) {
    if (!tokens[i].is(kWord)) continue;
    ++words;
    caps += tokens[i].is(kCapitalized) ? 1 : 0;
  }
  return words > 0 && caps * 2 > words;
}

}  // namespace

void Segment(const std::vector<Token>& tokens, std::vector<SentenceSpan>* out) {
  out->clear();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t start = 0;
  uint32_t line_start = 0;  // first token of the current line
  auto close = [&](uint32_t end) {
    if (end > start) {
      out->push_back({start, end, tokens[start].begin, tokens[end - 1].end});
    }
    start = end;
  };
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (i > start && t.newlines_before > 0) {
      const Token& prev = tokens[i - 1];
      bool prev_terminal = IsTerminal(prev) || IsCloser(prev) || prev.is(kAbbrev);
      if (t.newlines_before >= 2) {
        bool runs_on = !prev_terminal && !t.is(kCapitalized) && t.is(kWord) &&
                       !IsTitleCase(tokens, line_start, i);
        if (!runs_on) close(i);
      } else if (prev_terminal || !t.is(kWord) || t.is(kCapitalized) ||
                 IsTitleCase(tokens, line_start, i)) {
        close(i);  // a line of its own: heading, byline, list item, source note
      }
    }
    if (t.newlines_before > 0) line_start = i;
    if (i - start >= kMaxSentenceTokens) close(i);  // unpunctuated text: bound the work
    uint32_t j = i + 1;
    if (IsTerminal(t)) {
      while (j < n && IsCloser(tokens[j])) ++j;
      if (j >= n || OpensSentence(tokens[j])) {
        close(j);
        i = j - 1;
      }
    } else if (t.is(kAbbrev) && !t.is(kTitleAbbrev) && j < n) {
      const Token& next = tokens[j];
      if (next.newlines_before > 0 || IsSentenceOpener(next)) close(j);
    }
  }
  close(n);
}

}  // namespace dyad
