// Helpers shared by the SQL backends: parameter text forms and placeholder numbering.
#include "store/sql.h"

#include <fmt/format.h>

namespace dyad {

std::string SqlValue::ToText() const {
  switch (type_) {
    case Type::kNull:
      return "";
    case Type::kInt:
      return std::to_string(int_);
    case Type::kDouble:
      return fmt::format("{}", double_);
    case Type::kText:
      return text_;
  }
  return "";
}

Result<std::optional<int64_t>> SqlDatabase::QueryInt(std::string_view sql,
                                                     const SqlParams& params) {
  std::optional<int64_t> out;
  bool first = true;
  Status s = Query(sql, params, [&](const SqlRow& row) {
    if (first && row.size() > 0 && !row.IsNull(0)) out = row.Int(0);
    first = false;
  });
  if (!s.ok()) return s;
  return out;
}

std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out.push_back(c);
    } else if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '?') {
      out += "$" + std::to_string(++n);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace dyad
