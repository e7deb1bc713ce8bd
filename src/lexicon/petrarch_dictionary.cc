// Line-oriented readers. A name line opens an entry; `+` lines add synonyms; bracketed
// codes, on the name line or on indented lines that follow, are appended to the current
// entry. Comments start at '#'. Agent names are expanded over every `!SUBST!` they use.
#include "lexicon/petrarch_dictionary.h"

#include <cctype>
#include <charconv>
#include <map>

#include "base/data_source.h"
#include "base/date.h"

namespace dyad {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The regular plural of a lowercase name's last word: "soldier" -> "soldiers", "militia
// commander" -> "militia commanders", "embassy" -> "embassies", "witness" -> "witnesses".
std::string RegularPlural(std::string_view name) {
  std::string out(name);
  auto ends = [&](std::string_view suffix) { return out.ends_with(suffix); };
  bool consonant_y = out.size() >= 2 && out.back() == 'y' &&
                     std::string_view("aeiou").find(out[out.size() - 2]) == std::string_view::npos;
  if (consonant_y) {
    out.pop_back();
    out += "ies";
  } else if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) {
    out += "es";
  } else {
    out += "s";
  }
  return out;
}

// "SERGEY_V._LAVROV_" -> "Sergey V. Lavrov"; lowercase when `title` is false.
std::string Words(std::string_view raw, bool title) {
  std::string out;
  bool start = true;
  for (char c : raw) {
    if (c == '_' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      start = true;
      continue;
    }
    unsigned char u = static_cast<unsigned char>(c);
    char lower = static_cast<char>(u < 0x80 ? std::tolower(u) : u);
    char upper = static_cast<char>(u < 0x80 ? std::toupper(u) : u);
    out.push_back(title && start ? upper : lower);
    start = c == '-' || c == '.';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// YYYYMMDD or YYMMDD.
bool ParseDate(std::string_view s, Date* d) {
  int v = 0;
  if (s.empty() || std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc()) return false;
  if (s.size() == 8) {
    *d = Date{v / 10000, v / 100 % 100, v % 100};
  } else if (s.size() == 6) {
    int yy = v / 10000;
    *d = Date{yy < 30 ? 2000 + yy : 1900 + yy, v / 100 % 100, v % 100};
  } else {
    return false;
  }
  if (d->month < 1 || d->month > 12) return false;
  if (d->day < 1 || d->day > DaysInMonth(d->year, d->month)) d->day = 1;
  return true;
}

// Reads every "[CODE DATES]" in `s`.
Status ParseCodes(std::string_view s, std::vector<PetrarchCode>* out,
                  std::vector<std::string>* skipped) {
  size_t pos = 0;
  while ((pos = s.find('[', pos)) != std::string_view::npos) {
    size_t close = s.find(']', pos);
    if (close == std::string_view::npos) close = s.find('}', pos);
    if (close == std::string_view::npos) return Status::InvalidArgument("unclosed [");
    std::string_view body = Trim(s.substr(pos + 1, close - pos - 1));
    pos = close + 1;
    size_t space = body.find_first_of(" \t");
    std::string_view code = body.substr(0, space);
    std::string_view dates = space == std::string_view::npos ? "" : Trim(body.substr(space));
    if (code.empty() || code.find_first_not_of('-') == std::string_view::npos) continue;
    PetrarchCode c;
    c.code = std::string(code);
    bool ok = true;
    if (!dates.empty()) {
      if (dates[0] == '>') {
        ok = ParseDate(Trim(dates.substr(1)), &c.start);
      } else if (dates[0] == '<') {
        ok = ParseDate(Trim(dates.substr(1)), &c.end);
      } else if (size_t dash = dates.find('-'); dash != std::string_view::npos) {
        // ("[HOBGOV 19950601 - 19990815]": spaces around the dash.)
        ok = ParseDate(Trim(dates.substr(0, dash)), &c.start) &&
             ParseDate(Trim(dates.substr(dash + 1)), &c.end);
      } else {
        ok = false;
      }
    }
    if (!ok) {
      // The field's files hold a few typos ("9008223"): the code is dropped, not the file.
      skipped->push_back("bad date in [" + std::string(body) + "]; code ignored");
      continue;
    }
    out->push_back(std::move(c));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<PetrarchActor>> ParsePetrarchActors(std::string_view name,
                                                       std::string_view text,
                                                       std::vector<std::string>* warnings) {
  std::vector<PetrarchActor> actors;
  int line_no = 0;
  Status status;
  ForEachLine(text, [&](std::string_view line) {
    ++line_no;
    if (!status.ok()) return;
    std::string_view content = line.substr(0, line.find('#'));
    bool indented = !content.empty() && (content[0] == ' ' || content[0] == '\t');
    content = Trim(content);
    if (content.empty()) return;
    auto fail = [&](const std::string& why) {
      status = Status::InvalidArgument(std::string(name) + ":" + std::to_string(line_no) + ": " + why);
    };
    auto warn = [&](std::string why) {
      if (warnings) warnings->push_back(std::string(name) + ":" + std::to_string(line_no) + ": " + why);
    };
    if (indented || content[0] == '[') {
      if (actors.empty()) return fail("a code before any name");
      std::vector<std::string> skipped;
      Status s = ParseCodes(content, &actors.back().codes, &skipped);
      if (!s.ok()) fail(s.message());
      for (std::string& w : skipped) warn(std::move(w));
      return;
    }
    bool synonym = content[0] == '+';
    if (synonym) content.remove_prefix(1);
    std::string_view raw = Trim(content.substr(0, content.find('[')));
    std::string words = Words(raw, /*title=*/true);
    if (synonym) {
      if (actors.empty()) return fail("a synonym before any name");
      if (!words.empty()) actors.back().names.push_back(std::move(words));
    } else {
      if (words.empty()) return fail("a line with no name");
      actors.push_back(PetrarchActor{{std::move(words)}, {}, line_no});
    }
    if (size_t b = content.find('['); b != std::string_view::npos) {
      std::vector<std::string> skipped;
      Status s = ParseCodes(content.substr(b), &actors.back().codes, &skipped);
      if (!s.ok()) fail(s.message());
      for (std::string& w : skipped) warn(std::move(w));
    }
  });
  if (!status.ok()) return status;
  return actors;
}

Result<std::vector<PetrarchAgent>> ParsePetrarchAgents(std::string_view name,
                                                       std::string_view text) {
  std::map<std::string, std::vector<std::string>> substitutions;  // "!MINIST!" -> words
  std::vector<PetrarchAgent> agents;
  int line_no = 0;
  Status status;
  ForEachLine(text, [&](std::string_view line) {
    ++line_no;
    if (!status.ok()) return;
    std::string_view content = Trim(line.substr(0, line.find('#')));
    // XML-style comment lines ("<!-- VERSION: 0.1 -->"), as PETRARCH's validation files have.
    if (content.empty() || content.substr(0, 4) == "<!--") return;
    auto fail = [&](const std::string& why) {
      status = Status::InvalidArgument(std::string(name) + ":" + std::to_string(line_no) + ": " + why);
    };
    if (content[0] == '!' && content.find('=') != std::string_view::npos) {
      std::string key(Trim(content.substr(0, content.find('='))));
      std::string_view list = content.substr(content.find('=') + 1);
      auto& words = substitutions[key];
      size_t pos = 0;
      while (pos <= list.size()) {
        size_t comma = list.find(',', pos);
        if (comma == std::string_view::npos) comma = list.size();
        std::string w = Words(Trim(list.substr(pos, comma - pos)), false);
        if (!w.empty()) words.push_back(std::move(w));
        pos = comma + 1;
      }
      return;
    }
    if (content[0] == '+') content.remove_prefix(1);
    size_t b = content.find('[');
    if (b == std::string_view::npos) {
      if (!agents.empty()) return;  // a bare continuation line: ignored
      return fail("an agent without a [~CODE]");
    }
    size_t e = content.find(']', b);
    if (e == std::string_view::npos) e = content.find('}', b);  // "[~ENV}" occurs in the wild
    if (e == std::string_view::npos) return fail("unclosed [");
    std::string code;
    for (char c : content.substr(b + 1, e - b - 1)) {
      if (c != '~' && c != ' ') code.push_back(c);
    }
    if (code.empty()) return;
    // "SOLDIER" also names "soldiers"; "{...}" lists irregular plurals instead, and "{}"
    // none ("POLICE {}", "TROOPS {}").
    std::string_view head = Trim(content.substr(0, b));
    std::vector<std::string> irregular;
    bool braces = false;
    if (size_t open = head.find('{'); open != std::string_view::npos) {
      size_t close = head.find('}', open);
      std::string_view inner =
          head.substr(open + 1, close == std::string_view::npos ? std::string_view::npos
                                                                : close - open - 1);
      for (size_t pos = 0; pos < inner.size();) {
        size_t end = inner.find_first_of(" ,", pos);
        if (end == std::string_view::npos) end = inner.size();
        if (end > pos) irregular.emplace_back(inner.substr(pos, end - pos));
        pos = end + 1;
      }
      braces = true;
      head = Trim(head.substr(0, open));
    }
    // Expand "!MINIST!" and the like, possibly several in one name.
    std::vector<std::string> names = {std::string(head)};
    for (const auto& [key, words] : substitutions) {
      std::vector<std::string> next;
      for (const std::string& n : names) {
        size_t at = n.find(key);
        if (at == std::string::npos) {
          next.push_back(n);
          continue;
        }
        for (const std::string& w : words) {
          std::string joined = n.substr(0, at) + "_" + w + "_" + n.substr(at + key.size());
          next.push_back(joined);
        }
      }
      names = std::move(next);
    }
    PetrarchAgent a{{}, code, line_no};
    for (const std::string& n : names) {
      if (n.find('!') != std::string::npos) continue;  // an undefined substitution
      std::string w = Words(n, false);
      if (w.empty()) continue;
      if (!braces) a.names.push_back(RegularPlural(w));
      a.names.push_back(std::move(w));
    }
    for (const std::string& n : irregular) {
      std::string w = Words(n, false);
      if (!w.empty()) a.names.push_back(std::move(w));
    }
    if (!a.names.empty()) agents.push_back(std::move(a));
  });
  if (!status.ok()) return status;
  return agents;
}

}  // namespace dyad
