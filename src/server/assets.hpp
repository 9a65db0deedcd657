// The web page's files, embedded at build time (cmake/embed_assets.cmake
// from the folder SITREP_WEB_DIST). `sitrep serve` answers GET requests
// outside /api from this table only, so no request can reach a file
// that was not built in.
#pragma once
#include <string_view>
#include <vector>

namespace sitrep::server {

struct Asset {
    std::string_view path;          // "/index.html", "/assets/app.js"
    std::string_view content_type;  // from the file name's extension
    std::string_view bytes;
};

// Every embedded file (generated).
const std::vector<Asset>& embedded_assets();

// The asset a request path names ("/" is "/index.html"); nullptr when none or
// when the path is not a plain one (a ".." or "." segment, a backslash, a
// NUL, an empty segment).
const Asset* find_asset(std::string_view path);

}  // namespace sitrep::server
