// The documents a command reads: each file named (a .txt file is one document, any other a
// JSON-lines stream, unless --input says which), or standard input when none is named.
#ifndef DYAD_CLI_INPUTS_H_
#define DYAD_CLI_INPUTS_H_

#include <functional>
#include <istream>
#include <string>
#include <vector>

namespace dyad {

// Calls read(stream, name, txt) for standard input (name "stdin") when `files` is empty,
// else for each file (name: the file's stem for .txt, its path otherwise). A directory, an
// unopenable file or a read error is reported through fail(file, reason) and the next
// file follows; `done` names what was not done to the rest of a file ("coded"). Stops
// early when read returns false.
void ForEachInput(const std::vector<std::string>& files, const std::string& input,
                  const char* done,
                  const std::function<void(const std::string&, const std::string&)>& fail,
                  const std::function<bool(std::istream&, const std::string&, bool)>& read);

}  // namespace dyad

#endif  // DYAD_CLI_INPUTS_H_
