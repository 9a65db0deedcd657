// A compact open-addressing hash table from words to a small value, for the
// tagging model's 44,000 words: one flat array of slots (no node per word), so
// a lookup is usually one cache line plus the key comparison. Keys are views
// into storage the owner keeps alive. Built once, then read by all threads.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace sitrep {

template <class Value>
class WordTable {
public:
    // Room for `n` more entries without growing.
    void reserve(size_t n) {
        size_t capacity = slots_.empty() ? 64 : slots_.size();
        while ((size_ + n) * 2 > capacity) capacity *= 2;
        if (capacity != slots_.size()) rehash(capacity);
    }

    // Adds key -> value unless the key is already there (the first one stays).
    void insert(std::string_view key, const Value& value) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        const uint32_t h = hash(key);
        size_t i = h & mask();
        while (slots_[i].key) {
            if (slots_[i].hash == h && equal(slots_[i], key)) return;
            i = (i + 1) & mask();
        }
        slots_[i] = {key.data() ? key.data() : "", h, static_cast<uint32_t>(key.size()), value};
        ++size_;
    }

    const Value* find(std::string_view key) const {
        if (slots_.empty()) return nullptr;
        const uint32_t h = hash(key);
        for (size_t i = h & mask();; i = (i + 1) & mask()) {
            const Slot& s = slots_[i];
            if (!s.key) return nullptr;
            if (s.hash == h && equal(s, key)) return &s.value;
        }
    }

    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    // Calls f(key, value) for every entry, in no particular order.
    template <class F>
    void for_each(F&& f) const {
        for (const Slot& s : slots_)
            if (s.key) f(std::string_view(s.key, s.length), s.value);
    }

private:
    struct Slot {
        const char* key = nullptr;  // null: empty slot
        uint32_t hash = 0;
        uint32_t length = 0;
        Value value{};
    };

    // FNV-1a: short words, no setup cost.
    static uint32_t hash(std::string_view key) {
        uint32_t h = 2166136261u;
        for (unsigned char c : key) h = (h ^ c) * 16777619u;
        return h;
    }
    static bool equal(const Slot& s, std::string_view key) {
        return s.length == key.size() && std::memcmp(s.key, key.data(), key.size()) == 0;
    }
    size_t mask() const { return slots_.size() - 1; }

    void grow() { rehash(slots_.empty() ? 64 : slots_.size() * 2); }

    void rehash(size_t capacity) {
        std::vector<Slot> old;
        old.swap(slots_);
        slots_.assign(capacity, Slot{});
        size_ = 0;
        for (const Slot& s : old)
            if (s.key) insert(std::string_view(s.key, s.length), s.value);
    }

    std::vector<Slot> slots_;
    size_t size_ = 0;
};

}  // namespace sitrep
