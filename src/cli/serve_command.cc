// `dyad serve`. SIGINT and SIGTERM are blocked in every thread before the server starts
// its workers; one thread waits for them with sigtimedwait and stops the server, so no
// signal handler runs in the middle of a request. SIGPIPE is ignored: a client that hangs
// up costs its connection, not the process.
#include "cli/serve_command.h"

#include <pthread.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "cli/diagnostics.h"
#include "serve/server.h"

namespace dyad {
namespace {

bool IsUrl(const std::string& target) {
  return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

// The web/ folder beside the running executable (build/web for build/dyad).
std::string DefaultStaticDir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "web";
  return (exe.parent_path() / "web").string();
}

}  // namespace

CLI::App* AddServeCommand(CLI::App* app, ServeOptions* opts) {
  CLI::App* cmd = app->add_subcommand(
      "serve", "Serve the JSON API and the dashboard over an event store (docs/api.md)");
  cmd->add_option(
      "--db", opts->db,
      "The store: a SQLite file or a postgresql:// URL (default $DYAD_DB, else dyad.db)");
  cmd->add_option("--port", opts->port, "TCP port; 0 picks a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--bind", opts->bind, "Address to listen on")->capture_default_str();
  cmd->add_option("--static", opts->static_dir,
                  "Folder of the dashboard's built files (default: web/ beside the executable)");
  cmd->add_option("--threads", opts->threads, "Worker threads (concurrent connections)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  return cmd;
}

int RunServe(const ServeOptions& opts) {
  std::string db = opts.db;
  if (db.empty()) {
    const char* env = std::getenv("DYAD_DB");
    db = env && *env ? env : "dyad.db";
  }
  if (!IsUrl(db) && !std::filesystem::exists(db)) {
    Error(db, "no such store (create it with dyad ingest)");
    return kExitFatal;
  }
  ServerOptions so;
  so.db = db;
  so.bind = opts.bind;
  so.port = opts.port;
  so.threads = opts.threads;
  so.static_dir = opts.static_dir.empty() ? DefaultStaticDir() : opts.static_dir;
  if (!std::filesystem::is_directory(so.static_dir)) {
    Warning("--static", "no folder " + so.static_dir + "; serving the API only");
  }
  so.log = [](const std::string& line) { Error("serve", line); };

  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  auto server = Server::Create(so);
  if (!server.ok()) {
    Error(db, server.status().message());
    return kExitFatal;
  }
  auto port = (*server)->Bind();
  if (!port.ok()) {
    Error("serve", port.status().message());
    return kExitFatal;
  }
  std::printf("listening on http://%s:%d\n", opts.bind.c_str(), *port);
  std::fflush(stdout);

  std::atomic<bool> done{false};
  std::thread watcher([&] {
    const timespec tick{0, 200 * 1000 * 1000};
    while (!done) {
      if (sigtimedwait(&stop_signals, nullptr, &tick) < 0) continue;
      // Stop until Run() returns: a signal just before Run() starts listening would
      // otherwise be lost.
      while (!done) {
        (*server)->Stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  });
  Status s = (*server)->Run();
  done = true;
  watcher.join();
  if (!s.ok()) {
    Error("serve", s.message());
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace dyad
