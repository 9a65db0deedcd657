// The sitrep.event/1 JSON Lines record: one event per line, every field with
// the byte span it came from (schema in README.md and docs/ARCHITECTURE.md).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "io/event_record.hpp"

namespace sitrep::io {

inline constexpr std::string_view kEventSchema = "sitrep.event/1";

// One line of JSON, without the trailing newline.
std::string event_to_json(const EventRecord& record);

// Parses a sitrep.event/1 line back; nullopt with `error` set when it is not one.
std::optional<EventRecord> event_from_json(std::string_view line, std::string* error = nullptr);

}  // namespace sitrep::io
