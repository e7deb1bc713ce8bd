// A place name is keyed by the combined hash of its tokens' case-insensitive hashes; at
// match time the combined hash is extended one token at a time, so trying every length up
// to the longest name costs one probe per length. Homonyms keep the most populous place;
// curated entries (data/places.tsv) win over both libraries.
#include "lexicon/gazetteer.h"

#include <geonames.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "text/word_set.h"

namespace dyad {
namespace {

constexpr uint64_t kSeed = 0x51ed270b27a8b3f1ull;

uint64_t KeyOf(const std::vector<Token>& tokens, size_t from, size_t to) {
  uint64_t h = kSeed;
  for (size_t k = from; k < to; ++k) h = HashCombine(h, tokens[k].hash);
  return h;
}

}  // namespace

void Gazetteer::Add(std::string_view name, Place place) {
  Tokenize(name, &scratch_);
  if (scratch_.empty() || scratch_.size() > 8) return;
  uint64_t key = KeyOf(scratch_, 0, scratch_.size());
  max_tokens_ = std::max(max_tokens_, static_cast<int>(scratch_.size()));
  if (uint32_t* existing = by_name_.Find(key)) {
    Place& old = places_[*existing];
    bool curated = old.source.compare(0, 5, "data/") == 0;
    if (!curated && place.population > old.population) old = std::move(place);
    return;
  }
  by_name_.Insert(key, static_cast<uint32_t>(places_.size()));
  places_.push_back(std::move(place));
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(DataSource* source) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  // Alpha-2 to alpha-3, from iso-codes.
  std::unordered_map<std::string, std::string> alpha3;
  Result<std::string_view> iso = source->Read("iso-codes/iso_3166-1.json");
  if (!iso.ok()) return iso.status();
  nlohmann::json countries = nlohmann::json::parse(*iso, nullptr, false);
  if (countries.is_discarded()) return Status::DataLoss("iso_3166-1.json is not readable");
  for (const auto& c : countries["3166-1"]) {
    alpha3[c.value("alpha_2", "")] = c.value("alpha_3", "");
  }
  // Curated seas and regions first: they win over homonyms.
  constexpr std::string_view kPlaces = "data/places.tsv";
  Result<std::string_view> curated = source->Read(kPlaces);
  if (!curated.ok()) return curated.status();
  DYAD_RETURN_IF_ERROR(ForEachTsvLine(kPlaces, *curated, [&](int line, const auto& f) {
    if (f.size() != 3) return Status::InvalidArgument("expected 3 columns");
    Place p{std::string(f[0]), f[1] == "-" ? "" : std::string(f[1]), {}, {}, 0,
            std::string(kPlaces) + ":" + std::to_string(line)};
    for (std::string_view alias : SplitList(f[2])) g->Add(alias, p);
    g->Add(f[0], std::move(p));
    return Status::Ok();
  }));
  // First-level subdivisions.
  Result<std::string_view> subdivisions = source->Read("iso-codes/iso_3166-2.json");
  if (!subdivisions.ok()) return subdivisions.status();
  nlohmann::json subs = nlohmann::json::parse(*subdivisions, nullptr, false);
  if (subs.is_discarded()) return Status::DataLoss("iso_3166-2.json is not readable");
  for (const auto& s : subs["3166-2"]) {
    std::string code = s.value("code", "");
    if (s.contains("parent") || code.size() < 4) continue;  // first level only
    // Regions named only by a compass point or a common word ("South", "Centre") would
    // turn ordinary words into places.
    static const std::vector<std::string> kTooCommon = {
        "North", "South", "East", "West", "Central", "Centre", "Center", "Capital",
        "Northern", "Southern", "Eastern", "Western", "Coast", "Lakes", "Islands", "Upper",
        "Lower", "Interior", "Mountain", "Plateau", "Littoral", "Border", "Valley"};
    std::string name = s.value("name", "");
    if (std::find(kTooCommon.begin(), kTooCommon.end(), name) != kTooCommon.end()) continue;
    g->Add(s.value("name", ""), Place{s.value("name", ""), alpha3[code.substr(0, 2)], {}, {},
                                      0, "iso-codes 3166-2"});
  }
  // Cities.
  int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* c = geonames_get_city(i);
    if (!c) continue;
    const char* name = geonames_city_get_name(c);
    const char* cc = geonames_city_get_country_code(c);
    // "in March" is a date: a town named like a month (March, Cambridgeshire) is never read.
    static const std::vector<std::string_view> kMonths = {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    if (name && std::find(kMonths.begin(), kMonths.end(), name) != kMonths.end()) {
      geonames_city_free(c);
      continue;
    }
    if (name && cc) {
      g->Add(name, Place{name, alpha3[cc], geonames_city_get_latitude(c),
                         geonames_city_get_longitude(c), geonames_city_get_population(c),
                         "geonames"});
    }
    geonames_city_free(c);
  }
  g->scratch_.clear();
  g->scratch_.shrink_to_fit();
  return g;
}

const Place* Gazetteer::MatchAt(const std::vector<Token>& tokens, uint32_t i, uint32_t end,
                                uint32_t* match_end) const {
  if (i >= end || !tokens[i].is(kCapitalized)) return nullptr;
  const Place* best = nullptr;
  uint64_t h = kSeed;
  for (uint32_t j = i; j < end && j < i + static_cast<uint32_t>(max_tokens_); ++j) {
    h = HashCombine(h, tokens[j].hash);
    if (const uint32_t* idx = by_name_.Find(h)) {
      best = &places_[*idx];
      *match_end = j + 1;
    }
  }
  // "the Green Zone", "Victoria Park": a small town's name that goes on into a longer name
  // is a word of that name, not the town ("Kanbalu Township", "Gaza City" still are).
  if (best && best->population > 0 && best->population < 200000 && *match_end < end &&
      tokens[*match_end].is(kWord) && tokens[*match_end].is(kCapitalized)) {
    static const WordSet kinds(std::array{
        "city", "town", "township", "village", "district", "county", "province", "region",
        "state", "oblast", "governorate", "prefecture", "department", "municipality",
        "territory", "island", "islands", "camp", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday"});
    if (!kinds.contains(tokens[*match_end].hash)) return nullptr;
  }
  return best;
}

}  // namespace dyad
