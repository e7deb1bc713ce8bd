// Writing stored events: the store's own jsonl and csv (what `dyad query events` prints),
// and the interchange formats of `dyad export`: the GDELT 2.0 event table (61
// tab-separated columns), PLOVER JSON lines, and dyad's CAMEO TSV. docs/store.md gives
// every column. Pure functions appending to a string; thread-safe.
#ifndef DYAD_STORE_EXPORT_H_
#define DYAD_STORE_EXPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "store/series.h"
#include "store/store.h"

namespace dyad {

// One JSON object per event; with `with_mentions`, its "mentions" array too.
void AppendStoredEventJson(const StoredEvent& e, bool with_mentions, std::string* out);

// CSV (RFC 4180). Without mentions one row per event; with them one row per mention, the
// event's columns repeated.
std::string StoredEventCsvHeader(bool with_mentions);
void AppendStoredEventCsv(const StoredEvent& e, bool with_mentions, std::string* out);

// The 61 column names of the GDELT 2.0 event table, in order.
const std::vector<std::string>& GdeltColumns();
// One GDELT row: what dyad knows, empty where it knows nothing (tone, ethnicity, religion,
// actor geography, FIPS codes). GlobalEventID is the store's event key.
void AppendGdeltRow(const StoredEvent& e, std::string* out);

// One PLOVER record (PLOVER manual, "JSON Data Fields"), one line.
void AppendPloverJson(const StoredEvent& e, std::string* out);

// `dyad code --format cameo-tsv`'s nine columns, for the representative mention.
void AppendCameoTsv(const StoredEvent& e, std::string* out);

// Series rows.
std::string SeriesCsvHeader();
void AppendSeriesCsv(const SeriesRow& row, std::string* out);
void AppendSeriesJson(const SeriesRow& row, std::string* out);

// A CSV field, quoted when it needs to be.
void AppendCsvField(std::string_view s, std::string* out);

}  // namespace dyad

#endif  // DYAD_STORE_EXPORT_H_
