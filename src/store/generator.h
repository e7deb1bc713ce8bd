// The synthetic event generator behind `make bench`: realistic-looking stored events at
// scale (1 million by default, 10 million with dyad_store_bench --10m), bulk-loaded with
// the indexes and the text index built afterwards. docs/store.md documents it and the
// disk it needs.
//
// What it makes, deterministically from the seed:
//   - events over `years` years from `first_year`, days uniform;
//   - source and target roots drawn from 60 countries with Zipf(1.1) weights (the busiest
//     dyads hold a few percent of all events, as in GDELT), sectors GOV/MIL/none;
//   - CAMEO codes drawn from data/cameo.tsv with Zipf weights, with their Goldstein,
//     QuadClass and PLOVER values; modality 85% fact, 8% alleged, 5% intended, 1%
//     conditional, 1% negated;
//   - 1.3 mentions per event on average, each in its own sentence of ~15 words drawn from
//     a 5,000-word vocabulary with Zipf weights, in documents of about 5 mentions.
//
//   GeneratorOptions o;
//   o.events = 1'000'000;
//   auto report = GenerateEvents(store.get(), o);
#ifndef DYAD_STORE_GENERATOR_H_
#define DYAD_STORE_GENERATOR_H_

#include <cstdint>
#include <functional>
#include <string>

#include "dyad/status.h"
#include "store/store.h"

namespace dyad {

struct GeneratorOptions {
  int64_t events = 1'000'000;  // about 1 GB of SQLite per million events, indexes included
  uint64_t seed = 1;
  int first_year = 2019;
  int years = 6;
  // Called every 100,000 events with the number done (progress for long runs).
  std::function<void(int64_t)> progress;
};

struct GeneratorReport {
  int64_t events = 0, mentions = 0, sentences = 0, documents = 0;
  double load_seconds = 0;   // rows written
  double index_seconds = 0;  // indexes and text index built
};

// Bulk-loads generated events into an empty `store`.
Result<GeneratorReport> GenerateEvents(EventStore* store, const GeneratorOptions& options);

// The word the bench searches for: a vocabulary word of middling frequency (rank 300),
// and the vocabulary word of rank `rank` in general.
std::string GeneratedWord(int rank);

}  // namespace dyad

#endif  // DYAD_STORE_GENERATOR_H_
