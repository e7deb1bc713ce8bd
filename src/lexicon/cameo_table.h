// The CAMEO event codes with their names, Goldstein scores, QuadClass and PLOVER mapping.
//
// Loaded from data/cameo.tsv and data/intent.tsv (see docs/data-formats.md); immutable afterwards and safe to
// share between threads.
//
//   auto table = CameoTable::Load(&source);
//   const CameoCode* c = (*table)->Find("111");  // "Criticize or denounce", -2.0, quad 3
#ifndef DYAD_LEXICON_CAMEO_TABLE_H_
#define DYAD_LEXICON_CAMEO_TABLE_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/data_source.h"
#include "dyad/status.h"

namespace dyad {

struct CameoCode {
  std::string code;
  std::string root;  // first two digits
  std::string name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_type;  // empty when unmapped
  std::string plover_mode;
  std::vector<std::string> plover_context;
};

class CameoTable {
 public:
  static Result<std::unique_ptr<CameoTable>> Load(DataSource* source);
  // nullptr when `code` is not a CAMEO code.
  const CameoCode* Find(std::string_view code) const;
  // What `code` becomes when the act is only intended or conditional (data/intent.tsv):
  // 163 -> 1312 (a threat of sanctions), 072 -> 0332 (an intent to give military aid).
  // Returns `code` itself when no prefix of it has a row.
  // `rule`, when given, is set to the row used ("data/intent.tsv:12"), or cleared.
  const CameoCode* IntentOf(const CameoCode& code, std::string* rule = nullptr) const;
  size_t size() const { return codes_.size(); }

 private:
  std::map<std::string, CameoCode, std::less<>> codes_;
  struct Intent {
    const CameoCode* code;
    std::string rule;
  };
  std::map<std::string, Intent, std::less<>> intent_;  // act prefix -> code
};

}  // namespace dyad

#endif  // DYAD_LEXICON_CAMEO_TABLE_H_
