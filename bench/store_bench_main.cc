// The event store at scale: ingest throughput through the real pipeline, then a
// generated store (src/store/generator.h; 1 million events by default, 10 million with
// --10m) and the latency of the queries issue 6 sets targets for: `query series` for one
// dyad over five years (< 200 ms on 10 million events) and full-text search (< 500 ms).
// Each query runs once on a store opened for it (its first, cold run: a new connection,
// so SQLite's page cache is empty; with --evict the file's pages are also dropped from the
// operating system's cache, posix_fadvise), then --repeat times; the first time, the
// median and the slowest of the repeats are reported.
//
//   dyad_store_bench [--db FILE|postgresql://...] [--events N | --10m] [--regenerate]
//                    [--corpus DIR] [--repeat N] [--skip-ingest] [--evict] [--only TEXT]
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "io/reader.h"
#include "store/generator.h"
#include "store/store.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

int Fail(const std::string& what, const dyad::Status& s) {
  std::fprintf(stderr, "dyad_store_bench: %s: %s\n", what.c_str(), s.message().c_str());
  return 1;
}

// Codes and stores every .txt under `corpus`, `repeat` times with distinct ids.
int BenchIngest(const std::string& corpus, int repeat) {
  std::vector<dyad::Document> docs;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    dyad::Document d;
    std::vector<std::string> warnings;
    if (dyad::ParseTxt(entry.path().stem().string(), buf.str(), &d, &warnings).ok()) {
      docs.push_back(std::move(d));
    }
  }
  if (docs.empty()) {
    std::printf("ingest: no .txt documents under %s; skipped\n", corpus.c_str());
    return 0;
  }
  auto coder = dyad::Coder::Create(dyad::CoderOptions{});
  if (!coder.ok()) return Fail("dictionaries", coder.status());
  std::string path =
      (std::filesystem::temp_directory_path() / "dyad_store_bench_ingest.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  auto store = dyad::EventStore::Open(path, dyad::StoreOptions{});
  if (!store.ok()) return Fail(path, store.status());
  dyad::Provenance prov{dyad::Version(), (*coder)->DictionaryFingerprint()};
  dyad::DocumentResult result;
  uint64_t mentions = 0, bytes = 0;
  double coding_ms = 0;
  auto t0 = Clock::now();
  int in_batch = 0;
  if (auto s = (*store)->Begin(); !s.ok()) return Fail("begin", s);
  for (int r = 0; r < repeat; ++r) {
    for (dyad::Document d : docs) {
      d.id += "#" + std::to_string(r);
      auto c0 = Clock::now();
      if (auto s = (*coder)->Code(d, &result); !s.ok()) continue;
      coding_ms += Ms(c0);
      auto outcome = (*store)->Ingest(d, result, prov);
      if (!outcome.ok()) return Fail("ingest", outcome.status());
      mentions += result.events.size();
      bytes += d.text.size();
      if (++in_batch == 64) {  // dyad ingest's default --batch
        if (auto s = (*store)->Commit(); !s.ok()) return Fail("commit", s);
        if (auto s = (*store)->Begin(); !s.ok()) return Fail("begin", s);
        in_batch = 0;
      }
    }
  }
  if (auto s = (*store)->Commit(); !s.ok()) return Fail("commit", s);
  double ms = Ms(t0);
  size_t n = docs.size() * repeat;
  std::printf(
      "ingest (code + store, SQLite, batches of 64): %zu documents, %llu mentions, "
      "%.1f MB in %.2f s\n",
      n, static_cast<unsigned long long>(mentions), bytes / 1e6, ms / 1e3);
  std::printf("  %.0f documents/s, %.0f mentions/s, %.2f MB/s; coding alone %.0f documents/s\n",
              n / (ms / 1e3), mentions / (ms / 1e3), bytes / 1e6 / (ms / 1e3),
              n / (coding_ms / 1e3));
  store->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return 0;
}

struct Timing {
  double first = 0, median = 0, max = 0;
  size_t rows = 0;
};

// One first run, then `repeat` more: the first's time, the median and slowest of the rest.
template <typename F>
Timing Measure(int repeat, F run) {
  std::vector<double> ms;
  Timing t;
  auto t0 = Clock::now();
  t.rows = run();
  t.first = Ms(t0);
  for (int i = 0; i < repeat; ++i) {
    t0 = Clock::now();
    t.rows = run();
    ms.push_back(Ms(t0));
  }
  std::sort(ms.begin(), ms.end());
  t.median = ms.empty() ? 0 : ms[ms.size() / 2];
  t.max = ms.empty() ? 0 : ms.back();
  return t;
}

// Drops a SQLite store's pages from the operating system's page cache.
void Evict(const std::string& path) {
  for (const char* suffix : {"", "-wal"}) {
    int fd = ::open((path + suffix).c_str(), O_RDONLY);
    if (fd < 0) continue;
    (void)::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string db = "build/bench-store.db", corpus = "../shared/corpus";
  int64_t events = 1'000'000;
  int repeat = 7, ingest_repeat = 50;
  bool regenerate = false, skip_ingest = false, explicit_db = false, evict = false;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--db") {
      db = next();
      explicit_db = true;
    } else if (a == "--events") {
      events = std::stoll(next());
    } else if (a == "--10m") {
      events = 10'000'000;
    } else if (a == "--regenerate") {
      regenerate = true;
    } else if (a == "--corpus") {
      corpus = next();
    } else if (a == "--repeat") {
      repeat = std::stoi(next());
    } else if (a == "--skip-ingest") {
      skip_ingest = true;
    } else if (a == "--evict") {
      evict = true;
    } else if (a == "--only") {
      only = next();
    } else {
      std::fprintf(stderr,
                   "usage: dyad_store_bench [--db FILE|URL] [--events N | --10m] "
                   "[--regenerate] [--corpus DIR] [--repeat N] [--skip-ingest] [--evict] "
                   "[--only TEXT]\n");
      return 2;
    }
  }
  if (!explicit_db && events != 1'000'000)
    db = "build/bench-store-" + std::to_string(events) + ".db";
  if (!skip_ingest && std::filesystem::is_directory(corpus)) {
    if (int rc = BenchIngest(corpus, ingest_repeat)) return rc;
  }

  bool url = db.rfind("postgresql://", 0) == 0;
  if (url && regenerate) {
    std::fprintf(stderr,
                 "dyad_store_bench: --regenerate drops nothing on PostgreSQL: "
                 "give the URL of a new, empty database instead\n");
    return 2;
  }
  if (!url && regenerate) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }
  auto store = dyad::EventStore::Open(db, dyad::StoreOptions{});
  if (!store.ok()) return Fail(db, store.status());
  auto stats = (*store)->Stats();
  if (!stats.ok()) return Fail("stats", stats.status());
  if (stats->events != 0 && stats->events != events) {
    std::fprintf(stderr, "dyad_store_bench: %s holds %lld events, not %lld: use --regenerate\n",
                 db.c_str(), static_cast<long long>(stats->events), static_cast<long long>(events));
    return 1;
  }
  if (stats->events == 0) {
    dyad::GeneratorOptions o;
    o.events = events;
    o.progress = [&](int64_t done) {
      std::fprintf(stderr, "\rgenerating: %lld / %lld", static_cast<long long>(done),
                   static_cast<long long>(3 * events));
    };
    auto report = dyad::GenerateEvents(store->get(), o);
    std::fprintf(stderr, "\r%40s\r", "");
    if (!report.ok()) return Fail("generate", report.status());
    int64_t rows = report->events + report->mentions + report->sentences + report->documents;
    std::printf("generated %lld events, %lld mentions, %lld sentences, %lld documents\n",
                static_cast<long long>(report->events), static_cast<long long>(report->mentions),
                static_cast<long long>(report->sentences),
                static_cast<long long>(report->documents));
    std::printf("  bulk load %.1f s (%.0f rows/s); indexes and text index %.1f s\n",
                report->load_seconds, rows / report->load_seconds, report->index_seconds);
  } else {
    std::printf("reusing %s: %lld events, %lld mentions\n", db.c_str(),
                static_cast<long long>(stats->events), static_cast<long long>(stats->mentions));
  }
  if (!url) {
    std::error_code ec;
    auto size = std::filesystem::file_size(db, ec);
    if (!ec) std::printf("  disk: %.2f GB (%s)\n", size / 1e9, db.c_str());
  } else {
    auto size = (*store)->db()->QueryInt("SELECT pg_database_size(current_database())");
    if (size.ok() && *size) std::printf("  disk: %.2f GB (PostgreSQL database)\n", **size / 1e9);
  }

  // Each case reads the store through `s`, which is reopened before the case's first run.
  dyad::EventStore* s = store->get();
  auto series = [&](const std::string& dyad, const std::string& actor, dyad::Period p,
                    dyad::SeriesSplit split) {
    return [=, &s]() -> size_t {
      dyad::EventFilter f;
      f.dyad = dyad;
      f.actor = actor;
      f.from = "2020-01-01";
      f.to = "2024-12-31";
      auto rows = s->QuerySeries(f, p, dyad::SeriesOptions{split, false});
      return rows.ok() ? rows->size() : 0;
    };
  };
  auto search = [&](const std::string& q, const std::string& dyad, int64_t limit) {
    return [=, &s]() -> size_t {
      dyad::EventFilter f;
      f.q = q;
      f.dyad = dyad;
      f.limit = limit;
      size_t n = 0;
      dyad::Status st = s->QueryEvents(f, false, [&](const dyad::StoredEvent&) {
        ++n;
        return dyad::Status::Ok();
      });
      return st.ok() ? n : 0;
    };
  };
  auto count = [&](const std::string& q) {
    return [=, &s]() -> size_t {
      dyad::EventFilter f;
      f.q = q;
      auto n = s->CountEvents(f);
      return n.ok() ? static_cast<size_t>(*n) : 0;
    };
  };
  // /api/events' two reads: a page of 50 and the total.
  auto page = [&](const std::vector<std::pair<std::string, std::string>>& filters) {
    return [=, &s]() -> size_t {
      dyad::EventFilter f;
      for (const auto& [name, value] : filters) (void)dyad::SetFilter(name, value, &f);
      f.limit = 50;
      size_t n = 0;
      dyad::Status st = s->QueryEvents(f, false, [&](const dyad::StoredEvent&) {
        ++n;
        return dyad::Status::Ok();
      });
      auto total = s->CountEvents(f);
      return st.ok() && total.ok() ? static_cast<size_t>(*total) : 0;
    };
  };
  // /api/network's read (the rows: directed dyads) and /api/actors' (actors).
  auto dyads = [&](const std::string& from, const std::string& to) {
    return [=, &s]() -> size_t {
      dyad::EventFilter f;
      f.from = from;
      f.to = to;
      auto sums = s->SumByDyad(f);
      return sums.ok() ? sums->size() : 0;
    };
  };
  auto actors = [&]() -> size_t {
    auto counts = s->CountByActor();
    return counts.ok() ? counts->size() : 0;
  };
  std::string word = dyad::GeneratedWord(300), rare = dyad::GeneratedWord(4000),
              common = dyad::GeneratedWord(10), commonest = dyad::GeneratedWord(0);
  using dyad::Period;
  using dyad::SeriesSplit;
  struct Case {
    std::string name;
    std::function<size_t()> run;
    double target_ms;  // 0: no target
  };
  std::vector<Case> cases = {
      {"series, busiest dyad USA:RUS, 5 years, weekly",
       series("USA:RUS", "", Period::kWeek, SeriesSplit::kDyad), 200},
      {"series, USA:RUS, 5 years, daily", series("USA:RUS", "", Period::kDay, SeriesSplit::kDyad),
       200},
      {"series, USA,RUS both directions, monthly",
       series("USA,RUS", "", Period::kMonth, SeriesSplit::kDyad), 200},
      {"series, a mid dyad IRN:ISR, 5 years, weekly",
       series("IRN:ISR", "", Period::kWeek, SeriesSplit::kDyad), 200},
      {"series, actor USA either side, 5 years, weekly, one series",
       series("", "USA", Period::kWeek, SeriesSplit::kNone), 50},
      {"series, everything, 5 years, weekly, one series",
       series("", "", Period::kWeek, SeriesSplit::kNone), 50},
      {"series, everything, 5 years, daily, one series",
       series("", "", Period::kDay, SeriesSplit::kNone), 50},
      {"series, actor IRN, 5 years, monthly, per dyad",
       series("", "IRN", Period::kMonth, SeriesSplit::kDyad), 200},
      {"text search '" + word + "' (rank 300), first 100", search(word, "", 100), 500},
      {"text search '" + rare + "' (rank 4000), all", search(rare, "", 0), 500},
      {"text search '" + common + "' (rank 10), first 100", search(common, "", 100), 500},
      {"text search '" + commonest + "' (rank 0), first 100", search(commonest, "", 100), 500},
      {"text search '" + common + " " + word + "', first 100", search(common + " " + word, "", 100),
       500},
      {"text search '" + word + "' + dyad USA,RUS, all", search(word, "USA,RUS", 0), 500},
      {"count of text matches '" + word + "'", count(word), 0},
      {"events of dyad IRN:ISR, first 100", search("", "IRN:ISR", 100), 0},
      {"events page of 50 + total, dyad USA,RUS both directions", page({{"dyad", "USA,RUS"}}), 500},
      {"events page of 50 + total, dyad USA,RUS, 6 months",
       page({{"dyad", "USA,RUS"}, {"from", "2023-01"}, {"to", "2023-06"}}), 500},
      {"events page of 50 + total, actor USA either side", page({{"actor", "USA"}}), 500},
      {"events page of 50 + total, actor IRN, quad 4", page({{"actor", "IRN"}, {"quad", "4"}}),
       500},
      {"events page of 50 + total, everything", page({}), 500},
      {"events page of 50 + total, dyad USA,RUS + cameo 190 (no series_days)",
       page({{"dyad", "USA,RUS"}, {"cameo", "190"}}), 500},
      {"events page of 50 + total, dyad USA,RUS + modality alleged",
       page({{"dyad", "USA,RUS"}, {"modality", "alleged"}}), 500},
      {"events page of 50 + total, actor USA + root 19", page({{"actor", "USA"}, {"root", "19"}}),
       500},
      {"network sums per dyad, one month", dyads("2024-12", "2024-12"), 500},
      {"network sums per dyad, one year", dyads("2024", "2024"), 500},
      {"network sums per dyad, everything", dyads("", ""), 500},
      {"actor counts (/api/actors)", actors, 500},
  };
  std::printf("\n%-62s %9s %9s %9s %9s  %s\n", "query (first run, then --repeat runs)", "first ms",
              "median ms", "max ms", "rows", "target (median)");
  for (const Case& c : cases) {
    if (!only.empty() && c.name.find(only) == std::string::npos) continue;
    // A new connection for each case: its first run is a cold start.
    store->reset();
    if (evict && !url) Evict(db);
    auto reopened = dyad::EventStore::Open(db, dyad::StoreOptions{});
    if (!reopened.ok()) return Fail(db, reopened.status());
    store = std::move(reopened);
    s = store->get();
    Timing t = Measure(repeat, c.run);
    std::string verdict = c.target_ms == 0
                              ? ""
                              : (t.median < c.target_ms ? "ok" : "SLOW") + std::string(" (<") +
                                    std::to_string(static_cast<int>(c.target_ms)) + ")";
    std::printf("%-62s %9.1f %9.1f %9.1f %9zu  %s\n", c.name.c_str(), t.first, t.median, t.max,
                t.rows, verdict.c_str());
    std::fflush(stdout);
  }
  return 0;
}
