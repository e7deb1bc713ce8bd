// Routing happens in httplib's pre-routing hook, before any body is read, so every path
// and method is decided in one place: API reads and static files are answered there, and
// only POST /api/code falls through to a handler that receives its (size-limited) body.
// Errors httplib raises itself (413, a malformed request) get their JSON body in the
// error hook. Static paths are checked twice: ".." segments are refused outright, and the
// canonical path (symbolic links resolved) must stay under the canonical static root.
#include "serve/server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace dyad {
namespace {

namespace fs = std::filesystem;

constexpr char kJson[] = "application/json";

// Sets the body through a sized content provider, which httplib sends as it is: the
// Debian build compresses plain bodies with brotli at its slowest setting whenever the
// client accepts it (5 s for the dashboard's 1.2 MB bundle), on every request.
void SetBody(httplib::Response& res, std::string body, const char* type) {
  auto data = std::make_shared<std::string>(std::move(body));
  res.set_content_provider(data->size(), type,
                           [data](size_t offset, size_t length, httplib::DataSink& sink) {
                             return sink.write(data->data() + offset, length);
                           });
}

void Send(httplib::Response& res, const ApiResponse& r) {
  res.status = r.status;
  res.set_header("Cache-Control", "no-store");
  // Errors are short, and the error handler looks for their body.
  if (r.status >= 400) {
    res.set_content(r.body, kJson);
  } else {
    SetBody(res, r.body, kJson);
  }
}

QueryParams ParamsOf(const httplib::Request& req) {
  QueryParams out;
  for (const auto& [name, value] : req.params) out.emplace_back(name, value);
  return out;
}

const char* StatusText(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 408:
      return "request timeout";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    default:
      return status >= 500 ? "internal error" : "request failed";
  }
}

}  // namespace

const char* ContentTypeFor(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
  };
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [e, type] : kTypes) {
    if (ext == e) return type;
  }
  return "application/octet-stream";
}

Result<std::string> ResolveStaticPath(const std::string& root, const std::string& url_path) {
  if (url_path.empty() || url_path[0] != '/' || url_path.find('\0') != std::string::npos ||
      url_path.find('\\') != std::string::npos) {
    return Status::InvalidArgument("bad path");
  }
  fs::path rel;
  size_t at = 1;
  while (at <= url_path.size()) {
    size_t slash = url_path.find('/', at);
    if (slash == std::string::npos) slash = url_path.size();
    std::string part = url_path.substr(at, slash - at);
    if (part == "..") return Status::InvalidArgument("bad path: '..' is not allowed");
    if (!part.empty() && part != ".") rel /= part;
    at = slash + 1;
  }
  std::error_code ec;
  fs::path base = fs::weakly_canonical(root, ec);
  if (ec) return Status::NotFound("no static folder");
  fs::path target = fs::weakly_canonical(base / rel, ec);
  if (ec) return Status::NotFound("not found");
  auto [end, unused] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
  if (end != base.end()) return Status::InvalidArgument("bad path: outside the static folder");
  if (fs::is_directory(target, ec)) target /= "index.html";
  if (!fs::is_regular_file(target, ec)) return Status::NotFound("not found: " + url_path);
  return target.string();
}

class Server::Lease {
 public:
  Lease(Server* server, std::unique_ptr<EventStore> store)
      : server_(server), store_(std::move(store)) {}
  ~Lease() { server_->Return(std::move(store_)); }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  EventStore* get() { return store_.get(); }

 private:
  Server* server_;
  std::unique_ptr<EventStore> store_;
};

Server::Server(const ServerOptions& options, std::unique_ptr<Api> api)
    : options_(options), api_(std::move(api)), http_(std::make_unique<httplib::Server>()) {}

Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  if (options.threads < 1) return Status::InvalidArgument("threads: at least 1");
  auto api = Api::Create(options.api);
  if (!api.ok()) return api.status();
  std::unique_ptr<Server> server(new Server(options, std::move(*api)));
  auto store = EventStore::Open(options.db, StoreOptions{});
  if (!store.ok()) return store.status();
  server->Return(std::move(*store));
  server->Route();
  return server;
}

Result<std::unique_ptr<EventStore>> Server::Borrow() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<EventStore> store = std::move(idle_.back());
      idle_.pop_back();
      return store;
    }
  }
  return EventStore::Open(options_.db, StoreOptions{});
}

void Server::Return(std::unique_ptr<EventStore> store) {
  if (!store) return;
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(store));
}

void Server::Route() {
  httplib::Server& http = *http_;
  http.set_tcp_nodelay(true);
  // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a second server on
  // a port in use would bind too and silently share its connections.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  const int threads = options_.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options_.max_body_bytes);
  http.set_read_timeout(options_.read_timeout_seconds, 0);
  http.set_write_timeout(options_.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(options_.keep_alive_seconds);
  http.set_keep_alive_max_count(options_.keep_alive_max_requests);

  using Reader = ApiResponse (Api::*)(EventStore*, const QueryParams&) const;
  static const std::pair<const char*, Reader> kReads[] = {
      {"/api/events", &Api::Events},   {"/api/series", &Api::Series}, {"/api/actors", &Api::Actors},
      {"/api/network", &Api::Network}, {"/api/alerts", &Api::Alerts},
  };
  auto fail = [this](const httplib::Request& req, httplib::Response& res, const ApiResponse& r) {
    if (r.status >= 500 && options_.log) {
      options_.log(req.method + " " + req.path + ": " + std::to_string(r.status) + ": " + r.body);
    }
    Send(res, r);
  };

  http.set_pre_routing_handler([this, fail](const httplib::Request& req, httplib::Response& res) {
    using HR = httplib::Server::HandlerResponse;
    const bool get = req.method == "GET" || req.method == "HEAD";
    if (req.path == "/api" || req.path.rfind("/api/", 0) == 0) {
      if (req.path == "/api/code") {
        if (req.method == "POST") return HR::Unhandled;  // the body is read, then handled below
        res.set_header("Allow", "POST");
        Send(res, Api::Error(405, "method not allowed: " + req.path + " takes POST"));
        return HR::Handled;
      }
      for (const auto& [path, read] : kReads) {
        if (req.path != path) continue;
        if (!get) {
          res.set_header("Allow", "GET, HEAD");
          Send(res, Api::Error(405, "method not allowed: " + req.path + " takes GET"));
          return HR::Handled;
        }
        auto store = Borrow();
        if (!store.ok()) {
          fail(req, res, Api::Error(500, "store: " + store.status().message()));
          return HR::Handled;
        }
        Lease lease(this, std::move(*store));
        ApiResponse r = (api_.get()->*read)(lease.get(), ParamsOf(req));
        if (r.status >= 500) {
          fail(req, res, r);
        } else {
          Send(res, r);
        }
        return HR::Handled;
      }
      Send(res, Api::Error(404, "no such endpoint: " + req.path));
      return HR::Handled;
    }
    if (!get) {
      res.set_header("Allow", "GET, HEAD");
      Send(res, Api::Error(405, "method not allowed: static files take GET"));
      return HR::Handled;
    }
    if (options_.static_dir.empty()) {
      Send(res, Api::Error(404, "not found: no static folder is served"));
      return HR::Handled;
    }
    auto file = ResolveStaticPath(options_.static_dir, req.path);
    if (!file.ok()) {
      int status = file.status().code() == Status::Code::kInvalidArgument ? 400 : 404;
      Send(res, Api::Error(status, file.status().message()));
      return HR::Handled;
    }
    std::ifstream in(*file, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (!in) {
      fail(req, res, Api::Error(500, "cannot read " + req.path));
      return HR::Handled;
    }
    res.status = 200;
    res.set_header("X-Content-Type-Options", "nosniff");
    SetBody(res, buf.str(), ContentTypeFor(*file));
    return HR::Handled;
  });

  http.Post("/api/code", [this](const httplib::Request& req, httplib::Response& res) {
    Send(res, api_->Code(req.get_header_value("Content-Type"), req.body));
  });

  http.set_error_handler([this](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = StatusText(res.status);
    if (res.status == 413) {
      message += " (limit " + std::to_string(options_.max_body_bytes) + " bytes)";
    }
    Send(res, Api::Error(res.status, message));
  });

  http.set_exception_handler(
      [fail](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unexpected error";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        fail(req, res, Api::Error(500, what));
      });
}

Result<int> Server::Bind() {
  int port = options_.port;
  if (port == 0) {
    port = http_->bind_to_any_port(options_.bind);
    if (port < 0) port = 0;
  } else if (!http_->bind_to_port(options_.bind, port)) {
    port = 0;
  }
  if (port <= 0) {
    return Status::IoError("cannot listen on " + options_.bind + ":" +
                           std::to_string(options_.port) + " (in use, or a bad address)");
  }
  return port;
}

Status Server::Run() {
  if (!http_->listen_after_bind()) return Status::IoError("the server stopped with an error");
  return Status::Ok();
}

void Server::Stop() { http_->stop(); }

}  // namespace dyad
