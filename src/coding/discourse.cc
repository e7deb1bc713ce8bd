// Keeps three things per document: every coordinated list of actors, the distinct
// country-level actors named since the last list (so "North Korea's relationship with
// Russia. The two countries ..." resolves), and the last person named.
#include "coding/discourse.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace dyad {
namespace {

// `s` with the accents of Latin letters dropped ("Türk" is "Turk"): a name is written with
// them in one place and without in another.
std::string FoldAccents(std::string_view s) {
  // U+00C0..U+00FF and U+0100..U+017F, by code point.
  static constexpr std::string_view kLatin1 =
      "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  static constexpr std::string_view kExtendedA =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRr"
      "SsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    unsigned char d = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    char32_t cp = (c & 0xE0) == 0xC0 && (d & 0xC0) == 0x80 ? ((c & 0x1F) << 6) | (d & 0x3F) : 0;
    if (cp >= 0xC0 && cp < 0x100) {
      out.push_back(kLatin1[cp - 0xC0]);
      ++i;
    } else if (cp >= 0x100 && cp < 0x180) {
      out.push_back(kExtendedA[cp - 0x100]);
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

void Discourse::Clear() {
  groups_.clear();
  recent_.clear();
  persons_.clear();
  has_person_ = false;
  sentences_ = person_sentence_ = subjects_sentence_ = parties_sentence_ = topic_sentence_ =
      story_sentence_ = 0;
  opener_sentence_ = 0;
  events_.clear();
  conflicts_.clear();
  last_country_.clear();
  country_sentence_ = 0;
  topic_scene_.clear();
  place_scene_.clear();
  place_scene_sentence_ = 0;
  at_topic_ = false;
  subjects_.clear();
  parties_.clear();
  leaders_.clear();
  has_council_ = false;
  regime_country_.clear();
  has_military_ = false;
  has_org_ = false;
}

void Discourse::Remember(const std::vector<Mention>& mentions,
                         const std::vector<std::vector<int>>& groups) {
  ++sentences_;
  at_topic_ = false;
  for (const std::vector<int>& g : groups) {
    std::vector<Mention> members;
    members.reserve(g.size());  // a Mention is large: no regrowth
    for (int i : g) members.push_back(mentions[i]);
    groups_.push_back(std::move(members));
  }
  if (!groups.empty()) recent_.clear();
  std::vector<bool> listed(mentions.size(), false);
  for (const std::vector<int>& g : groups) {
    for (int i : g) listed[i] = true;
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!m.actor) continue;
    if (m.person && m.via != "group") {
      last_person_ = m;
      has_person_ = true;
      person_sentence_ = sentences_;
      // (And a surname given a title it lacked: "Minister Poltorak"; once while it is the
      // last one so named.)
      bool titled = m.via == "surname" && m.title_first &&
                    !(!persons_.empty() && persons_.back().name == m.name &&
                      persons_.back().title_first == m.title_first &&
                      persons_.back().title_last == m.title_last);
      if (m.via.empty() || titled) persons_.push_back(m);
    }
    if (!m.person && !m.org.empty() && m.group < 0 &&
        m.name.find("Council") != std::string::npos) {
      last_council_ = m;
      has_council_ = true;
    }
    if (!m.person && !m.org.empty() && m.group < 0 && m.via.empty()) {
      last_org_ = m;
      has_org_ = true;
    }
    if (!m.person && m.sector == "MIL" && !m.country.empty() && m.group < 0) {
      last_military_ = m;
      has_military_ = true;
    }
    if (m.org.empty() && !m.country.empty() && m.via != "government") {
      last_country_ = m.country;
      country_sentence_ = sentences_;
    }
    if (listed[i]) continue;
    if (m.person || !m.org.empty() || m.country.empty() || m.group >= 0) continue;
    auto same = [&](const Mention& r) { return r.country == m.country; };
    recent_.erase(std::remove_if(recent_.begin(), recent_.end(), same), recent_.end());
    recent_.push_back(m);
  }
}

const Mention* Discourse::BySurname(std::string_view word) const {
  for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
    // Family names come last in "Sergey Lavrov" and first in "Kim Jong Un".
    std::string_view name = it->name;
    size_t last = name.rfind(' '), first = name.find(' ');
    if (last == std::string_view::npos || word.size() < 3) continue;
    if (name.substr(last + 1) == word || name.substr(0, first) == word) return &*it;
    // "Türk said" after "Volker Türk", whose canonical name is "Volker Turk".
    bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return c >= 0; });
    if (!ascii) {
      std::string folded = FoldAccents(word);
      if (name.substr(last + 1) == folded || name.substr(0, first) == folded) return &*it;
    }
  }
  return nullptr;
}

std::vector<Mention> Discourse::Group(int n, bool states) const {
  for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) {
    if (states && std::any_of(it->begin(), it->end(),
                              [](const Mention& m) { return !m.org.empty(); })) {
      continue;
    }
    // ("women and children" of one country are no two states.)
    bool repeated = false;
    for (size_t a = 0; states && a < it->size(); ++a) {
      for (size_t b = a + 1; b < it->size(); ++b) repeated |= (*it)[a].country == (*it)[b].country;
    }
    if (repeated) continue;
    if (n == 0 || static_cast<int>(it->size()) == n) {
      if (n != 0 || it == groups_.rbegin()) return *it;
    }
  }
  if (n >= 2 && static_cast<int>(recent_.size()) == n) return recent_;
  return {};
}

}  // namespace dyad
