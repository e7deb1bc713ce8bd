// Coder: the whole pipeline from a document's text to coded events.
//
// A Coder is built once from the compiled dictionaries (embedded in the binary, or read
// from a data directory) and is then immutable: Code() is const and may be called from
// many threads at once. Loading takes tens of milliseconds; coding is allocation-light.
//
//   auto coder = dyad::Coder::Create(dyad::CoderOptions{});
//   if (!coder.ok()) return coder.status();
//   dyad::DocumentResult out;
//   dyad::Status s = (*coder)->Code(doc, &out);
//   for (const dyad::Event& e : out.events) ...
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct CoderOptions {
  // Directory laid out like the repository's data/ folder. Empty (the default) uses the
  // dictionaries embedded at build time.
  std::string data_dir;
  // Skip documents that are not in English (CLD2). Default true; costs ~30 us/document.
  bool detect_language = true;
  // Documents larger than this are rejected with an error rather than coded.
  size_t max_document_bytes = 8u << 20;
};

// What coding one document produced.
struct DocumentResult {
  std::vector<Event> events;
  std::vector<std::string> warnings;  // e.g. "skipped: language is French"
  int sentences = 0;                  // sentences in the body
  bool skipped = false;               // true when the document was not coded (language)
};

class Coder {
 public:
  static Result<std::unique_ptr<Coder>> Create(const CoderOptions& options);
  virtual ~Coder() = default;

  // Codes `doc` into `out` (cleared first). Errors: invalid UTF-8, an empty or oversized
  // document. A document with no events is not an error.
  virtual Status Code(const Document& doc, DocumentResult* out) const = 0;

  // A fingerprint of the loaded dictionaries (hex), for provenance.
  virtual std::string DictionaryFingerprint() const = 0;
};

// The library version, "MAJOR.MINOR.PATCH".
const char* Version();

}  // namespace dyad

#endif  // DYAD_CODER_H_
