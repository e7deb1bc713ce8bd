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
  // Actor and agent dictionaries in the TABARI/PETRARCH format (file paths), added to the
  // built-in ones, or used alone when `replace_dictionaries` is set. The full Phoenix set
  // loads in well under a second and a few hundred MB at most.
  std::vector<std::string> actor_files;
  std::vector<std::string> agent_files;
  // PETRARCH-2 verb dictionaries (file paths), whose patterns are added to the built-in
  // event lexicon, or used alone when `replace_dictionaries` is set and at least one is
  // given. CAMEO.2.0.txt adds about 40 ms to the load and 8 MB.
  std::vector<std::string> verb_files;
  // PETRARCH discard lists (file paths): a sentence holding a sentence-level phrase, or a
  // document holding a story-level ('+') one, yields no events. Empty by default; with
  // lists loaded, coding scans each document once more (a few hash probes a token).
  std::vector<std::string> discard_files;
  bool replace_dictionaries = false;
  // Documents larger than this are rejected with an error rather than coded. Default
  // 8 MiB; coding keeps about 45 bytes of per-thread scratch per input byte. Values above
  // 1 GiB are treated as 1 GiB (offsets are 32-bit).
  size_t max_document_bytes = 8u << 20;
};

// What coding one document produced.
struct DocumentResult {
  std::vector<Event> events;
  std::vector<std::string> warnings;  // e.g. "skipped: language is French"
  int sentences = 0;                  // sentences in the body
  bool skipped = false;               // true when the document was not coded (language)
};

// The pipeline's view of a document, for `dyad explain`: what each stage saw and decided.
struct Trace {
  struct Token {
    std::string text, tag, lemma;  // tag: Penn Treebank; lemma empty when it is the word
  };
  struct Mention {
    std::string text, code, name;
    std::string via;    // "dictionary", "pronoun", "group", "speaker"
    std::string entry;  // dictionary line ("data/actors/people.tsv:11", "iso-codes")
    std::string role;   // for a person: the dated role that gave the code
    uint32_t start = 0, end = 0;  // UTF-8 byte offsets into the document text
    // "actor"; or "place" ("in Yemen"), "modifier" ("Russian invasion"), "heading" (a line
    // with no verb): names that do not act in the sentence and so take no role.
    std::string use;
  };
  struct Candidate {
    std::string evidence, pattern, rule, code;
    std::string modality;  // as found from the cues before the anchor
    std::string outcome;   // "coded" or why it was dropped
    std::string roles;     // for coded events: "source: ...; target: ...; attributed to: ..."
  };
  struct Sentence {
    int index = 0;
    std::string text;
    bool deep = false;  // tagged and matched (it holds an actor or a reference and an anchor)
    std::vector<Token> tokens;
    // Noun groups [NP ...], verb groups [VP ...] and clause breaks ||, as the role rules see
    // them: "[NP South Korea] , [NP Japan] ... [VP strongly condemned] [NP North Korea 's]".
    std::string chunks;
    std::vector<Mention> mentions;
    std::vector<Candidate> candidates;
  };
  std::vector<Sentence> sentences;
};

class Coder {
 public:
  static Result<std::unique_ptr<Coder>> Create(const CoderOptions& options);
  virtual ~Coder() = default;

  // Codes `doc` into `out` (cleared first). Errors: invalid UTF-8, an empty or oversized
  // document. A document with no events is not an error.
  virtual Status Code(const Document& doc, DocumentResult* out) const = 0;

  // Code() that also records every stage's view in `trace` (slower; for explaining).
  virtual Status Explain(const Document& doc, DocumentResult* out, Trace* trace) const = 0;

  // A fingerprint of the loaded dictionaries (hex), for provenance.
  virtual std::string DictionaryFingerprint() const = 0;
};

// The library version, "MAJOR.MINOR.PATCH".
const char* Version();

}  // namespace dyad

#endif  // DYAD_CODER_H_
