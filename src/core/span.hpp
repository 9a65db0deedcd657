// Byte-offset spans into a Document's UTF-8 text. Every annotation layer
// refers back to the words that produced it through one of these.
#pragma once
#include <cstdint>
#include <string_view>

namespace sitrep {

// Half-open byte range [begin, end) into Document::text.
struct Span {
    uint32_t begin = 0;
    uint32_t end = 0;

    constexpr uint32_t size() const { return end - begin; }
    constexpr bool empty() const { return end <= begin; }
    constexpr bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
    constexpr bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
    std::string_view in(std::string_view text) const {
        if (begin >= text.size()) return {};
        return text.substr(begin, end > text.size() ? text.size() - begin : end - begin);
    }
    friend constexpr bool operator==(const Span&, const Span&) = default;
};

// Half-open range of token indices [first, last) into Document::tokens.
struct TokenRange {
    uint32_t first = 0;
    uint32_t last = 0;
    constexpr uint32_t size() const { return last - first; }
    constexpr bool empty() const { return last <= first; }
    friend constexpr bool operator==(const TokenRange&, const TokenRange&) = default;
};

}  // namespace sitrep
