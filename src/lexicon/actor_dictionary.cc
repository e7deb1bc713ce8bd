// Compilation: every alias is tokenised and inserted into a trie whose edges live in one
// hash map keyed by (node, token hash); a node's terminals record which entry the path
// spells and which of its tokens must be capitalised or match exactly. Matching walks the
// trie from each token, keeps the longest accepted terminal and jumps past it, so the cost
// is one hash probe per token plus one per extra token of a multi-word name.
#include "lexicon/actor_dictionary.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "lexicon/petrarch_dictionary.h"

namespace dyad {
namespace {

bool StartsUpper(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0x80);
}

// "Al-Sabah", "El-Sisi": an Arabic article before a capitalised name, written either way in
// the news ("al-Sabah"), so its own case is not required.
bool ArticlePrefixed(std::string_view w) {
  size_t dash = w.find('-');
  if (dash < 2 || dash > 3 || dash + 1 >= w.size() || !StartsUpper(w.substr(dash + 1))) {
    return false;
  }
  std::string lower;
  for (char c : w.substr(0, dash)) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return lower == "al" || lower == "el" || lower == "ad" || lower == "as" || lower == "ash" ||
         lower == "an" || lower == "at" || lower == "az" || lower == "ar" || lower == "ath";
}

// "US", "UN", "DPRK": all capitals, two to four letters, no periods.
bool IsShortAllCaps(std::string_view w) {
  if (w.size() < 2 || w.size() > 4) return false;
  for (char c : w) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool IsCountryCode(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

uint32_t ActorDictionary::Child(uint32_t node, uint64_t hash) const {
  const uint32_t* child = edges_.Find(HashCombine(node, hash));
  return child ? *child : 0;
}

Status ActorDictionary::AddAlias(std::string_view alias, int32_t entry) {
  Tokenize(alias, &scratch_);
  size_t start = 0;
  if (!scratch_.empty() && (scratch_[0].text == "the" || scratch_[0].text == "The")) start = 1;
  if (start >= scratch_.size()) return Status::InvalidArgument("empty alias");
  uint32_t node = 0;
  Terminal term{entry, {}, {}};
  bool any_exact = false;
  for (size_t k = start; k < scratch_.size(); ++k) {
    const Token& t = scratch_[k];
    if (k == start) first_words_.Add(t.hash);
    uint64_t key = HashCombine(node, t.hash);
    if (const uint32_t* child = edges_.Find(key)) {
      node = *child;
    } else {
      node = edges_.Insert(key, static_cast<uint32_t>(terminals_.size()));
      terminals_.emplace_back();
    }
    bool exact = IsShortAllCaps(t.text);
    any_exact |= exact;
    term.exact.push_back(exact ? std::string(t.text) : std::string());
    term.capitalized.push_back(StartsUpper(t.text) && !ArticlePrefixed(t.text));
  }
  if (!any_exact) term.exact.clear();
  for (const Terminal& existing : terminals_[node]) {
    if (existing.entry == entry) return Status::Ok();
  }
  terminals_[node].push_back(std::move(term));
  return Status::Ok();
}

Status ActorDictionary::Add(std::string_view alias, ActorEntry entry) {
  entries_.push_back(std::move(entry));
  return AddAlias(alias, static_cast<int32_t>(entries_.size() - 1));
}

namespace {

// Dated codes, "CODE@START..END|...": START may be empty (always before END), END empty
// (still so).
Status ParseRoles(std::string_view text, std::vector<PersonRole>* out) {
  for (std::string_view role : SplitList(text)) {
    size_t at = role.find('@'), dots = role.find("..");
    if (at == std::string_view::npos || dots == std::string_view::npos || dots < at) {
      return Status::InvalidArgument("role must be CODE@START..END: " + std::string(role));
    }
    PersonRole r;
    r.code = std::string(role.substr(0, at));
    std::string_view start_text = role.substr(at + 1, dots - at - 1);
    std::string_view end_text = role.substr(dots + 2);
    auto start = start_text.empty() ? std::optional<Date>(Date{1000, 1, 1})
                                    : ParseIsoDate(start_text);
    auto end = end_text.empty() ? std::optional<Date>(Date{}) : ParseIsoDate(end_text);
    if (!start || !end) return Status::InvalidArgument("bad role date: " + std::string(role));
    r.start = *start;
    r.end = *end;
    out->push_back(std::move(r));
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(DataSource* source) {
  return Load(source, Sources{});
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(DataSource* source,
                                                               const Sources& sources) {
  std::unique_ptr<ActorDictionary> d(new ActorDictionary());
  d->terminals_.emplace_back();  // root
  if (sources.builtin) DYAD_RETURN_IF_ERROR(d->LoadBuiltin(source));
  for (const auto& [name, text] : sources.petrarch_actors) {
    DYAD_RETURN_IF_ERROR(d->AddPetrarchActors(name, text));
  }
  for (const auto& [name, text] : sources.petrarch_agents) {
    DYAD_RETURN_IF_ERROR(d->AddPetrarchAgents(name, text));
  }
  // Family names, from the canonical names only: an alias may be a nickname ("Hemedti").
  for (size_t k = 0; k < d->entries_.size(); ++k) {
    const ActorEntry& e = d->entries_[k];
    if (e.kind != ActorKind::kPerson) continue;
    std::string_view last = e.name;
    if (size_t space = last.rfind(' '); space != std::string_view::npos) {
      last.remove_prefix(space + 1);
    } else {
      continue;  // a one-word name is matched as it is
    }
    for (std::string_view particle : {"al-", "Al-", "el-", "El-", "ad-", "as-", "ash-"}) {
      if (last.starts_with(particle) && last.size() > particle.size() + 2) {
        last.remove_prefix(particle.size());
      }
    }
    auto& people = d->surnames_[HashLower(last)];
    if (std::find(people.begin(), people.end(), static_cast<int32_t>(k)) == people.end()) {
      people.push_back(static_cast<int32_t>(k));
    }
  }
  d->scratch_.clear();
  d->scratch_.shrink_to_fit();
  return d;
}

const ActorEntry* ActorDictionary::OfficeHolder(std::string_view surname, const Date& date,
                                                std::string_view sector) const {
  auto it = surnames_.find(HashLower(surname));
  if (it == surnames_.end() || !date.valid() || date.month == 0) return nullptr;
  const long day = DaysFromCivil(Date{date.year, date.month, std::max(date.day, 1)});
  // The one in office, and the one in an office of the title's kind; several: not known
  // which.
  const ActorEntry *found = nullptr, *fitting = nullptr;
  bool several = false, several_fitting = false;
  for (int32_t k : it->second) {
    const ActorEntry& e = entries_[k];
    bool in_office = false, fits = false;
    for (const PersonRole& r : e.roles) {
      if (r.start.year <= 1000 || !r.start.valid()) continue;  // undated: no office known
      bool now = DaysFromCivil(r.start) <= day && (!r.end.valid() || day <= DaysFromCivil(r.end));
      in_office |= now;
      const std::string_view of =
          r.code.size() >= 6 ? std::string_view(r.code).substr(3, 3) : std::string_view();
      fits |= now && (sector.empty() ? of != "MIL" && of != "LEG" : of == sector);
    }
    if (!in_office) continue;
    several |= found != nullptr && found->name != e.name;
    found = &e;
    if (!fits) continue;
    several_fitting |= fitting != nullptr && fitting->name != e.name;
    fitting = &e;
  }
  if (!several) return found;
  return several_fitting ? nullptr : fitting;
}

Status ActorDictionary::AddPetrarchActors(const std::string& name, std::string_view text) {
  Result<std::vector<PetrarchActor>> actors = ParsePetrarchActors(name, text, &warnings_);
  if (!actors.ok()) return actors.status();
  for (PetrarchActor& a : *actors) {
    if (a.codes.empty()) continue;  // a name with no code codes nothing
    ActorEntry e;
    e.name = a.names[0];
    e.source = name + ":" + std::to_string(a.line);
    bool dated = a.codes.size() > 1;
    for (const PetrarchCode& c : a.codes) dated |= c.start.valid() || c.end.valid();
    const std::string& code = a.codes[0].code;
    if (dated) {
      e.kind = ActorKind::kPerson;
      for (const PetrarchCode& c : a.codes) {
        e.roles.push_back({c.code, c.start.valid() ? c.start : Date{1000, 1, 1}, c.end});
      }
    } else if (code.compare(0, 3, "IGO") == 0 || code.compare(0, 3, "NGO") == 0) {
      e.kind = ActorKind::kOrganisation;
      e.code = code;
      e.org = code.substr(3, 3);
    } else {
      e.kind = code.size() == 3 ? ActorKind::kCountry : ActorKind::kGroup;
      e.code = code;
      e.country = code.substr(0, 3);
      if (code.size() >= 6) e.sector = code.substr(3, 3);
    }
    entries_.push_back(std::move(e));
    int32_t idx = static_cast<int32_t>(entries_.size() - 1);
    for (const std::string& alias : a.names) {
      Status s = AddAlias(alias, idx);  // an empty alias (only "the") is skipped
      if (!s.ok() && s.code() != Status::Code::kInvalidArgument) return s;
    }
  }
  return Status::Ok();
}

Status ActorDictionary::AddPetrarchAgents(const std::string& name, std::string_view text) {
  Result<std::vector<PetrarchAgent>> agents = ParsePetrarchAgents(name, text);
  if (!agents.ok()) return agents.status();
  for (PetrarchAgent& a : *agents) {
    std::string sector = a.code.substr(0, 3);
    entries_.push_back({ActorKind::kSector, sector, "", sector, "", sector, {},
                        name + ":" + std::to_string(a.line)});
    int32_t idx = static_cast<int32_t>(entries_.size() - 1);
    for (const std::string& alias : a.names) {
      Status s = AddAlias(alias, idx);
      if (!s.ok() && s.code() != Status::Code::kInvalidArgument) return s;
    }
  }
  return Status::Ok();
}

// data/actors/groups.tsv: named armed groups and parties with fixed codes.
Status ActorDictionary::LoadGroups(DataSource* source) {
  constexpr std::string_view kGroups = "data/actors/groups.tsv";
  Result<std::string_view> groups = source->Read(kGroups);
  if (!groups.ok()) {
    return groups.status().code() == Status::Code::kNotFound ? Status::Ok() : groups.status();
  }
  return ForEachTsvLine(kGroups, *groups, [&](int line, const auto& f) {
    if (f.size() != 3) return Status::InvalidArgument("expected 3 columns");
    // A group whose status changed has dated codes, as a person's roles are written:
    // "AFGREB@..2021-08-15|AFGGOV@2021-08-15..".
    std::vector<PersonRole> roles;
    if (f[0].find('@') != std::string_view::npos) DYAD_RETURN_IF_ERROR(ParseRoles(f[0], &roles));
    std::string code = roles.empty() ? std::string(f[0]) : roles.back().code;
    if (code.size() < 3) return Status::InvalidArgument("bad code " + code);
    entries_.push_back({ActorKind::kGroup, code, code.substr(0, 3),
                        code.size() >= 6 ? code.substr(3, 3) : "", "", std::string(f[1]),
                        std::move(roles), std::string(kGroups) + ":" + std::to_string(line)});
    int32_t idx = static_cast<int32_t>(entries_.size() - 1);
    DYAD_RETURN_IF_ERROR(AddAlias(f[1], idx));
    for (std::string_view alias : SplitList(f[2])) DYAD_RETURN_IF_ERROR(AddAlias(alias, idx));
    return Status::Ok();
  });
}

// The files under data/actors/ and the country names of iso-codes.
Status ActorDictionary::LoadBuiltin(DataSource* source) {
  ActorDictionary* d = this;
  entries_.reserve(4096);
  // Countries: iso-codes first, then our aliases. A name our file gives to one country is
  // not iso-codes' name for another ("Congo" is the Democratic Republic, as news writes it).
  std::unordered_map<std::string, int32_t> country_entry;
  constexpr std::string_view kCountries = "data/actors/countries.tsv";
  Result<std::string_view> countries = source->Read(kCountries);
  if (!countries.ok()) return countries.status();
  std::unordered_map<std::string, std::string> claimed;  // name -> iso3
  DYAD_RETURN_IF_ERROR(ForEachTsvLine(kCountries, *countries, [&](int, const auto& f) {
    if (f.size() != 5) return Status::InvalidArgument("expected 5 columns");
    for (std::string_view name : SplitList(f[1])) claimed[std::string(name)] = std::string(f[0]);
    return Status::Ok();
  }));
  {
    Result<std::string_view> iso = source->Read("iso-codes/iso_3166-1.json");
    if (!iso.ok()) return iso.status();
    nlohmann::json j = nlohmann::json::parse(*iso, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.contains("3166-1")) {
      return Status::DataLoss("iso_3166-1.json is not readable");
    }
    for (const auto& c : j["3166-1"]) {
      std::string a3 = c.value("alpha_3", "");
      std::string name = c.value("common_name", c.value("name", ""));
      if (a3.empty() || name.empty()) continue;
      d->country_names_[a3] = name;
      ActorEntry e{ActorKind::kCountry, a3, a3, "", "", name, {}, "iso-codes"};
      d->entries_.push_back(std::move(e));
      int32_t idx = static_cast<int32_t>(d->entries_.size() - 1);
      country_entry[a3] = idx;
      for (const char* key : {"name", "official_name", "common_name"}) {
        std::string alias = c.value(key, "");
        auto owner = claimed.find(alias);
        if (owner != claimed.end() && owner->second != a3) continue;
        if (!alias.empty()) DYAD_RETURN_IF_ERROR(d->AddAlias(alias, idx));
      }
    }
  }
  DYAD_RETURN_IF_ERROR(ForEachTsvLine(kCountries, *countries, [&](int line, const auto& f) {
    std::string a3(f[0]);
    if (!IsCountryCode(a3)) return Status::InvalidArgument("bad country code " + a3);
    std::string where = std::string(kCountries) + ":" + std::to_string(line);
    if (!country_entry.count(a3)) {
      std::vector<std::string_view> names = SplitList(f[1]);
      if (names.empty()) return Status::InvalidArgument("country " + a3 + " needs a name");
      d->country_names_[a3] = std::string(names[0]);
      d->entries_.push_back({ActorKind::kCountry, a3, a3, "", "", std::string(names[0]), {}, where});
      country_entry[a3] = static_cast<int32_t>(d->entries_.size() - 1);
    }
    const std::string& name = d->country_names_[a3];
    for (std::string_view alias : SplitList(f[1])) {
      DYAD_RETURN_IF_ERROR(d->AddAlias(alias, country_entry[a3]));
    }
    std::vector<std::string_view> adjectives = SplitList(f[2]);
    for (std::string_view alias : adjectives) {
      // A plural demonym whose singular is also listed ("Venezuelans") names the people:
      // the civilian population, CVL.
      bool plural = alias.size() > 1 && alias.back() == 's' &&
                    std::find(adjectives.begin(), adjectives.end(),
                              alias.substr(0, alias.size() - 1)) != adjectives.end();
      ActorEntry e{ActorKind::kAdjective, a3, a3, "", "", name, {}, where};
      if (plural) e.code = a3 + "CVL", e.sector = "CVL";
      DYAD_RETURN_IF_ERROR(d->Add(alias, std::move(e)));
    }
    for (std::string_view alias : SplitList(f[3])) {
      // A capital acting ("Pyongyang rejected ...") stands for the government.
      DYAD_RETURN_IF_ERROR(
          d->Add(alias, {ActorKind::kCapital, a3 + "GOV", a3, "GOV", "", name, {}, where}));
    }
    for (std::string_view seat : SplitList(f[4])) {
      std::string sector = "GOV";
      if (size_t eq = seat.find('='); eq != std::string_view::npos) {
        sector = std::string(seat.substr(eq + 1));
        seat = seat.substr(0, eq);
      }
      DYAD_RETURN_IF_ERROR(
          d->Add(seat, {ActorKind::kSeat, a3 + sector, a3, sector, "", name, {}, where}));
    }
    return Status::Ok();
  }));

  constexpr std::string_view kOrgs = "data/actors/organisations.tsv";
  Result<std::string_view> orgs = source->Read(kOrgs);
  if (!orgs.ok()) return orgs.status();
  DYAD_RETURN_IF_ERROR(ForEachTsvLine(kOrgs, *orgs, [&](int line, const auto& f) {
    if (f.size() != 4) return Status::InvalidArgument("expected 4 columns");
    ActorEntry e{ActorKind::kOrganisation, std::string(f[0]), "", "", std::string(f[1]),
                 std::string(f[2]), {}, std::string(kOrgs) + ":" + std::to_string(line)};
    d->code_orgs_.emplace(e.code, e.org);
    d->entries_.push_back(std::move(e));
    int32_t idx = static_cast<int32_t>(d->entries_.size() - 1);
    DYAD_RETURN_IF_ERROR(d->AddAlias(f[2], idx));
    for (std::string_view alias : SplitList(f[3])) DYAD_RETURN_IF_ERROR(d->AddAlias(alias, idx));
    return Status::Ok();
  }));

  constexpr std::string_view kPeople = "data/actors/people.tsv";
  Result<std::string_view> people = source->Read(kPeople);
  if (!people.ok()) return people.status();
  DYAD_RETURN_IF_ERROR(ForEachTsvLine(kPeople, *people, [&](int line, const auto& f) {
    if (f.size() != 3) return Status::InvalidArgument("expected 3 columns");
    ActorEntry e{ActorKind::kPerson, "", "", "", "", std::string(f[0]), {},
                 std::string(kPeople) + ":" + std::to_string(line)};
    DYAD_RETURN_IF_ERROR(ParseRoles(f[2], &e.roles));
    if (e.roles.empty()) return Status::InvalidArgument("a person needs at least one role");
    d->entries_.push_back(std::move(e));
    int32_t idx = static_cast<int32_t>(d->entries_.size() - 1);
    DYAD_RETURN_IF_ERROR(d->AddAlias(f[0], idx));
    for (std::string_view alias : SplitList(f[1])) DYAD_RETURN_IF_ERROR(d->AddAlias(alias, idx));
    return Status::Ok();
  }));

  constexpr std::string_view kSectors = "data/actors/sectors.tsv";
  Result<std::string_view> sectors = source->Read(kSectors);
  if (!sectors.ok()) return sectors.status();
  DYAD_RETURN_IF_ERROR(ForEachTsvLine(kSectors, *sectors, [&](int line, const auto& f) {
    if (f.size() != 2) return Status::InvalidArgument("expected 2 columns");
    ActorEntry e{ActorKind::kSector, std::string(f[0]), "", std::string(f[0]), "",
                 std::string(f[0]), {}, std::string(kSectors) + ":" + std::to_string(line)};
    d->entries_.push_back(std::move(e));
    int32_t idx = static_cast<int32_t>(d->entries_.size() - 1);
    for (std::string_view w : SplitList(f[1])) DYAD_RETURN_IF_ERROR(d->AddAlias(w, idx));
    return Status::Ok();
  }));
  DYAD_RETURN_IF_ERROR(LoadGroups(source));

  // Named places: "the South China Sea" and "Latin America" hold a country's name but are
  // not that country.
  constexpr std::string_view kPlaces = "data/places.tsv";
  Result<std::string_view> places = source->Read(kPlaces);
  if (!places.ok()) {
    return places.status().code() == Status::Code::kNotFound ? Status::Ok() : places.status();
  }
  return ForEachTsvLine(kPlaces, *places, [&](int line, const auto& f) {
    if (f.size() != 3) return Status::InvalidArgument("expected 3 columns");
    std::string country = f[1] == "-" ? "" : std::string(f[1]);
    entries_.push_back({ActorKind::kPlace, "", country, "", "", std::string(f[0]), {},
                        std::string(kPlaces) + ":" + std::to_string(line)});
    int32_t idx = static_cast<int32_t>(entries_.size() - 1);
    std::vector<std::string_view> names = SplitList(f[2]);
    names.insert(names.begin(), f[0]);
    for (std::string_view name : names) {
      // "Gaza" is already the country's name: the place entry would never match.
      if (Lookup(std::string(name)).empty()) DYAD_RETURN_IF_ERROR(AddAlias(name, idx));
    }
    return Status::Ok();
  });
}

bool ActorDictionary::Accepts(const Terminal& t, const std::vector<Token>& tokens,
                              uint32_t first) const {
  for (size_t k = 0; k < t.capitalized.size(); ++k) {
    const Token& tok = tokens[first + k];
    if (t.capitalized[k] && !tok.is(kCapitalized)) return false;
    if (!t.exact.empty() && !t.exact[k].empty() && tok.text != t.exact[k]) return false;
  }
  return true;
}

void ActorDictionary::Match(const std::vector<Token>& tokens, uint32_t first, uint32_t end,
                            std::vector<ActorMatch>* out) const {
  uint32_t i = first;
  while (i < end) {
    if (!first_words_.MayContain(tokens[i].hash)) {
      ++i;
      continue;
    }
    uint32_t node = 0, best_end = 0;
    int32_t best = -1;
    for (uint32_t j = i; j < end; ++j) {
      node = Child(node, tokens[j].hash);
      if (node == 0) break;
      for (const Terminal& t : terminals_[node]) {
        if (Accepts(t, tokens, i)) {
          best = t.entry;
          best_end = j + 1;
          break;
        }
      }
    }
    if (best >= 0) {
      out->push_back({i, best_end, &entries_[best]});
      i = best_end;
    } else {
      ++i;
    }
  }
}

std::string ActorDictionary::PersonCode(const ActorEntry& p, const Date& date,
                                        std::string* why) const {
  auto role_text = [](const PersonRole& r) {
    return r.code + "@" + r.start.ToString() + ".." + r.end.ToString();
  };
  if (p.roles.empty()) return "";
  if (!date.valid()) {
    const PersonRole* latest = &p.roles[0];
    for (const PersonRole& r : p.roles) {
      if (!r.end.valid() || (latest->end.valid() && CompareDates(r.end, latest->end) > 0)) latest = &r;
    }
    if (why) *why = "no date known: latest role " + role_text(*latest);
    return latest->code;
  }
  // A date known only to the month or year ("last month") is a period: a role overlapping
  // any of it covers it.
  long day = DaysFromCivil(Date{date.year, std::max(date.month, 1), std::max(date.day, 1)});
  long last_day = day;
  if (date.month == 0) {
    last_day = DaysFromCivil(Date{date.year + 1, 1, 1}) - 1;
  } else if (date.day == 0) {
    last_day = DaysFromCivil(date.month == 12 ? Date{date.year + 1, 1, 1}
                                              : Date{date.year, date.month + 1, 1}) - 1;
  }
  const PersonRole* nearest = nullptr;
  const PersonRole* always = nullptr;  // an undated default ("[RUSELI]" in PETRARCH files)
  const PersonRole* covering = nullptr;  // of the roles overlapping the date, the longest overlap
  long covering_days = -1;
  long nearest_gap = 0;
  for (const PersonRole& r : p.roles) {
    long s = DaysFromCivil(r.start);
    long e = r.end.valid() ? DaysFromCivil(r.end) : 1L << 40;
    if (r.start.year <= 1000 && !r.end.valid()) {
      if (!always) always = &r;
      continue;
    }
    if (last_day >= s && day <= e) {
      long days = std::min(last_day, e) - std::max(day, s);
      // (On the day one role ends and the next begins, the new one: the news is the change.)
      if (days > covering_days ||
          (days == covering_days && CompareDates(r.start, covering->start) > 0)) {
        covering = &r, covering_days = days;
      }
      continue;
    }
    long gap = last_day < s ? s - last_day : day - e;
    if (!nearest || gap < nearest_gap) nearest = &r, nearest_gap = gap;
  }
  if (covering) {
    if (why) *why = "role " + role_text(*covering) + " covers " + date.ToString();
    return covering->code;
  }
  if (always) {
    if (why) *why = "no dated role on " + date.ToString() + ": undated " + always->code;
    return always->code;
  }
  std::string country = nearest->code.substr(0, 3);
  std::string code = country == "IGO" ? nearest->code : country + "ELI";
  if (why) *why = "no role on " + date.ToString() + ": nearest " + role_text(*nearest) + " gives " + code;
  return code;
}

std::vector<const ActorEntry*> ActorDictionary::Lookup(std::string_view name) const {
  std::vector<Token> tokens;
  Tokenize(name, &tokens);
  size_t start = !tokens.empty() && (tokens[0].text == "the" || tokens[0].text == "The") ? 1 : 0;
  std::vector<const ActorEntry*> out;
  uint32_t node = 0;
  for (size_t k = start; k < tokens.size(); ++k) {
    node = Child(node, tokens[k].hash);
    if (node == 0) return out;
  }
  if (start >= tokens.size()) return out;
  for (const Terminal& t : terminals_[node]) {
    if (Accepts(t, tokens, static_cast<uint32_t>(start))) out.push_back(&entries_[t.entry]);
  }
  return out;
}

std::vector<std::string> ActorDictionary::Check() const {
  std::vector<std::string> problems;
  for (const std::vector<Terminal>& node : terminals_) {
    for (size_t i = 1; i < node.size(); ++i) {
      const ActorEntry& first = entries_[node[0].entry];
      const ActorEntry& later = entries_[node[i].entry];
      if (first.code == later.code && first.kind == later.kind && first.name == later.name) continue;
      problems.push_back(later.source + ": a name of \"" + later.name + "\" is already \"" +
                         first.name + "\" (" + first.source + "); it never matches here");
    }
  }
  for (const ActorEntry& e : entries_) {
    for (size_t i = 0; i < e.roles.size(); ++i) {
      for (size_t j = i + 1; j < e.roles.size(); ++j) {
        const PersonRole& a = e.roles[i];
        const PersonRole& b = e.roles[j];
        if (a.code == b.code || a.start.year <= 1000 || b.start.year <= 1000) continue;
        // A hand-over day (one role ends the day the next begins) is no overlap.
        bool a_before_b = a.end.valid() && CompareDates(a.end, b.start) <= 0;
        bool b_before_a = b.end.valid() && CompareDates(b.end, a.start) <= 0;
        if (!a_before_b && !b_before_a) {
          problems.push_back(e.source + ": \"" + e.name + "\" has overlapping roles " + a.code +
                             " and " + b.code + " (" + a.start.ToString() + ".." +
                             a.end.ToString() + " and " + b.start.ToString() + ".." +
                             b.end.ToString() + ")");
        }
      }
    }
  }
  std::sort(problems.begin(), problems.end());
  return problems;
}

const std::string& ActorDictionary::CountryName(const std::string& iso3) const {
  static const std::string kEmpty;
  auto it = country_names_.find(iso3);
  return it == country_names_.end() ? kEmpty : it->second;
}

const std::string& ActorDictionary::OrgOfCode(const std::string& code) const {
  static const std::string kEmpty;
  auto it = code_orgs_.find(code);
  return it == code_orgs_.end() ? kEmpty : it->second;
}

}  // namespace dyad
