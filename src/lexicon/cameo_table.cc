// Reads the seven columns of data/cameo.tsv into an ordered map keyed by code, and the
// intent table into a map from code prefix to code.
#include "lexicon/cameo_table.h"

#include <charconv>

namespace dyad {

Result<std::unique_ptr<CameoTable>> CameoTable::Load(DataSource* source) {
  constexpr std::string_view kName = "data/cameo.tsv";
  Result<std::string_view> text = source->Read(kName);
  if (!text.ok()) return text.status();
  auto table = std::make_unique<CameoTable>();
  Status s = ForEachTsvLine(kName, *text, [&](int, const std::vector<std::string_view>& f) {
    if (f.size() != 7) return Status::InvalidArgument("expected 7 columns");
    CameoCode c;
    c.code = std::string(f[0]);
    if (c.code.size() < 2 || c.code.size() > 4) return Status::InvalidArgument("bad code");
    c.root = c.code.substr(0, 2);
    c.name = std::string(f[1]);
    c.goldstein = std::strtod(std::string(f[2]).c_str(), nullptr);
    std::from_chars(f[3].data(), f[3].data() + f[3].size(), c.quad_class);
    if (f[4] != "-") c.plover_type = std::string(f[4]);
    if (f[5] != "-") c.plover_mode = std::string(f[5]);
    for (std::string_view ctx : SplitList(f[6])) c.plover_context.emplace_back(ctx);
    table->codes_.emplace(c.code, std::move(c));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (table->codes_.empty()) return Status::DataLoss("data/cameo.tsv has no codes");
  constexpr std::string_view kIntent = "data/intent.tsv";
  Result<std::string_view> intent = source->Read(kIntent);
  if (!intent.ok()) return intent.status();
  DYAD_RETURN_IF_ERROR(ForEachTsvLine(kIntent, *intent, [&](int line, const auto& f) {
    if (f.size() != 2) return Status::InvalidArgument("expected 2 columns");
    const CameoCode* to = table->Find(f[1]);
    if (!to) return Status::InvalidArgument("unknown CAMEO code " + std::string(f[1]));
    table->intent_.emplace(std::string(f[0]),
                           Intent{to, std::string(kIntent) + ":" + std::to_string(line)});
    return Status::Ok();
  }));
  return table;
}

const CameoCode* CameoTable::IntentOf(const CameoCode& code, std::string* rule) const {
  if (rule) rule->clear();
  for (size_t len = code.code.size(); len >= 2; --len) {
    auto it = intent_.find(std::string_view(code.code).substr(0, len));
    if (it != intent_.end()) {
      if (rule) *rule = it->second.rule;
      return it->second.code;
    }
  }
  return &code;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad
