// The records dyad reads and writes: documents in, coded events out.
//
// These are plain value types with no behaviour. An Event owns all its strings, so it may
// outlive the Document and the Coder that produced it. The JSON form of an Event is
// specified in docs/event.schema.json and written by the writers in src/io/.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dyad {

// A calendar date at day, month or year precision ("2023-10-26", "2023-10", "2023").
struct Date {
  int year = 0;
  int month = 0;  // 0 when only the year is known
  int day = 0;    // 0 when only the month is known

  bool valid() const { return year > 0; }
  std::string ToString() const;  // "" when invalid
  bool operator==(const Date&) const = default;
};

// A document to code. `text` is the body (for .txt input, the part after the header).
struct Document {
  std::string id;
  std::string text;
  Date date;  // publication date; invalid when unknown
  std::string title;
  std::string url;
  std::string outlet;
};

// An actor as resolved in one mention.
struct Actor {
  std::string text;     // the mention as written
  std::string code;     // CAMEO-style code: "RUSGOV", "PRK", "IGOUNO"
  std::string name;     // canonical name of the person, organisation or country
  std::string country;  // ISO alpha-3, empty when none
  std::string sector;   // "GOV", "MIL", ...; empty when none
  std::string org;      // "UN", "EU", "INTL", ...; empty when none
};

enum class Modality { kFact, kAlleged, kIntended, kConditional, kNegated };
enum class DateBasis { kExplicit, kRelative, kPublication, kUnknown };

const char* ModalityName(Modality m);
const char* DateBasisName(DateBasis b);

struct Span {
  int sentence_index = 0;
  uint32_t start = 0;  // UTF-8 byte offsets into Document::text, half-open
  uint32_t end = 0;
};

struct Event {
  std::string id;  // "<doc_id>:<sentence_index>:<n>", stable across runs
  std::string doc_id;
  std::string url;
  std::string title;
  int sentence_index = 0;
  std::string sentence;
  Date date;
  DateBasis date_basis = DateBasis::kUnknown;
  Actor source;
  std::optional<Actor> target;
  bool mutual = false;
  std::string cameo;       // "111"
  std::string cameo_root;  // "11"
  std::string cameo_name;
  std::string plover_type;  // empty when the mapping has no row
  std::string plover_mode;
  std::vector<std::string> plover_context;
  int quad_class = 0;
  double goldstein = 0.0;
  Modality modality = Modality::kFact;
  std::optional<Actor> attributed_to;
  std::string location_country;  // empty when unknown
  std::string location_place;
  std::optional<double> location_lat, location_lon;
  std::string evidence_text;
  Span evidence;
  std::vector<Span> mentions;
  std::string rule;  // "data/events/lexicon.tsv:42" or "builtin:<name>"
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
