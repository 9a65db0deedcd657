#include "server/assets.hpp"

namespace sitrep::server {

const Asset* find_asset(std::string_view path) {
    if (path == "/") path = "/index.html";
    if (path.empty() || path.front() != '/') return nullptr;
    // Plain segments only: the table has no such keys anyway, but a path
    // that tries to climb is refused before any lookup.
    for (std::size_t begin = 1; begin <= path.size();) {
        std::size_t end = path.find('/', begin);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view segment = path.substr(begin, end - begin);
        if (segment.empty() || segment == "." || segment == "..") return nullptr;
        for (char c : segment)
            if (c == '\\' || c == '\0' || c == '%') return nullptr;
        begin = end + 1;
    }
    for (const Asset& a : embedded_assets())
        if (a.path == path) return &a;
    return nullptr;
}

}  // namespace sitrep::server
