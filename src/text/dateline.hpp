// The dateline that opens a wire story: "BAGHDAD, Iraq (AP) --", "NAPLES, Aug. 30 --",
// "Prague, 18 January 1999 (RFE/RL) --", "(CNN)". It says where a story was filed, not
// who acted: its place names are no actors, and its place is the fallback place of the
// story's events.
#pragma once
#include <string_view>

#include "core/document.hpp"

namespace sitrep {

// Finds the dateline at the start of `text`; all spans are empty when there is none.
Dateline find_dateline(std::string_view text);

}  // namespace sitrep
