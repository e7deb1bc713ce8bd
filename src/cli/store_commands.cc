// The store subcommands. Ingest reads documents as `dyad code` does, skips those already
// stored with the same text before coding them, codes the rest, and stores them in
// transactions of --batch documents (or one second's worth), so a killed run keeps every
// committed document and the next run resumes where it stopped.
#include "cli/store_commands.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/date.h"
#include "cli/diagnostics.h"
#include "cli/inputs.h"
#include "cli/progress.h"
#include "dyad/coder.h"
#include "io/reader.h"
#include "store/export.h"
#include "store/recode.h"
#include "store/store.h"
#include "text/normalize.h"

namespace dyad {
namespace {


bool IsUrl(const std::string& target) {
  return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

// The store as named in messages: a URL loses its password.
std::string Shown(const std::string& target) {
  if (!IsUrl(target)) return target;
  size_t scheme = target.find("://") + 3;
  size_t at = target.find('@', scheme);
  size_t colon = target.find(':', scheme);
  if (at == std::string::npos || colon == std::string::npos || colon > at) return target;
  return target.substr(0, colon + 1) + "***" + target.substr(at);
}

std::string ResolveDb(const std::string& db) {
  if (!db.empty()) return db;
  if (const char* env = std::getenv("DYAD_DB"); env && *env) return env;
  return "dyad.db";
}

// Opens the store, or reports why not. Readers refuse to create a missing SQLite file.
std::unique_ptr<EventStore> OpenOrReport(const StoreCommandOptions& opts, bool must_exist,
                                         int* rc) {
  std::string target = ResolveDb(opts.db);
  StoreOptions so;
  if (opts.window_days >= 0) {
    so.dedup.window_days = opts.window_days;
    so.explicit_dedup = true;
  }
  if (!opts.match.empty()) {
    so.dedup.match = opts.match == "root" ? DedupMatch::kRoot : DedupMatch::kCode;
    so.explicit_dedup = true;
  }
  if (must_exist && !IsUrl(target) && !std::filesystem::exists(target)) {
    Error(target, "no such store (create it with dyad ingest)");
    *rc = kExitFatal;
    return nullptr;
  }
  auto store = EventStore::Open(target, so);
  if (!store.ok()) {
    Error(Shown(target), store.status().message());
    *rc = store.status().code() == Status::Code::kInvalidArgument && so.explicit_dedup ? kExitUsage
                                                                                       : kExitFatal;
    return nullptr;
  }
  return std::move(*store);
}

std::unique_ptr<Coder> MakeCoder(const StoreCommandOptions& opts) {
  CoderOptions co;
  co.data_dir = opts.data_dir;
  co.detect_language = !opts.no_language;
  co.actor_files = opts.actor_files;
  co.agent_files = opts.agent_files;
  co.replace_dictionaries = opts.replace_dictionaries;
  auto coder = Coder::Create(co);
  if (!coder.ok()) {
    Error("loading dictionaries", coder.status().message());
    return nullptr;
  }
  return std::move(*coder);
}

// Buffered stdout; false once a write has failed.
class Output {
 public:
  void Append(const std::string& s) {
    buffer_ += s;
    if (buffer_.size() > (1 << 16)) Flush();
  }
  std::string* buffer() { return &buffer_; }
  bool Flush() {
    std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
    std::fflush(stdout);
    buffer_.clear();
    return !std::ferror(stdout);
  }
  bool MaybeFlush() { return buffer_.size() > (1 << 16) ? Flush() : !std::ferror(stdout); }

 private:
  std::string buffer_;
};

int FinishOutput(Output* out) {
  if (!out->Flush()) {
    std::fprintf(stderr, "dyad: error: stdout: write failed; output is incomplete\n");
    return kExitFatal;
  }
  return kExitOk;
}

// ------------------------------------------------------------------------ ingest

class Ingester {
 public:
  Ingester(const StoreCommandOptions& opts, const Coder& coder, EventStore* store,
           std::optional<Date> date)
      : opts_(opts),
        coder_(coder),
        store_(store),
        date_(date),
        provenance_{Version(), coder.DictionaryFingerprint()},
        last_commit_(std::chrono::steady_clock::now()) {}

  // False on a store error (already reported): the run must stop.
  bool Add(Document& doc, const std::vector<std::string>& warnings) {
    ++read_;
    for (const std::string& w : warnings) Warning(doc.id, w);
    if (date_) doc.date = *date_;
    auto stored = store_->StoredHash(doc.id);
    if (!stored.ok()) return StoreFailed(stored.status());
    if (*stored && **stored == TextHash(doc.text)) {
      ++unchanged_;
      return true;
    }
    Status s = coder_.Code(doc, &result_);
    if (!s.ok()) {
      Fail(doc.id, s.message());
      return true;
    }
    for (const std::string& w : result_.warnings) Warning(doc.id, w);
    if (!open_) {
      Status b = store_->Begin();
      if (!b.ok()) return StoreFailed(b);
      open_ = true;
    }
    auto outcome = store_->Ingest(doc, result_, provenance_);
    if (!outcome.ok()) return StoreFailed(outcome.status());
    switch (*outcome) {
      case IngestOutcome::kAdded:
        ++added_;
        break;
      case IngestOutcome::kReplaced:
        ++replaced_;
        break;
      case IngestOutcome::kUnchanged:
        ++unchanged_;
        break;
    }
    mentions_ += result_.events.size();
    ++in_batch_;
    auto now = std::chrono::steady_clock::now();
    if (in_batch_ >= opts_.batch || now - last_commit_ > std::chrono::seconds(1)) return Commit();
    return true;
  }

  bool Commit() {
    if (!open_) return true;
    Status s = store_->Commit();
    open_ = false;
    in_batch_ = 0;
    last_commit_ = std::chrono::steady_clock::now();
    if (!s.ok()) return StoreFailed(s);
    return true;
  }

  void Fail(const std::string& where, const std::string& reason) {
    Error(where, reason);
    ++failed_;
  }

  uint64_t read() const { return read_; }
  uint64_t mentions() const { return mentions_; }
  uint64_t failed() const { return failed_; }
  bool broken() const { return broken_; }
  std::string Summary() const {
    return "dyad: ingest: " + std::to_string(read_) + " document(s): " + std::to_string(added_) +
           " added, " + std::to_string(replaced_) + " replaced, " + std::to_string(unchanged_) +
           " unchanged, " + std::to_string(failed_) + " failed; " + std::to_string(mentions_) +
           " event mention(s) stored";
  }

 private:
  bool StoreFailed(const Status& s) {
    Error(Shown(ResolveDb(opts_.db)), s.message());
    if (open_) (void)store_->Rollback();
    open_ = false;
    broken_ = true;
    return false;
  }

  const StoreCommandOptions& opts_;
  const Coder& coder_;
  EventStore* store_;
  std::optional<Date> date_;
  Provenance provenance_;
  DocumentResult result_;
  bool open_ = false, broken_ = false;
  int in_batch_ = 0;
  std::chrono::steady_clock::time_point last_commit_;
  uint64_t read_ = 0, added_ = 0, replaced_ = 0, unchanged_ = 0, failed_ = 0, mentions_ = 0;
};

// Feeds JSON lines from `in` to the ingester; false when the store failed.
bool IngestJsonl(std::istream& in, const std::string& name, Ingester* run, Progress* progress,
                 uint64_t* bytes) {
  std::string line;
  int line_no = 0;
  Document doc;
  std::vector<std::string> warnings;
  while (std::getline(in, line)) {
    ++line_no;
    *bytes += line.size() + 1;
    if (line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    warnings.clear();
    Status s = ParseJsonLine(line, &doc, &warnings);
    if (!s.ok()) {
      std::string where = name + ":" + std::to_string(line_no);
      if (!doc.id.empty()) where += " (" + doc.id + ")";
      run->Fail(where, s.message());
      continue;
    }
    if (!run->Add(doc, warnings)) return false;
    progress->Update(*bytes, run->read(), run->mentions());
  }
  return true;
}

bool IngestTxt(std::istream& in, const std::string& id, Ingester* run, uint64_t* bytes) {
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string contents = buf.str();
  *bytes += contents.size();
  if (FindInvalidUtf8(id) != std::string::npos) {
    run->Fail(id, "the file name (the document id) is not valid UTF-8");
    return true;
  }
  Document doc;
  std::vector<std::string> warnings;
  Status s = ParseTxt(id, contents, &doc, &warnings);
  if (!s.ok()) {
    run->Fail(id, s.message());
    return true;
  }
  return run->Add(doc, warnings);
}

int RunIngest(const StoreCommandOptions& opts) {
  std::optional<Date> date;
  if (!opts.date.empty()) {
    date = ParseIsoDate(opts.date);
    if (!date) {
      Error("--date", "expected YYYY-MM-DD, YYYY-MM or YYYY, got '" + opts.date + "'");
      return kExitUsage;
    }
  }
  auto coder = MakeCoder(opts);
  if (!coder) return kExitFatal;
  int rc = kExitOk;
  auto store = OpenOrReport(opts, false, &rc);
  if (!store) return rc;
  Ingester run(opts, *coder, store.get(), date);
  uint64_t total = 0, bytes = 0;
  for (const std::string& f : opts.files) {
    std::error_code ec;
    auto size = std::filesystem::file_size(f, ec);
    if (!ec) total += size;
  }
  {
    Progress progress(total);
    bool ok = true;
    ForEachInput(
        opts.files, opts.input, "stored",
        [&](const std::string& f, const std::string& why) { run.Fail(f, why); },
        [&](std::istream& in, const std::string& name, bool txt) {
          ok = txt ? IngestTxt(in, name, &run, &bytes)
                   : IngestJsonl(in, name, &run, &progress, &bytes);
          progress.Update(bytes, run.read(), run.mentions());
          return ok;
        });
    if (ok) run.Commit();
  }
  if (run.broken()) return kExitFatal;
  auto stats = store->Stats();
  std::string summary = run.Summary();
  if (stats.ok()) {
    summary += "; the store holds " + std::to_string(stats->events) + " event(s) from " +
               std::to_string(stats->documents) + " document(s)";
  }
  std::fprintf(stderr, "%s\n", summary.c_str());
  return run.failed() > 0 ? kExitPartial : kExitOk;
}

// ------------------------------------------------------------------------ recode

void PrintRecodeReport(const RecodeReport& r, bool json) {
  if (json) {
    nlohmann::ordered_json j;
    auto counts = [](const RecodeCounts& c) {
      return nlohmann::ordered_json{{"added", c.added},
                                    {"removed", c.removed},
                                    {"recoded_from", c.recoded_from},
                                    {"recoded_to", c.recoded_to},
                                    {"unchanged", c.unchanged}};
    };
    j["documents"] = r.documents;
    j["documents_changed"] = r.documents_changed;
    j["skipped"] = r.skipped;
    j["total"] = counts(r.total);
    j["by_root"] = nlohmann::ordered_json::object();
    for (const auto& [root, c] : r.by_root) j["by_root"][root] = counts(c);
    j["transitions"] = nlohmann::ordered_json::object();
    for (const auto& [t, n] : r.transitions) j["transitions"][t] = n;
    std::printf("%s\n", j.dump().c_str());
    return;
  }
  std::printf("recoded %lld document(s), %lld changed; %lld already coded by these dictionaries\n",
              static_cast<long long>(r.documents), static_cast<long long>(r.documents_changed),
              static_cast<long long>(r.skipped));
  std::printf("%-6s %7s %7s %8s %8s %9s\n", "root", "added", "removed", "recoded", "recoded",
              "unchanged");
  std::printf("%-6s %7s %7s %8s %8s %9s\n", "", "", "", "from", "to", "");
  auto row = [](const std::string& name, const RecodeCounts& c) {
    std::printf("%-6s %7lld %7lld %8lld %8lld %9lld\n", name.c_str(),
                static_cast<long long>(c.added), static_cast<long long>(c.removed),
                static_cast<long long>(c.recoded_from), static_cast<long long>(c.recoded_to),
                static_cast<long long>(c.unchanged));
  };
  for (const auto& [root, c] : r.by_root) row(root, c);
  row("total", r.total);
  if (!r.transitions.empty()) {
    std::printf("recoded events:\n");
    for (const auto& [t, n] : r.transitions)
      std::printf("  %s: %lld\n", t.c_str(), static_cast<long long>(n));
  }
}

int RunRecode(const StoreCommandOptions& opts) {
  auto coder = MakeCoder(opts);
  if (!coder) return kExitFatal;
  int rc = kExitOk;
  auto store = OpenOrReport(opts, true, &rc);
  if (!store) return rc;
  Provenance now{Version(), coder->DictionaryFingerprint()};
  RecodeReport report;
  DocumentResult result;
  int in_batch = 0;
  uint64_t failed = 0;
  Status s = store->Begin();
  if (s.ok()) {
    s = store->ForEachDocument(
        [&](const StoredDocument& d, const std::vector<StoredMention>& old) -> Status {
          if (!opts.all && d.provenance.dyad_version == now.dyad_version &&
              d.provenance.dictionary_fingerprint == now.dictionary_fingerprint) {
            ++report.skipped;
            return Status::Ok();
          }
          Status c = coder->Code(d.document, &result);
          if (!c.ok()) {
            Error(d.document.id, c.message());
            ++failed;
            return Status::Ok();
          }
          std::vector<Event> before;
          for (const StoredMention& m : old) before.push_back(m.event);
          report.Compare(before, result.events);
          DYAD_RETURN_IF_ERROR(store->Recode(d, result, now));
          if (++in_batch >= opts.batch) {
            DYAD_RETURN_IF_ERROR(store->Commit());
            DYAD_RETURN_IF_ERROR(store->Begin());
            in_batch = 0;
          }
          return Status::Ok();
        });
  }
  if (s.ok()) s = store->Commit();
  if (!s.ok()) {
    (void)store->Rollback();
    Error(Shown(ResolveDb(opts.db)), s.message());
    return kExitFatal;
  }
  PrintRecodeReport(report, opts.json);
  std::fflush(stdout);
  return failed ? kExitPartial : kExitOk;
}

// ------------------------------------------------------------------------ queries

bool CheckFilter(const StoreCommandOptions& opts, EventFilter* filter) {
  *filter = opts.filter;
  if (!opts.quad.empty()) {
    Status s = SetFilter("quad", opts.quad, filter);
    if (!s.ok()) {
      Error("--quad", s.message());
      return false;
    }
  }
  Status s = ValidateFilter(*filter);
  if (!s.ok()) {
    std::string msg = s.message();
    size_t colon = msg.find(": ");
    Error(colon == std::string::npos ? "filter" : "--" + msg.substr(0, colon),
          colon == std::string::npos ? msg : msg.substr(colon + 2));
    return false;
  }
  return true;
}

int RunQueryEvents(const StoreCommandOptions& opts) {
  EventFilter filter;
  if (!CheckFilter(opts, &filter)) return kExitUsage;
  int rc = kExitOk;
  auto store = OpenOrReport(opts, true, &rc);
  if (!store) return rc;
  Output out;
  bool csv = opts.format == "csv";
  if (csv) out.Append(StoredEventCsvHeader(opts.mentions));
  Status s = store->QueryEvents(filter, opts.mentions, [&](const StoredEvent& e) {
    if (csv) {
      AppendStoredEventCsv(e, opts.mentions, out.buffer());
    } else {
      AppendStoredEventJson(e, opts.mentions, out.buffer());
    }
    return out.MaybeFlush() ? Status::Ok() : Status::IoError("stdout: write failed");
  });
  if (!s.ok()) {
    out.Flush();
    Error(Shown(ResolveDb(opts.db)), s.message());
    return kExitFatal;
  }
  return FinishOutput(&out);
}

int RunQuerySeries(const StoreCommandOptions& opts) {
  EventFilter filter;
  if (!CheckFilter(opts, &filter)) return kExitUsage;
  Period period = opts.period == "day"     ? Period::kDay
                  : opts.period == "month" ? Period::kMonth
                                           : Period::kWeek;
  int rc = kExitOk;
  auto store = OpenOrReport(opts, true, &rc);
  if (!store) return rc;
  auto rows = store->QuerySeries(filter, period);
  if (!rows.ok()) {
    Error(Shown(ResolveDb(opts.db)), rows.status().message());
    return kExitFatal;
  }
  Output out;
  bool csv = opts.format != "jsonl";
  if (csv) out.Append(SeriesCsvHeader());
  for (const SeriesRow& r : *rows) {
    if (csv) {
      AppendSeriesCsv(r, out.buffer());
    } else {
      AppendSeriesJson(r, out.buffer());
    }
    out.MaybeFlush();
  }
  return FinishOutput(&out);
}

int RunExport(const StoreCommandOptions& opts) {
  EventFilter filter;
  if (!CheckFilter(opts, &filter)) return kExitUsage;
  int rc = kExitOk;
  auto store = OpenOrReport(opts, true, &rc);
  if (!store) return rc;
  Output out;
  if (opts.header && opts.format == "gdelt") {
    std::string h;
    for (const std::string& c : GdeltColumns()) h += (h.empty() ? "" : "\t") + c;
    out.Append(h + "\n");
  }
  int64_t without_plover = 0;
  Status s = store->QueryEvents(filter, false, [&](const StoredEvent& e) {
    if (opts.format == "gdelt") {
      AppendGdeltRow(e, out.buffer());
    } else if (opts.format == "plover") {
      if (e.representative.event.plover_type.empty()) {
        ++without_plover;
      } else {
        AppendPloverJson(e, out.buffer());
      }
    } else {
      AppendCameoTsv(e, out.buffer());
    }
    return out.MaybeFlush() ? Status::Ok() : Status::IoError("stdout: write failed");
  });
  if (!s.ok()) {
    out.Flush();
    Error(Shown(ResolveDb(opts.db)), s.message());
    return kExitFatal;
  }
  if (without_plover) {
    Warning("export", std::to_string(without_plover) +
                          " event(s) with no PLOVER type (CAMEO 01, 02) were left out");
  }
  return FinishOutput(&out);
}

void AddDbOption(CLI::App* cmd, StoreCommandOptions* opts) {
  cmd->add_option(
      "--db", opts->db,
      "The store: a SQLite file or a postgresql:// URL (default: $DYAD_DB, else ./dyad.db)");
}

void AddCodingOptions(CLI::App* cmd, StoreCommandOptions* opts) {
  cmd->add_option("--data", opts->data_dir, "Read dictionary files from this directory first")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--actors", opts->actor_files,
                  "Also load this TABARI/PETRARCH actor dictionary (repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  cmd->add_option("--agents", opts->agent_files,
                  "Also load this TABARI/PETRARCH agent dictionary (repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  cmd->add_flag("--replace-dictionaries", opts->replace_dictionaries,
                "Use only the actor and agent files given, not the built-in actors");
  cmd->add_flag("--no-language-detect", opts->no_language, "Code every document as English");
  cmd->add_option("--batch", opts->batch, "Documents per transaction")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
}

void AddFilterOptions(CLI::App* cmd, StoreCommandOptions* opts) {
  EventFilter& f = opts->filter;
  cmd->add_option("--actor", f.actor, "An actor on either side: a root (RUS) or a code (RUSGOV)");
  cmd->add_option("--source", f.source, "The source actor (root or code)");
  cmd->add_option("--target", f.target, "The target actor (root or code)");
  cmd->add_option("--dyad", f.dyad, "A:B (source A, target B) or A,B (either direction)");
  cmd->add_option("--cameo", f.cameo, "A CAMEO code (112)");
  cmd->add_option("--root", f.root, "A CAMEO root (11)");
  cmd->add_option("--plover", f.plover, "A PLOVER type (ACCUSE)");
  cmd->add_option("--quad", opts->quad, "A QuadClass, 1-4");
  cmd->add_option("--modality", f.modality, "fact, alleged, intended, conditional or negated");
  cmd->add_option("--from", f.from, "Events on or after this date (YYYY-MM-DD, YYYY-MM, YYYY)");
  cmd->add_option("--to", f.to, "Events on or before this date");
  cmd->add_option("--q", f.q, "Words that must all appear in an evidence sentence");
  cmd->add_option("--limit", f.limit, "At most this many events (0: all)");
  cmd->add_option("--offset", f.offset, "Skip this many events first");
}

}  // namespace

void AddStoreCommands(CLI::App* app, StoreCommandOptions* opts) {
  CLI::App* in = app->add_subcommand(
      "ingest", "Code documents and store them, de-duplicated, in an event store");
  in->add_option("FILE", opts->files, "Input files as for `dyad code`; stdin when none");
  AddDbOption(in, opts);
  in->add_option("--date", opts->date,
                 "Publication date for every document (YYYY-MM-DD, YYYY-MM or YYYY)");
  in->add_option("--input", opts->input, "Input format when it cannot be told from the file name")
      ->check(CLI::IsMember({"jsonl", "txt"}));
  AddCodingOptions(in, opts);
  in->add_option("--window", opts->window_days, "Dedup window in days, for a new store (default 1)")
      ->check(CLI::Range(0, 3650));
  in->add_option(
        "--match", opts->match,
        "Dedup on the same CAMEO code or only the same root, for a new store (default code)")
      ->check(CLI::IsMember({"code", "root"}));
  opts->ingest = in;

  CLI::App* re = app->add_subcommand(
      "recode", "Re-code stored documents with the current dictionaries and report the changes");
  AddDbOption(re, opts);
  AddCodingOptions(re, opts);
  re->add_flag("--all", opts->all,
               "Re-code every document, even those coded by these dictionaries");
  re->add_flag("--json", opts->json, "Print the report as one JSON object");
  opts->recode = re;

  CLI::App* query = app->add_subcommand("query", "Query an event store");
  query->require_subcommand(1);
  CLI::App* events = query->add_subcommand("events", "Events matching the filters (jsonl or csv)");
  AddDbOption(events, opts);
  AddFilterOptions(events, opts);
  events->add_option("--format", opts->format, "Output format (default jsonl)")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  events->add_flag("--mentions", opts->mentions, "List every mention of each event");
  opts->query_events = events;

  CLI::App* series = query->add_subcommand(
      "series", "Counts, Goldstein sums and means and QuadClass counts per dyad and period");
  AddDbOption(series, opts);
  AddFilterOptions(series, opts);
  series->add_option("--period", opts->period, "day, week (Monday-based) or month")
      ->check(CLI::IsMember({"day", "week", "month"}))
      ->capture_default_str();
  series->add_option("--format", opts->format, "Output format (default csv)")
      ->check(CLI::IsMember({"csv", "jsonl"}));
  opts->query_series = series;

  CLI::App* ex = app->add_subcommand(
      "export", "Write stored events as GDELT 2.0 event rows, PLOVER JSON or CAMEO TSV");
  AddDbOption(ex, opts);
  AddFilterOptions(ex, opts);
  ex->add_option("--format", opts->format, "gdelt, plover or cameo-tsv")
      ->check(CLI::IsMember({"gdelt", "plover", "cameo-tsv"}))
      ->required();
  ex->add_flag("--header", opts->header, "gdelt: write the column names first");
  opts->export_events = ex;
}

std::optional<int> RunStoreCommand(const StoreCommandOptions& opts) {
  if (opts.ingest && opts.ingest->parsed()) return RunIngest(opts);
  if (opts.recode && opts.recode->parsed()) return RunRecode(opts);
  if (opts.query_events && opts.query_events->parsed()) return RunQueryEvents(opts);
  if (opts.query_series && opts.query_series->parsed()) return RunQuerySeries(opts);
  if (opts.export_events && opts.export_events->parsed()) return RunExport(opts);
  return std::nullopt;
}

}  // namespace dyad
