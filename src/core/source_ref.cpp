#include "core/source_ref.hpp"

namespace sitrep {

uint32_t SourceTable::add(std::string_view path) {
    for (size_t i = 0; i < paths_.size(); ++i)
        if (paths_[i] == path) return static_cast<uint32_t>(i + 1);
    paths_.emplace_back(path);
    return static_cast<uint32_t>(paths_.size());
}

std::string_view SourceTable::path(uint32_t file) const {
    return file == 0 || file > paths_.size() ? std::string_view() : std::string_view(paths_[file - 1]);
}

std::string SourceTable::render(SourceRef ref) const {
    std::string out(path(ref.file));
    if (ref.line != 0) {
        out += ':';
        out += std::to_string(ref.line);
    }
    return out;
}

}  // namespace sitrep
