// Cross-article de-duplication: which stored mentions are one event.
//
// Two mentions are the same event when they have the same source and target root actors
// (the country, "USA" for USAGOV; an actor with no country keeps its code, "IGOUNO"), the
// same CAMEO code (or root, when the store is made with match = root), the same modality,
// the same date precision, and event days no further apart than the window (default 1
// day). Mentions whose modality differs are never merged: an alleged delivery and a
// confirmed one are different facts. Undated mentions are never merged. A mutual event
// ("A and B signed") matches its mirror image (B, A).
//
// A new mention joins the matching event whose anchor day (the day of its first stored
// mention) is closest, else it starts a new event. The store applies this with an
// indexed probe (store.cc); GroupMentions below is the slow, obvious version the tests
// compare it with. Pure functions; thread-safe.
#ifndef DYAD_STORE_DEDUP_H_
#define DYAD_STORE_DEDUP_H_

#include <optional>
#include <string>
#include <vector>

#include "dyad/event.h"

namespace dyad {

enum class DedupMatch { kCode, kRoot };

struct DedupOptions {
  int window_days = 1;  // 0 merges same-day mentions only
  DedupMatch match = DedupMatch::kCode;
};

// 0 unknown, 1 year, 2 month, 3 day.
int DatePrecision(const Date& d);

// The root of an actor: its country, else its code without the sector suffix.
std::string ActorRoot(const Actor& a);

struct DedupKey {
  std::string source_root, target_root;  // target_root "" when there is no target
  std::string match_code;                // the CAMEO code, or its root
  std::string modality;
  bool mutual = false;
  int precision = 0;
  std::optional<long> day;  // days since 1970-01-01 of the event date's first day
};

DedupKey KeyOf(const Event& e, const DedupOptions& options);

// True when a mention keyed `mention` may join an event anchored at `event`.
bool SameEvent(const DedupKey& event, const DedupKey& mention, const DedupOptions& options);

// Reference grouping of `mentions`, taken in order: the event index of each mention.
std::vector<int> GroupMentions(const std::vector<DedupKey>& mentions, const DedupOptions& options);

// A hash of a document's text, the half of its identity that detects a changed document.
std::string TextHash(std::string_view text);

}  // namespace dyad

#endif  // DYAD_STORE_DEDUP_H_
