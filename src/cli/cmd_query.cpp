// sitrep query --db FILE [filters]: events from an event store as JSON Lines
// (sitrep.event/1 with the store's "id" and "updated_at"), CSV, GDELT TSV or
// GeoJSON; --count for the number; --by for counts from the rollups; --since T
// for the change feed (events changed after T, then tombstones of events gone).
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.hpp"
#include "sitrep/output.hpp"
#include "sitrep/record.hpp"
#include "sitrep/store.hpp"

namespace sitrep::cli {

namespace {

struct QueryOptions {
    std::string db;
    store::EventFilter filter;
    std::string bbox;
    std::optional<int> quad;
    std::string format = "jsonl";
    bool count = false;
    std::string by;
    bool no_header = false;
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string part; std::getline(in, part, sep);)
        if (!part.empty()) out.push_back(part);
    return out;
}

int run_query(QueryOptions& options) {
    auto& f = options.filter;
    f.quad = options.quad;
    if (!options.bbox.empty()) {
        const auto parts = split(options.bbox, ',');
        std::array<double, 4> box{};
        try {
            if (parts.size() != 4) throw std::invalid_argument("4 numbers");
            for (size_t i = 0; i < 4; ++i) box[i] = std::stod(parts[i]);
        } catch (const std::exception&) {
            std::cerr << "sitrep query: --bbox takes min_lon,min_lat,max_lon,max_lat\n";
            return kExitFatal;
        }
        f.bbox = box;
    }
    for (std::string* date : {&f.from, &f.to})
        if (!date->empty() && !Date::parse_iso(*date)) {
            std::cerr << "sitrep query: bad date '" << *date << "' (YYYY-MM-DD)\n";
            return kExitFatal;
        } else if (!date->empty()) {
            *date = Date::parse_iso(*date)->iso();
        }
    try {
        store::StoreOptions read_only;
        read_only.read_only = true;
        store::EventStore store(options.db, read_only);
        if (options.count) {
            std::cout << store.count(f) << '\n';
            return kExitOk;
        }
        if (!options.by.empty()) {
            const auto by = split(options.by, ',');
            const auto rows = store.aggregate(by, f);
            std::vector<std::string> names;
            for (const auto& b : by) {
                if (b == "dyad") {
                    names.push_back("source");
                    names.push_back("target");
                } else {
                    names.push_back(b);
                }
            }
            if (options.format == "csv" || options.format == "tsv") {
                const char sep = options.format == "csv" ? ',' : '\t';
                if (!options.no_header) {
                    for (const auto& n : names) std::cout << n << sep;
                    std::cout << "events" << sep << "mentions\n";
                }
                for (const auto& r : rows) {
                    for (const auto& k : r.keys) std::cout << (sep == ',' ? csv_field(k) : k) << sep;
                    std::cout << r.events << sep << r.mentions << '\n';
                }
            } else {
                for (const auto& r : rows) {
                    nlohmann::ordered_json j;
                    for (size_t i = 0; i < names.size(); ++i) j[names[i]] = r.keys[i];
                    j["events"] = r.events;
                    j["mentions"] = r.mentions;
                    std::cout << j.dump() << '\n';
                }
            }
            return kExitOk;
        }
        if (options.format == "geojson") {
            std::cout << "{\"type\":\"FeatureCollection\",\"features\":[";
            bool first = true;
            uint64_t unplaced = 0;
            store.query(f, [&](const store::StoredEvent& e) {
                if (!e.record.event.place) {
                    ++unplaced;
                    return;
                }
                std::cout << (first ? "\n" : ",\n") << store::dump_json(store::event_feature(e));
                first = false;
            });
            std::cout << "\n]}\n";
            if (unplaced != 0) std::cerr << "sitrep query: " << unplaced << " events without a place left out\n";
        } else if (options.format == "jsonl") {
            store.query(f, [](const store::StoredEvent& e) { std::cout << store::stored_event_json(e) << '\n'; });
            if (!f.since.empty())
                store.tombstones(f.since, [](const store::Tombstone& t) {
                    std::cout << store::dump_json(store::tombstone_json(t)) << '\n';
                });
        } else {
            WriterOptions writer_options;
            writer_options.header = !options.no_header;
            auto writer = make_writer(options.format, std::cout, writer_options);
            store.query(f, [&](const store::StoredEvent& e) { writer->accept(e.record); });
            writer->finish();
        }
    } catch (const store::StoreError& e) {
        std::cerr << "sitrep query: " << e.what() << '\n';
        return kExitFatal;
    }
    std::cout.flush();
    return std::cout ? kExitOk : kExitFatal;
}

}  // namespace

Action register_query(CLI::App& app) {
    auto o = std::make_shared<QueryOptions>();
    auto* cmd = app.add_subcommand("query", "Events from an event store, filtered; counts and aggregations");
    auto& f = o->filter;
    cmd->add_option("--db", o->db, "The store: a SQLite file or a postgresql:// URL")
        ->required()
        ->check(CLI::Validator(
            [](const std::string& db) { return store::is_postgresql_url(db) ? std::string() : CLI::ExistingFile(db); },
            "FILE|URL"));
    cmd->add_option("--from", f.from, "Events on or after this date (YYYY-MM-DD)");
    cmd->add_option("--to", f.to, "Events on or before this date");
    cmd->add_option("--actor", f.actor, "Actor code or prefix on either side (IRQ, IRQGOV)");
    cmd->add_option("--source", f.source, "Source actor code or prefix");
    cmd->add_option("--target", f.target, "Target actor code or prefix");
    cmd->add_option("--country", f.country, "ISO3 country of the event: its place, else its source, else its target");
    cmd->add_option("--code", f.code, "CAMEO code or prefix (19 matches 190-196)");
    cmd->add_option("--root", f.root, "CAMEO root (two digits)");
    cmd->add_option("--quad", o->quad, "Quad class 1-4")->check(CLI::Range(1, 4));
    cmd->add_option("--plover", f.plover, "PLOVER event type");
    cmd->add_option("--place", f.place, "Place name");
    cmd->add_option("--bbox", o->bbox, "Bounding box min_lon,min_lat,max_lon,max_lat");
    cmd->add_flag("--negated", f.negated_only, "Only negated events");
    cmd->add_option("--modality", f.modality, "asserted, future, hypothetical or conditional")
        ->check(CLI::IsMember({"asserted", "future", "hypothetical", "conditional"}));
    cmd->add_option("--min-confidence", f.min_confidence, "Lowest confidence");
    cmd->add_option("--text", f.text, "Full-text search of the reporting sentences (SQLite FTS5 syntax)");
    cmd->add_option("--since", f.since,
                    "Change feed: events updated after this UTC time (ISO 8601, as in updated_at), then tombstones");
    cmd->add_option("--limit", f.limit, "At most this many events");
    cmd->add_option("--format", o->format, "jsonl (sitrep.event/1, default), csv, tsv (GDELT columns) or geojson")
        ->check(CLI::IsMember({"jsonl", "csv", "tsv", "geojson"}));
    cmd->add_flag("--count", o->count, "Print the number of matching events");
    cmd->add_option("--by", o->by,
                    "Counts from the rollups grouped by day|week|month|year and country, root, quad or dyad "
                    "(comma-separated)");
    cmd->add_flag("--no-header", o->no_header, "Leave out the CSV/TSV column-name row");
    return [cmd, o]() { return cmd->parsed() ? run_query(*o) : kExitOk; };
}

}  // namespace sitrep::cli
