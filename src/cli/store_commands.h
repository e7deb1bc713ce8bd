// The event store's subcommands: `dyad ingest`, `dyad recode`, `dyad query events`,
// `dyad query series` and `dyad export` (docs/cli.md, "The event store"). Thin: flags,
// files, exit codes and messages over src/store.
//
//   dyad::StoreCommandOptions store;
//   dyad::AddStoreCommands(&app, &store);
//   ... app.parse(argc, argv) ...
//   if (auto rc = dyad::RunStoreCommand(store)) return *rc;
#ifndef DYAD_CLI_STORE_COMMANDS_H_
#define DYAD_CLI_STORE_COMMANDS_H_

#include <optional>
#include <string>
#include <vector>

#include "store/filter.h"

namespace CLI {
class App;
}

namespace dyad {

struct StoreCommandOptions {
  std::string db;  // --db; empty: $DYAD_DB, else ./dyad.db
  // Coding (ingest, recode), as for `dyad code`.
  std::vector<std::string> files;
  std::string date, input, data_dir;
  bool no_language = false;
  std::vector<std::string> actor_files, agent_files;
  bool replace_dictionaries = false;
  int window_days = -1;  // -1: the store's (default 1 for a new store)
  std::string match;     // "", "code" or "root"
  int batch = 64;        // documents per transaction
  bool all = false;      // recode: every document, not only those coded by other dictionaries
  // Output.
  std::string format;
  bool mentions = false;
  bool json = false;
  bool header = false;
  std::string period = "week";
  EventFilter filter;
  std::string quad;  // text, checked into filter.quad

  CLI::App* ingest = nullptr;
  CLI::App* recode = nullptr;
  CLI::App* query_events = nullptr;
  CLI::App* query_series = nullptr;
  CLI::App* export_events = nullptr;
};

// Adds ingest, recode, query (events, series) and export to `app`, filling `opts`.
void AddStoreCommands(CLI::App* app, StoreCommandOptions* opts);

// Runs the store subcommand that was parsed; nullopt when none was.
std::optional<int> RunStoreCommand(const StoreCommandOptions& opts);

}  // namespace dyad

#endif  // DYAD_CLI_STORE_COMMANDS_H_
