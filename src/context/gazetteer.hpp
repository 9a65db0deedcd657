// The place names of data/places/*.txt compiled into one lookup table keyed
// by the letters and digits of each name or alias ("Al-Anbar" -> "alanbar"),
// plus the trigger words of data/places/triggers.txt ("in", "outside", ...).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/string_hash.hpp"

namespace sitrep {

enum class PlaceKind : uint8_t { country, city, admin1, landmark };
const char* to_string(PlaceKind k);

struct PlaceEntry {
    std::string name;
    PlaceKind kind = PlaceKind::city;
    std::string country;  // ISO 3166 alpha-3
    double lat = 0, lon = 0;
    std::vector<std::string> cues;  // words near a mention that favour this entry
    std::string rule;               // file:line
    uint32_t population = 0;        // packaged entries only; 0 for hand-written ones
    bool packaged = false;          // from a packaged data set rather than data/places
};

class Gazetteer {
public:
    // Reads one place file: "#! sitrep place-triggers 1" holds trigger words,
    // "place-seats" the seats of bodies, "capitals" national capitals, any other
    // (or none: tests) places. Bad lines become diagnostics.
    void add_file(std::string_view content, std::string_view path, Diagnostics& diagnostics);

    // Adds one place under its name and aliases (for data sets read through a
    // library rather than from a file, such as the packaged GeoNames cities).
    void add_entry(PlaceEntry entry, const std::vector<std::string>& aliases);

    // Entry indices whose name or alias has this match key; null when none.
    const std::vector<uint32_t>* lookup(const std::string& key) const;
    const PlaceEntry& entry(uint32_t index) const { return entries_[index]; }
    size_t size() const { return entries_.size(); }
    // Upper bound on the tokens one name can span.
    uint32_t max_tokens() const { return max_tokens_; }
    bool is_trigger(std::string_view role, std::string_view word) const;
    // The country entry of an ISO 3166 alpha-3 code (the first one read); null when none.
    const PlaceEntry* country(std::string_view iso3) const;
    // The national capital (data/places/capitals.txt, the first listed); null when none.
    const PlaceEntry* capital(std::string_view iso3) const;
    // The seat of a body whose name is in `words` (data/places/seats.txt: "the Security
    // Council" sits in New York); null when no listed body is named there.
    const PlaceEntry* seat_named_in(std::string_view words) const;

private:
    std::vector<PlaceEntry> entries_;
    std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
    // Looked up for every token: heterogeneous lookup, no std::string per call.
    std::unordered_map<std::string, StringSet, StringHash, std::equal_to<>> triggers_;  // role -> words
    uint32_t max_tokens_ = 1;
    StringMap<uint32_t> countries_;                           // ISO3 -> entry
    StringMap<uint32_t> capitals_;                            // ISO3 -> entry
    std::vector<std::pair<std::string, std::string>> seats_;  // body's match key -> seat's match key
};

}  // namespace sitrep
