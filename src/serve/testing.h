// A small store for the server's tests: two blocs (USA, JPN, KOR and PRK, RUS) that
// cooperate inside and clash across, with a burst of USA -> PRK conflict in the week of
// 2023-10-30 over a quiet baseline. Built with store/testing.h, without the coder.
#ifndef DYAD_SERVE_TESTING_H_
#define DYAD_SERVE_TESTING_H_

#include <string>
#include <vector>

#include "store/store.h"
#include "store/testing.h"

namespace dyad::testing {

// Fills `store` (empty) with 14 events from two documents.
inline Status BuildTwoBlocs(EventStore* store) {
  struct Row {
    const char *source, *target, *cameo, *date;
  };
  const std::vector<Row> latest = {
      {"KOR", "PRK", "111", "2023-10-30"}, {"JPN", "PRK", "111", "2023-10-30"},
      {"USA", "PRK", "111", "2023-10-30"}, {"USA", "PRK", "112", "2023-10-31"},
      {"USA", "PRK", "120", "2023-11-01"}, {"USA", "PRK", "130", "2023-11-02"},
      {"USA", "JPN", "040", "2023-10-30"}, {"USA", "KOR", "040", "2023-10-30"},
      {"JPN", "KOR", "040", "2023-10-31"}, {"PRK", "RUS", "040", "2023-10-30"},
      {"RUS", "PRK", "057", "2023-10-31"}, {"RUS", "USA", "112", "2023-11-01"},
  };
  const std::vector<Row> earlier = {{"USA", "PRK", "111", "2023-10-10"},
                                    {"KOR", "JPN", "040", "2023-09-20"}};
  const Provenance provenance{"0.1.0", "test"};
  for (const auto& [id, rows] : {std::pair{"latest", &latest}, std::pair{"earlier", &earlier}}) {
    std::vector<Event> events;
    for (size_t i = 0; i < rows->size(); ++i) {
      const Row& r = (*rows)[i];
      events.push_back(MakeEvent(id, static_cast<int>(i), r.source, r.target, r.cameo, r.date));
    }
    DYAD_RETURN_IF_ERROR(store->Begin());
    auto outcome = store->Ingest(MakeDocument(id, std::string("text of ") + id, "Wire"),
                                 Coded(std::move(events)), provenance);
    if (!outcome.ok()) return outcome.status();
    DYAD_RETURN_IF_ERROR(store->Commit());
  }
  return Status::Ok();
}

}  // namespace dyad::testing

#endif  // DYAD_SERVE_TESTING_H_
