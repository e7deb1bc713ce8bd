// Looks files up in the table that cmake/embed.cmake generates; a linear scan over a few
// dozen names, done only at load time.
#include "base/embedded.h"

#include "base/embedded_table.h"

namespace dyad {

std::optional<std::string_view> EmbeddedFile(std::string_view name) {
  for (int i = 0; i < kEmbeddedFileCount; ++i) {
    const EmbeddedEntry& e = kEmbeddedFiles[i];
    if (name == e.name) return std::string_view(e.begin, e.end - e.begin);
  }
  return std::nullopt;
}

std::vector<std::string_view> EmbeddedFileNames() {
  std::vector<std::string_view> names;
  for (int i = 0; i < kEmbeddedFileCount; ++i) names.emplace_back(kEmbeddedFiles[i].name);
  return names;
}

}  // namespace dyad
