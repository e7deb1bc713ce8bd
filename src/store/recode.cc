// Matching before/after events: a multimap from identity (sentence, evidence span, source
// code, target code) to the old events; each new event takes the first unused old event
// with its identity.
#include "store/recode.h"

#include <fmt/format.h>

#include <tuple>

namespace dyad {
namespace {

using Identity = std::tuple<int, uint32_t, uint32_t, std::string, std::string>;

Identity IdentityOf(const Event& e) {
  return {e.sentence_index, e.evidence.start, e.evidence.end, e.source.code,
          e.target ? e.target->code : ""};
}

}  // namespace

bool RecodeReport::Compare(const std::vector<Event>& before, const std::vector<Event>& after) {
  ++documents;
  std::multimap<Identity, const Event*> old;
  for (const Event& e : before) old.emplace(IdentityOf(e), &e);
  bool changed = false;
  for (const Event& e : after) {
    auto it = old.find(IdentityOf(e));
    if (it == old.end()) {
      ++total.added;
      ++by_root[e.cameo_root].added;
      changed = true;
      continue;
    }
    const Event& was = *it->second;
    old.erase(it);
    if (was.cameo == e.cameo && was.modality == e.modality) {
      ++total.unchanged;
      ++by_root[e.cameo_root].unchanged;
      continue;
    }
    changed = true;
    ++total.recoded_from;
    ++total.recoded_to;
    ++by_root[was.cameo_root].recoded_from;
    ++by_root[e.cameo_root].recoded_to;
    ++transitions[fmt::format("{} {} -> {} {}", was.cameo, ModalityName(was.modality), e.cameo,
                              ModalityName(e.modality))];
  }
  for (const auto& [id, e] : old) {
    ++total.removed;
    ++by_root[e->cameo_root].removed;
    changed = true;
  }
  if (changed) ++documents_changed;
  return changed;
}

}  // namespace dyad
