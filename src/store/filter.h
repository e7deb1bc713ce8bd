// The filters of `dyad query events`, `query series`, `export` and the server's
// /api/events: one set of names, parsed once, turned into one parameterised WHERE clause.
//
//   actor     an actor on either side: a root ("RUS") or a code with sector ("RUSGOV")
//   source    the same, source side only
//   target    the same, target side only
//   dyad      "A:B" directed (source A, target B), "A,B" either direction; A and B as actor
//   cameo     a CAMEO code ("112")
//   root      a CAMEO root ("11")
//   plover    a PLOVER type ("ACCUSE")
//   quad      a QuadClass, 1-4
//   modality  fact, alleged, intended, conditional or negated
//   from, to  event date bounds, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)
//   q         words that must all appear in an evidence sentence of the event
//   limit     at most this many events (0: no limit)
//   offset    skip this many events first
//
// Filters apply to an event's representative values (its first mention's); `q` searches
// the sentences of all its mentions. docs/cli.md documents them for users.
#ifndef DYAD_STORE_FILTER_H_
#define DYAD_STORE_FILTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "store/sql.h"

namespace dyad {

struct EventFilter {
  std::string actor, source, target;
  std::string dyad;
  std::string cameo, root, plover;
  int quad = 0;  // 0: any
  std::string modality;
  std::string from, to;
  std::string q;
  int64_t limit = 0;  // 0: no limit
  int64_t offset = 0;
};

// The filter names, in the order above.
const std::vector<std::string>& FilterNames();

// Sets filter `name` to `value`, checking the value. Unknown names are an error.
Status SetFilter(std::string_view name, std::string_view value, EventFilter* filter);

// Checks a filter filled field by field (as the CLI does): the same checks as SetFilter.
Status ValidateFilter(const EventFilter& filter);

// The two roots of a dyad filter, and whether it is directed.
struct DyadSpec {
  std::string a, b;
  bool directed = true;
};
std::optional<DyadSpec> ParseDyad(std::string_view value);

// Inclusive day range of a date bound (days since 1970-01-01): "2023-10" gives its first
// day as a lower bound and its last as an upper bound.
std::optional<long> FirstDay(std::string_view date);
std::optional<long> LastDay(std::string_view date);

// A user's words as a query each engine reads as "all of these words": FTS5 phrase
// tokens ("w1" "w2") or the plain text for PostgreSQL's plainto_tsquery.
std::string TextQuery(std::string_view q, SqlDialect dialect);

// How a WHERE clause with `q` finds the events whose sentences match.
enum class TextPlan {
  kIndexFirst,  // every matching sentence from the text index, then their events
  kProbe,       // each candidate event probes its own sentences (for very common words,
                // with the events walked in date order and a limit)
};

// " WHERE ..." (or "") over table alias `e` (events), appending its parameters.
std::string WhereClause(const EventFilter& filter, SqlDialect dialect, SqlParams* params,
                        TextPlan text_plan = TextPlan::kIndexFirst);

}  // namespace dyad

#endif  // DYAD_STORE_FILTER_H_
