// The built-in dictionaries under data/, embedded into the binary at build
// time (cmake/embed_data.cmake). Paths are relative to the source tree, e.g.
// "data/actors/countries.actors", so rules can cite "file:line".
#pragma once
#include <string_view>
#include <vector>

namespace sitrep {

struct BuiltinFile {
    std::string_view path;
    std::string_view content;
};

const std::vector<BuiltinFile>& builtin_files();

}  // namespace sitrep
