// Run-time lookups of the compiled verb dictionary; building lives in
// verb_dictionary_builder.cpp.
#include "events/verb_dictionary.hpp"

#include <algorithm>
#include <cctype>

namespace sitrep {

std::string EventCodePair::to_string() const {
    if (null()) return "---";
    if (reversed.empty()) return primary;
    return primary + ":" + reversed;
}

std::span<const VerbFormRef> VerbDictionary::forms_of(std::string_view norm) const {
    auto it = by_head_.find(norm);
    if (it == by_head_.end()) return {};
    return it->second;
}

int32_t VerbDictionary::find_group(std::string_view name) const {
    std::string key(name);
    if (!key.empty() && key.front() == '&') key.erase(0, 1);
    while (!key.empty() && key.back() == '_') key.pop_back();  // PETRARCH "no plurals" mark
    for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto it = group_by_name_.find(key);
    return it == group_by_name_.end() ? -1 : static_cast<int32_t>(it->second);
}

uint32_t VerbDictionary::match_group(uint32_t group, std::span<const Token> tokens, uint32_t at, uint32_t end) const {
    if (group >= groups_.size() || at >= end || end > tokens.size()) return 0;
    // Members are sorted longest first, so the first full match is the longest.
    for (const auto& member : groups_[group].expanded) {
        if (member.empty() || at + member.size() > end) continue;
        bool all = true;
        for (size_t i = 0; i < member.size() && all; ++i) all = tokens[at + i].norm == member[i];
        if (all) return static_cast<uint32_t>(member.size());
    }
    return 0;
}

std::string_view VerbDictionary::file_path(uint32_t file) const {
    for (const auto& [id, path] : files_)
        if (id == file) return path;
    return {};
}

std::string VerbDictionary::cite(SourceRef origin) const {
    std::string out(file_path(origin.file));
    out += ':';
    out += std::to_string(origin.line);
    return out;
}

std::span<const uint32_t> VerbDictionary::patterns_for(uint32_t entry) const {
    if (entry >= entries_.size()) return {};
    const uint32_t block = entries_[entry].block;
    if (block >= ordered_patterns_.size()) return {};
    return ordered_patterns_[block];
}

}  // namespace sitrep
