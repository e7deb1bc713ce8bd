// Files embedded into the binary at build time: the data/ dictionaries and the Debian
// reference data they build on (iso-codes, WordNet exception lists, tagger tables).
//
// The bytes live in read-only memory for the life of the process, so the returned views
// never dangle. Thread-safe.
#ifndef DYAD_BASE_EMBEDDED_H_
#define DYAD_BASE_EMBEDDED_H_

#include <optional>
#include <string_view>
#include <vector>

namespace dyad {

// Returns the embedded file called `name` ("data/cameo.tsv", "wordnet/verb.exc").
std::optional<std::string_view> EmbeddedFile(std::string_view name);

// Names of all embedded files, in build order.
std::vector<std::string_view> EmbeddedFileNames();

}  // namespace dyad

#endif  // DYAD_BASE_EMBEDDED_H_
