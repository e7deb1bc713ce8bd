// DataSource: the one seam through which the library reads dictionary files.
//
// Names are repository-relative ("data/cameo.tsv", "data/events/lexicon.tsv") or name a
// Debian reference file ("wordnet/verb.exc"). Files under "data/" come from the data
// directory when one is given, else from the copies embedded at build time; the others
// always come from the embedded copies. Tests inject files with AddForTesting().
// Not thread-safe while loading; the returned views live as long as the DataSource.
#ifndef DYAD_BASE_DATA_SOURCE_H_
#define DYAD_BASE_DATA_SOURCE_H_

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

class DataSource {
 public:
  // `data_dir` empty means: embedded data only.
  explicit DataSource(std::string data_dir = "") : data_dir_(std::move(data_dir)) {}

  // The contents of `name`, or NotFound.
  Result<std::string_view> Read(std::string_view name);

  // The contents of a file named by its path (a user's dictionary), kept for the life of
  // the DataSource.
  Result<std::string_view> ReadPath(const std::string& path);

  // Names of the available files whose name starts with `prefix`, sorted.
  std::vector<std::string> List(std::string_view prefix) const;

  // Makes `name` read as `contents`, overriding every other source.
  void AddForTesting(std::string name, std::string contents);

 private:
  std::string data_dir_;
  std::map<std::string, std::string, std::less<>> overrides_;
  std::deque<std::string> owned_;  // contents read from disk, stable addresses
};

// Calls fn(line) for every line of `text` (without its '\n'), in order.
template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    fn(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
}

// Calls fn(line_number, fields) for every non-comment, non-blank line of a TSV text.
// Fields are views into `text`. Stops at the first non-ok Status and returns it, with the
// message prefixed by "name:line: ".
template <typename Fn>
Status ForEachTsvLine(std::string_view name, std::string_view text, Fn&& fn) {
  int line_no = 0;
  std::vector<std::string_view> fields;
  Status status;
  ForEachLine(text, [&](std::string_view line) {
    ++line_no;
    if (!status.ok()) return;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') return;
    fields.clear();
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status s = fn(line_no, fields);
    if (!s.ok()) {
      status = Status::InvalidArgument(std::string(name) + ":" + std::to_string(line_no) + ": " +
                                       s.message());
    }
  });
  return status;
}

// Splits a `|`-separated list; "-" and "" give an empty list. Values are trimmed.
std::vector<std::string_view> SplitList(std::string_view field);

}  // namespace dyad

#endif  // DYAD_BASE_DATA_SOURCE_H_
