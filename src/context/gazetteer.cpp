#include "context/gazetteer.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "context/data_table.hpp"
#include "context/numbers.hpp"
#include "context/token_text.hpp"
#include "core/source_file.hpp"

namespace sitrep {

const char* to_string(PlaceKind k) {
    switch (k) {
        case PlaceKind::country:
            return "country";
        case PlaceKind::city:
            return "city";
        case PlaceKind::admin1:
            return "admin1";
        case PlaceKind::landmark:
            return "landmark";
    }
    return "city";
}

namespace {

bool parse_kind(std::string_view s, PlaceKind& out) {
    if (s == "country")
        out = PlaceKind::country;
    else if (s == "city")
        out = PlaceKind::city;
    else if (s == "admin1")
        out = PlaceKind::admin1;
    else if (s == "landmark")
        out = PlaceKind::landmark;
    else
        return false;
    return true;
}

std::optional<double> parse_coordinate(std::string_view s, double limit) {
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    auto v = parse_decimal(s);
    if (!v || *v > limit) return std::nullopt;
    return negative ? -*v : *v;
}

// Tokens a name can take: each run of letters/digits plus the marks between.
uint32_t token_estimate(std::string_view name) {
    uint32_t runs = 0;
    bool in_run = false;
    for (char c : name) {
        const bool word = static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
        if (word && !in_run) ++runs;
        in_run = word;
    }
    return runs * 2;
}

}  // namespace

void Gazetteer::add_file(std::string_view content, std::string_view path, Diagnostics& diagnostics) {
    const FileKind kind = header_kind(content);
    if (kind == FileKind::place_triggers) {
        for (const TableRow& row : read_table(content, path, 2, 2, diagnostics))
            for (const std::string& word : split_list(row.fields[1], ';')) triggers_[row.fields[0]].insert(word);
        return;
    }
    if (kind == FileKind::place_seats) {
        for (const TableRow& row : read_table(content, path, 2, 2, diagnostics)) {
            std::string seat;
            append_match_key(row.fields[1], seat);
            for (const std::string& body : split_list(row.fields[0], ';')) {
                std::string key;
                append_match_key(body, key);
                if (!key.empty() && !seat.empty()) seats_.emplace_back(std::move(key), seat);
            }
        }
        return;
    }
    const bool capitals = kind == FileKind::capitals;
    for (const TableRow& row : read_table(content, path, 6, 7, diagnostics)) {
        PlaceEntry e;
        e.name = row.fields[0];
        const auto lat = parse_coordinate(row.fields[4], 90);
        const auto lon = parse_coordinate(row.fields[5], 180);
        if (e.name.empty() || !parse_kind(row.fields[2], e.kind) || row.fields[3].size() != 3 || !lat || !lon) {
            report(diagnostics, path, row.line,
                   "expected: name | aliases | country/city/admin1/landmark | ISO3 | lat | lon [| cues]");
            continue;
        }
        e.country = row.fields[3];
        e.lat = *lat;
        e.lon = *lon;
        if (row.fields.size() > 6) e.cues = split_list(row.fields[6], ';');
        e.rule = cite(path, row.line);
        if (capitals) capitals_.try_emplace(e.country, static_cast<uint32_t>(entries_.size()));
        add_entry(std::move(e), split_list(row.fields[1], ';'));
    }
}

void Gazetteer::add_entry(PlaceEntry entry, const std::vector<std::string>& aliases) {
    const auto index = static_cast<uint32_t>(entries_.size());
    std::vector<std::string> names = aliases;
    names.push_back(entry.name);
    for (const std::string& name : names) {
        std::string key;
        append_match_key(name, key);
        if (key.empty()) continue;
        auto& list = by_key_[key];
        if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
        max_tokens_ = std::max(max_tokens_, token_estimate(name));
    }
    if (entry.kind == PlaceKind::country) countries_.try_emplace(entry.country, index);
    entries_.push_back(std::move(entry));
}

const PlaceEntry* Gazetteer::country(std::string_view iso3) const {
    auto it = countries_.find(iso3);
    return it == countries_.end() ? nullptr : &entries_[it->second];
}

const PlaceEntry* Gazetteer::capital(std::string_view iso3) const {
    auto it = capitals_.find(iso3);
    return it == capitals_.end() ? nullptr : &entries_[it->second];
}

const PlaceEntry* Gazetteer::seat_named_in(std::string_view words) const {
    if (seats_.empty()) return nullptr;
    std::string key;
    append_match_key(words, key);
    for (const auto& [body, seat] : seats_) {
        if (key.find(body) == std::string::npos) continue;
        if (const auto* found = lookup(seat)) return &entries_[found->front()];
    }
    return nullptr;
}

const std::vector<uint32_t>* Gazetteer::lookup(const std::string& key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? nullptr : &it->second;
}

bool Gazetteer::is_trigger(std::string_view role, std::string_view word) const {
    auto it = triggers_.find(role);
    return it != triggers_.end() && it->second.find(word) != it->second.end();
}

}  // namespace sitrep
