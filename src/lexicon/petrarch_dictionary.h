// Reading actor and agent dictionaries in the TABARI/PETRARCH format, as they are.
//
// Actor files ("Phoenix.Countries.actors.txt"): an entry is a name line, `+` synonym lines
// and codes, either on the name line or on indented lines, optionally date-restricted:
//   SERGEY_LAVROV_  # comment
//   +LAVROV
//       [RUSGOV 19940922-20040712]
//       [RUSGOV >20040309]
// Agent files ("Phoenix.agents.txt"): `NAME [~GOV]` lines, with `!MINIST! = MINISTER,
// MINISTRY` lines defining substitutions used inside names. Underscores are spaces; the
// TABARI stem convention (a name without a final "_" also matches longer words) is not
// followed: names match whole words. Dates are YYYYMMDD or YYMMDD (YY < 30 is 20YY).
// Pure functions; thread-safe.
#ifndef DYAD_LEXICON_PETRARCH_DICTIONARY_H_
#define DYAD_LEXICON_PETRARCH_DICTIONARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct PetrarchCode {
  std::string code;  // "RUSGOV"
  Date start, end;   // invalid: unbounded on that side
};

struct PetrarchActor {
  std::vector<std::string> names;  // "Sergey Lavrov", "Lavrov": spaces, Title Case
  std::vector<PetrarchCode> codes;
  int line = 0;  // of the first name
};

struct PetrarchAgent {
  std::vector<std::string> names;  // lowercase, substitutions expanded
  std::string code;                // "GOV" (the ~ removed)
  int line = 0;
};

// Parses an actor file; `name` prefixes error messages ("file:line: reason"). A code with
// an unreadable date is dropped and reported in `warnings` (may be null); a line that
// cannot be read at all is an error.
Result<std::vector<PetrarchActor>> ParsePetrarchActors(std::string_view name,
                                                       std::string_view text,
                                                       std::vector<std::string>* warnings = nullptr);
Result<std::vector<PetrarchAgent>> ParsePetrarchAgents(std::string_view name,
                                                       std::string_view text);

}  // namespace dyad

#endif  // DYAD_LEXICON_PETRARCH_DICTIONARY_H_
