// A progress line on stderr for long runs, shown only when stderr is a terminal and the
// run has lasted over a second. Not thread-safe; one per run.
#ifndef DYAD_CLI_PROGRESS_H_
#define DYAD_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>

namespace dyad {

class Progress {
 public:
  // `total_bytes` 0 means unknown (stdin): the line then shows counts and rates only.
  explicit Progress(uint64_t total_bytes);
  ~Progress();  // clears the line

  void Update(uint64_t bytes_done, uint64_t documents, uint64_t events);

 private:
  bool enabled_;
  uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace dyad

#endif  // DYAD_CLI_PROGRESS_H_
