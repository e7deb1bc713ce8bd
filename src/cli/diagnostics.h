// What every dyad command shares on the terminal: exit codes and one-line diagnostics
// ("dyad: error: <where>: <reason>", docs/cli.md). Only src/cli/ prints.
#ifndef DYAD_CLI_DIAGNOSTICS_H_
#define DYAD_CLI_DIAGNOSTICS_H_

#include <string>

namespace dyad {

constexpr int kExitOk = 0;       // everything done
constexpr int kExitFatal = 1;    // nothing (more) could be done, or output was lost
constexpr int kExitUsage = 2;    // bad command line
constexpr int kExitPartial = 3;  // some documents failed; the rest were done

// `s` with control characters escaped (\x0a), so a diagnostic stays on one line.
std::string OneLine(const std::string& s);

void Error(const std::string& where, const std::string& reason);
void Warning(const std::string& where, const std::string& reason);

}  // namespace dyad

#endif  // DYAD_CLI_DIAGNOSTICS_H_
