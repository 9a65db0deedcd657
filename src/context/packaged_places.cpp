#include "context/packaged_places.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <fstream>
#include <unordered_map>
#include <vector>

#include <utf8proc.h>
#include <nlohmann/json.hpp>

#include "context/token_text.hpp"

#ifdef SITREP_HAVE_GEONAMES
#include <geonames/geonames.h>
#endif

namespace sitrep {
namespace {

constexpr const char* kSourceName = "libgeonames";

void warn(Diagnostics& diagnostics, std::string path, std::string message) {
    diagnostics.push_back({Severity::warning, std::move(path), 0, std::move(message)});
}

// Without libgeonames only warn() is needed.
#ifdef SITREP_HAVE_GEONAMES
// alpha-2 -> alpha-3 from Debian's iso-codes; empty on any problem (reported).
std::unordered_map<std::string, std::string> read_alpha2_to_alpha3(const std::string& path, Diagnostics& diagnostics) {
    std::unordered_map<std::string, std::string> out;
    std::ifstream in(path);
    if (!in) {
        warn(diagnostics, path, "cannot read the ISO 3166 table (Debian package iso-codes): packaged cities skipped");
        return out;
    }
    const nlohmann::json table = nlohmann::json::parse(in, nullptr, false);
    if (table.is_discarded() || !table.contains("3166-1") || !table["3166-1"].is_array()) {
        warn(diagnostics, path, "not an iso-codes ISO 3166-1 table: packaged cities skipped");
        return out;
    }
    for (const auto& country : table["3166-1"]) {
        if (!country.is_object()) continue;
        const auto a2 = country.find("alpha_2");
        const auto a3 = country.find("alpha_3");
        if (a2 != country.end() && a3 != country.end() && a2->is_string() && a3->is_string())
            out.emplace(a2->get<std::string>(), a3->get<std::string>());
    }
    return out;
}

// "São Paulo" -> "Sao Paulo": news copy often drops the accents.
std::string without_accents(const std::string& name) {
    utf8proc_uint8_t* folded = nullptr;
    const auto n = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(name.data()), static_cast<utf8proc_ssize_t>(name.size()), &folded,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE));
    std::string out =
        n >= 0 && folded ? std::string(reinterpret_cast<const char*>(folded), static_cast<size_t>(n)) : name;
    std::free(folded);
    return out;
}

// Skip a city when the hand-written data already knows the name as a country
// (a Lebanon, Pennsylvania must not shadow Lebanon) or as a place of the same country.
bool known_as(const Gazetteer& gazetteer, const std::string& name, const std::string& country) {
    std::string key;
    append_match_key(name, key);
    const auto* found = gazetteer.lookup(key);
    if (!found) return false;
    for (uint32_t i : *found) {
        const PlaceEntry& e = gazetteer.entry(i);
        if (e.kind == PlaceKind::country || e.country == country) return true;
    }
    return false;
}

bool already_known(const Gazetteer& gazetteer, const std::string& name, const std::string& plain,
                   const std::string& country) {
    return known_as(gazetteer, name, country) || (plain != name && known_as(gazetteer, plain, country));
}

// Division names that are ordinary words in English news once capitalised at
// the start of a name: the gazetteer's direction words plus these.
bool generic_division_name(const Gazetteer& gazetteer, const std::string& plain) {
    static const char* const kGeneric[] = {"centre",   "center",   "capital", "nord",    "sud",      "est",
                                           "ouest",    "norte",    "sur",     "centro",  "oriental", "occidental",
                                           "littoral", "coast",    "lakes",   "islands", "upper",    "lower",
                                           "plateau",  "north",    "south",   "east",    "west",     "federal",
                                           "national", "centrale", "delta",   "cascades"};
    std::string key;
    append_match_key(plain, key);
    if (key.size() < 4) return true;
    for (const char* g : kGeneric)
        if (key == g) return true;
    return gazetteer.is_trigger("direction", key) || gazetteer.is_trigger("skip", key) ||
           gazetteer.is_trigger("preposition", key) || gazetteer.is_trigger("apposition", key);
}

// A first-level division as the towns' records describe it.
struct Division {
    std::string name, country;
    double lat_sum = 0, lon_sum = 0, weight = 0;
    uint64_t population = 0;
};

#endif  // SITREP_HAVE_GEONAMES
}  // namespace

#ifdef SITREP_HAVE_GEONAMES

bool packaged_places_available() {
    return true;
}

size_t add_packaged_places(Gazetteer& gazetteer, const PackagedPlaceOptions& options, Diagnostics& diagnostics) {
    const auto alpha3 = read_alpha2_to_alpha3(options.iso_3166_json, diagnostics);
    if (alpha3.empty()) return 0;
    size_t added = 0;
    std::unordered_map<std::string, Division> divisions;  // "ISO3|name" -> towns' summary
    std::vector<std::string> division_order;              // first-seen, for a stable gazetteer
    const gint n = geonames_get_n_cities();
    for (gint i = 0; i < n; ++i) {
        GeonamesCity* city = geonames_get_city(i);
        if (!city) continue;
        const guint population = geonames_city_get_population(city);
        const char* name = geonames_city_get_name(city);
        const char* code = geonames_city_get_country_code(city);
        const auto country = code ? alpha3.find(code) : alpha3.end();
        if (const char* state = geonames_city_get_state(city); state && *state && country != alpha3.end()) {
            const std::string id = country->second + "|" + state;
            auto [it, fresh] = divisions.try_emplace(id);
            if (fresh) {
                it->second.name = state;
                it->second.country = country->second;
                division_order.push_back(id);
            }
            const double w = std::max(1.0, static_cast<double>(population));
            it->second.lat_sum += w * geonames_city_get_latitude(city);
            it->second.lon_sum += w * geonames_city_get_longitude(city);
            it->second.weight += w;
            it->second.population += population;
        }
        const bool big = population >= options.min_population && name && *name && country != alpha3.end();
        const std::string plain = big ? without_accents(name) : std::string();
        if (big && !already_known(gazetteer, name, plain, country->second)) {
            PlaceEntry e;
            e.name = name;
            e.kind = PlaceKind::city;
            e.country = country->second;
            e.lat = geonames_city_get_latitude(city);
            e.lon = geonames_city_get_longitude(city);
            e.population = population;
            e.packaged = true;
            e.rule =
                std::string(kSourceName) + " city #" + std::to_string(i) + " (pop. " + std::to_string(population) + ")";
            std::vector<std::string> aliases;
            if (plain != e.name) aliases.push_back(plain);
            gazetteer.add_entry(std::move(e), aliases);
            ++added;
        }
        geonames_city_free(city);
    }
    for (const std::string& id : division_order) {
        const Division& d = divisions.at(id);
        const std::string plain = without_accents(d.name);
        if (generic_division_name(gazetteer, plain) || already_known(gazetteer, d.name, plain, d.country)) continue;
        PlaceEntry e;
        e.name = d.name;
        e.kind = PlaceKind::admin1;
        e.country = d.country;
        e.lat = d.lat_sum / d.weight;
        e.lon = d.lon_sum / d.weight;
        e.population = static_cast<uint32_t>(std::min<uint64_t>(d.population, UINT32_MAX));
        e.packaged = true;
        e.rule = std::string(kSourceName) + " division of " + d.country + " (centre of its towns)";
        std::vector<std::string> aliases;
        if (plain != e.name) aliases.push_back(plain);
        gazetteer.add_entry(std::move(e), aliases);
        ++added;
    }
    return added;
}

#else

bool packaged_places_available() {
    return false;
}

size_t add_packaged_places(Gazetteer&, const PackagedPlaceOptions&, Diagnostics& diagnostics) {
    warn(diagnostics, kSourceName,
         "built without libgeonames (Debian package libgeonames-dev): only the hand-written places are known");
    return 0;
}

#endif

}  // namespace sitrep
