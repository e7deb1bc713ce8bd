// Serialisation of stored events, hand-written like src/io/writer.cc: fixed field order,
// RFC 8259 strings, Goldstein with one decimal. The GDELT mapping fills the columns dyad
// has a value for (dates, actors and their types, codes, QuadClass, Goldstein, counts,
// the action's place and coordinates, date added, source URL) and leaves the rest empty.
#include "store/export.h"

#include <fmt/format.h>

#include "base/date.h"
#include "io/writer.h"

namespace dyad {
namespace {

void AppendActorJson(const Actor& a, std::string* out) {
  out->append("{\"code\":");
  AppendJsonString(a.code, out);
  out->append(",\"root\":");
  AppendJsonString(ActorRoot(a), out);
  out->append(",\"text\":");
  AppendJsonString(a.text, out);
  out->append(",\"name\":");
  AppendJsonString(a.name, out);
  out->append(",\"country\":");
  AppendJsonStringOrNull(a.country, out);
  out->append(",\"sector\":");
  AppendJsonStringOrNull(a.sector, out);
  out->append(",\"org\":");
  AppendJsonStringOrNull(a.org, out);
  out->push_back('}');
}

void AppendProvenance(const Provenance& p, std::string* out) {
  out->append("{\"dyad_version\":");
  AppendJsonString(p.dyad_version, out);
  out->append(",\"dictionary_fingerprint\":");
  AppendJsonString(p.dictionary_fingerprint, out);
  out->push_back('}');
}

void AppendMentionJson(const StoredMention& m, std::string* out) {
  const Event& e = m.event;
  out->append("{\"id\":");
  AppendJsonString(e.id, out);
  out->append(",\"doc_id\":");
  AppendJsonString(e.doc_id, out);
  out->append(",\"outlet\":");
  AppendJsonStringOrNull(m.outlet, out);
  out->append(",\"url\":");
  AppendJsonStringOrNull(e.url, out);
  out->append(",\"title\":");
  AppendJsonStringOrNull(e.title, out);
  out->append(",\"date\":");
  AppendJsonStringOrNull(e.date.ToString(), out);
  out->append(",\"date_basis\":\"");
  out->append(DateBasisName(e.date_basis));
  fmt::format_to(std::back_inserter(*out),
                 "\",\"sentence_index\":{},\"sentence\":", e.sentence_index);
  AppendJsonString(e.sentence, out);
  out->append(",\"source\":");
  AppendActorJson(e.source, out);
  out->append(",\"target\":");
  if (e.target) {
    AppendActorJson(*e.target, out);
  } else {
    out->append("null");
  }
  out->append(",\"cameo\":");
  AppendJsonString(e.cameo, out);
  out->append(",\"modality\":\"");
  out->append(ModalityName(e.modality));
  out->append("\",\"attributed_to\":");
  if (e.attributed_to) {
    AppendActorJson(*e.attributed_to, out);
  } else {
    out->append("null");
  }
  out->append(",\"evidence\":{\"text\":");
  AppendJsonString(e.evidence_text, out);
  fmt::format_to(std::back_inserter(*out), ",\"start\":{},\"end\":{}}}", e.evidence.start,
                 e.evidence.end);
  out->append(",\"rule\":");
  AppendJsonString(e.rule, out);
  out->append(",\"seen_at\":");
  AppendJsonString(m.seen_at, out);
  out->append(",\"provenance\":");
  AppendProvenance(m.provenance, out);
  out->push_back('}');
}

std::string Clean(std::string_view s) {
  std::string r(s);
  for (char& c : r) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return r;
}

std::string Upper(std::string_view s) {
  std::string r(s);
  for (char& c : r) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return r;
}

// Actor1*/Actor2* columns 6-15: code, name, country, known group, ethnic, religion 1 and 2,
// types 1-3 (the three-letter chunks after the country or group prefix).
void AppendGdeltActor(const Actor* a, std::string* out) {
  if (!a) {
    out->append(10, '\t');
    return;
  }
  std::string group;
  std::string prefix = a->code.substr(0, 3);
  size_t types_from = 3;
  if ((prefix == "IGO" || prefix == "NGO" || prefix == "IMG" || prefix == "MNC") &&
      a->code.size() >= 6) {
    group = a->code.substr(3, 3);
    types_from = 6;
  }
  std::string types[3];
  for (int i = 0; i < 3 && types_from + 3 * i + 3 <= a->code.size(); ++i) {
    types[i] = a->code.substr(types_from + 3 * i, 3);
  }
  fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t{}\t{}\t\t\t\t{}\t{}\t{}", a->code,
                 Clean(Upper(a->name)), a->country, group, types[0], types[1], types[2]);
}

}  // namespace

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendStoredEventJson(const StoredEvent& se, bool with_mentions, std::string* out) {
  const Event& e = se.representative.event;
  fmt::format_to(std::back_inserter(*out), "{{\"event_id\":{},\"date\":", se.key);
  AppendJsonStringOrNull(e.date.ToString(), out);
  out->append(",\"source\":");
  AppendActorJson(e.source, out);
  out->append(",\"target\":");
  if (e.target) {
    AppendActorJson(*e.target, out);
  } else {
    out->append("null");
  }
  out->append(e.mutual ? ",\"mutual\":true," : ",\"mutual\":false,");
  AppendCodeJson(e, out);
  out->append(",\"modality\":\"");
  out->append(ModalityName(e.modality));
  out->append("\",\"location\":");
  AppendLocationJson(e, out);
  fmt::format_to(std::back_inserter(*out),
                 ",\"num_mentions\":{},\"num_documents\":{},\"num_outlets\":{},\"first_seen\":",
                 se.num_mentions, se.num_documents, se.num_outlets);
  AppendJsonString(se.first_seen, out);
  out->append(",\"provenance\":");
  AppendProvenance(se.provenance, out);
  out->append(",\"mention\":");
  AppendMentionJson(se.representative, out);
  if (with_mentions) {
    out->append(",\"mentions\":[");
    for (size_t i = 0; i < se.mentions.size(); ++i) {
      if (i) out->push_back(',');
      AppendMentionJson(se.mentions[i], out);
    }
    out->push_back(']');
  }
  out->append("}\n");
}

std::string StoredEventCsvHeader(bool with_mentions) {
  std::string h =
      "event_id,date,source,source_root,target,target_root,mutual,cameo,cameo_root,"
      "cameo_name,plover,quad_class,goldstein,modality,num_mentions,num_documents,num_outlets,"
      "first_seen,dyad_version,dictionary_fingerprint";
  h += with_mentions ? ",mention_id,mention_date,doc_id,outlet,url,evidence,sentence\n"
                     : ",doc_id,outlet,url,evidence,sentence\n";
  return h;
}

void AppendStoredEventCsv(const StoredEvent& se, bool with_mentions, std::string* out) {
  const Event& e = se.representative.event;
  std::string head;
  auto field = [&](std::string_view s) {
    AppendCsvField(s, &head);
    head.push_back(',');
  };
  field(std::to_string(se.key));
  field(e.date.ToString());
  field(e.source.code);
  field(se.source_root);
  field(e.target ? e.target->code : "");
  field(se.target_root);
  field(e.mutual ? "true" : "false");
  field(e.cameo);
  field(e.cameo_root);
  field(e.cameo_name);
  field(e.plover_type);
  field(std::to_string(e.quad_class));
  field(fmt::format("{:.1f}", e.goldstein));
  field(ModalityName(e.modality));
  field(std::to_string(se.num_mentions));
  field(std::to_string(se.num_documents));
  field(std::to_string(se.num_outlets));
  field(se.first_seen);
  field(se.provenance.dyad_version);
  field(se.provenance.dictionary_fingerprint);
  auto tail = [&](const StoredMention& m, bool with_id) {
    out->append(head);
    std::string rest;
    auto add = [&](std::string_view s, bool last = false) {
      AppendCsvField(s, &rest);
      rest.push_back(last ? '\n' : ',');
    };
    if (with_id) {
      add(m.event.id);
      add(m.event.date.ToString());
    }
    add(m.event.doc_id);
    add(m.outlet);
    add(m.event.url);
    add(m.event.evidence_text);
    add(m.event.sentence, true);
    out->append(rest);
  };
  if (!with_mentions) {
    tail(se.representative, false);
    return;
  }
  for (const StoredMention& m : se.mentions) tail(m, true);
}

const std::vector<std::string>& GdeltColumns() {
  static const auto* columns = [] {
    auto* c =
        new std::vector<std::string>{"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"};
    for (const char* actor : {"Actor1", "Actor2"}) {
      for (const char* f :
           {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}) {
        c->push_back(std::string(actor) + f);
      }
    }
    for (const char* f :
         {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"}) {
      c->push_back(f);
    }
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
                            "Long", "FeatureID"}) {
        c->push_back(std::string(geo) + f);
      }
    }
    c->push_back("DATEADDED");
    c->push_back("SOURCEURL");
    return c;
  }();
  return *columns;
}

void AppendGdeltRow(const StoredEvent& se, std::string* out) {
  const Event& e = se.representative.event;
  const Date& d = e.date;
  std::string day, month_year, year, fraction;
  if (d.valid()) year = std::to_string(d.year);
  if (d.month) month_year = fmt::format("{:04d}{:02d}", d.year, d.month);
  if (d.day) {
    day = fmt::format("{:04d}{:02d}{:02d}", d.year, d.month, d.day);
    long doy = DaysFromCivil(d) - DaysFromCivil(Date{d.year, 1, 1}) + 1;
    fraction = fmt::format("{:.4f}", d.year + doy / 365.0);
  }
  // 1-5: id and dates.
  fmt::format_to(std::back_inserter(*out), "{}\t{}\t{}\t{}\t{}", se.key, day, month_year, year,
                 fraction);
  // 6-25: the two actors.
  AppendGdeltActor(&e.source, out);
  AppendGdeltActor(e.target ? &*e.target : nullptr, out);
  // 26-35: the action.
  std::string base = e.cameo.substr(0, std::min<size_t>(3, e.cameo.size()));
  fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t{}\t{}\t{}\t{:.1f}\t{}\t{}\t{}\t",
                 e.sentence_index == 0 ? 1 : 0, e.cameo, base, e.cameo_root, e.quad_class,
                 e.goldstein, se.num_mentions, se.num_outlets, se.num_documents);
  // 36-51: actor geography, unknown to dyad.
  out->append(16, '\t');
  // 52-59: the action's place. Type 4 (world city) with coordinates, else 1 (country).
  bool has_place = !e.location_place.empty() || !e.location_country.empty();
  if (has_place) {
    bool coords = e.location_lat && e.location_lon;
    fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t\t\t\t", coords ? 4 : 1,
                   Clean(e.location_place.empty() ? e.location_country : e.location_place));
    if (coords) {
      fmt::format_to(std::back_inserter(*out), "{:.4f}\t{:.4f}\t", *e.location_lat,
                     *e.location_lon);
    } else {
      out->append("\t\t");
    }
  } else {
    out->append("\t\t\t\t\t\t\t\t");
  }
  // 60-61: date added (YYYYMMDDHHMMSS) and the source.
  std::string added;
  for (char c : se.first_seen) {
    if (c >= '0' && c <= '9') added.push_back(c);
  }
  const StoredMention& m = se.representative;
  fmt::format_to(std::back_inserter(*out), "\t{}\t{}\n", added,
                 Clean(m.event.url.empty() ? m.event.doc_id : m.event.url));
}

void AppendPloverJson(const StoredEvent& se, std::string* out) {
  const Event& e = se.representative.event;
  auto actor = [&](const Actor& a) {
    out->append("{\"code\":");
    AppendJsonString(ActorRoot(a), out);
    if (!a.sector.empty()) {
      out->append(",\"sector\":");
      AppendJsonString(a.sector, out);
    }
    out->append(",\"actor_text\":");
    AppendJsonString(a.text, out);
    out->append(",\"identifier_text\":");
    AppendJsonString(a.name, out);
    out->push_back('}');
  };
  fmt::format_to(std::back_inserter(*out), "{{\"id\":\"dyad-{}\",\"date\":", se.key);
  AppendJsonStringOrNull(e.date.ToString(), out);
  // Reciprocal events list both actors as sources and have no recipient (manual 3.4).
  out->append(",\"source\":[");
  actor(e.source);
  if (e.mutual && e.target) {
    out->push_back(',');
    actor(*e.target);
  }
  out->push_back(']');
  if (e.target && !e.mutual) {
    out->append(",\"recipient\":[");
    actor(*e.target);
    out->push_back(']');
  }
  out->append(",\"event\":[");
  AppendJsonString(e.plover_type, out);
  out->push_back(']');
  if (!e.plover_mode.empty()) {
    out->append(",\"mode\":");
    AppendJsonString(e.plover_mode, out);
  }
  if (!e.plover_context.empty()) {
    out->append(",\"context\":[");
    for (size_t i = 0; i < e.plover_context.size(); ++i) {
      if (i) out->push_back(',');
      AppendJsonString(e.plover_context[i], out);
    }
    out->push_back(']');
  }
  if (!e.location_place.empty() || !e.location_country.empty()) {
    out->append(",\"event_loc\":{\"name\":");
    AppendJsonStringOrNull(e.location_place, out);
    out->append(",\"cc3\":");
    AppendJsonStringOrNull(e.location_country, out);
    if (e.location_lat && e.location_lon) {
      fmt::format_to(std::back_inserter(*out), ",\"latitude\":{:.4f},\"longitude\":{:.4f}",
                     *e.location_lat, *e.location_lon);
    }
    out->push_back('}');
  }
  out->append(",\"event_text\":[");
  AppendJsonString(e.evidence_text, out);
  fmt::format_to(std::back_inserter(*out), "],\"quad_code\":{},\"event_scale\":{:.1f}",
                 e.quad_class, e.goldstein);
  fmt::format_to(std::back_inserter(*out),
                 ",\"text_info\":{{\"sequence\":{},\"start\":{},\"end\":{}}}", e.sentence_index,
                 e.evidence.start, e.evidence.end);
  out->append(",\"cite_info\":{\"citation\":");
  AppendJsonString(e.doc_id, out);
  if (!e.url.empty()) {
    out->append(",\"url\":");
    AppendJsonString(e.url, out);
  }
  if (!e.title.empty()) {
    out->append(",\"title\":");
    AppendJsonString(e.title, out);
  }
  if (!se.representative.outlet.empty()) {
    out->append(",\"publication\":");
    AppendJsonString(se.representative.outlet, out);
  }
  out->append(",\"coder\":");
  AppendJsonString("dyad " + se.provenance.dyad_version, out);
  out->append(",\"codebook\":\"CAMEO2PLOVER-2021\"}");
  out->append(",\"coder\":");
  AppendJsonString("dyad " + se.provenance.dyad_version, out);
  out->append(",\"coded_date\":");
  AppendJsonString(se.first_seen.substr(0, 10), out);
  // Fields beyond the manual's, as it allows: what dyad adds.
  out->append(",\"cameo\":");
  AppendJsonString(e.cameo, out);
  out->append(",\"modality\":\"");
  out->append(ModalityName(e.modality));
  fmt::format_to(std::back_inserter(*out),
                 "\",\"num_mentions\":{},\"num_documents\":{},\"num_outlets\":{}", se.num_mentions,
                 se.num_documents, se.num_outlets);
  out->append(",\"dictionary_fingerprint\":");
  AppendJsonString(se.provenance.dictionary_fingerprint, out);
  out->append("}\n");
}

void AppendCameoTsv(const StoredEvent& se, std::string* out) {
  AppendEventTsv(se.representative.event, out);
}

std::string SeriesCsvHeader() {
  return "dyad,period,events,mentions,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4\n";
}

void AppendSeriesCsv(const SeriesRow& r, std::string* out) {
  AppendCsvField(r.dyad, out);
  fmt::format_to(std::back_inserter(*out), ",{},{},{},{:.1f},{:.3f},{},{},{},{}\n", r.period,
                 r.events, r.mentions, r.goldstein_sum, r.goldstein_mean(), r.quad[0], r.quad[1],
                 r.quad[2], r.quad[3]);
}

void AppendSeriesJson(const SeriesRow& r, std::string* out) {
  out->append("{\"dyad\":");
  AppendJsonString(r.dyad, out);
  fmt::format_to(std::back_inserter(*out),
                 ",\"period\":\"{}\",\"events\":{},\"mentions\":{},\"goldstein_sum\":{:.1f},"
                 "\"goldstein_mean\":{:.3f},\"quad\":[{},{},{},{}]}}\n",
                 r.period, r.events, r.mentions, r.goldstein_sum, r.goldstein_mean(), r.quad[0],
                 r.quad[1], r.quad[2], r.quad[3]);
}

}  // namespace dyad
