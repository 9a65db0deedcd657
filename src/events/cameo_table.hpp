// The CAMEO event table (data/cameo/event-codes.txt): for each event code its
// root, Goldstein weight, quad class, PLOVER category and name. Events read
// their numbers from here; verb dictionaries are checked against it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source_file.hpp"

namespace sitrep {

struct CameoEventInfo {
    std::string code;      // "0211"
    std::string root;      // "02"
    double goldstein = 0;  // -10 .. +10
    int quad = 0;          // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    std::string plover;    // "REQUEST"
    std::string name;
    SourceRef origin;
};

class CameoTable {
public:
    // Reads the native format: "#! sitrep cameo 1", then lines
    // "code | root | goldstein | quad | plover | name" ('#' starts a comment).
    // Bad lines become diagnostics naming file:line and are skipped.
    static CameoTable parse(const SourceFile& file, Diagnostics& diagnostics);

    // Adds (or replaces) the codes of `other`: later files override earlier ones.
    void merge(const CameoTable& other);

    // The entry of exactly this code, or nullptr.
    const CameoEventInfo* find(std::string_view code) const;
    // The entry of this code or of its nearest listed parent: dictionaries
    // carry sub-codes and suffixed variants the table may not list
    // ("0211" -> "021" -> "02", "075A" -> "075"). nullptr when even the root
    // is unknown.
    const CameoEventInfo* lookup(std::string_view code) const;
    bool contains(std::string_view code) const { return find(code) != nullptr; }

    size_t size() const { return by_code_.size(); }
    bool empty() const { return by_code_.empty(); }
    // All codes in table order (first appearance).
    const std::vector<std::string>& codes() const { return order_; }

private:
    std::unordered_map<std::string, CameoEventInfo> by_code_;
    std::vector<std::string> order_;
};

}  // namespace sitrep
