// Reading documents: one JSON object per line (.jsonl) or one plain-text file (.txt).
//
// Pure functions over bytes; the CLI does the file and stream handling. A problem that
// makes a document unusable is an error Status; a problem the document survives (an
// unreadable date) is a warning and the document is still returned.
//
//   Document doc;
//   std::vector<std::string> warnings;
//   Status s = ParseJsonLine(line, &doc, &warnings);
#ifndef DYAD_IO_READER_H_
#define DYAD_IO_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

// {"id": "...", "text": "...", "date": "YYYY[-MM[-DD]]", "title", "url", "outlet"}.
// `id` and `text` are required strings (a numeric id is accepted and printed as is).
Status ParseJsonLine(std::string_view line, Document* doc, std::vector<std::string>* warnings);

// A .txt document: optional "KEY: value" header lines (URL, TITLE, DATE, LICENSE, OUTLET)
// ended by a blank line, then the body. `id` is usually the file name without extension.
Status ParseTxt(std::string_view id, std::string_view contents, Document* doc,
                std::vector<std::string>* warnings);

}  // namespace dyad

#endif  // DYAD_IO_READER_H_
