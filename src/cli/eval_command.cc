// `dyad eval`: the report of src/eval on the terminal.
#include "cli/eval_command.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "cli/diagnostics.h"
#include "dyad/event.h"
#include "eval/eval.h"
#include "io/reader.h"

namespace dyad {

namespace {

bool ReadAll(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = buf.str();
  return true;
}

// The body of a corpus document, for quoting a missed sentence; "" when not found.
std::string DocumentBody(const std::string& corpus, const std::string& doc_id) {
  for (const std::string& path : {corpus + "/dev/" + doc_id + ".txt", corpus + "/" + doc_id + ".txt"}) {
    std::string raw;
    if (!ReadAll(path, &raw)) continue;
    Document doc;
    std::vector<std::string> warnings;
    if (ParseTxt(doc_id, raw, &doc, &warnings).ok()) return doc.text;
  }
  return "";
}

std::string Percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

nlohmann::json CountsJson(const EvalCounts& c) {
  return {{"true_positives", c.true_pos},   {"false_positives", c.false_pos},
          {"false_negatives", c.false_neg}, {"precision", c.precision()},
          {"recall", c.recall()},           {"f1", c.f1()},
          {"exact_code", c.exact_code},     {"same_modality", c.same_modality},
          {"same_date", c.same_date}};
}

void PrintRow(const char* name, const EvalCounts& c) {
  auto share = [&](int n) { return c.true_pos ? Percent(static_cast<double>(n) / c.true_pos) : "-"; };
  std::printf("%-9s %5d %6d %6d %10s %7s %6s %11s %9s %6s\n", name, c.true_pos + c.false_neg,
              c.true_pos + c.false_pos, c.true_pos, Percent(c.precision()).c_str(),
              Percent(c.recall()).c_str(), Percent(c.f1()).c_str(), share(c.exact_code).c_str(),
              share(c.same_modality).c_str(), share(c.same_date).c_str());
}

// A sentence on one line of the report.
std::string Flat(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

}  // namespace

CLI::App* AddEvalCommand(CLI::App* app, EvalOptions* opts) {
  CLI::App* ev = app->add_subcommand(
      "eval", "Score coded events (jsonl) against a gold set (docs/annotation.md)");
  ev->add_option("gold", opts->gold, "Gold records, one JSON object per line")->required();
  ev->add_option("events", opts->events, "dyad's events (jsonl), e.g. from `dyad code`")->required();
  ev->add_option("--heldout", opts->heldout, "File of held-out document ids, one per line");
  ev->add_option("--corpus", opts->corpus, "Corpus directory, to quote missed sentences");
  ev->add_flag("--json", opts->json, "Print the report as one JSON object");
  ev->add_flag("!--no-list", opts->list, "Print the totals only");
  ev->add_flag("--list-heldout", opts->list_heldout,
               "List the held-out part's misses and false positives too (they are left out so "
               "that no one tunes on them)");
  ev->add_option("--min-precision", opts->min_precision, "Exit 1 below this precision (tuned part)");
  ev->add_option("--min-recall", opts->min_recall, "Exit 1 below this recall (tuned part)");
  ev->add_option("--min-f1", opts->min_f1, "Exit 1 below this F1 (tuned part)");
  return ev;
}

int RunEval(const EvalOptions& opts) {
  std::string gold_text, events_text, heldout_text;
  if (!ReadAll(opts.gold, &gold_text)) {
    Error(opts.gold, "cannot read");
    return 1;
  }
  if (!ReadAll(opts.events, &events_text)) {
    Error(opts.events, "cannot read");
    return 1;
  }
  auto gold = ParseGold(gold_text);
  if (!gold.ok()) {
    Error(opts.gold, gold.status().message());
    return 1;
  }
  auto coded = ParseCodedEvents(events_text);
  if (!coded.ok()) {
    Error(opts.events, coded.status().message());
    return 1;
  }
  std::set<std::string> heldout;
  if (!opts.heldout.empty()) {
    if (!ReadAll(opts.heldout, &heldout_text)) {
      Error(opts.heldout, "cannot read");
      return 1;
    }
    std::istringstream in(heldout_text);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() && line[0] != '#') heldout.insert(line);
    }
  }
  EvalReport r = Evaluate(*gold, *coded, heldout);
  // The held-out part is scored but not shown: its sentences are for measuring, not tuning.
  size_t hidden = 0;
  if (!opts.list_heldout) {
    auto drop = [&](std::vector<EvalItem>* v) {
      size_t before = v->size();
      v->erase(std::remove_if(v->begin(), v->end(),
                              [&](const EvalItem& i) { return heldout.count(i.doc_id) > 0; }),
               v->end());
      hidden += before - v->size();
    };
    drop(&r.misses);
    drop(&r.false_positives);
  }

  if (opts.json) {
    nlohmann::json j = {{"documents", r.gold_documents},
                        {"tuned", CountsJson(r.tuned)},
                        {"heldout", CountsJson(r.heldout)},
                        {"all", CountsJson(r.all)}};
    auto items = [](const std::vector<EvalItem>& v) {
      nlohmann::json a = nlohmann::json::array();
      for (const EvalItem& i : v) {
        a.push_back({{"doc_id", i.doc_id}, {"start", i.start}, {"end", i.end},
                     {"source", i.source}, {"target", i.target}, {"cameo", i.cameo}});
        if (i.gold_line) a.back()["gold_line"] = i.gold_line;
      }
      return a;
    };
    j["misses"] = items(r.misses);
    j["false_positives"] = items(r.false_positives);
    j["heldout_items_not_listed"] = hidden;
    std::printf("%s\n", j.dump().c_str());
  } else {
    std::printf("%d documents; dyads in the same sentence, matched on (source root, target root, "
                "CAMEO root)\n",
                r.gold_documents);
    std::printf("%-9s %5s %6s %6s %10s %7s %6s %11s %9s %6s\n", "part", "gold", "coded",
                "right", "precision", "recall", "F1", "exact code", "modality", "date");
    if (!heldout.empty()) {
      PrintRow("tuned", r.tuned);
      PrintRow("held-out", r.heldout);
    }
    PrintRow("all", r.all);
    if (opts.list) {
      std::map<std::string, std::string> bodies;
      std::printf("\nmisses (%zu):\n", r.misses.size());
      for (const EvalItem& m : r.misses) {
        std::string quote;
        if (!opts.corpus.empty()) {
          if (!bodies.count(m.doc_id)) bodies[m.doc_id] = DocumentBody(opts.corpus, m.doc_id);
          const std::string& body = bodies[m.doc_id];
          if (m.end <= body.size()) quote = Flat(body.substr(m.start, m.end - m.start));
        }
        std::printf("  %s [%u,%u] %s > %s %s (gold line %d)%s%s\n", m.doc_id.c_str(), m.start,
                    m.end, m.source.c_str(), m.target.empty() ? "-" : m.target.c_str(),
                    m.cameo.c_str(), m.gold_line, quote.empty() ? "" : ": ", quote.c_str());
      }
      std::printf("\nfalse positives (%zu):\n", r.false_positives.size());
      for (const EvalItem& f : r.false_positives) {
        std::printf("  %s [%u] %s > %s %s: %s\n", f.doc_id.c_str(), f.start, f.source.c_str(),
                    f.target.empty() ? "-" : f.target.c_str(), f.cameo.c_str(),
                    Flat(f.sentence).c_str());
      }
      if (hidden) {
        std::printf("\n%zu held-out misses and false positives are not listed "
                    "(--list-heldout)\n", hidden);
      }
    }
  }
  const EvalCounts& part = heldout.empty() ? r.all : r.tuned;
  if (part.precision() < opts.min_precision || part.recall() < opts.min_recall ||
      part.f1() < opts.min_f1) {
    std::fprintf(stderr, "dyad: error: below the minimum (precision %.3f, recall %.3f, F1 %.3f)\n",
                 part.precision(), part.recall(), part.f1());
    return 1;
  }
  return 0;
}

}  // namespace dyad
