// Pieces shared by the PETRARCH/TABARI actors and agents readers: comment
// removal (`#` to end of line, `<!-- ... -->` blocks over several lines) and
// the bracketed code notation with its date restrictions.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_code.hpp"
#include "core/diagnostic.hpp"

namespace sitrep {

class PetrarchCommentFilter {
public:
    // The part of `line` outside comments.
    std::string strip(std::string_view line);

private:
    bool in_block_ = false;
};

// The text inside every "[...]" of `s`, in order; `rest` gets the text before the
// first "[" (the phrase). An unclosed "[" is reported.
struct BracketSplit {
    std::string_view phrase;
    std::vector<std::string_view> codes;
    bool unclosed = false;
};
BracketSplit split_brackets(std::string_view s);

// Reads "CODE", "CODE >YYMMDD", "CODE <YYMMDD", "CODE A-B" (either side may be
// empty). Codes "---", "+++", "###" mean "not an actor" and give an empty code.
// The legacy files carry typos (7- or 10-digit dates, lower-case codes); those are
// reported as warnings and the rest of the file loads, so nothing here is fatal.
std::optional<DatedCode> parse_petrarch_code(std::string_view inner, SourceRef origin, const std::string& file,
                                             uint64_t line, Diagnostics& diagnostics);

// "CHAIRMAN" -> "CHAIRMEN"-style rules are not attempted: regular English plural of
// the last word, as PETRARCH generates for agents ("ARMY" -> "ARMIES").
std::string petrarch_agent_plural(std::string_view phrase);

}  // namespace sitrep
