// `dyad serve`: the HTTP API and the dashboard over an event store (docs/api.md). Thin:
// flags, the "listening on" line, signals; the server itself is src/serve/server.h.
//
//   dyad::ServeOptions serve;
//   CLI::App* cmd = dyad::AddServeCommand(&app, &serve);
//   ... app.parse(argc, argv) ...
//   if (cmd->parsed()) return dyad::RunServe(serve);
#ifndef DYAD_CLI_SERVE_COMMAND_H_
#define DYAD_CLI_SERVE_COMMAND_H_

#include <string>

namespace CLI {
class App;
}

namespace dyad {

struct ServeOptions {
  std::string db;   // --db; empty: $DYAD_DB, else ./dyad.db
  int port = 8080;  // --port; 0: a free port
  std::string bind = "127.0.0.1";
  std::string static_dir;  // --static; empty: the web/ folder beside the executable
  int threads = 8;
};

// Adds the `serve` subcommand to `app`, filling `opts`.
CLI::App* AddServeCommand(CLI::App* app, ServeOptions* opts);

// Serves until SIGINT or SIGTERM; 0 after a clean stop, 1 when the store or the port
// cannot be opened.
int RunServe(const ServeOptions& opts);

}  // namespace dyad

#endif  // DYAD_CLI_SERVE_COMMAND_H_
