// FlatMap64: an open-addressing hash map from 64-bit hash keys to small values, for the
// lookups on the hot path (one probe per token in the common case).
//
// Keys are already well-mixed hashes (HashLower, HashCombine), so the slot is taken from
// the key's low bits directly; collisions probe linearly. Built once at load, read-only
// afterwards: concurrent Find() calls are safe, Insert() is not. Memory: 16 bytes per slot
// at a load factor of at most one half.
//
//   FlatMap64<uint32_t> m;
//   m.Insert(HashLower("korea"), 7);
//   const uint32_t* v = m.Find(HashLower("Korea"));
#ifndef DYAD_BASE_FLAT_MAP_H_
#define DYAD_BASE_FLAT_MAP_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace dyad {

template <typename V>
class FlatMap64 {
 public:
  // Returns the value for `key`, or nullptr.
  const V* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    key = Fix(key);
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s.value;
      if (s.key == 0) return nullptr;
    }
  }
  V* Find(uint64_t key) {
    return const_cast<V*>(static_cast<const FlatMap64*>(this)->Find(key));
  }
  bool Contains(uint64_t key) const { return Find(key) != nullptr; }

  // Inserts `value` unless `key` is present; returns the stored value either way.
  V& Insert(uint64_t key, V value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    key = Fix(key);
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) {
        s.key = key;
        s.value = std::move(value);
        ++size_;
        return s.value;
      }
    }
  }

  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;  // 0 marks an empty slot
    V value{};
  };
  static uint64_t Fix(uint64_t key) { return key == 0 ? 0x9e3779b97f4a7c15ull : key; }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (Slot& s : old) {
      if (s.key != 0) Insert(s.key, std::move(s.value));
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_BASE_FLAT_MAP_H_
