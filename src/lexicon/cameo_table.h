// The CAMEO event codes with their names, Goldstein scores, QuadClass and PLOVER mapping.
//
// Loaded from data/cameo.tsv (see docs/data-formats.md); immutable afterwards and safe to
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
  size_t size() const { return codes_.size(); }

 private:
  std::map<std::string, CameoCode, std::less<>> codes_;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_CAMEO_TABLE_H_
