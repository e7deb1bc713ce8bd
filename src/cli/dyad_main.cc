// The dyad command: subcommands over the library. Data goes to stdout, diagnostics to
// stderr as "dyad: error: <where>: <reason>" or "dyad: warning: ...".
// Exit status: 0 all coded, 3 some documents failed, 1 fatal error, 2 bad usage.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "base/date.h"
#include "cli/diagnostics.h"
#include "cli/eval_command.h"
#include "cli/inputs.h"
#include "cli/store_commands.h"
#include "cli/serve_command.h"
#include "cli/progress.h"
#include "dyad/coder.h"
#include "io/reader.h"
#include "io/writer.h"
#include "base/data_source.h"
#include "lexicon/actor_dictionary.h"
#include "text/normalize.h"

namespace {

using dyad::Error;
using dyad::kExitFatal;
using dyad::kExitOk;
using dyad::kExitPartial;
using dyad::kExitUsage;
using dyad::OneLine;
using dyad::Warning;

// The dictionaries a command codes with, from the options `code` and `explain` share.
template <typename Options>
dyad::CoderOptions DictionaryOptions(const Options& opts) {
  dyad::CoderOptions co;
  co.data_dir = opts.data_dir;
  co.actor_files = opts.actor_files;
  co.agent_files = opts.agent_files;
  co.verb_files = opts.verb_files;
  co.discard_files = opts.discard_files;
  co.replace_dictionaries = opts.replace_dictionaries;
  return co;
}

struct CodeOptions {
  std::string format = "jsonl";
  std::string date;
  std::string input;  // "", "jsonl" or "txt"
  std::string data_dir;
  bool no_language = false;
  std::vector<std::string> actor_files, agent_files;
  std::vector<std::string> verb_files, discard_files;  // PETRARCH-2 verb and discard files
  bool replace_dictionaries = false;
  std::vector<std::string> files;
};

class CodeRun {
 public:
  CodeRun(const CodeOptions& opts, const dyad::Coder& coder, std::optional<dyad::Date> date)
      : opts_(opts), coder_(coder), date_(date), tsv_(opts.format == "cameo-tsv") {}

  // Codes one document and buffers its events.
  void Code(dyad::Document& doc, const std::vector<std::string>& warnings) {
    for (const std::string& w : warnings) Warning(doc.id, w);
    if (date_) doc.date = *date_;
    dyad::Status s = coder_.Code(doc, &result_);
    ++documents_;
    if (!s.ok()) {
      Error(doc.id, s.message());
      ++failed_;
      return;
    }
    for (const std::string& w : result_.warnings) Warning(doc.id, w);
    for (const dyad::Event& e : result_.events) {
      if (tsv_) {
        dyad::AppendEventTsv(e, &buffer_);
      } else {
        dyad::AppendEventJson(e, &buffer_);
      }
    }
    events_ += result_.events.size();
    sentences_ += result_.sentences;
    if (buffer_.size() > (1 << 16)) Flush();
  }

  void Fail(const std::string& where, const std::string& reason) {
    Error(where, reason);
    ++failed_;
  }

  // Writes buffered output; false once stdout has failed (disk full, closed pipe).
  bool Flush() {
    std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
    std::fflush(stdout);
    buffer_.clear();
    return !std::ferror(stdout);
  }

  uint64_t documents() const { return documents_; }
  uint64_t events() const { return events_; }
  uint64_t failed() const { return failed_; }

 private:
  const CodeOptions& opts_;
  const dyad::Coder& coder_;
  std::optional<dyad::Date> date_;
  bool tsv_;
  dyad::DocumentResult result_;
  std::string buffer_;
  uint64_t documents_ = 0, events_ = 0, failed_ = 0, sentences_ = 0;
};

// Reads JSON lines from `in`, naming each line "<name>:<line>" until its id is known.
void CodeJsonl(std::istream& in, const std::string& name, CodeRun* run, dyad::Progress* progress,
               uint64_t* bytes) {
  std::string line;
  int line_no = 0;
  dyad::Document doc;
  std::vector<std::string> warnings;
  while (std::getline(in, line)) {
    ++line_no;
    *bytes += line.size() + 1;
    if (line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    warnings.clear();
    dyad::Status s = dyad::ParseJsonLine(line, &doc, &warnings);
    if (!s.ok()) {
      std::string where = name + ":" + std::to_string(line_no);
      if (!doc.id.empty()) where += " (" + doc.id + ")";
      run->Fail(where, s.message());
      continue;
    }
    run->Code(doc, warnings);
    progress->Update(*bytes, run->documents(), run->events());
  }
}

void CodeTxt(std::istream& in, const std::string& id, CodeRun* run, uint64_t* bytes) {
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string contents = buf.str();
  *bytes += contents.size();
  if (size_t bad = dyad::FindInvalidUtf8(id); bad != std::string::npos) {
    run->Fail(id, "the file name (the document id) is not valid UTF-8");
    return;
  }
  dyad::Document doc;
  std::vector<std::string> warnings;
  dyad::Status s = dyad::ParseTxt(id, contents, &doc, &warnings);
  if (!s.ok()) {
    run->Fail(id, s.message());
    return;
  }
  run->Code(doc, warnings);
}

int RunCode(const CodeOptions& opts) {
  std::optional<dyad::Date> date;
  if (!opts.date.empty()) {
    date = dyad::ParseIsoDate(opts.date);
    if (!date) {
      std::fprintf(stderr, "dyad: error: --date: expected YYYY-MM-DD, YYYY-MM or YYYY, got '%s'\n",
                   opts.date.c_str());
      return kExitUsage;
    }
  }
  dyad::CoderOptions co = DictionaryOptions(opts);
  co.detect_language = !opts.no_language;
  auto coder = dyad::Coder::Create(co);
  if (!coder.ok()) {
    Error("loading dictionaries", coder.status().message());
    return kExitFatal;
  }
  CodeRun run(opts, **coder, date);
  uint64_t total = 0, bytes = 0;
  for (const std::string& f : opts.files) {
    std::error_code ec;
    auto size = std::filesystem::file_size(f, ec);
    if (!ec) total += size;
  }
  dyad::Progress progress(total);
  dyad::ForEachInput(
      opts.files, opts.input, "coded",
      [&](const std::string& f, const std::string& why) { run.Fail(f, why); },
      [&](std::istream& in, const std::string& name, bool txt) {
        if (txt) {
          CodeTxt(in, name, &run, &bytes);
        } else {
          CodeJsonl(in, name, &run, &progress, &bytes);
        }
        progress.Update(bytes, run.documents(), run.events());
        return true;
      });
  if (!run.Flush()) {
    std::fprintf(stderr, "dyad: error: stdout: write failed; output is incomplete\n");
    return kExitFatal;
  }
  return run.failed() > 0 ? kExitPartial : kExitOk;
}

struct ExplainOptions {
  std::string text;
  std::string doc_file;
  std::string date;
  std::string data_dir;
  bool json = false;
  std::vector<std::string> actor_files, agent_files, verb_files, discard_files;
  bool replace_dictionaries = false;
};

void PrintTraceText(const dyad::Trace& trace, const dyad::DocumentResult& result) {
  for (const dyad::Trace::Sentence& s : trace.sentences) {
    if (s.mentions.empty() && s.candidates.empty()) continue;
    std::printf("sentence %d: %s\n", s.index, OneLine(s.text).c_str());
    if (!s.deep) std::printf("  (not parsed: no event word)\n");
    if (!s.tokens.empty()) {
      std::string line = "  tokens:";
      for (const dyad::Trace::Token& t : s.tokens) {
        line += " " + t.text + "/" + t.tag;
        if (!t.lemma.empty()) line += "(" + t.lemma + ")";
      }
      std::printf("%s\n", line.c_str());
      std::printf("  chunks: %s\n", s.chunks.c_str());
    }
    for (const dyad::Trace::Mention& m : s.mentions) {
      std::printf("  %s \"%s\" = %s %s  [%s%s%s%s]\n", m.use.c_str(), m.text.c_str(),
                  m.code.c_str(), m.name.c_str(), m.via.c_str(), m.entry.empty() ? "" : " ",
                  m.entry.c_str(), m.role.empty() ? "" : ("; " + m.role).c_str());
    }
    for (const dyad::Trace::Candidate& c : s.candidates) {
      std::printf("  event word \"%s\" -> %s by \"%s\" (%s), %s: %s%s%s\n", c.evidence.c_str(),
                  c.code.c_str(), c.pattern.c_str(), c.rule.c_str(), c.modality.c_str(),
                  c.outcome.c_str(), c.roles.empty() ? "" : " (", c.roles.empty() ? "" : (c.roles + ")").c_str());
    }
  }
  std::printf("%zu event(s)\n", result.events.size());
  for (const dyad::Event& e : result.events) {
    std::printf("  %s  %s -> %s  %s %s  %s%s\n", e.id.c_str(), e.source.code.c_str(),
                e.target ? e.target->code.c_str() : "-", e.cameo.c_str(),
                e.cameo_name.c_str(), dyad::ModalityName(e.modality),
                e.attributed_to ? (" (attributed to " + e.attributed_to->code + ")").c_str() : "");
  }
}

void PrintTraceJson(const dyad::Trace& trace, const dyad::DocumentResult& result) {
  using Json = nlohmann::ordered_json;
  Json sentences = Json::array();
  for (const dyad::Trace::Sentence& s : trace.sentences) {
    Json tokens = Json::array(), actors = Json::array(), candidates = Json::array();
    for (const auto& t : s.tokens) tokens.push_back({{"text", t.text}, {"tag", t.tag}, {"lemma", t.lemma}});
    for (const auto& m : s.mentions) {
      actors.push_back({{"text", m.text}, {"code", m.code}, {"name", m.name}, {"via", m.via},
                        {"entry", m.entry}, {"role", m.role}, {"start", m.start},
                        {"end", m.end}, {"use", m.use}});
    }
    for (const auto& c : s.candidates) {
      candidates.push_back({{"evidence", c.evidence}, {"code", c.code}, {"pattern", c.pattern},
                            {"rule", c.rule}, {"modality", c.modality}, {"outcome", c.outcome},
                            {"roles", c.roles}});
    }
    sentences.push_back({{"index", s.index}, {"text", s.text}, {"parsed", s.deep},
                         {"tokens", tokens}, {"chunks", s.chunks}, {"actors", actors},
                         {"candidates", candidates}});
  }
  Json events = Json::array();
  for (const dyad::Event& e : result.events) {
    std::string line;
    dyad::AppendEventJson(e, &line);
    events.push_back(Json::parse(line));
  }
  Json out = {{"sentences", sentences}, {"events", events}};
  std::printf("%s\n", out.dump(-1, ' ', false, Json::error_handler_t::replace).c_str());
}

int RunExplain(const ExplainOptions& opts) {
  dyad::Document doc;
  std::vector<std::string> warnings;
  if (!opts.doc_file.empty()) {
    std::ifstream in(opts.doc_file, std::ios::binary);
    if (!in || std::filesystem::is_directory(opts.doc_file)) {
      Error(opts.doc_file, "cannot open file");
      return kExitFatal;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    dyad::Status s = dyad::ParseTxt(std::filesystem::path(opts.doc_file).stem().string(),
                                    buf.str(), &doc, &warnings);
    if (!s.ok()) {
      Error(opts.doc_file, s.message());
      return kExitFatal;
    }
  } else {
    std::string text = opts.text;
    if (text.empty()) {
      std::ostringstream buf;
      buf << std::cin.rdbuf();
      text = buf.str();
    }
    doc.id = "explain";
    doc.text = text;
  }
  for (const std::string& w : warnings) Warning(doc.id, w);
  if (!opts.date.empty()) {
    auto d = dyad::ParseIsoDate(opts.date);
    if (!d) {
      Error("--date", "expected YYYY-MM-DD, YYYY-MM or YYYY, got '" + opts.date + "'");
      return kExitUsage;
    }
    doc.date = *d;
  }
  dyad::CoderOptions co = DictionaryOptions(opts);
  co.detect_language = false;
  auto coder = dyad::Coder::Create(co);
  if (!coder.ok()) {
    Error("loading dictionaries", coder.status().message());
    return kExitFatal;
  }
  dyad::DocumentResult result;
  dyad::Trace trace;
  dyad::Status s = (*coder)->Explain(doc, &result, &trace);
  if (!s.ok()) {
    Error(doc.id, s.message());
    return kExitPartial;
  }
  for (const std::string& w : result.warnings) Warning(doc.id, w);  // e.g. a story discard
  if (opts.json) {
    PrintTraceJson(trace, result);
  } else {
    PrintTraceText(trace, result);
  }
  return kExitOk;
}

struct ActorsOptions {
  std::string name;
  std::string date;
  std::string data_dir;
  std::vector<std::string> actor_files, agent_files, check_files;
  bool replace = false;
};

// Loads the actor dictionary as `dyad code` would, or reports why it cannot.
std::unique_ptr<dyad::ActorDictionary> LoadActors(const ActorsOptions& opts, dyad::DataSource* source,
                                                  const std::vector<std::string>& actor_files) {
  dyad::ActorDictionary::Sources sources;
  sources.builtin = !opts.replace;
  for (const auto& [files, out] : {std::pair{&actor_files, &sources.petrarch_actors},
                                   std::pair{&opts.agent_files, &sources.petrarch_agents}}) {
    for (const std::string& path : *files) {
      auto text = source->ReadPath(path);
      if (!text.ok()) {
        Error(path, text.status().message());
        return nullptr;
      }
      out->emplace_back(path, *text);
    }
  }
  auto dict = dyad::ActorDictionary::Load(source, sources);
  if (!dict.ok()) {
    Error("loading dictionaries", dict.status().message());
    return nullptr;
  }
  return std::move(*dict);
}

int RunActorsLookup(const ActorsOptions& opts) {
  dyad::Date date;
  if (!opts.date.empty()) {
    auto d = dyad::ParseIsoDate(opts.date);
    if (!d) {
      Error("--date", "expected YYYY-MM-DD, YYYY-MM or YYYY, got '" + opts.date + "'");
      return kExitUsage;
    }
    date = *d;
  }
  dyad::DataSource source(opts.data_dir);
  auto dict = LoadActors(opts, &source, opts.actor_files);
  if (!dict) return kExitFatal;
  std::vector<const dyad::ActorEntry*> entries = dict->Lookup(opts.name);
  if (entries.empty()) {
    std::printf("\"%s\": no dictionary entry\n", opts.name.c_str());
    return kExitOk;
  }
  static constexpr const char* kKinds[] = {"country", "demonym", "capital", "seat of government",
                                           "organisation", "person", "sector", "group",
                                           "place (never an actor)"};
  for (const dyad::ActorEntry* e : entries) {
    std::printf("\"%s\" is %s \"%s\" [%s]\n", opts.name.c_str(),
                kKinds[static_cast<int>(e->kind)], e->name.c_str(), e->source.c_str());
    if (e->kind == dyad::ActorKind::kPlace) continue;
    if (e->roles.empty()) {  // one code at all dates
      std::printf("  code %s\n", e->code.c_str());
      continue;
    }
    for (const dyad::PersonRole& r : e->roles) {
      std::printf("  role %s from %s to %s\n", r.code.c_str(),
                  r.start.year <= 1000 ? "always" : r.start.ToString().c_str(),
                  r.end.valid() ? r.end.ToString().c_str() : "now");
    }
    std::string why;
    std::string code = dict->PersonCode(*e, date, &why);
    std::printf("  on %s: %s (%s)\n", date.valid() ? date.ToString().c_str() : "an unknown date",
                code.c_str(), why.c_str());
  }
  return kExitOk;
}

int RunActorsCheck(const ActorsOptions& opts) {
  dyad::DataSource source(opts.data_dir);
  // With no files, the built-in dictionaries are checked; with files, those files alone.
  ActorsOptions load = opts;
  load.replace = !opts.check_files.empty();
  auto dict = LoadActors(load, &source, opts.check_files);
  if (!dict) return kExitPartial;
  std::vector<std::string> problems = dict->Check();
  for (const std::string& w : dict->warnings()) problems.push_back(w);
  for (const std::string& p : problems) std::printf("%s\n", OneLine(p).c_str());
  std::fprintf(stderr, "dyad: %zu problem(s) in %zu entries\n", problems.size(),
               dict->entry_count());
  return problems.empty() ? kExitOk : kExitPartial;
}

// A repeatable option naming an existing file.
void AddFiles(CLI::App* app, const std::string& name, std::vector<std::string>* files,
              const std::string& help) {
  app->add_option(name, *files, help)
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event coding (CAMEO, PLOVER) from raw news text"};
  app.set_version_flag("--version", std::string("dyad ") + dyad::Version());
  app.require_subcommand(1);

  CodeOptions code;
  CLI::App* cmd = app.add_subcommand("code", "Code documents into events (jsonl or CAMEO TSV on stdout)");
  cmd->add_option("FILE", code.files, "Input files: .jsonl (one document per line) or .txt (one document); stdin when none");
  cmd->add_option("--format", code.format, "Output format")
      ->check(CLI::IsMember({"jsonl", "cameo-tsv"}))
      ->capture_default_str();
  cmd->add_option("--date", code.date, "Publication date for every document (YYYY-MM-DD, YYYY-MM or YYYY)");
  cmd->add_option("--input", code.input, "Input format when it cannot be told from the file name (stdin defaults to jsonl)")
      ->check(CLI::IsMember({"jsonl", "txt"}));
  cmd->add_option("--data", code.data_dir, "Read dictionary files from this directory (laid out like data/) first; files it lacks come from the embedded copies")
      ->check(CLI::ExistingDirectory);
  cmd->add_flag("--no-language-detect", code.no_language, "Code every document as English");
  cmd->add_option("--actors", code.actor_files, "Also load this TABARI/PETRARCH actor dictionary (repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  cmd->add_option("--agents", code.agent_files, "Also load this TABARI/PETRARCH agent dictionary (repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  AddFiles(cmd, "--verbs", &code.verb_files,
           "Also load this PETRARCH-2 verb dictionary, e.g. CAMEO.2.0.txt (repeatable)");
  AddFiles(cmd, "--discards", &code.discard_files,
           "Load this PETRARCH discard list: no events from sentences (or, '+', stories) "
           "holding its phrases (repeatable)");
  cmd->add_flag("--replace-dictionaries", code.replace_dictionaries,
                "Use only the dictionary files given: no built-in actors, and no built-in "
                "event lexicon when --verbs is given");

  ExplainOptions explain;
  CLI::App* ex = app.add_subcommand(
      "explain", "Show how a sentence or document is read: tokens, actors, event words, decisions");
  ex->add_option("TEXT", explain.text, "Text to explain (stdin when neither TEXT nor --doc is given)");
  ex->add_option("--doc", explain.doc_file, "Explain this .txt document instead")
      ->check(CLI::ExistingFile);
  ex->add_option("--date", explain.date, "Publication date (YYYY-MM-DD, YYYY-MM or YYYY)");
  ex->add_option("--data", explain.data_dir, "Read dictionary files from this directory first")
      ->check(CLI::ExistingDirectory);
  ex->add_flag("--json", explain.json, "Print the same as one JSON object");
  AddFiles(ex, "--actors", &explain.actor_files,
           "Also load this TABARI/PETRARCH actor dictionary (repeatable)");
  AddFiles(ex, "--agents", &explain.agent_files,
           "Also load this TABARI/PETRARCH agent dictionary (repeatable)");
  AddFiles(ex, "--verbs", &explain.verb_files,
           "Also load this PETRARCH-2 verb dictionary (repeatable)");
  AddFiles(ex, "--discards", &explain.discard_files,
           "Load this PETRARCH discard list (repeatable)");
  ex->add_flag("--replace-dictionaries", explain.replace_dictionaries,
               "Use only the dictionary files given, as `dyad code` does");

  ActorsOptions actors;
  CLI::App* act = app.add_subcommand("actors", "Tools for dictionary maintainers");
  act->require_subcommand(1);
  CLI::App* lookup = act->add_subcommand("lookup", "Print every code a name can get, and why");
  lookup->add_option("NAME", actors.name, "The name, as written in text")->required();
  lookup->add_option("--date", actors.date, "The date that selects a person's role");
  CLI::App* check = act->add_subcommand(
      "check", "Report duplicate names, overlapping roles and unreadable codes, with lines");
  check->add_option("FILE", actors.check_files,
                    "TABARI/PETRARCH actor files (none: the built-in dictionaries)")
      ->check(CLI::ExistingFile);
  for (CLI::App* sub : {lookup, check}) {
    sub->add_option("--data", actors.data_dir, "Read dictionary files from this directory first")
        ->check(CLI::ExistingDirectory);
    sub->add_option("--agents", actors.agent_files, "Also load this agent dictionary")
        ->check(CLI::ExistingFile)
        ->expected(1)
        ->allow_extra_args(false);
  }
  lookup->add_option("--actors", actors.actor_files, "Also load this actor dictionary")
      ->check(CLI::ExistingFile)
      ->expected(1)
      ->allow_extra_args(false);
  lookup->add_flag("--replace-dictionaries", actors.replace, "Use only the files given");
  dyad::EvalOptions eval;
  CLI::App* evaluate = dyad::AddEvalCommand(&app, &eval);
  dyad::StoreCommandOptions store;
  dyad::AddStoreCommands(&app, &store);
  dyad::ServeOptions serve;
  CLI::App* serve_cmd = dyad::AddServeCommand(&app, &serve);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  if (cmd->parsed()) return RunCode(code);
  if (ex->parsed()) return RunExplain(explain);
  if (lookup->parsed()) return RunActorsLookup(actors);
  if (check->parsed()) return RunActorsCheck(actors);
  if (evaluate->parsed()) return dyad::RunEval(eval);
  if (serve_cmd->parsed()) return dyad::RunServe(serve);
  if (auto rc = dyad::RunStoreCommand(store)) return *rc;
  return kExitUsage;
}
