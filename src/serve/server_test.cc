#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/testing.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A server on a free loopback port over a two-bloc store in a temporary folder, with a
// static folder beside a file it must never serve.
class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() /
                        ("dyad_server_test_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    {
      auto store = EventStore::Open((*dir_ / "store.db").string(), StoreOptions{});
      ASSERT_TRUE(store.ok()) << store.status().message();
      Status s = testing::BuildTwoBlocs(store->get());
      ASSERT_TRUE(s.ok()) << s.message();
    }
    WriteFile(*dir_ / "web/index.html", "<!doctype html><title>dyad</title>");
    WriteFile(*dir_ / "web/assets/app.js", "console.log(1);");
    WriteFile(*dir_ / "web/assets/app.css", "body{}");
    WriteFile(*dir_ / "web/assets/font.woff2", "wOF2");
    WriteFile(*dir_ / "secret.txt", "do not serve");
    fs::create_symlink(*dir_ / "secret.txt", *dir_ / "web/link.txt");

    ServerOptions options;
    options.db = (*dir_ / "store.db").string();
    options.port = 0;
    options.static_dir = (*dir_ / "web").string();
    options.max_body_bytes = 64 * 1024;
    options.threads = 4;
    auto server = Server::Create(options);
    ASSERT_TRUE(server.ok()) << server.status().message();
    server_ = server->release();
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.status().message();
    port_ = *port;
    thread_ = new std::thread([] { run_status_ = new Status(server_->Run()); });
  }

  static void TearDownTestSuite() {
    if (server_) server_->Stop();
    if (thread_) thread_->join();
    if (run_status_) {
      EXPECT_TRUE(run_status_->ok()) << run_status_->message();
    }
    delete thread_;
    delete server_;
    delete run_status_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  static httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }

  static Json Body(const httplib::Result& r, int status) {
    EXPECT_TRUE(r) << "no response";
    if (!r) return Json();
    EXPECT_EQ(r->status, status) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
    Json j = Json::parse(r->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r->body;
    return j;
  }

  static fs::path* dir_;
  static Server* server_;
  static int port_;
  static std::thread* thread_;
  static Status* run_status_;
};

fs::path* ServerTest::dir_ = nullptr;
Server* ServerTest::server_ = nullptr;
int ServerTest::port_ = 0;
std::thread* ServerTest::thread_ = nullptr;
Status* ServerTest::run_status_ = nullptr;

TEST_F(ServerTest, ServesEveryEndpoint) {
  auto c = Client();
  Json events = Body(c.Get("/api/events?dyad=USA,PRK&limit=2"), 200);
  EXPECT_EQ(events["total"], 5);
  EXPECT_EQ(events["events"].size(), 2u);
  Json series = Body(c.Get("/api/series?dyad=USA,PRK&from=2023-10-01&to=2023-11-05"), 200);
  EXPECT_EQ(series["series"][0]["rows"].size(), 6u);
  EXPECT_EQ(Body(c.Get("/api/actors?q=kor"), 200)["actors"][0]["code"], "KOR");
  EXPECT_EQ(Body(c.Get("/api/network"), 200)["blocs"].size(), 2u);
  EXPECT_EQ(Body(c.Get("/api/alerts"), 200)["alerts"][0]["dyad"], "PRK,USA");
  Json coded =
      Body(c.Post("/api/code", "Japan condemned North Korea's missile launch.", "text/plain"), 200);
  EXPECT_EQ(coded["events"].size(), 1u);
}

TEST_F(ServerTest, ErrorsAreJsonWithTheirStatus) {
  auto c = Client();
  EXPECT_EQ(Body(c.Get("/api/events?quad=7"), 400)["error"],
            "quad: expected 1, 2, 3 or 4, got '7'");
  Body(c.Get("/api/events?nonsense=1"), 400);
  Body(c.Get("/api/nothing"), 404);
  Body(c.Get("/api"), 404);
  auto post = c.Post("/api/events", "x", "text/plain");
  Body(post, 405);
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
  Body(c.Get("/api/code"), 405);
  Body(c.Delete("/index.html"), 405);
  Body(c.Post("/api/code", std::string(100 * 1024, 'a'), "text/plain"), 413);
  Body(c.Post("/api/code", "{", "application/json"), 400);
}

TEST_F(ServerTest, ServesStaticFilesWithTheirTypes) {
  auto c = Client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(index->body.find("<title>dyad</title>"), std::string::npos);
  auto js = c.Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(c.Get("/assets/app.css")->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(c.Get("/assets/font.woff2")->get_header_value("Content-Type"), "font/woff2");
  EXPECT_EQ(c.Get("/assets/")->get_header_value("Content-Type"), "application/json");  // no index
  Body(c.Get("/missing.js"), 404);
}

TEST_F(ServerTest, NeverServesAFileOutsideTheStaticFolder) {
  auto c = Client();
  for (const char* path : {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
                           "/assets/%2E%2E/%2E%2E/secret.txt", "/link.txt"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path;
    EXPECT_EQ(r->body.find("do not serve"), std::string::npos) << path;
  }
}

TEST_F(ServerTest, ManyClientsAtOnce) {
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&] {
      auto c = Client();
      for (int i = 0; i < 10; ++i) {
        auto r = c.Get(i % 2 ? "/api/series?dyad=USA,PRK" : "/api/events?actor=PRK&limit=3");
        if (r && r->status == 200) ++ok;
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(ok, 80);
}

TEST_F(ServerTest, APortInUseIsAnError) {
  ServerOptions options;
  options.db = (*dir_ / "store.db").string();
  options.port = port_;
  auto second = Server::Create(options);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_FALSE((*second)->Bind().ok());
}

TEST(ResolveStaticPathTest, RefusesDotDotAndRelativePaths) {
  EXPECT_FALSE(ResolveStaticPath("/tmp", "/../etc/passwd").ok());
  EXPECT_FALSE(ResolveStaticPath("/tmp", "etc/passwd").ok());
  EXPECT_FALSE(ResolveStaticPath("/tmp", "/a/..").ok());
  EXPECT_FALSE(ResolveStaticPath("/tmp", "/a\\..\\b").ok());
}

TEST(ContentTypeForTest, KnownExtensions) {
  EXPECT_STREQ(ContentTypeFor("a/index.html"), "text/html; charset=utf-8");
  EXPECT_STREQ(ContentTypeFor("x.JSON"), "application/json");
  EXPECT_STREQ(ContentTypeFor("x.svg"), "image/svg+xml");
  EXPECT_STREQ(ContentTypeFor("x.png"), "image/png");
  EXPECT_STREQ(ContentTypeFor("x.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace dyad
