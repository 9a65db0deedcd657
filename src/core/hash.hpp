// The two small hashes the batch merger, the store and the batch API share:
// FNV-1a over bytes and splitmix64's finaliser to spread a 64-bit value.
#pragma once
#include <cstdint>
#include <string_view>

namespace sitrep {

// FNV-1a's offset basis (content_hash, tested against the published vectors).
inline constexpr uint64_t kFnvOffsetBasis = 14695981039346656037ULL;
// A digit short of the offset basis: the duplicate key, the MinHash features
// and the store's event ids have always been hashed from it, and stored ids
// must stay what they were, so it is kept rather than corrected.
inline constexpr uint64_t kDedupHashBasis = 1469598103934665603ULL;

inline uint64_t fnv1a(std::string_view s, uint64_t h) {
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;  // FNV prime
    }
    return h;
}

// splitmix64's finaliser: a strong 64-bit mixer.
inline uint64_t mix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

}  // namespace sitrep
