// Scoring coded events against a hand-annotated gold set (docs/annotation.md).
//
// The unit is a dyad in a sentence: (source root, target root, CAMEO root), where an
// actor's root is its country ("USA" for USAGOV) or its organisation ("IGO:UN"). A gold
// record with several sources or targets stands for every pair; a mutual record (no target)
// for every unordered pair of its sources. A coded event matches a gold dyad when its
// evidence lies in the gold sentence and the three roots agree; each gold dyad is used
// once; coded events of one event word with the same three roots ("congratulates the
// Government of Colombia and the ELN") count once. An event whose restatements were merged
// is in every sentence that tells it.
// Optional gold dyads are neither missed nor false when coded.
//
//   Result<std::vector<GoldEvent>> gold = ParseGold(gold_text);
//   Result<std::vector<Event>> coded = ParseCodedEvents(events_text);
//   EvalReport r = Evaluate(*gold, *coded, heldout_docs);
#ifndef DYAD_EVAL_EVAL_H_
#define DYAD_EVAL_EVAL_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct GoldEvent {
  std::string doc_id;
  uint32_t start = 0, end = 0;  // the sentence, byte offsets into the document body
  std::vector<std::string> source, target;  // "USA", "RUS:GOV", "IGO:UN"
  std::string cameo;
  std::vector<std::string> cameo_alts;
  std::string date;      // "2023-10-26", "2023-10" or "2023"
  std::string modality;  // "fact", "alleged", ...
  bool optional = false;
  int line = 0;          // in the gold file
};

// The gold file, one JSON record per line; an error names the line.
Result<std::vector<GoldEvent>> ParseGold(std::string_view text);

// dyad's event lines (docs/event.schema.json); an error names the line.
Result<std::vector<Event>> ParseCodedEvents(std::string_view text);

// The root of an actor as the gold writes it: "USA" for "USA:GOV", "IGO:UN" stays.
std::string GoldRoot(std::string_view actor);

struct EvalCounts {
  int true_pos = 0, false_pos = 0, false_neg = 0;
  int exact_code = 0, same_modality = 0, same_date = 0;  // among the true positives
  double precision() const;
  double recall() const;
  double f1() const;
};

struct EvalItem {  // a miss or a false positive, for the report
  std::string doc_id;
  uint32_t start = 0, end = 0;     // the gold sentence, or the event's evidence
  std::string source, target, cameo;
  std::string sentence;            // the event's sentence (false positives only)
  int gold_line = 0;               // misses only
};

struct EvalReport {
  EvalCounts all, tuned, heldout;
  std::vector<EvalItem> misses, false_positives;
  int gold_documents = 0;
};

// Scores `coded` against `gold`, on the documents the gold names (events in other
// documents are ignored). `heldout` names the documents of the held-out part.
EvalReport Evaluate(const std::vector<GoldEvent>& gold, const std::vector<Event>& coded,
                    const std::set<std::string>& heldout);

}  // namespace dyad

#endif  // DYAD_EVAL_EVAL_H_
