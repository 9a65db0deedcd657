// Whole-corpus throughput: reads every input into memory (so disk and
// decompression are not timed), codes it with the built-in dictionaries, and
// prints MB/s, sentences/s per core, events and peak RSS. Separate from the
// tests on purpose: speed is measured, not asserted.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <thread>
#include <vector>

#include "engine/engine.hpp"
#include "io/record_reader.hpp"

namespace {

double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

int usage() {
    std::fprintf(stderr,
                 "usage: sitrep-throughput [--repeat N] [--threads N] [--date YYYY-MM-DD] INPUT...\n"
                 "INPUT: files or directories as for `sitrep code`.\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 3;
    unsigned threads = 1;
    sitrep::io::ReaderOptions reader_options;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--threads" && i + 1 < argc) {
            threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
        } else if (arg == "--date" && i + 1 < argc) {
            reader_options.story_date = sitrep::Date::parse_iso(argv[++i]);
            if (!reader_options.story_date) return usage();
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return usage();
        } else {
            inputs.push_back(arg);
        }
    }
    if (inputs.empty()) return usage();

    const auto load_start = std::chrono::steady_clock::now();
    sitrep::Diagnostics diagnostics;
    auto engine = sitrep::Engine::load(sitrep::EngineOptions{}, diagnostics);
    if (!engine) {
        for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
        return 2;
    }
    const double load_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_start).count();

    std::vector<sitrep::Document> corpus;
    sitrep::io::RecordReader reader(inputs, reader_options);
    sitrep::Diagnostics read_problems;
    while (auto doc = reader.next(read_problems)) corpus.push_back(std::move(*doc));
    uint64_t bytes = 0;
    for (const auto& doc : corpus) bytes += doc.text.size();
    const long rss_after_load = peak_rss_kib();

    std::atomic<uint64_t> sentences{0}, events{0};
    const double cpu_start = cpu_seconds();
    const auto wall_start = std::chrono::steady_clock::now();
    for (int round = 0; round < repeat; ++round) {
        std::atomic<size_t> next{0};
        auto work = [&] {
            for (size_t i = next++; i < corpus.size(); i = next++) {
                sitrep::Document doc;
                doc.text = corpus[i].text;
                doc.meta = corpus[i].meta;
                engine->code(doc);
                sentences += doc.sentences.size();
                events += doc.events.size();
            }
        };
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
        work();
        for (auto& t : pool) t.join();
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    const double cpu = cpu_seconds() - cpu_start;
    const double total_bytes = static_cast<double>(bytes) * repeat;

    std::printf("documents        %zu (x%d rounds, %u thread%s)\n", corpus.size(), repeat, threads,
                threads == 1 ? "" : "s");
    std::printf("input            %.2f MB per round\n", static_cast<double>(bytes) / 1e6);
    std::printf("engine load      %.1f ms\n", load_ms);
    std::printf("sentences        %llu\n", static_cast<unsigned long long>(sentences.load()));
    std::printf("events           %llu\n", static_cast<unsigned long long>(events.load()));
    std::printf("wall             %.3f s\n", wall);
    std::printf("cpu              %.3f s\n", cpu);
    std::printf("MB/s (wall)      %.2f\n", total_bytes / 1e6 / wall);
    std::printf("sentences/s      %.0f (wall)\n", static_cast<double>(sentences) / wall);
    std::printf("sentences/s/core %.0f (per CPU-second)\n", static_cast<double>(sentences) / cpu);
    std::printf("peak RSS         %.1f MiB (%.1f MiB after loading engine and corpus)\n",
                static_cast<double>(peak_rss_kib()) / 1024.0, static_cast<double>(rss_after_load) / 1024.0);
    return 0;
}
