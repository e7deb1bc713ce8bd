// Hand-written serialisation with fmt: the field order is fixed by the schema, strings are
// escaped per RFC 8259 (control characters as \u00XX; UTF-8 passes through), and the
// Goldstein score is printed with the one decimal the codebook gives it.
#include "io/writer.h"

#include <fmt/format.h>

namespace dyad {
namespace {

void AppendActor(const Actor& a, std::string* out) {
  out->append("{\"text\":");
  AppendJsonString(a.text, out);
  out->append(",\"code\":");
  AppendJsonString(a.code, out);
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

void AppendSpan(const Span& s, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "{{\"sentence_index\":{},\"start\":{},\"end\":{}}}",
                 s.sentence_index, s.start, s.end);
}

}  // namespace

void AppendJsonStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendJsonString(s, out);
  }
}

void AppendCodeJson(const Event& e, std::string* out) {
  out->append("\"cameo\":");
  AppendJsonString(e.cameo, out);
  out->append(",\"cameo_root\":");
  AppendJsonString(e.cameo_root, out);
  out->append(",\"cameo_name\":");
  AppendJsonString(e.cameo_name, out);
  out->append(",\"plover\":");
  if (e.plover_type.empty()) {
    out->append("null");
  } else {
    out->append("{\"type\":");
    AppendJsonString(e.plover_type, out);
    out->append(",\"mode\":");
    AppendJsonStringOrNull(e.plover_mode, out);
    out->append(",\"context\":[");
    for (size_t i = 0; i < e.plover_context.size(); ++i) {
      if (i) out->push_back(',');
      AppendJsonString(e.plover_context[i], out);
    }
    out->append("]}");
  }
  fmt::format_to(std::back_inserter(*out), ",\"quad_class\":{},\"goldstein\":{:.1f}",
                 e.quad_class, e.goldstein);
}

void AppendLocationJson(const Event& e, std::string* out) {
  if (e.location_country.empty() && e.location_place.empty()) {
    out->append("null");
    return;
  }
  out->append("{\"country\":");
  AppendJsonStringOrNull(e.location_country, out);
  out->append(",\"place\":");
  AppendJsonStringOrNull(e.location_place, out);
  if (e.location_lat && e.location_lon) {
    fmt::format_to(std::back_inserter(*out), ",\"lat\":{:.4f},\"lon\":{:.4f}}}",
                   *e.location_lat, *e.location_lon);
  } else {
    out->append(",\"lat\":null,\"lon\":null}");
  }
}

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (u < 0x20) {
          fmt::format_to(std::back_inserter(*out), "\\u{:04x}", u);
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

void AppendEventJson(const Event& e, std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(e.id, out);
  out->append(",\"doc_id\":");
  AppendJsonString(e.doc_id, out);
  out->append(",\"url\":");
  AppendJsonStringOrNull(e.url, out);
  out->append(",\"title\":");
  AppendJsonStringOrNull(e.title, out);
  fmt::format_to(std::back_inserter(*out), ",\"sentence_index\":{}", e.sentence_index);
  out->append(",\"sentence\":");
  AppendJsonString(e.sentence, out);
  out->append(",\"date\":");
  AppendJsonStringOrNull(e.date.ToString(), out);
  out->append(",\"date_basis\":\"");
  out->append(DateBasisName(e.date_basis));
  out->append("\",\"source\":");
  AppendActor(e.source, out);
  out->append(",\"target\":");
  if (e.target) {
    AppendActor(*e.target, out);
  } else {
    out->append("null");
  }
  out->append(e.mutual ? ",\"mutual\":true" : ",\"mutual\":false");
  out->push_back(',');
  AppendCodeJson(e, out);
  out->append(",\"modality\":\"");
  out->append(ModalityName(e.modality));
  out->append("\",\"attributed_to\":");
  if (e.attributed_to) {
    AppendActor(*e.attributed_to, out);
  } else {
    out->append("null");
  }
  out->append(",\"location\":");
  AppendLocationJson(e, out);
  out->append(",\"evidence\":{\"text\":");
  AppendJsonString(e.evidence_text, out);
  fmt::format_to(std::back_inserter(*out), ",\"start\":{},\"end\":{}}}", e.evidence.start,
                 e.evidence.end);
  out->append(",\"mentions\":[");
  for (size_t i = 0; i < e.mentions.size(); ++i) {
    if (i) out->push_back(',');
    AppendSpan(e.mentions[i], out);
  }
  out->append("],\"rule\":");
  AppendJsonString(e.rule, out);
  out->append("}\n");
}

void AppendEventTsv(const Event& e, std::string* out) {
  auto clean = [](std::string_view s) {
    std::string r(s);
    for (char& c : r) {
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return r;
  };
  fmt::format_to(std::back_inserter(*out), "{}\t{}\t{}\t{}\t{}\t{}\t{:.1f}\t{}\t{}\n",
                 e.date.ToString(), e.source.code, e.target ? e.target->code : "", e.cameo,
                 e.cameo_root, e.quad_class, e.goldstein, clean(e.doc_id), e.sentence_index);
}

}  // namespace dyad
