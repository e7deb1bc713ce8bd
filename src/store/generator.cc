// Generation: Zipf draws by binary search in cumulative weights; words are pronounceable
// syllable strings, so the text index sees a natural-looking vocabulary. Rows go through
// SqlBulkWriter (COPY on PostgreSQL) in key order, with explicit keys, in transactions of
// 100,000 events; the store's indexes are dropped first and built at the end.
#include "store/generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <vector>

#include "base/data_source.h"
#include "base/date.h"

namespace dyad {
namespace {

const char* const kCountries[] = {
    "USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "PRK", "KOR", "JPN", "GBR", "FRA",
    "DEU", "IND", "PAK", "AFG", "SYR", "IRQ", "TUR", "SAU", "EGY", "SDN", "ETH", "NGA",
    "ZAF", "BRA", "VEN", "COL", "MEX", "CAN", "AUS", "IDN", "PHL", "MMR", "THA", "VNM",
    "TWN", "YEM", "LBN", "JOR", "QAT", "ARE", "LBY", "MLI", "SOM", "KEN", "COD", "POL",
    "BLR", "GEO", "ARM", "AZE", "KAZ", "SRB", "HUN", "ITA", "ESP", "GUY", "CUB", "BGD"};
constexpr int kCountryCount = sizeof(kCountries) / sizeof(kCountries[0]);

const char* const kSyllables[] = {"ka",  "lo",  "mi", "ren", "to",   "sa",  "vu", "ne",
                                  "dor", "pa",  "li", "gu",  "ster", "ma",  "ro", "te",
                                  "bi",  "zan", "fe", "qu",  "wa",   "ish", "ol", "den"};

class Zipf {
 public:
  Zipf(int n, double s) {
    double sum = 0;
    for (int i = 1; i <= n; ++i) {
      sum += 1.0 / std::pow(i, s);
      cdf_.push_back(sum);
    }
    for (double& c : cdf_) c /= sum;
  }
  int operator()(std::mt19937_64& rng) const {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<int>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
  }

 private:
  std::vector<double> cdf_;
};

struct Code {
  std::string code, root, name, plover;
  double goldstein = 0;
  int quad = 0;
};

Result<std::vector<Code>> LoadCodes() {
  DataSource source;
  auto text = source.Read("data/cameo.tsv");
  if (!text.ok()) return text.status();
  std::vector<Code> codes;
  std::string_view rest = *text;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    size_t at = 0;
    for (;;) {
      size_t tab = line.find('\t', at);
      f.emplace_back(line.substr(at, tab == std::string_view::npos ? tab : tab - at));
      if (tab == std::string_view::npos) break;
      at = tab + 1;
    }
    if (f.size() < 5 || f[0].size() < 3) continue;  // event codes only, not the roots
    Code c;
    c.code = f[0];
    c.root = f[0].substr(0, 2);
    c.name = f[1];
    c.goldstein = std::atof(f[2].c_str());
    c.quad = std::atoi(f[3].c_str());
    c.plover = f[4] == "-" ? "" : f[4];
    codes.push_back(std::move(c));
  }
  if (codes.empty()) return Status::DataLoss("data/cameo.tsv has no event codes");
  // Common codes first: statements, consultations, accusations lead real data sets.
  std::stable_sort(codes.begin(), codes.end(), [](const Code& a, const Code& b) {
    auto rank = [](const Code& c) {
      static const char* const kCommon[] = {"010", "040", "042", "043", "036", "112", "111",
                                            "051", "057", "190", "173", "020", "046", "120",
                                            "130", "141", "163", "180", "193", "061"};
      for (int i = 0; i < 20; ++i) {
        if (c.code == kCommon[i]) return i;
      }
      return 100;
    };
    return rank(a) < rank(b);
  });
  return codes;
}

}  // namespace

std::string GeneratedWord(int rank) {
  // Rank + 600 written in base 24 with a syllable per digit: distinct for every rank.
  std::string w;
  for (int x = rank + 600; x > 0; x /= 24) w += kSyllables[x % 24];
  return w;
}

Result<GeneratorReport> GenerateEvents(EventStore* store, const GeneratorOptions& o) {
  auto codes = LoadCodes();
  if (!codes.ok()) return codes.status();
  SqlDatabase* db = store->db();
  GeneratorReport report;
  auto t0 = std::chrono::steady_clock::now();
  DYAD_RETURN_IF_ERROR(store->BeginBulkLoad());

  std::mt19937_64 rng(o.seed);
  Zipf countries(kCountryCount, 1.1), code_rank(static_cast<int>(codes->size()), 1.2),
      words(5000, 1.0);
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 5000; ++i) vocabulary.push_back(GeneratedWord(i));
  const long first_day = DaysFromCivil(Date{o.first_year, 1, 1});
  const long days = DaysFromCivil(Date{o.first_year + o.years, 1, 1}) - first_day;
  const int64_t documents = std::max<int64_t>(1, o.events * 13 / 50);
  const std::string seen_at = UtcNow();
  const char* const sectors[] = {"", "", "GOV", "MIL", "GOV"};

  DYAD_RETURN_IF_ERROR(
      db->Exec("INSERT INTO provenance (prov_key, dyad_version, dict_fingerprint) VALUES (1, ?, ?) "
               "ON CONFLICT DO NOTHING",
               {SqlValue(Version()), SqlValue("generated")}));

  int64_t mention_key = 0;
  std::unique_ptr<SqlBulkWriter> ev_w, m_w, s_w;
  auto open_writers = [&]() -> Status {
    auto e = db->BulkWriter(
        "events", {"event_key",      "source_root",  "target_root",   "source_code", "target_code",
                   "mutual",         "cameo",        "cameo_root",    "match_code",  "plover_type",
                   "quad_class",     "goldstein",    "modality",      "date",        "day",
                   "date_precision", "num_mentions", "num_documents", "num_outlets", "first_seen",
                   "rep_mention",    "prov_key"});
    if (!e.ok()) return e.status();
    ev_w = std::move(*e);
    return Status::Ok();
  };
  // PostgreSQL's COPY takes one table at a time per connection: events, then mentions and
  // sentences are written in separate passes over the same random stream (re-seeded).
  for (int pass = 0; pass < 3; ++pass) {
    rng.seed(o.seed);
    mention_key = 0;
    DYAD_RETURN_IF_ERROR(db->Begin());
    if (pass == 0) {
      DYAD_RETURN_IF_ERROR(open_writers());
    } else if (pass == 1) {
      auto m = db->BulkWriter(
          "mentions",
          {"mention_key",    "event_key",      "doc_key",      "sentence_key", "mention_id",
           "sentence_index", "date",           "date_basis",   "day",          "date_precision",
           "source_code",    "source_root",    "source_text",  "source_name",  "source_country",
           "source_sector",  "target_code",    "target_root",  "target_text",  "target_name",
           "target_country", "target_sector",  "mutual",       "cameo",        "cameo_root",
           "cameo_name",     "plover_type",    "quad_class",   "goldstein",    "modality",
           "evidence_text",  "evidence_start", "evidence_end", "rule",         "seen_at",
           "prov_key"});
      if (!m.ok()) return m.status();
      m_w = std::move(*m);
    } else {
      auto s = db->BulkWriter("sentences", {"sentence_key", "doc_key", "sentence_index", "body"});
      if (!s.ok()) return s.status();
      s_w = std::move(*s);
    }
    for (int64_t key = 1; key <= o.events; ++key) {
      int si = countries(rng), ti = countries(rng);
      while (ti == si) ti = countries(rng);  // redraw: no actor acts on itself
      std::string sroot = kCountries[si], troot = kCountries[ti];
      std::string scode = sroot + sectors[rng() % 5], tcode = troot + sectors[rng() % 5];
      const Code& c = (*codes)[code_rank(rng)];
      long day = first_day + static_cast<long>(rng() % days);
      std::string date = CivilFromDays(day).ToString();
      int m = static_cast<int>(rng() % 100);
      const char* modality = m < 85   ? "fact"
                             : m < 93 ? "alleged"
                             : m < 98 ? "intended"
                             : m < 99 ? "conditional"
                                      : "negated";
      int extra = 0;
      while (rng() % 100 < 23 && extra < 20) ++extra;
      int count = 1 + extra;
      std::vector<int64_t> docs;
      for (int i = 0; i < count; ++i) docs.push_back(1 + static_cast<int64_t>(rng() % documents));
      std::vector<int64_t> distinct = docs;
      std::sort(distinct.begin(), distinct.end());
      distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
      std::vector<int64_t> outlets;
      for (int64_t d : distinct) outlets.push_back(d % 300);
      std::sort(outlets.begin(), outlets.end());
      outlets.erase(std::unique(outlets.begin(), outlets.end()), outlets.end());
      std::vector<std::string> sentences;
      for (int i = 0; i < count; ++i) {
        std::string s = scode + " " + c.name + " " + tcode;
        int n = 10 + static_cast<int>(rng() % 10);
        for (int w = 0; w < n; ++w) s += " " + vocabulary[words(rng)];
        sentences.push_back(s + ".");
      }
      int64_t rep = mention_key + 1;
      if (pass == 0) {
        DYAD_RETURN_IF_ERROR(ev_w->Add({SqlValue(key),
                                        SqlValue(sroot),
                                        SqlValue(troot),
                                        SqlValue(scode),
                                        SqlValue(tcode),
                                        SqlValue(0),
                                        SqlValue(c.code),
                                        SqlValue(c.root),
                                        SqlValue(c.code),
                                        SqlValue::TextOrNull(c.plover),
                                        SqlValue(c.quad),
                                        SqlValue(c.goldstein),
                                        SqlValue(modality),
                                        SqlValue(date),
                                        SqlValue(static_cast<int64_t>(day)),
                                        SqlValue(3),
                                        SqlValue(count),
                                        SqlValue(static_cast<int64_t>(distinct.size())),
                                        SqlValue(static_cast<int64_t>(outlets.size())),
                                        SqlValue(seen_at),
                                        SqlValue(rep),
                                        SqlValue(1)}));
        mention_key += count;
      } else {
        for (int i = 0; i < count; ++i) {
          ++mention_key;
          if (pass == 1) {
            DYAD_RETURN_IF_ERROR(
                m_w->Add({SqlValue(mention_key),
                          SqlValue(key),
                          SqlValue(docs[i]),
                          SqlValue(mention_key),
                          SqlValue(fmt::format("gen-{}:{}:0", docs[i], mention_key)),
                          SqlValue(mention_key),
                          SqlValue(date),
                          SqlValue("explicit"),
                          SqlValue(static_cast<int64_t>(day)),
                          SqlValue(3),
                          SqlValue(scode),
                          SqlValue(sroot),
                          SqlValue(scode),
                          SqlValue(sroot),
                          SqlValue(sroot),
                          SqlValue::TextOrNull(scode.substr(3)),
                          SqlValue(tcode),
                          SqlValue(troot),
                          SqlValue(tcode),
                          SqlValue(troot),
                          SqlValue(troot),
                          SqlValue::TextOrNull(tcode.substr(3)),
                          SqlValue(0),
                          SqlValue(c.code),
                          SqlValue(c.root),
                          SqlValue(c.name),
                          SqlValue::TextOrNull(c.plover),
                          SqlValue(c.quad),
                          SqlValue(c.goldstein),
                          SqlValue(modality),
                          SqlValue(c.name),
                          SqlValue(0),
                          SqlValue(static_cast<int64_t>(c.name.size())),
                          SqlValue("builtin:generated"),
                          SqlValue(seen_at),
                          SqlValue(1)}));
          } else {
            DYAD_RETURN_IF_ERROR(s_w->Add({SqlValue(mention_key), SqlValue(docs[i]),
                                           SqlValue(mention_key), SqlValue(sentences[i])}));
          }
        }
      }
      if (key % 100000 == 0 && o.progress) o.progress(key + pass * o.events);
    }
    SqlBulkWriter* w = pass == 0 ? ev_w.get() : pass == 1 ? m_w.get() : s_w.get();
    DYAD_RETURN_IF_ERROR(w->Finish());
    DYAD_RETURN_IF_ERROR(db->Commit());
  }
  report.events = o.events;
  report.mentions = report.sentences = mention_key;
  // Documents: about five mentions each, bodies short (the generator has no real text).
  DYAD_RETURN_IF_ERROR(db->Begin());
  auto d =
      db->BulkWriter("documents", {"doc_key", "doc_id", "text_hash", "pub_date", "outlet", "body",
                                   "sentence_count", "skipped", "ingested_at", "prov_key"});
  if (!d.ok()) return d.status();
  for (int64_t key = 1; key <= documents; ++key) {
    std::string id = fmt::format("gen-{}", key);
    DYAD_RETURN_IF_ERROR((*d)->Add({SqlValue(key), SqlValue(id), SqlValue(TextHash(id)), SqlValue(),
                                    SqlValue(fmt::format("Outlet {}", key % 300)),
                                    SqlValue("Generated document " + id + "."), SqlValue(5),
                                    SqlValue(0), SqlValue(seen_at), SqlValue(1)}));
  }
  DYAD_RETURN_IF_ERROR((*d)->Finish());
  DYAD_RETURN_IF_ERROR(db->Commit());
  report.documents = documents;
  auto t1 = std::chrono::steady_clock::now();
  report.load_seconds = std::chrono::duration<double>(t1 - t0).count();
  DYAD_RETURN_IF_ERROR(store->EndBulkLoad());
  report.index_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  return report;
}

}  // namespace dyad
