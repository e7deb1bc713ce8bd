// Filter parsing and the WHERE clause. Every value is a bound parameter; the clause is
// shaped so each filter can use an index: a three-letter actor compares the root column
// (the dyad index), a longer one also the code column; text search runs inside the
// engine's text index and joins back to events through mentions.sentence_key (SQLite) or
// event_text's event keys (PostgreSQL).
#include "store/filter.h"

#include <cctype>
#include <charconv>

#include "base/date.h"

namespace dyad {
namespace {

bool IsActorValue(std::string_view v) {
  if (v.size() < 3) return false;
  for (char c : v) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// One side's condition: a root compares the root column; a code with a sector the code.
std::string SideSql(const char* side, const std::string& value, SqlParams* params) {
  std::string s = std::string("e.") + side;
  if (value.size() == 3) {
    params->push_back(SqlValue(value));
    return s + "_root = ?";
  }
  params->push_back(SqlValue(value));
  params->push_back(SqlValue(value));
  return "(" + s + "_root = ? OR " + s + "_code = ?)";
}

bool ParseInt(std::string_view v, int64_t* out) {
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
  return ec == std::errc() && p == v.data() + v.size();
}

}  // namespace

const std::vector<std::string>& FilterNames() {
  static const auto* names = new std::vector<std::string>{
      "actor", "source",   "target", "dyad", "cameo", "root",  "plover",
      "quad",  "modality", "from",   "to",   "q",     "limit", "offset"};
  return *names;
}

std::optional<DyadSpec> ParseDyad(std::string_view value) {
  DyadSpec d;
  size_t at = value.find(':');
  if (at == std::string_view::npos) {
    at = value.find(',');
    d.directed = false;
  }
  if (at == std::string_view::npos) return std::nullopt;
  d.a = std::string(value.substr(0, at));
  d.b = std::string(value.substr(at + 1));
  if (!IsActorValue(d.a) || !IsActorValue(d.b)) return std::nullopt;
  return d;
}

std::optional<long> FirstDay(std::string_view date) {
  auto d = ParseIsoDate(date);
  if (!d) return std::nullopt;
  return DaysFromCivil(*d);
}

std::optional<long> LastDay(std::string_view date) {
  auto d = ParseIsoDate(date);
  if (!d) return std::nullopt;
  Date last = *d;
  if (last.month == 0) last.month = 12;
  if (last.day == 0) last.day = DaysInMonth(last.year, last.month);
  return DaysFromCivil(last);
}

Status SetFilter(std::string_view name, std::string_view value, EventFilter* f) {
  std::string v(value);
  if (name == "actor") {
    f->actor = v;
  } else if (name == "source") {
    f->source = v;
  } else if (name == "target") {
    f->target = v;
  } else if (name == "dyad") {
    f->dyad = v;
  } else if (name == "cameo") {
    f->cameo = v;
  } else if (name == "root") {
    f->root = v;
  } else if (name == "plover") {
    f->plover = v;
  } else if (name == "quad") {
    int64_t q = 0;
    if (!ParseInt(v, &q) || q < 1 || q > 4) {
      return Status::InvalidArgument("quad: expected 1, 2, 3 or 4, got '" + v + "'");
    }
    f->quad = static_cast<int>(q);
  } else if (name == "modality") {
    f->modality = v;
  } else if (name == "from") {
    f->from = v;
  } else if (name == "to") {
    f->to = v;
  } else if (name == "q") {
    f->q = v;
  } else if (name == "limit" || name == "offset") {
    int64_t n = 0;
    if (!ParseInt(v, &n) || n < 0) {
      return Status::InvalidArgument(std::string(name) + ": expected a whole number, got '" + v +
                                     "'");
    }
    (name == "limit" ? f->limit : f->offset) = n;
  } else {
    return Status::InvalidArgument("unknown filter '" + std::string(name) + "'");
  }
  return ValidateFilter(*f);
}

Status ValidateFilter(const EventFilter& f) {
  for (const auto& [name, value] : {std::pair{"actor", &f.actor}, std::pair{"source", &f.source},
                                    std::pair{"target", &f.target}}) {
    if (!value->empty() && !IsActorValue(*value)) {
      return Status::InvalidArgument(std::string(name) +
                                     ": expected an actor code such as RUS or RUSGOV, got '" +
                                     *value + "'");
    }
  }
  if (!f.dyad.empty() && !ParseDyad(f.dyad)) {
    return Status::InvalidArgument(
        "dyad: expected A:B (directed) or A,B (either direction), got '" + f.dyad + "'");
  }
  auto digits = [](const std::string& s, size_t lo, size_t hi) {
    if (s.size() < lo || s.size() > hi) return false;
    for (char c : s) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  if (!f.cameo.empty() && !digits(f.cameo, 2, 4)) {
    return Status::InvalidArgument("cameo: expected a CAMEO code of 2 to 4 digits, got '" +
                                   f.cameo + "'");
  }
  if (!f.root.empty() && !digits(f.root, 2, 2)) {
    return Status::InvalidArgument("root: expected a two-digit CAMEO root, got '" + f.root + "'");
  }
  if (f.quad < 0 || f.quad > 4) return Status::InvalidArgument("quad: expected 1, 2, 3 or 4");
  if (!f.modality.empty() && f.modality != "fact" && f.modality != "alleged" &&
      f.modality != "intended" && f.modality != "conditional" && f.modality != "negated") {
    return Status::InvalidArgument(
        "modality: expected fact, alleged, intended, conditional or negated, got '" + f.modality +
        "'");
  }
  for (const auto& [name, value] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
    if (!value->empty() && !ParseIsoDate(*value)) {
      return Status::InvalidArgument(
          std::string(name) + ": expected YYYY-MM-DD, YYYY-MM or YYYY, got '" + *value + "'");
    }
  }
  if (!f.q.empty() && TextQuery(f.q, SqlDialect::kSqlite).empty()) {
    return Status::InvalidArgument("q: no word to search for in '" + f.q + "'");
  }
  if (f.limit < 0 || f.offset < 0) return Status::InvalidArgument("limit and offset must be >= 0");
  return Status::Ok();
}

std::string TextQuery(std::string_view q, SqlDialect dialect) {
  // Words: runs of ASCII letters and digits and of any non-ASCII bytes (UTF-8 letters).
  std::vector<std::string> words;
  std::string word;
  for (char c : q) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(' ');
    if (dialect == SqlDialect::kSqlite) {
      out += "\"" + w + "\"";  // a quoted token: never an FTS5 operator
    } else {
      out += w;
    }
  }
  return out;
}

std::string WhereClause(const EventFilter& f, SqlDialect dialect, SqlParams* params,
                        TextPlan text_plan) {
  std::vector<std::string> terms;
  if (!f.actor.empty()) {
    std::string a = SideSql("source", f.actor, params);
    std::string b = SideSql("target", f.actor, params);
    terms.push_back("(" + a + " OR " + b + ")");
  }
  if (!f.source.empty()) terms.push_back(SideSql("source", f.source, params));
  if (!f.target.empty()) terms.push_back(SideSql("target", f.target, params));
  if (auto d = ParseDyad(f.dyad)) {
    // Each SideSql call appends parameters: call them in the order their SQL appears.
    std::string ab = SideSql("source", d->a, params);
    ab += " AND " + SideSql("target", d->b, params);
    if (d->directed) {
      terms.push_back(ab);
    } else {
      std::string ba = SideSql("source", d->b, params);
      ba += " AND " + SideSql("target", d->a, params);
      terms.push_back("((" + ab + ") OR (" + ba + "))");
    }
  }
  if (!f.cameo.empty()) {
    terms.push_back("e.cameo = ?");
    params->push_back(SqlValue(f.cameo));
  }
  if (!f.root.empty()) {
    terms.push_back("e.cameo_root = ?");
    params->push_back(SqlValue(f.root));
  }
  if (!f.plover.empty()) {
    terms.push_back("e.plover_type = ?");
    params->push_back(SqlValue(f.plover));
  }
  if (f.quad) {
    terms.push_back("e.quad_class = ?");
    params->push_back(SqlValue(f.quad));
  }
  if (!f.modality.empty()) {
    terms.push_back("e.modality = ?");
    params->push_back(SqlValue(f.modality));
  }
  if (auto from = FirstDay(f.from)) {
    terms.push_back("e.day >= ?");
    params->push_back(SqlValue(static_cast<int64_t>(*from)));
  }
  if (auto to = LastDay(f.to)) {
    terms.push_back("e.day <= ?");
    params->push_back(SqlValue(static_cast<int64_t>(*to)));
  }
  if (!f.q.empty() && text_plan == TextPlan::kProbe) {
    if (dialect == SqlDialect::kSqlite) {
      // FTS5 answers "rowid = ? AND MATCH ?" with one seek in its index.
      terms.push_back(
          "EXISTS (SELECT 1 FROM mentions m JOIN sentences_fts "
          "ON sentences_fts.rowid = m.sentence_key "
          "WHERE m.event_key = e.event_key AND sentences_fts MATCH ?)");
    } else {
      // event_text: the event's sentences' tsvectors by its key (ix_event_text_key).
      terms.push_back(
          "EXISTS (SELECT 1 FROM event_text t WHERE t.event_key = e.event_key "
          "AND t.tsv @@ plainto_tsquery('english', ?))");
    }
    params->push_back(SqlValue(TextQuery(f.q, dialect)));
  } else if (!f.q.empty()) {
    if (dialect == SqlDialect::kSqlite) {
      terms.push_back(
          "e.event_key IN (SELECT m.event_key FROM mentions m WHERE m.sentence_key IN "
          "(SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))");
    } else {
      // ANY(ARRAY(...)) makes PostgreSQL run the text search first; with IN it may walk
      // the events in date order and probe each one, which is slow for common words.
      // event_text maps the matching sentences to their events without the mentions.
      terms.push_back(
          "e.event_key = ANY (ARRAY(SELECT t.event_key FROM event_text t "
          "WHERE t.tsv @@ plainto_tsquery('english', ?)))");
    }
    params->push_back(SqlValue(TextQuery(f.q, dialect)));
  }
  if (terms.empty()) return "";
  std::string out = " WHERE ";
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i) out += " AND ";
    out += terms[i];
  }
  return out;
}

}  // namespace dyad
