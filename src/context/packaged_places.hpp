// Places from a packaged data set: GeoNames (geonames.org, CC BY 4.0) as Debian
// ships it in libgeonames0 (about 24,000 towns of 15,000 people or more, each
// with its first-level division), read through that library where the package
// installs it, never copied into this repository. ISO 3166 alpha-2 country
// codes are turned into sitrep's alpha-3 with Debian's iso-codes table.
#pragma once
#include <cstdint>
#include <string>

#include "context/gazetteer.hpp"
#include "core/diagnostic.hpp"

namespace sitrep {

struct PackagedPlaceOptions {
    // The floor: every city of 100,000 people or more. Smaller towns
    // add many names that are also words or surnames, for little gain in news.
    uint32_t min_population = 100000;
    std::string iso_3166_json = "/usr/share/iso-codes/json/iso_3166-1.json";
};

// Where the packaged places come from, for --version, docs and explanations.
inline constexpr const char* kPackagedPlacesSource = "GeoNames (CC BY 4.0) via Debian libgeonames";

// True when this build was linked with libgeonames.
bool packaged_places_available();

// Adds to `gazetteer`, after the hand-written data files:
//   - the cities of at least min_population people;
//   - the first-level divisions named by the towns' records ("Texas",
//     "Punjab"), placed at the population-weighted centre of their towns
//     (an approximation: the library has no division coordinates). Names that
//     are also direction or generic words ("Central", "Western", "Nord") are
//     left out, as they would turn "in Central Asia" into a province.
// A place whose name already names an entry of the same country (hand-written,
// with its aliases and cue words), or any country, is left out. Returns how
// many were added; a missing library or table is one warning, not an error.
size_t add_packaged_places(Gazetteer& gazetteer, const PackagedPlaceOptions& options, Diagnostics& diagnostics);

}  // namespace sitrep
