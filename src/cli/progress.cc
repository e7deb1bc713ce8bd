// Redraws at most five times a second with a carriage return; a bar when the total is
// known, else a running count.
#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace dyad {

Progress::Progress(uint64_t total_bytes)
    : enabled_(isatty(STDERR_FILENO) != 0), total_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
}

void Progress::Update(uint64_t done, uint64_t documents, uint64_t events) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(200)) {
    return;
  }
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double mbps = done / 1e6 / secs;
  if (total_ > 0) {
    int width = 30;
    double frac = std::min(1.0, static_cast<double>(done) / total_);
    std::string bar(static_cast<size_t>(frac * width), '#');
    bar.resize(width, ' ');
    std::fprintf(stderr, "\r[%s] %3.0f%%  %llu docs  %llu events  %.1f MB/s", bar.c_str(),
                 frac * 100, static_cast<unsigned long long>(documents),
                 static_cast<unsigned long long>(events), mbps);
  } else {
    std::fprintf(stderr, "\r%llu docs  %llu events  %.1f MB/s",
                 static_cast<unsigned long long>(documents),
                 static_cast<unsigned long long>(events), mbps);
  }
  drawn_ = true;
}

}  // namespace dyad
