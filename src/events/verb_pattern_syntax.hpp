// Reads the text of one verb pattern ("* (TO {PEACE PLAN}) +", "SOURCE * &TALKS
// with TARGET") into PatternElements. Shared by the native and PETRARCH readers.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/verb_dictionary.hpp"

namespace sitrep {

enum class PatternSyntax : uint8_t {
    native,    // SOURCE / TARGET words; `$ + % ^` also accepted
    petrarch,  // `$` source, `+` target, `%` compound, `^` skip (PETRARCH, TABARI)
};

// Elements in text order. Blanks separate elements that may have words
// between them; '_' (or no blank, "IN_*") joins elements that must be
// adjacent. `( ... )` and `{ ... }` make groups. On failure returns nullopt and
// sets `error` to the reason. A stray closing bracket (real dictionaries have
// a few, "VISIT)[042:043]") is skipped and reported in `warning`.
std::optional<std::vector<PatternElement>> parse_pattern_elements(std::string_view text, PatternSyntax syntax,
                                                                  std::string& error, std::string& warning);

// Parses "042", "042:043", ":173", "---", "---:043" (brackets already removed).
// nullopt when malformed (empty, blanks inside).
std::optional<EventCodePair> parse_event_code_pair(std::string_view text);

}  // namespace sitrep
