// Line-oriented helpers shared by every dictionary and data-file reader:
// 1-based line iteration, trimming, and the "file:line" origin each rule cites.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep {

inline std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

inline std::string origin_of(std::string_view path, uint64_t line) {
    std::string out(path);
    out += ':';
    out += std::to_string(line);
    return out;
}

// Calls fn(line_number, line) for each line, without "\n" or "\r\n".
template <class Fn>
void for_each_line(std::string_view content, Fn&& fn) {
    uint64_t number = 0;
    while (!content.empty()) {
        ++number;
        const size_t nl = content.find('\n');
        std::string_view line = content.substr(0, nl);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        fn(number, line);
        if (nl == std::string_view::npos) break;
        content.remove_prefix(nl + 1);
    }
}

}  // namespace sitrep
