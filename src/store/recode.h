// What a recode changed: the coded events of each document before and after, matched by
// where they are (sentence, evidence span) and who acts on whom (source and target
// codes). A match whose CAMEO code or modality differs is "recoded"; an unmatched old
// event is "removed", an unmatched new one "added". Counts are kept per CAMEO root (the
// old root for removed and recoded-from, the new one for added and recoded-to), with the
// code transitions. Pure; thread-compatible.
#ifndef DYAD_STORE_RECODE_H_
#define DYAD_STORE_RECODE_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "dyad/event.h"

namespace dyad {

struct RecodeCounts {
  int64_t added = 0, removed = 0, recoded_from = 0, recoded_to = 0, unchanged = 0;
};

struct RecodeReport {
  int64_t documents = 0;          // documents re-coded
  int64_t documents_changed = 0;  // of which some event changed
  int64_t skipped = 0;            // already coded by these dictionaries (without --all)
  RecodeCounts total;
  std::map<std::string, RecodeCounts> by_root;  // CAMEO root -> counts
  std::map<std::string, int64_t> transitions;   // "111 fact -> 112 fact" -> count

  // Adds one document's comparison; returns true when anything changed.
  bool Compare(const std::vector<Event>& before, const std::vector<Event>& after);
};

}  // namespace dyad

#endif  // DYAD_STORE_RECODE_H_
