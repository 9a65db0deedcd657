// PETRARCH-2's internal coding ontology ("PICO"): a table that maps each CAMEO
// event code to a 16-bit hex code ("021:0x2070"). PETRARCH-2 verb dictionaries
// may be written in those hex codes; sitrep reads them back to CAMEO with this
// table so every event carries a CAMEO code.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/diagnostic.hpp"
#include "core/source_file.hpp"

namespace sitrep {

class InternalCodeOntology {
public:
    // Reads lines "CAMEO:EXPR[#comment]" where EXPR sums signed hex terms:
    // "0x2070", "0x1000-0xFFFF", "-0xFFFF+0x2040+0x300" (PETRARCH-2 adds and
    // subtracts masks to mark negated and variant meanings). '#' starts a comment.
    // Bad lines become diagnostics naming file:line and are skipped.
    static InternalCodeOntology parse(const SourceFile& file, Diagnostics& diagnostics);

    // The CAMEO code of an internal code expression ("0x2070" -> "021"),
    // compared by value; the first CAMEO code listed wins when several share
    // a value. nullopt if unknown or not an expression.
    std::optional<std::string> to_cameo(std::string_view hex) const;
    // The CAMEO code of an internal code value (0x2070 -> "021"), or nullopt.
    std::optional<std::string> cameo_of_value(int64_t value) const;
    // The internal hex code of a CAMEO code, as written in the table.
    std::optional<std::string> to_internal(std::string_view cameo) const;

    size_t size() const { return to_internal_.size(); }
    bool empty() const { return to_internal_.empty(); }

private:
    std::unordered_map<int64_t, std::string> to_cameo_;         // 0x2070 -> "021"
    std::unordered_map<std::string, std::string> to_internal_;  // "021" -> "0x2070"
};

// True when `code` is written as an internal code expression ("0x2070",
// "-0xFFFF+0x0070").
bool is_internal_hex_code(std::string_view code);

// The value of an internal code expression, or nullopt when malformed.
std::optional<int64_t> internal_code_value(std::string_view expression);

}  // namespace sitrep
