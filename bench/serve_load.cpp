// sitrep-serve-load: a bounded load generator for `sitrep serve` (issue 11
// figures, docs/PERFORMANCE.md "HTTP server"). Not a test; scripts/serve-bench.sh
// runs it against a 1-million-event store.
//
// N client threads, each with its own keep-alive connection, for S seconds:
// filtered event pages (some followed by their next page), event details
// (ids taken from the pages seen) and aggregations, in a fixed mix: 35 %
// filtered pages, 15 % pages of a walk through the store by cursor, 30 %
// details, 20 % aggregations. Filters
// are drawn from what the store holds (countries, actors and months read
// from the server at start). Prints requests/s, p50/p99/max latency and
// errors per route, and the server's RSS over the run (--pid).
//
//   sitrep-serve-load --port P [--host 127.0.0.1] [--clients 32] [--seconds 60] [--pid PID] [--seed 1]
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

struct Args {
    std::string host = "127.0.0.1";
    int port = 0;
    int clients = 32;
    int seconds = 60;
    long pid = 0;
    unsigned seed = 1;
};

enum Kind { kPage, kNextPage, kDetail, kStatsDay, kStatsCountryRoot, kStatsDyad, kKinds };
const char* kKindNames[kKinds] = {
    "events page (filtered)",    "events page (walk by cursor)",       "event detail",
    "stats by day, one country", "stats country x root (whole store)", "stats by month, one dyad"};
bool is_aggregation(int k) {
    return k >= kStatsDay;
}

struct Sample {
    std::vector<double> ms;
    uint64_t errors = 0;
    std::string first_error;
};

struct World {
    std::vector<std::string> countries, actors, months;
};

long rss_kib(long pid, const char* field) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(in, line);)
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
    return -1;
}

json get_json(httplib::Client& c, const std::string& path) {
    auto r = c.Get(path);
    if (!r || r->status != 200) throw std::runtime_error("GET " + path + " failed");
    return json::parse(r->body);
}

World discover(const Args& a) {
    httplib::Client c(a.host, a.port);
    c.set_read_timeout(120);
    World w;
    const json countries = get_json(c, "/api/stats?by=country");
    for (const auto& row : countries.at("rows"))
        if (!row.at("country").get<std::string>().empty() && row.at("events").get<int64_t>() > 100)
            w.countries.push_back(row.at("country"));
    const json actors = get_json(c, "/api/actors?limit=100");
    for (const auto& act : actors.at("actors")) w.actors.push_back(act.at("code"));
    const json months = get_json(c, "/api/stats?by=month");
    for (const auto& row : months.at("rows"))
        if (!row.at("month").get<std::string>().empty()) w.months.push_back(row.at("month"));
    if (w.countries.empty() || w.actors.size() < 2 || w.months.empty())
        throw std::runtime_error("the store is too small to draw filters from (" + std::to_string(w.countries.size()) +
                                 " countries, " + std::to_string(w.actors.size()) + " actors, " +
                                 std::to_string(w.months.size()) + " months)");
    return w;
}

double percentile(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

}  // namespace

int main(int argc, char** argv) {
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--host")
            a.host = v;
        else if (k == "--port")
            a.port = std::stoi(v);
        else if (k == "--clients")
            a.clients = std::stoi(v);
        else if (k == "--seconds")
            a.seconds = std::stoi(v);
        else if (k == "--pid")
            a.pid = std::stol(v);
        else if (k == "--seed")
            a.seed = static_cast<unsigned>(std::stoul(v));
        else {
            std::cerr << "unknown option " << k << '\n';
            return 2;
        }
    }
    if (a.port <= 0) {
        std::cerr << "usage: sitrep-serve-load --port P [--host H] [--clients 32] [--seconds 60] [--pid PID]\n";
        return 2;
    }
    World world;
    for (int attempt = 0;; ++attempt) {  // the server reads its actor list in the background at start
        try {
            world = discover(a);
            break;
        } catch (const std::exception& e) {
            if (attempt == 60) {
                std::cerr << "sitrep-serve-load: " << e.what() << '\n';
                return 2;
            }
            std::this_thread::sleep_for(std::chrono::seconds(2));
        }
    }
    std::cerr << "sitrep-serve-load: " << world.countries.size() << " countries, " << world.actors.size() << " actors, "
              << world.months.size() << " months; " << a.clients << " clients for " << a.seconds << " s\n";

    std::vector<std::array<Sample, kKinds>> samples(static_cast<std::size_t>(a.clients));
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(a.seconds);
    std::vector<std::pair<double, long>> rss, anon;  // seconds, KiB
    std::atomic<bool> running{true};
    std::thread sampler([&] {
        while (running) {
            if (a.pid) {
                const double t = std::chrono::duration<double>(Clock::now() - start).count();
                rss.emplace_back(t, rss_kib(a.pid, "VmRSS:"));
                // The server maps the store: RSS counts the file's pages it
                // touched (shared with the OS's cache); RssAnon is its own memory.
                anon.emplace_back(t, rss_kib(a.pid, "RssAnon:"));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
        }
    });

    std::vector<std::thread> threads;
    for (int t = 0; t < a.clients; ++t) {
        threads.emplace_back([&, t] {
            std::mt19937 rng(a.seed * 7919u + static_cast<unsigned>(t));
            const auto pick = [&](const std::vector<std::string>& v) {
                return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
            };
            httplib::Client c(a.host, a.port);
            c.set_keep_alive(true);
            c.set_read_timeout(30);
            std::vector<std::string> ids;  // seen in pages, for details
            std::string cursor;            // the last page's next
            auto& mine = samples[static_cast<std::size_t>(t)];
            while (Clock::now() < end) {
                const int roll = std::uniform_int_distribution<int>(0, 99)(rng);
                int kind;
                std::string path;
                if (roll < 35) {  // a filtered page
                    kind = kPage;
                    const int shape = std::uniform_int_distribution<int>(0, 3)(rng);
                    path = "/api/events?limit=50";
                    if (shape == 0)
                        path += "&country=" + pick(world.countries);
                    else if (shape == 1)
                        path += "&country=" + pick(world.countries) + "&from=" + pick(world.months) + "-01";
                    else if (shape == 2)
                        path += "&actor=" + pick(world.actors).substr(0, 3) +
                                "&root=" + std::string(std::uniform_int_distribution<int>(0, 1)(rng) ? "04" : "19");
                    else {
                        const std::string m = pick(world.months);
                        path += "&from=" + m + "-01&to=" + m + "-28";
                    }
                } else if (roll < 50) {
                    // A walk through the whole store, 50 at a time, by cursor.
                    kind = kNextPage;
                    path = "/api/events?limit=50" + (cursor.empty() ? std::string() : "&cursor=" + cursor);
                } else if (roll < 80 && !ids.empty()) {
                    kind = kDetail;
                    path = "/api/events/" + pick(ids);
                } else {
                    const int which = std::uniform_int_distribution<int>(0, 9)(rng);
                    if (which < 5) {
                        kind = kStatsDay;
                        path = "/api/stats?by=day&country=" + pick(world.countries);
                    } else if (which < 7) {
                        kind = kStatsCountryRoot;
                        path = "/api/stats?by=country,root";
                    } else {
                        kind = kStatsDyad;
                        path = "/api/stats?by=month,dyad&source=" + pick(world.actors).substr(0, 3) +
                               "&target=" + pick(world.actors).substr(0, 3);
                    }
                }
                const auto t0 = Clock::now();
                auto r = c.Get(path);
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
                auto& s = mine[static_cast<std::size_t>(kind)];
                s.ms.push_back(ms);
                if (!r || r->status != 200) {
                    ++s.errors;
                    if (s.first_error.empty())
                        s.first_error = path + ": " +
                                        (r ? std::to_string(r->status) + " " + r->body.substr(0, 200)
                                           : httplib::to_string(r.error()));
                    continue;
                }
                if (kind == kPage || kind == kNextPage) {
                    // Ids and the cursor by string search: parsing every page
                    // would take as much CPU as serving it, on the same machine.
                    const std::string& b = r->body;
                    for (std::size_t at = b.find(",\"id\":\""); at != std::string::npos;
                         at = b.find(",\"id\":\"", at + 1)) {
                        const std::size_t from = at + 7, to = b.find('"', from);
                        if (to == std::string::npos) break;
                        std::string id = b.substr(from, to - from);
                        if (ids.size() < 2000)
                            ids.push_back(std::move(id));
                        else
                            ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(rng)] = std::move(id);
                    }
                    if (kind == kNextPage) {
                        const std::size_t n = b.rfind("\"next\":");
                        if (n == std::string::npos) {
                            ++s.errors;
                            continue;
                        }
                        const std::size_t from = n + 7;
                        cursor.clear();
                        if (b.compare(from, 1, "\"") == 0)
                            cursor = b.substr(from + 1, b.find('"', from + 1) - from - 1);
                    }
                }
            }
        });
    }
    for (auto& th : threads) th.join();
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    running = false;
    sampler.join();

    std::printf("%-36s %9s %8s %9s %9s %9s %7s\n", "route", "requests", "req/s", "p50 ms", "p99 ms", "max ms",
                "errors");
    uint64_t total = 0, errors = 0;
    double worst_page_p99 = 0, worst_agg_p99 = 0;
    for (int k = 0; k < kKinds; ++k) {
        std::vector<double> all;
        uint64_t err = 0;
        std::string first_error;
        for (auto& per : samples) {
            all.insert(all.end(), per[static_cast<std::size_t>(k)].ms.begin(),
                       per[static_cast<std::size_t>(k)].ms.end());
            err += per[static_cast<std::size_t>(k)].errors;
            if (first_error.empty()) first_error = per[static_cast<std::size_t>(k)].first_error;
        }
        total += all.size();
        errors += err;
        const double p50 = percentile(all, 0.50), p99 = percentile(all, 0.99);
        const double mx = all.empty() ? 0 : *std::max_element(all.begin(), all.end());
        (is_aggregation(k) ? worst_agg_p99 : worst_page_p99) =
            std::max(is_aggregation(k) ? worst_agg_p99 : worst_page_p99, p99);
        std::printf("%-36s %9zu %8.1f %9.2f %9.2f %9.1f %7llu\n", kKindNames[k], all.size(),
                    static_cast<double>(all.size()) / wall, p50, p99, mx, static_cast<unsigned long long>(err));
        if (!first_error.empty()) std::printf("    first error: %s\n", first_error.c_str());
    }
    std::printf("%-36s %9llu %8.1f\n", "all", static_cast<unsigned long long>(total),
                static_cast<double>(total) / wall);
    std::printf("errors: %llu; worst p99: pages/details %.1f ms (floor 100), aggregations %.1f ms (floor 500)\n",
                static_cast<unsigned long long>(errors), worst_page_p99, worst_agg_p99);
    if (a.pid && !rss.empty()) {
        const auto report = [](const char* what, const std::vector<std::pair<double, long>>& v) {
            long peak = 0;
            for (const auto& [s, kib] : v) peak = std::max(peak, kib);
            const auto at = [&](double frac) {
                return v[static_cast<std::size_t>(frac * static_cast<double>(v.size() - 1))].second;
            };
            std::printf("server %s (MiB): at 10%% of the run %.1f, 50%% %.1f, end %.1f, peak %.1f\n", what,
                        static_cast<double>(at(0.1)) / 1024, static_cast<double>(at(0.5)) / 1024,
                        static_cast<double>(v.back().second) / 1024, static_cast<double>(peak) / 1024);
        };
        report("RSS", rss);
        report("RssAnon (its own memory, without the mapped store)", anon);
        std::printf("server VmHWM %.1f MiB\n", static_cast<double>(rss_kib(a.pid, "VmHWM:")) / 1024);
    }
    return errors == 0 ? 0 : 1;
}
