// sitrep-store-bench: builds a synthetic event store of N events (default
// 1,000,000, after merging) from real-shaped records and times it (docs/PERFORMANCE.md,
// "Event store"). Not a test; scripts/store-bench.sh runs it.
//
// Real shape: the example articles are coded once with the built-in
// dictionaries; each synthetic document is a copy of one of them with its own
// id, a date spread over two years, and actor and place countries drawn from
// 120 codes, so keys, rollups and indexes see a realistic spread while the
// text, spans and rules stay those of coded news. Only store.ingest() is
// timed (the coding is measured by scripts/throughput.sh).
//
// PATH may be a postgresql:// URL: the database's public schema is dropped
// and made again first (EVENTS > 0), the CPU time of the server process
// serving the connection is counted with the client's, and
// SITREP_BENCH_WRITERS=K splits the documents over K processes ingesting at
// once (their CPU seconds summed; wall time is that of the slowest).
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/engine.hpp"
#include "io/record_reader.hpp"
#include "store/event_store.hpp"

using namespace sitrep;
using Clock = std::chrono::steady_clock;

namespace {

double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

const std::array<const char*, 120> kCountries = {
    "AFG", "ALB", "DZA", "AGO", "ARG", "ARM", "AUS", "AUT", "AZE", "BHR", "BGD", "BLR", "BEL", "BEN", "BOL",
    "BIH", "BRA", "BGR", "BFA", "BDI", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COD", "COG",
    "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "DNK", "DJI", "DOM", "ECU", "EGY", "SLV", "ERI", "EST", "ETH",
    "FIN", "FRA", "GAB", "GEO", "DEU", "GHA", "GRC", "GTM", "GIN", "HTI", "HND", "HUN", "IND", "IDN", "IRN",
    "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "PRK", "KOR", "KWT", "KGZ", "LAO", "LVA",
    "LBN", "LBY", "LTU", "MDG", "MWI", "MYS", "MLI", "MRT", "MEX", "MDA", "MNG", "MAR", "MOZ", "MMR", "NAM",
    "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "NOR", "OMN", "PAK", "PSE", "PAN", "PRY", "PER", "PHL", "POL",
    "PRT", "QAT", "ROU", "RUS", "RWA", "SAU", "SEN", "SRB", "SLE", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN"};

// CPU milliseconds (user + system) process `pid` has used so far (the
// PostgreSQL server process of a connection).
double process_cpu_ms(long pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(in, line);
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string f;
    double utime = 0, stime = 0;
    for (int i = 3; fields >> f; ++i) {
        if (i == 14) utime = std::stod(f);
        if (i == 15) {
            stime = std::stod(f);
            break;
        }
    }
    return (utime + stime) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

uint64_t mix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

void recode_actor(std::optional<EventActor>& a, const char* country) {
    if (!a) return;
    a->country = country;
    a->code = std::string(country) + a->sector;
}

Document synthetic(const Document& model, uint64_t n) {
    Document doc = model;
    doc.meta.id = "syn-" + std::to_string(n);
    const Date day = Date{2023, 1, 1}.plus_days(static_cast<int64_t>(mix(n) % 730));
    doc.meta.story_date = day;
    doc.text += " [" + std::to_string(n) + "]";  // its own content hash
    const char* a = kCountries[mix(n * 3 + 1) % kCountries.size()];
    const char* b = kCountries[mix(n * 3 + 2) % kCountries.size()];
    for (Event& e : doc.events) {
        e.date = day;
        e.date_precision = DatePrecision::day;
        recode_actor(e.source, a);
        recode_actor(e.target, b);
        if (e.place) {
            e.place->country = a;
            e.place->lat = static_cast<double>(mix(n) % 1800) / 10 - 90;
            e.place->lon = static_cast<double>(mix(n + 7) % 3600) / 10 - 180;
        }
    }
    return doc;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "/tmp/sitrep-store-bench.db";
    const uint64_t target = argc > 2 ? std::stoull(argv[2]) : 1000000;
    const std::string source_dir = argc > 3 ? argv[3] : ".";
    // EVENTS 0: time the queries of a store built before.
    const bool pg = store::is_postgresql_url(path);
    if (target != 0 && !pg)
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    if (target != 0 && pg) {
        store::Database db(path);
        db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }
    const char* writers_env = std::getenv("SITREP_BENCH_WRITERS");
    const int writers = pg && writers_env ? std::max(1, std::atoi(writers_env)) : 1;

    Diagnostics diagnostics;
    auto engine = Engine::load(EngineOptions{}, diagnostics);
    std::vector<Document> models;
    {
        io::RecordReader reader(
            {source_dir + "/examples/articles.jsonl", source_dir + "/examples/article.txt"},
            io::ReaderOptions{.format = io::InputFormat::automatic, .story_date = Date{2024, 1, 27}});
        Diagnostics problems;
        while (auto doc = reader.next(problems)) {
            engine->code(*doc);
            if (!doc->events.empty()) models.push_back(std::move(*doc));
        }
    }
    size_t model_events = 0;
    for (const auto& m : models) model_events += m.events.size();
    std::cerr << "models: " << models.size() << " coded documents, " << model_events << " events\n";

    // Several writers: each child process ingests every writers-th batch of
    // 1,000 documents until the store holds `target` events, and writes its
    // figures to a pipe.
    std::vector<std::pair<pid_t, int>> children;
    const auto ingest_share = [&](int writer, store::EventStore& store, store::IngestStats& total, double& ingest_ms,
                                  double& ingest_cpu_ms, uint64_t& n) {
        long backend = 0;
        if (pg) {
            auto s = store.database().prepare("SELECT pg_backend_pid()");
            if (s.step()) backend = static_cast<long>(s.int64(0));
        }
        std::vector<Document> batch;
        auto events = [&] {
            auto s = store.database().prepare("SELECT count(*) FROM events");
            return s.step() ? static_cast<uint64_t>(s.int64(0)) : 0;
        };
        for (uint64_t round = static_cast<uint64_t>(writer); target != 0; round += static_cast<uint64_t>(writers)) {
            if (writers == 1 ? total.events_new - total.events_deleted >= target : events() >= target) break;
            batch.clear();
            n = round * 1000;
            for (int i = 0; i < 1000; ++i, ++n) batch.push_back(synthetic(models[n % models.size()], n));
            const auto t = Clock::now();
            const double c = cpu_ms() + (backend ? process_cpu_ms(backend) : 0);
            total += store.ingest(batch);
            ingest_ms += ms_since(t);
            ingest_cpu_ms += cpu_ms() + (backend ? process_cpu_ms(backend) : 0) - c;
        }
    };
    if (writers > 1 && target != 0) {
        { store::EventStore schema(path); }  // made once, before the writers start
        for (int w = 0; w < writers; ++w) {
            int fds[2];
            if (pipe(fds) != 0) return 1;
            const pid_t child = fork();
            if (child == 0) {
                close(fds[0]);
                store::EventStore mine(path, store::StoreOptions{.keep_text = true});
                store::IngestStats total;
                double ms = 0, cpu = 0;
                uint64_t n = 0;
                ingest_share(w, mine, total, ms, cpu, n);
                const std::string out = std::to_string(total.mentions) + " " + std::to_string(total.mentions_merged) +
                                        " " + std::to_string(n) + " " + std::to_string(ms) + " " + std::to_string(cpu);
                if (write(fds[1], out.data(), out.size()) < 0) _exit(1);
                _exit(0);
            }
            close(fds[1]);
            children.emplace_back(child, fds[0]);
        }
    }
    store::EventStore store(path, store::StoreOptions{.keep_text = true});
    // An optional fourth argument: SQL run on the new store first (experiments).
    if (argc > 4) store.database().exec(argv[4]);
    store::IngestStats total;
    double ingest_ms = 0, ingest_cpu_ms = 0;
    uint64_t n = 0;
    if (children.empty()) {
        ingest_share(0, store, total, ingest_ms, ingest_cpu_ms, n);
    } else {
        for (const auto& [child, fd] : children) {
            std::string text(256, '\0');
            const auto got = read(fd, text.data(), text.size());
            close(fd);
            int status = 0;
            waitpid(child, &status, 0);
            std::istringstream in(text.substr(0, got > 0 ? static_cast<size_t>(got) : 0));
            uint64_t mentions = 0, merged = 0, last = 0;
            double ms = 0, cpu = 0;
            in >> mentions >> merged >> last >> ms >> cpu;
            total.mentions += mentions;
            total.mentions_merged += merged;
            n = std::max(n, last);
            ingest_ms = std::max(ingest_ms, ms);
            ingest_cpu_ms += cpu;
        }
        std::printf("writers: %d at once (CPU seconds summed over them, wall time of the slowest)\n", writers);
    }
    auto& db = store.database();
    auto scalar = [&](const std::string& sql) {
        auto s = db.prepare(sql);
        return s.step() ? s.int64(0) : -1;
    };
    const int64_t events = scalar("SELECT count(*) FROM events");
    std::printf("documents %llu, mentions %llu, events %lld (merged mentions %llu)\n",
                static_cast<unsigned long long>(n), static_cast<unsigned long long>(total.mentions),
                static_cast<long long>(events), static_cast<unsigned long long>(total.mentions_merged));
    if (target != 0)
        std::printf("ingest: %.1f s wall, %.0f mentions/s, %.0f events/s\n", ingest_ms / 1000,
                    total.mentions / (ingest_ms / 1000), static_cast<double>(events) / (ingest_ms / 1000));
    if (target != 0)
        std::printf("ingest: %.1f s CPU%s, %.0f mentions per CPU-second, %.0f events per CPU-second\n",
                    ingest_cpu_ms / 1000, pg ? " (client + server)" : "", total.mentions / (ingest_cpu_ms / 1000),
                    static_cast<double>(events) / (ingest_cpu_ms / 1000));
    double bytes = 0;
    if (pg) {
        db.exec("VACUUM ANALYZE");
        bytes = static_cast<double>(scalar("SELECT pg_database_size(current_database())"));
    } else {
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        bytes = static_cast<double>(std::filesystem::file_size(path));
    }
    std::printf("size on disk: %.0f MB, %.0f MB per million events\n", bytes / 1e6, bytes / 1e6 / (events / 1e6));

    // SITREP_BENCH_QUERIES=0: ingest only (profiling it).
    if (const char* q = std::getenv("SITREP_BENCH_QUERIES"); q && std::string(q) == "0") return 0;
    // Queries, each the best of 5 runs (warm cache, as a server would be).
    const auto best = [](auto&& run) {
        double b = 1e18;
        for (int i = 0; i < 5; ++i) {
            const auto t = Clock::now();
            run();
            b = std::min(b, ms_since(t));
        }
        return b;
    };
    store::EventFilter one_country;
    one_country.country = "IRQ";
    int64_t c = 0;
    std::printf("one-country count (IRQ): %lld events, %.2f ms\n", static_cast<long long>(c = store.count(one_country)),
                best([&] { c = store.count(one_country); }));
    store::EventFilter month = one_country;
    month.from = "2023-06-01";
    month.to = "2023-06-30";
    size_t rows = 0;
    std::printf("one-country month of events, full records: %.2f ms", best([&] {
                    rows = 0;
                    store.query(month, [&](const store::StoredEvent&) { ++rows; });
                }));
    std::printf(" (%zu events)\n", rows);
    std::printf("one-country day-level aggregation (--by day --country IRQ): %.2f ms (%zu days)\n",
                best([&] { rows = store.aggregate({"day"}, one_country).size(); }), rows);
    std::printf("whole-store day-level aggregation (--by day): %.2f ms\n",
                best([&] { rows = store.aggregate({"day"}, {}).size(); }));
    std::printf("whole-store country x root aggregation: %.2f ms (%zu rows)\n", best([&] {
                    rows = store.aggregate({"country", "root"}, {}).size();
                }),
                rows);
    store::EventFilter dyad;
    dyad.source = "IRQ";
    dyad.target = "TUR";
    std::printf("dyad IRQ->TUR by month: %.2f ms\n", best([&] {
                    rows = store.aggregate({"month", "dyad"}, dyad).size();
                }));
    store::EventFilter text;
    text.text = "refugees";
    text.limit = 1000;
    std::printf("full-text 'refugees', first 1000 events: %.2f ms\n",
                best([&] { store.query(text, [&](const store::StoredEvent&) {}); }));
    return 0;
}
