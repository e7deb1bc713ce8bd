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

// HashFilter: one bit per value of a hash's top 16 bits (8 KiB), set for every key of a
// table. A clear bit proves a key absent in one load, before the table is probed: for the
// lookups most tokens fail (does a name, a pattern, a lemma start here?). No false
// negatives; false positives grow as the table fills, so it suits tables of thousands of
// keys, not millions. Read-only after the Add() calls; concurrent MayContain() is safe.
class HashFilter {
 public:
  void Add(uint64_t key) { bits_[key >> 54] |= uint64_t{1} << ((key >> 48) & 63); }
  bool MayContain(uint64_t key) const { return (bits_[key >> 54] >> ((key >> 48) & 63)) & 1; }

 private:
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(1024, 0);
};

// A FlatMap64 behind a HashFilter: Find() of an absent key usually costs one load.
template <typename V>
class FilteredFlatMap64 {
 public:
  const V* Find(uint64_t key) const { return filter_.MayContain(key) ? map_.Find(key) : nullptr; }
  bool Contains(uint64_t key) const { return Find(key) != nullptr; }
  // Whether `key` may be present (no false negatives): the filter alone.
  bool MayContain(uint64_t key) const { return filter_.MayContain(key); }

  V& Insert(uint64_t key, V value) {
    filter_.Add(key);
    return map_.Insert(key, std::move(value));
  }
  size_t size() const { return map_.size(); }

 private:
  FlatMap64<V> map_;
  HashFilter filter_;
};

}  // namespace dyad

#endif  // DYAD_BASE_FLAT_MAP_H_
