// Cities from a packaged data set: GeoNames (geonames.org, CC BY 4.0) as Debian
// ships it in libgeonames0, read through that library where the package
// installs it, never copied into this repository. ISO 3166 alpha-2 country
// codes are turned into sitrep's alpha-3 with Debian's iso-codes table.
#pragma once
#include <cstdint>
#include <string>

#include "context/gazetteer.hpp"
#include "core/diagnostic.hpp"

namespace sitrep {

struct PackagedCityOptions {
    // The floor: every city of 100,000 people or more. Smaller towns
    // add many names that are also words or surnames, for little gain in news.
    uint32_t min_population = 100000;
    std::string iso_3166_json = "/usr/share/iso-codes/json/iso_3166-1.json";
};

// Where the packaged places come from, for --version, docs and explanations.
inline constexpr const char* kPackagedCitiesSource = "GeoNames (CC BY 4.0) via Debian libgeonames";

// True when this build was linked with libgeonames.
bool packaged_cities_available();

// Adds the packaged cities to `gazetteer`, after the hand-written data files:
// a city whose name already names an entry of the same country there (with its
// aliases and cue words), or any country, is left out. Returns how many were
// added; a missing library or table is one warning, not an error.
size_t add_packaged_cities(Gazetteer& gazetteer, const PackagedCityOptions& options, Diagnostics& diagnostics);

}  // namespace sitrep
