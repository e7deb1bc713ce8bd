// Writing events: JSON lines (docs/event.schema.json) and PETRARCH-style CAMEO TSV.
//
// Pure functions that append to a string, so callers batch output and choose when to
// flush. Thread-safe.
#ifndef DYAD_IO_WRITER_H_
#define DYAD_IO_WRITER_H_

#include <string>
#include <string_view>

#include "dyad/event.h"

namespace dyad {

// Appends one JSON object and a newline.
void AppendEventJson(const Event& e, std::string* out);

// Appends one line: date, source code, target code, CAMEO code, root, QuadClass,
// Goldstein, doc id, sentence index (tab-separated; an empty target is "").
void AppendEventTsv(const Event& e, std::string* out);

// Appends `s` as a JSON string literal, quotes included.
void AppendJsonString(std::string_view s, std::string* out);

// Appends `s` as a JSON string, or null when it is empty.
void AppendJsonStringOrNull(std::string_view s, std::string* out);

// The parts of an event's JSON that other records share (the event store's): the code
// fields, "cameo" through "goldstein" without braces or a leading comma, and the location
// object (or null).
void AppendCodeJson(const Event& e, std::string* out);
void AppendLocationJson(const Event& e, std::string* out);

}  // namespace dyad

#endif  // DYAD_IO_WRITER_H_
