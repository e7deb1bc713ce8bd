// Date expressions in text: absolute ("October 26, 2023", "26 Oct 2023", "October 2023",
// "2023-10-26") and relative to the publication date ("on Tuesday", "yesterday"; "last
// week" and "earlier this month" at month precision, "last year" at year precision).
//
// Pure functions over tokens; thread-safe.
#ifndef DYAD_CODING_DATES_H_
#define DYAD_CODING_DATES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "text/tokenize.h"

namespace dyad {

struct DateMention {
  uint32_t first = 0;  // token range, half-open
  uint32_t end = 0;
  Date date;
  DateBasis basis = DateBasis::kExplicit;
  // The year was not written and was taken as the year before publication's ("on June 12"
  // in a text of May 10): for an act announced, the coming date is meant.
  bool year_before = false;
  // A weekday taken as the last one on or before publication: an act announced is on the
  // next one after it.
  bool weekday = false;
};

// Appends the date expressions in tokens[first, end) to `out`. `publication` (may be
// invalid) completes a missing year and anchors relative expressions; relative
// expressions are skipped unless it is known to the day.
void FindDates(const std::vector<Token>& tokens, uint32_t first, uint32_t end,
               const Date& publication, std::vector<DateMention>* out);

// The first date with at least a month and a year in the opening `max_bytes` of a text: a dateline or
// byline such as "written by X | October 30, 2023". Invalid when there is none.
Date FindDatelineDate(std::string_view text, size_t max_bytes = 400);

}  // namespace dyad

#endif  // DYAD_CODING_DATES_H_
