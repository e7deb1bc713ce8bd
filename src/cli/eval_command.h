// `dyad eval GOLD EVENTS`: scores coded events against a gold set (docs/annotation.md) and
// prints the report; exits 1 when a minimum given on the command line is not met.
#ifndef DYAD_CLI_EVAL_COMMAND_H_
#define DYAD_CLI_EVAL_COMMAND_H_

#include <string>

namespace CLI {
class App;
}

namespace dyad {

struct EvalOptions {
  std::string gold, events;
  std::string heldout;  // a file of held-out document ids, one per line
  std::string corpus;   // where the documents are, to quote missed sentences
  bool json = false;
  bool list = true;     // list the misses and false positives
  bool list_heldout = false;  // list them for the held-out part too
  double min_precision = 0, min_recall = 0, min_f1 = 0;  // on the tuned part
};

// Adds the `eval` subcommand to `app`, filling `opts`.
CLI::App* AddEvalCommand(CLI::App* app, EvalOptions* opts);

int RunEval(const EvalOptions& opts);

}  // namespace dyad

#endif  // DYAD_CLI_EVAL_COMMAND_H_
