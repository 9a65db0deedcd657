// The one transparent string hash: maps and sets keyed by std::string that take a
// std::string_view lookup without building a std::string per call (hot paths look
// up every token).
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace sitrep {

// Not noexcept, on purpose: libstdc++ then keeps each node's hash in the node, so a
// lookup walking a bucket compares stored hashes instead of hashing every key again
// (with noexcept it re-hashes; 35% more time in std::_Hash_bytes on real news).
struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace sitrep
