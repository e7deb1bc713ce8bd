// Whole-pipeline throughput on one core: loads the dictionaries, codes every .txt file
// under --corpus (recursively) --repeat times, and reports sentences/s, MB/s, dictionary
// load time, peak RSS and events per 1,000 sentences. Single-threaded by design: the
// figure to compare with TABARI's ~14,000 sentences/s on one core.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/data_source.h"
#include "dyad/coder.h"
#include "io/reader.h"
#include "lexicon/cameo_table.h"
#include "lexicon/event_lexicon.h"
#include "text/lemmatize.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Loads the event lexicon alone, as the coder does, and prints what the PETRARCH verb
// files gave (docs/data-formats.md explains each count).
void PrintVerbReports(const std::string& data_dir, const std::vector<std::string>& verb_files,
                      const std::vector<std::string>& discard_files, bool replace) {
  if (verb_files.empty() && discard_files.empty()) return;
  dyad::DataSource source(data_dir);
  auto lem = dyad::Lemmatizer::Load(&source);
  auto cameo = dyad::CameoTable::Load(&source);
  if (!lem.ok() || !cameo.ok()) return;
  dyad::EventLexicon::Sources sources;
  sources.builtin = !replace || verb_files.empty();
  for (const auto& [paths, out] : {std::pair{&verb_files, &sources.petrarch_verbs},
                                   std::pair{&discard_files, &sources.petrarch_discards}}) {
    for (const std::string& path : *paths) {
      auto text = source.ReadPath(path);
      if (!text.ok()) return;
      out->emplace_back(std::filesystem::path(path).filename().string(), *text);
    }
  }
  auto t0 = std::chrono::steady_clock::now();
  auto lex = dyad::EventLexicon::Load(&source, **lem, **cameo, sources);
  double secs = Seconds(t0);
  if (!lex.ok()) return;
  std::printf("event lexicon     %.1f ms: %zu patterns, %zu discard phrases\n", secs * 1e3,
              (*lex)->pattern_count(), (*lex)->discard_count());
  for (const dyad::VerbFileReport& r : (*lex)->verb_reports()) {
    std::printf("  %s: %d blocks, %d verbs, %d synsets, %d pattern lines -> %d patterns "
                "(%d null, %d with words before the verb, %d with a second code); skipped: "
                "%d roles, %d undefined synsets, %d malformed; %d reverse-only lines; %d "
                "transformations kept, not applied; %zu warnings\n",
                r.file.c_str(), r.blocks, r.verbs, r.synsets, r.pattern_lines, r.patterns,
                r.null_patterns, r.pre_verb, r.with_reverse, r.skipped_roles, r.skipped_synsets,
                r.skipped_malformed, r.reverse_only, r.transformations, r.warnings.size());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "../shared/corpus";
  int repeat = 100;
  std::string data_dir;
  std::vector<std::string> actor_files, agent_files, verb_files, discard_files;
  bool replace = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc) {
      corpus = argv[++i];
    } else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--data") && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (!std::strcmp(argv[i], "--actors") && i + 1 < argc) {
      actor_files.push_back(argv[++i]);
    } else if (!std::strcmp(argv[i], "--agents") && i + 1 < argc) {
      agent_files.push_back(argv[++i]);
    } else if (!std::strcmp(argv[i], "--verbs") && i + 1 < argc) {
      verb_files.push_back(argv[++i]);
    } else if (!std::strcmp(argv[i], "--discards") && i + 1 < argc) {
      discard_files.push_back(argv[++i]);
    } else if (!std::strcmp(argv[i], "--replace-dictionaries")) {
      replace = true;
    } else {
      std::fprintf(stderr,
                   "usage: dyad_throughput [--corpus DIR] [--repeat N] [--data DIR] "
                   "[--actors FILE]... [--agents FILE]... [--verbs FILE]... [--discards FILE]... "
                   "[--replace-dictionaries]\n");
      return 2;
    }
  }
  std::vector<dyad::Document> docs;
  std::error_code ec;
  std::vector<std::filesystem::path> paths;
  for (auto it = std::filesystem::recursive_directory_iterator(corpus, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") paths.push_back(it->path());
  }
  std::sort(paths.begin(), paths.end());
  size_t bytes = 0;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    dyad::Document doc;
    std::vector<std::string> warnings;
    if (!dyad::ParseTxt(p.stem().string(), buf.str(), &doc, &warnings).ok()) continue;
    bytes += doc.text.size();
    docs.push_back(std::move(doc));
  }
  if (docs.empty()) {
    std::fprintf(stderr, "dyad_throughput: no .txt documents under %s\n", corpus.c_str());
    return 1;
  }

  auto t0 = std::chrono::steady_clock::now();
  dyad::CoderOptions options;
  options.data_dir = data_dir;
  options.detect_language = true;
  options.actor_files = actor_files;
  options.agent_files = agent_files;
  options.verb_files = verb_files;
  options.discard_files = discard_files;
  options.replace_dictionaries = replace;
  auto coder = dyad::Coder::Create(options);
  if (!coder.ok()) {
    std::fprintf(stderr, "dyad_throughput: %s\n", coder.status().message().c_str());
    return 1;
  }
  double load = Seconds(t0);

  dyad::DocumentResult result;
  uint64_t sentences = 0, events = 0;
  auto t1 = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const dyad::Document& d : docs) {
      if (!(*coder)->Code(d, &result).ok()) continue;
      sentences += result.sentences;
      events += result.events.size();
    }
  }
  double secs = Seconds(t1);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("corpus            %s (%zu documents, %.1f KB, x%d)\n", corpus.c_str(), docs.size(),
              bytes / 1e3, repeat);
  std::printf("dictionary load   %.1f ms%s\n", load * 1e3,
              actor_files.empty() && verb_files.empty() ? "" : " (with the TABARI/PETRARCH files given)");
  PrintVerbReports(data_dir, verb_files, discard_files, replace);
  std::printf("sentences/s       %.0f\n", sentences / secs);
  std::printf("MB/s              %.2f\n", bytes * static_cast<double>(repeat) / 1e6 / secs);
  std::printf("events/1000 sent  %.1f\n", 1000.0 * events / std::max<uint64_t>(1, sentences));
  std::printf("peak RSS          %.1f MB\n", ru.ru_maxrss / 1024.0);
  std::printf("elapsed           %.2f s for %llu sentences\n", secs,
              static_cast<unsigned long long>(sentences));
  return 0;
}
