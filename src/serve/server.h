// The HTTP server of `dyad serve`: the JSON API of api.h under /api/, and the dashboard's
// built files from a static folder, from one process (docs/api.md).
//
// cpp-httplib underneath, with Nagle off (set_tcp_nodelay), a fixed pool of worker
// threads, a request body limit and read/write timeouts. Each request borrows an
// EventStore from a pool (one connection per concurrent request: the store is not
// thread-safe; SQLite readers do not block each other in WAL mode). Routing:
//   /api/<name>   the endpoint, or 404 (no such endpoint) / 405 (wrong method), JSON
//   anything else GET or HEAD: a file under the static folder (index.html for a folder),
//                 never one outside it; 404 JSON when missing; other methods 405
// Every error is {"error": "..."} with its status (400, 404, 405, 413, 500).
//
// Run() and Stop() may be called from different threads; Stop() is the way to end
// Run(). The library never prints: failures are returned, and `log` (if set) hears of
// requests that failed with status 500.
//
//   auto server = dyad::Server::Create(options);
//   auto port = (*server)->Bind();        // port 0 in the options: a free port
//   std::thread t([&] { (void)(*server)->Run(); });
//   ...
//   (*server)->Stop();
//   t.join();
#ifndef DYAD_SERVE_SERVER_H_
#define DYAD_SERVE_SERVER_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "serve/api.h"
#include "store/store.h"

namespace httplib {
class Server;
}

namespace dyad {

struct ServerOptions {
  std::string db;                       // the store: a SQLite path or a postgresql:// URL
  std::string bind = "127.0.0.1";       // address to listen on
  int port = 8080;                      // 0: any free port (Bind() says which)
  std::string static_dir;               // the dashboard's files; empty: API only
  int threads = 8;                      // worker threads = concurrent connections served;
                                        // each may hold one store connection
  size_t max_body_bytes = 1u << 20;     // larger request bodies get 413
  int read_timeout_seconds = 5;         // per socket read (a slow client is cut off)
  int write_timeout_seconds = 10;       // per socket write
  int keep_alive_seconds = 5;           // an idle keep-alive connection is closed after this
  int keep_alive_max_requests = 10000;  // requests per connection before it is closed
  ApiOptions api;
  std::function<void(const std::string&)> log;  // hears "METHOD PATH: 500: message"
};

class Server {
 public:
  // Loads the coder and checks that the store opens.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();

  // Binds the listening socket; returns the port.
  Result<int> Bind();
  // Serves until Stop(). Bind() first.
  Status Run();
  // Makes Run() return; connections in flight finish their request. Thread-safe.
  void Stop();

 private:
  // A store connection borrowed for one request and returned to the pool after it.
  class Lease;

  explicit Server(const ServerOptions& options, std::unique_ptr<Api> api);
  void Route();
  Result<std::unique_ptr<EventStore>> Borrow();
  void Return(std::unique_ptr<EventStore> store);

  ServerOptions options_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<httplib::Server> http_;
  std::mutex mu_;
  std::vector<std::unique_ptr<EventStore>> idle_;  // GUARDED_BY(mu_)
};

// The Content-Type served for a file name's extension ("application/octet-stream" when
// unknown).
const char* ContentTypeFor(const std::string& path);

// The file under `root` that URL path `url_path` names, or NotFound / InvalidArgument
// (a path that is not absolute, holds "..", or leads outside `root`, symbolic links
// resolved). A folder gives its index.html.
Result<std::string> ResolveStaticPath(const std::string& root, const std::string& url_path);

}  // namespace dyad

#endif  // DYAD_SERVE_SERVER_H_
