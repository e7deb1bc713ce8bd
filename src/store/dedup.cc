// The dedup rule as plain functions; see dedup.h. The reference grouping is quadratic and
// exists to check the store's indexed version against it.
#include "store/dedup.h"

#include <fmt/format.h>

#include <cstdlib>

#include "base/date.h"

namespace dyad {

int DatePrecision(const Date& d) {
  if (!d.valid()) return 0;
  if (d.month == 0) return 1;
  if (d.day == 0) return 2;
  return 3;
}

std::string ActorRoot(const Actor& a) {
  if (!a.country.empty()) return a.country;
  std::string code = a.code;
  if (!a.sector.empty() && code.size() > a.sector.size() &&
      code.compare(code.size() - a.sector.size(), a.sector.size(), a.sector) == 0) {
    code.resize(code.size() - a.sector.size());
  }
  return code;
}

DedupKey KeyOf(const Event& e, const DedupOptions& options) {
  DedupKey k;
  k.source_root = ActorRoot(e.source);
  k.target_root = e.target ? ActorRoot(*e.target) : "";
  k.match_code = options.match == DedupMatch::kRoot ? e.cameo_root : e.cameo;
  k.modality = ModalityName(e.modality);
  k.mutual = e.mutual;
  k.precision = DatePrecision(e.date);
  if (k.precision > 0) k.day = DaysFromCivil(e.date);
  return k;
}

bool SameEvent(const DedupKey& event, const DedupKey& mention, const DedupOptions& options) {
  if (!event.day || !mention.day) return false;
  if (event.match_code != mention.match_code || event.modality != mention.modality ||
      event.mutual != mention.mutual || event.precision != mention.precision) {
    return false;
  }
  bool same_roots =
      event.source_root == mention.source_root && event.target_root == mention.target_root;
  bool mirrored = mention.mutual && event.source_root == mention.target_root &&
                  event.target_root == mention.source_root;
  if (!same_roots && !mirrored) return false;
  return std::labs(*event.day - *mention.day) <= options.window_days;
}

std::vector<int> GroupMentions(const std::vector<DedupKey>& mentions, const DedupOptions& options) {
  std::vector<int> out;
  std::vector<const DedupKey*> anchors;  // the first mention of each event
  for (const DedupKey& m : mentions) {
    int best = -1;
    long best_distance = 0;
    for (size_t i = 0; i < anchors.size(); ++i) {
      if (!SameEvent(*anchors[i], m, options)) continue;
      long distance = std::labs(*anchors[i]->day - *m.day);
      if (best < 0 || distance < best_distance) {
        best = static_cast<int>(i);
        best_distance = distance;
      }
    }
    if (best < 0) {
      best = static_cast<int>(anchors.size());
      anchors.push_back(&m);
    }
    out.push_back(best);
  }
  return out;
}

std::string TextHash(std::string_view text) {
  // Two independent 64-bit FNV-1a lanes: 128 bits, enough to tell edits apart.
  uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
  for (unsigned char c : text) {
    a = (a ^ c) * 0x100000001b3ull;
    b = (b ^ static_cast<unsigned char>(c + 0x5b)) * 0x100000001b3ull;
  }
  return fmt::format("{:016x}{:016x}", a, b);
}

}  // namespace dyad
