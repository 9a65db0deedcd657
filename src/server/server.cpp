#include "server/server.hpp"

#include <httplib.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "io/event_json.hpp"
#include "io/event_writer.hpp"
#include "server/assets.hpp"
#include "server/json_views.hpp"
#include "server/routes.hpp"
#include "sitrep/batch.hpp"
#include "store/drill_down.hpp"
#include "store/event_store.hpp"

namespace sitrep::server {

namespace {

using Clock = std::chrono::steady_clock;

// A client mistake or a refusal: answered with `status` and an error body.
struct HttpError {
    int status;
    std::string code, message, parameter;
};

// The query took longer than the limit (SQLite's progress handler stopped it).
struct QueryTimeout {};

// One read-only connection with the deadline its progress handler checks.
struct Connection {
    std::unique_ptr<store::EventStore> store;
    Clock::time_point deadline = Clock::time_point::max();
    bool timed_out = false;
};

extern "C" int on_sqlite_progress(void* data) {
    auto* c = static_cast<Connection*>(data);
    if (Clock::now() <= c->deadline) return 0;
    c->timed_out = true;
    return 1;  // SQLite stops the statement with SQLITE_INTERRUPT
}

// Read-only connections, one per worker at a time, reused.
class ConnectionPool {
public:
    ConnectionPool(std::string path, std::size_t mmap_bytes) : path_(std::move(path)), mmap_bytes_(mmap_bytes) {}

    struct Lease {
        ConnectionPool* pool;
        std::unique_ptr<Connection> connection;
        Lease(ConnectionPool* p, std::unique_ptr<Connection> c) : pool(p), connection(std::move(c)) {}
        ~Lease() { pool->give_back(std::move(connection)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        store::EventStore& store() { return *connection->store; }
        // Runs `f` under the time limit; QueryTimeout when SQLite was stopped.
        template <class F>
        auto timed(std::chrono::milliseconds limit, F&& f) {
            connection->deadline = Clock::now() + limit;
            connection->timed_out = false;
            try {
                return f(store());
            } catch (const store::StoreError&) {
                connection->deadline = Clock::time_point::max();
                if (connection->timed_out) throw QueryTimeout{};
                throw;
            }
        }
    };

    std::shared_ptr<Lease> acquire() {
        std::unique_ptr<Connection> c;
        {
            std::lock_guard lock(mutex_);
            if (!free_.empty()) {
                c = std::move(free_.back());
                free_.pop_back();
            }
        }
        if (!c) {
            c = std::make_unique<Connection>();
            c->store = std::make_unique<store::EventStore>(path_, store::StoreOptions{.read_only = true});
            // Many connections share the file through the OS: pages are read
            // in place from a memory map (no read() and copy per page miss, one
            // copy in memory for all connections), so each connection's own
            // page cache (for WAL frames and the map's overflow) stays small;
            // sorts and temporary B-trees stay in memory.
            c->store->database().exec("PRAGMA mmap_size=" + std::to_string(mmap_bytes_) +
                                      "; PRAGMA cache_size=-4096; PRAGMA temp_store=MEMORY;");
            sqlite3_progress_handler(c->store->database().handle(), 2000, on_sqlite_progress, c.get());
        }
        return std::make_shared<Lease>(this, std::move(c));
    }

private:
    void give_back(std::unique_ptr<Connection> c) {
        c->deadline = Clock::time_point::max();
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(c));
    }

    std::string path_;
    std::size_t mmap_bytes_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<Connection>> free_;
};

constexpr std::string_view kJson = "application/json";

void send_json(httplib::Response& res, std::string body, int status = 200) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::move(body), std::string(kJson));
}

std::string_view query_string(const httplib::Request& req) {
    const std::string_view target = req.target;
    const auto q = target.find('?');
    return q == std::string_view::npos ? std::string_view() : target.substr(q + 1);
}

std::string status_code_name(int status) {
    switch (status) {
        case 400:
            return "bad_request";
        case 401:
            return "unauthorized";
        case 403:
            return "forbidden";
        case 404:
            return "not_found";
        case 405:
            return "method_not_allowed";
        case 408:
            return "request_timeout";
        case 413:
            return "body_too_large";
        case 414:
            return "uri_too_long";
        case 416:
            return "range_not_satisfiable";
        case 503:
            return "unavailable";
        default:
            return status >= 500 ? "internal" : "error";
    }
}

// Collects output and hands it to the socket in pieces of about 64 KiB.
class SinkBuffer {
public:
    explicit SinkBuffer(httplib::DataSink& sink) : sink_(sink) {}
    void add(std::string_view s) {
        buffer_ += s;
        if (buffer_.size() >= (std::size_t{64} << 10)) flush();
    }
    void flush() {
        if (buffer_.empty()) return;
        if (!sink_.write(buffer_.data(), buffer_.size())) throw ClientGone{};
        buffer_.clear();
    }
    struct ClientGone {};

private:
    httplib::DataSink& sink_;
    std::string buffer_;
};

std::string next_cursor_or_null(const std::optional<Cursor>& c) {
    return c ? "\"" + format_cursor(*c) + "\"" : std::string("null");
}

// The order key of a row in its query's order ((date, id) or (updated_at, id)).
std::string order_key(const store::StoredEvent& e, bool by_update) {
    if (by_update) return e.updated_at;
    return e.record.event.date.valid() ? e.record.event.date.iso() : std::string();
}

// The host part of a Host header ("localhost:8080", "[::1]:8080").
std::string_view host_of(std::string_view header) {
    if (header.starts_with('[')) {
        const auto close = header.find(']');
        return close == std::string_view::npos ? header : header.substr(1, close - 1);
    }
    return header.substr(0, header.find(':'));
}

bool loopback_name(std::string_view host) {
    const bool dotted = !host.empty() && std::all_of(host.begin(), host.end(),
                                                     [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    return host == "localhost" || host == "::1" || (dotted && host.starts_with("127."));
}

}  // namespace

bool same_token(std::string_view given, std::string_view expected) {
    unsigned diff = given.size() == expected.size() ? 0u : 1u;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const char g = i < given.size() ? given[i] : '\0';
        diff |= static_cast<unsigned>(static_cast<unsigned char>(g) ^ static_cast<unsigned char>(expected[i]));
    }
    return diff == 0;
}

struct Server::Impl {
    explicit Impl(ServerOptions o) : options(std::move(o)), pool(options.db, options.reader_mmap_bytes) {
        if (!options.token.empty()) writer = std::make_unique<store::EventStore>(options.db);  // creates, migrates
        pool.acquire();  // the store must open now, not at the first request
        setup();
        refresh_actors();
    }

    ~Impl() {
        if (actor_cache.thread.joinable()) actor_cache.thread.join();
    }

    void refresh_actors() {
        if (actor_cache.refreshing.exchange(true)) return;
        if (actor_cache.thread.joinable()) actor_cache.thread.join();
        actor_cache.thread = std::thread([this] {
            try {
                auto lease = pool.acquire();
                const int64_t seq = store::snapshot_seq(lease->store());
                auto all = store::actor_codes(lease->store(), "", -1);
                std::lock_guard lock(actor_cache.mutex);
                actor_cache.all = std::move(all);
                actor_cache.snapshot = seq;
                actor_cache.ready = true;
                actor_cache.read_at = Clock::now();
            } catch (const std::exception&) {
                // Left as it was; requests fall back to the store.
            }
            actor_cache.refreshing = false;
        });
    }

    ServerOptions options;
    ConnectionPool pool;
    // Every actor code with its count, read in the background at start and
    // again when the store has grown (a whole-store count takes seconds on a
    // large store; a prefix is then looked up in memory).
    struct ActorCache {
        std::mutex mutex;
        std::vector<store::ActorCount> all;  // most frequent first
        bool ready = false;
        int64_t snapshot = -1;
        Clock::time_point read_at{};
        std::atomic<bool> refreshing{false};
        std::thread thread;
    } actor_cache;
    // Aggregation answers by query string, kept while the store's version is
    // the same (the rollups change only in an ingest). Bounded: emptied when full.
    struct StatsCache {
        std::mutex mutex;
        std::string version;
        std::unordered_map<std::string, std::string> bodies;
        // Answers being computed, by version and query string.
        std::unordered_map<std::string, std::shared_future<std::string>> computing;
    } stats_cache;
    httplib::Server http;
    std::mutex write_mutex;
    std::unique_ptr<store::EventStore> writer;
    int port = 0;

    void setup() {
        const unsigned threads = std::max(1u, options.threads);
        http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
        http.set_payload_max_length(options.max_body_bytes);
        http.set_keep_alive_max_count(1000);
        http.set_keep_alive_timeout(5);
        http.set_read_timeout(10);
        http.set_write_timeout(30);
        http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});
        const auto handler = [this](const httplib::Request& req, httplib::Response& res) { dispatch(req, res); };
        http.Get(".*", handler);
        http.Post(".*", handler);
        http.Put(".*", handler);
        http.Patch(".*", handler);
        http.Delete(".*", handler);
        http.Options(".*", handler);
        // httplib's own refusals (413 body too large, 414, 400 bad request line)
        // get the JSON error body too.
        http.set_error_handler(
            httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
                if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
                std::string message = "the request was refused (HTTP " + std::to_string(res.status) + ")";
                if (res.status == 413) message = "request body larger than the server's limit";
                if (res.status == 414) message = "request target too long";
                send_json(res, error_body(status_code_name(res.status), message), res.status);
                return httplib::Server::HandlerResponse::Handled;
            }));
        http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
            std::string message = "internal error";
            try {
                if (ep) std::rethrow_exception(ep);
            } catch (const std::exception& e) {
                message = e.what();
            } catch (...) {
            }
            send_json(res, error_body("internal", message), 500);
        });
        if (options.log)
            http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
                options.log(req.method + " " + req.path + " " + std::to_string(res.status));
            });
    }

    void dispatch(const httplib::Request& req, httplib::Response& res) {
        try {
            // Bound to loopback: a page elsewhere that points its own host name
            // at 127.0.0.1 (DNS rebinding) must not read the API through the
            // browser. Browsers always send Host; its name must be a loopback one.
            if (loopback_name(options.bind) && req.has_header("Host") &&
                !loopback_name(host_of(req.get_header_value("Host"))))
                throw HttpError{403, "forbidden",
                                "this server answers only requests addressed to 127.0.0.1 or localhost "
                                "(Host header refused; start it with --bind to serve other names)",
                                ""};
            const RouteMatch m = match_route(req.method, req.path);
            if (!m.route) {
                if (m.path_exists) {
                    std::string allow;
                    for (const auto& a : m.allowed) allow += (allow.empty() ? "" : ", ") + a;
                    res.set_header("Allow", allow);
                    throw HttpError{405, "method_not_allowed", req.method + " is not allowed here (" + allow + ")", ""};
                }
                serve_asset(req, res);
                return;
            }
            if (m.route->needs_token) check_token(req);
            route(*m.route, m.args, req, res);
        } catch (const HttpError& e) {
            send_json(res, error_body(e.code, e.message, e.parameter), e.status);
        } catch (const ParamError& e) {
            send_json(res, error_body("bad_parameter", e.what(), e.param()), 400);
        } catch (const QueryTimeout&) {
            send_json(res,
                      error_body("query_timeout", "the query took longer than " +
                                                      std::to_string(options.query_timeout.count()) +
                                                      " ms; narrow the filters"),
                      503);
        } catch (const store::StoreError& e) {
            send_json(res, error_body("store_error", e.what()), 500);
        }
    }

    void route(const Route& r, const std::vector<std::string_view>& args, const httplib::Request& req,
               httplib::Response& res) {
        switch (r.id) {
            case RouteId::healthz:
                return healthz(res);
            case RouteId::events:
                return events(req, res);
            case RouteId::event:
                return event(args.at(0), res);
            case RouteId::stats:
                return stats(req, res);
            case RouteId::actors:
                return actors(req, res);
            case RouteId::changes:
                return changes(req, res);
            case RouteId::code:
                return code(req, res, false);
            case RouteId::ingest:
                return code(req, res, true);
            case RouteId::openapi:
                return send_json(res, openapi_json());
        }
    }

    void serve_asset(const httplib::Request& req, httplib::Response& res) {
        const Asset* a = (req.method == "GET" || req.method == "HEAD") && !req.path.starts_with("/api/")
                             ? find_asset(req.path)
                             : nullptr;
        if (!a) throw HttpError{404, "not_found", "no such route or file: " + req.method + " " + req.path, ""};
        res.set_content(std::string(a->bytes), std::string(a->content_type));
        res.set_header("Cache-Control", "no-cache");
        if (a->content_type.starts_with("text/html"))
            res.set_header("Content-Security-Policy",
                           "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                           "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    }

    void check_token(const httplib::Request& req) {
        if (options.token.empty())
            throw HttpError{403, "forbidden", "writing is not enabled on this server (start it with --token-file)", ""};
        const std::string header = req.get_header_value("Authorization");
        constexpr std::string_view kBearer = "Bearer ";
        if (header.empty())
            throw HttpError{401, "unauthorized", "this route needs the header 'Authorization: Bearer <token>'", ""};
        if (!std::string_view(header).starts_with(kBearer) ||
            !same_token(std::string_view(header).substr(kBearer.size()), options.token))
            throw HttpError{403, "forbidden", "wrong token", ""};
    }

    void healthz(httplib::Response& res) {
        auto lease = pool.acquire();
        const int64_t seq =
            lease->timed(options.query_timeout, [](store::EventStore& s) { return store::snapshot_seq(s); });
        ojson j;
        j["status"] = "ok";
        j["snapshot"] = seq;
        j["coding"] = options.engine != nullptr;
        j["writing"] = !options.token.empty();
        send_json(res, dump(j));
    }

    // ---------------------------------------------------------------- events

    // A full-text query SQLite's FTS5 cannot read is the client's mistake.
    template <class F>
    static auto with_text_errors(const store::EventFilter& f, F&& run) {
        try {
            return run();
        } catch (const store::StoreError& e) {
            const std::string_view m = e.what();
            if (!f.text.empty() &&
                (m.find("fts5") != std::string_view::npos || m.find("unterminated") != std::string_view::npos ||
                 m.find("no such column") != std::string_view::npos))
                throw HttpError{400, "bad_parameter", "parameter 'text' is not a full-text query: " + std::string(m),
                                "text"};
            throw;
        }
    }

    void events(const httplib::Request& req, httplib::Response& res) {
        EventsRequest q = parse_events_request(parse_query_string(query_string(req)), options.limits);
        auto lease = pool.acquire();
        if (q.count) {
            const int64_t n = with_text_errors(q.filter, [&] {
                return lease->timed(options.query_timeout, [&](store::EventStore& s) { return s.count(q.filter); });
            });
            send_json(res, "{\"count\":" + std::to_string(n) + "}");
            return;
        }
        const int64_t snapshot =
            q.cursor ? q.cursor->snapshot
                     : lease->timed(options.query_timeout, [](store::EventStore& s) { return store::snapshot_seq(s); });
        q.filter.max_seq = snapshot;
        if (q.cursor) q.filter.after = std::make_pair(q.cursor->key, q.cursor->id);
        res.set_header("X-Sitrep-Snapshot", std::to_string(snapshot));
        if (q.format == EventFormat::json) return events_page(*lease, q, snapshot, res);
        stream_events(std::move(lease), q, snapshot, res);
    }

    void events_page(ConnectionPool::Lease& lease, EventsRequest& q, int64_t snapshot, httplib::Response& res) {
        q.filter.limit = q.limit + 1;  // one more tells whether there is a next page
        std::string body = "{\"events\":[";
        uint64_t n = 0;
        std::optional<Cursor> next;
        Cursor last;
        with_text_errors(q.filter, [&] {
            return lease.timed(options.query_timeout, [&](store::EventStore& s) {
                s.query(q.filter, [&](const store::StoredEvent& e) {
                    if (n == q.limit) {
                        next = last;
                        return;
                    }
                    if (n++) body += ',';
                    body += stored_event_json(e);
                    last = Cursor{snapshot, order_key(e, false), e.id};
                });
                return 0;
            });
        });
        body += "],\"next\":" + next_cursor_or_null(next) + ",\"snapshot\":" + std::to_string(snapshot) + "}";
        send_json(res, std::move(body));
    }

    void stream_events(std::shared_ptr<ConnectionPool::Lease> lease, EventsRequest q, int64_t snapshot,
                       httplib::Response& res) {
        q.filter.limit = q.limit;
        const char* type = q.format == EventFormat::ndjson ? "application/x-ndjson"
                           : q.format == EventFormat::csv  ? "text/csv; charset=utf-8"
                                                           : "application/geo+json";
        const auto limit = options.stream_timeout;
        res.set_header("Cache-Control", "no-store");
        res.set_chunked_content_provider(type, [lease, q, snapshot, limit](size_t, httplib::DataSink& sink) {
            SinkBuffer out(sink);
            try {
                lease->timed(limit, [&](store::EventStore& s) {
                    if (q.format == EventFormat::ndjson) {
                        s.query(q.filter, [&](const store::StoredEvent& e) {
                            out.add(stored_event_json(e));
                            out.add("\n");
                        });
                    } else if (q.format == EventFormat::csv) {
                        std::ostringstream text;
                        auto writer = io::make_event_writer(io::OutputFormat::csv, text, io::WriterOptions{});
                        s.query(q.filter, [&](const store::StoredEvent& e) {
                            writer->accept(e.record);
                            if (text.tellp() >= (std::streamoff{64} << 10)) {
                                out.add(text.str());
                                text.str({});
                            }
                        });
                        writer->finish();
                        out.add(text.str());
                    } else {
                        out.add("{\"type\":\"FeatureCollection\",\"snapshot\":" + std::to_string(snapshot) +
                                ",\"features\":[");
                        bool first = true;
                        s.query(q.filter, [&](const store::StoredEvent& e) {
                            if (!e.record.event.place) return;
                            out.add(first ? "\n" : ",\n");
                            out.add(dump(event_feature(e)));
                            first = false;
                        });
                        out.add("\n]}\n");
                    }
                    return 0;
                });
                out.flush();
                sink.done();
                return true;
            } catch (const SinkBuffer::ClientGone&) {
                return false;
            } catch (const QueryTimeout&) {
                cut_short(out, q.format, "query_timeout",
                          "the query took longer than the limit; the stream is cut short");
                return false;
            } catch (const std::exception& e) {
                cut_short(out, q.format, "internal", e.what());
                return false;
            } catch (...) {
                cut_short(out, q.format, "internal", "internal error");
                return false;
            }
        });
    }

    // A stream whose query failed after the 200 went out must not look
    // complete: what was written so far goes out, NDJSON ends with an error
    // line ({"error":{...}}, no "schema"), and returning false makes httplib
    // close the connection without the last chunk, so every HTTP client sees
    // a transfer cut short (CSV and GeoJSON are left unterminated).
    static void cut_short(SinkBuffer& out, EventFormat format, std::string_view code, std::string_view message) {
        try {
            if (format == EventFormat::ndjson) {
                out.add(error_body(code, message));
                out.add("\n");
            }
            out.flush();
        } catch (const SinkBuffer::ClientGone&) {
        }
    }

    void event(std::string_view id_text, httplib::Response& res) {
        if (id_text.empty() || id_text.size() > 19 ||
            !std::all_of(id_text.begin(), id_text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            throw HttpError{400, "bad_parameter", "an event id is 1-19 digits", "id"};
        const int64_t id = std::stoll(std::string(id_text));
        auto lease = pool.acquire();
        std::string body;
        lease->timed(options.query_timeout, [&](store::EventStore& s) {
            store::EventFilter f;
            f.id = id;
            s.query(f, [&](const store::StoredEvent& e) {
                body = "{\"event\":" + stored_event_json(e) +
                       ",\"mentions\":" + dump(mentions_json(e, store::event_mentions(s, id))) + "}";
            });
            return 0;
        });
        if (body.empty()) throw HttpError{404, "not_found", "no event with id " + std::string(id_text), "id"};
        send_json(res, std::move(body));
    }

    void stats(const httplib::Request& req, httplib::Response& res) {
        const StatsRequest q = parse_stats_request(parse_query_string(query_string(req)));
        auto lease = pool.acquire();
        const std::string version =
            lease->timed(options.query_timeout, [](store::EventStore& s) { return store::store_version(s); });
        const std::string key(query_string(req));
        // The same question asked again while the first asker computes it
        // waits for that answer instead of computing it too (32 clients
        // asking for the whole store's country x root at once all computed it).
        std::shared_future<std::string> answer;
        std::promise<std::string> mine;
        const std::string flight = version + '\n' + key;
        {
            std::lock_guard lock(stats_cache.mutex);
            if (stats_cache.version != version) {
                stats_cache.bodies.clear();
                stats_cache.version = version;
            }
            if (auto it = stats_cache.bodies.find(key); it != stats_cache.bodies.end()) {
                send_json(res, it->second);
                return;
            }
            if (auto it = stats_cache.computing.find(flight); it != stats_cache.computing.end())
                answer = it->second;
            else
                stats_cache.computing.emplace(flight, mine.get_future().share());
        }
        if (answer.valid()) {
            if (answer.wait_for(options.query_timeout) != std::future_status::ready) throw QueryTimeout{};
            send_json(res, answer.get());  // or the first asker's error
            return;
        }
        std::string body;
        try {
            body = stats_body(*lease, q);
        } catch (...) {
            mine.set_exception(std::current_exception());
            std::lock_guard lock(stats_cache.mutex);
            stats_cache.computing.erase(flight);
            throw;
        }
        mine.set_value(body);
        {
            std::lock_guard lock(stats_cache.mutex);
            stats_cache.computing.erase(flight);
            if (stats_cache.version == version) {
                if (stats_cache.bodies.size() >= 512) stats_cache.bodies.clear();
                stats_cache.bodies.emplace(key, body);
            }
        }
        send_json(res, std::move(body));
    }

    std::string stats_body(ConnectionPool::Lease& lease, const StatsRequest& q) {
        std::vector<store::AggregateRow> rows;
        try {
            rows =
                lease.timed(options.query_timeout, [&](store::EventStore& s) { return s.aggregate(q.by, q.filter); });
        } catch (const store::StoreError& e) {
            // aggregate() refuses groupings and filters the rollups do not hold.
            throw HttpError{400, "bad_parameter", e.what(), "by"};
        }
        std::vector<std::string> names;
        for (const auto& b : q.by) {
            if (b == "dyad") {
                names.push_back("source");
                names.push_back("target");
            } else {
                names.push_back(b);
            }
        }
        ojson j;
        j["by"] = names;
        ojson list = ojson::array();
        for (const auto& r : rows) {
            ojson row;
            for (std::size_t i = 0; i < names.size() && i < r.keys.size(); ++i) row[names[i]] = r.keys[i];
            row["events"] = r.events;
            row["mentions"] = r.mentions;
            list.push_back(std::move(row));
        }
        j["rows"] = std::move(list);
        return dump(j);
    }

    void actors(const httplib::Request& req, httplib::Response& res) {
        const ActorsRequest q = parse_actors_request(parse_query_string(query_string(req)));
        auto lease = pool.acquire();
        const int64_t seq =
            lease->timed(options.query_timeout, [](store::EventStore& s) { return store::snapshot_seq(s); });
        std::vector<store::ActorCount> found;
        bool cached = false;
        {
            std::lock_guard lock(actor_cache.mutex);
            if (actor_cache.ready) {
                cached = true;
                for (const auto& a : actor_cache.all)
                    if (a.code.starts_with(q.prefix) && found.size() < static_cast<std::size_t>(q.limit))
                        found.push_back(a);
                if (actor_cache.snapshot != seq && Clock::now() - actor_cache.read_at > std::chrono::seconds(60))
                    refresh_actors();  // counts up to a minute old meanwhile
            }
        }
        if (!cached)
            found = lease->timed(options.query_timeout,
                                 [&](store::EventStore& s) { return store::actor_codes(s, q.prefix, q.limit); });
        ojson list = ojson::array();
        for (const auto& a : found) list.push_back({{"code", a.code}, {"events", a.events}});
        send_json(res, dump(ojson{{"actors", std::move(list)}}));
    }

    // Events changed and tombstones written after `since`, one list each but
    // paged together in (time, id) order (updated_at or deleted_at): an id is
    // an event or a tombstone, never both, so the cursor needs no kind.
    void changes(const httplib::Request& req, httplib::Response& res) {
        const ChangesRequest q = parse_changes_request(parse_query_string(query_string(req)), options.limits);
        auto lease = pool.acquire();
        std::optional<std::pair<std::string, int64_t>> after;
        if (q.cursor) after = std::make_pair(q.cursor->key, q.cursor->id);
        store::EventFilter f;
        f.since = q.since;
        f.limit = q.limit + 1;  // one more of each tells whether there is a next page
        f.after = after;
        struct Changed {
            std::string time;
            int64_t id;
            std::string json;
        };
        std::vector<Changed> events;
        std::vector<store::Tombstone> gone;
        lease->timed(options.query_timeout, [&](store::EventStore& s) {
            s.query(f, [&](const store::StoredEvent& e) {
                events.push_back({e.updated_at, e.id, stored_event_json(e)});
            });
            gone = store::tombstones_page(s, q.since, after, static_cast<int64_t>(q.limit) + 1);
            return 0;
        });
        std::string body = "{\"events\":[", tombstones;
        std::size_t i = 0, k = 0;
        std::optional<Cursor> next;
        Cursor last;
        std::string latest;
        for (uint64_t n = 0; n < q.limit && (i < events.size() || k < gone.size()); ++n) {
            const bool event_first =
                k == gone.size() || (i < events.size() &&
                                     std::tie(events[i].time, events[i].id) < std::tie(gone[k].deleted_at, gone[k].id));
            if (event_first) {
                if (i) body += ',';
                body += events[i].json;
                last = Cursor{0, events[i].time, events[i].id};
                ++i;
            } else {
                if (k) tombstones += ',';
                tombstones += dump(tombstone_json(gone[k]));
                last = Cursor{0, gone[k].deleted_at, gone[k].id};
                ++k;
            }
            latest = std::max(latest, last.key);
        }
        if (i < events.size() || k < gone.size()) next = last;
        body += "],\"tombstones\":[" + tombstones + "],\"next\":" + next_cursor_or_null(next) +
                ",\"latest\":" + (latest.empty() ? std::string("null") : "\"" + latest + "\"") + "}";
        send_json(res, std::move(body));
    }

    // ---------------------------------------------------------------- coding

    std::vector<Document> read_body(const httplib::Request& req, const CodeRequest& q) {
        std::vector<Document> docs;
        if (q.format == BodyFormat::text) {
            InputDocument in;
            in.id = q.id.empty() ? "posted" : q.id;
            in.text = req.body;
            if (!q.date.empty()) in.date = Date::parse_iso(q.date);
            docs.push_back(make_document(std::move(in)));
            return docs;
        }
        io::ReaderOptions reader;
        reader.format = io::InputFormat::jsonl;
        reader.max_record_bytes = options.max_body_bytes;
        auto source = read_bytes("body", req.body, reader);
        Diagnostics problems;
        while (auto doc = source->next(problems)) {
            if (docs.size() == options.max_documents)
                throw HttpError{413, "too_many_documents",
                                "more than " + std::to_string(options.max_documents) + " documents in one request", ""};
            docs.push_back(std::move(*doc));
        }
        for (const auto& d : problems)
            if (d.severity == Severity::error) throw HttpError{400, "bad_body", d.format(), ""};
        return docs;
    }

    // The evidence of one coded report, as /api/events/{id} gives a stored one.
    static store::MentionDetail mention_detail(const Document& doc, const io::EventRecord& r) {
        store::MentionDetail m;
        const Event& ev = r.event;
        m.doc = r.doc;
        m.url = r.url;
        m.title = doc.meta.title;
        m.sentence = ev.sentence;
        m.sentence_span = ev.sentence < doc.sentences.size() ? doc.sentences[ev.sentence].span : Span{};
        m.sentence_text = std::string(r.sentence_text());
        m.verb = ev.verb_span;
        if (ev.source) m.source = ev.source->span;
        if (ev.target) m.target = ev.target->span;
        m.date = ev.date_span;
        if (ev.place) m.place = ev.place->span;
        if (ev.attribution) m.attribution = ev.attribution->span;
        m.rule = ev.rule;
        m.first = true;
        return m;
    }

    // Duplicates merged as `sitrep code --mentions merged` does (every record
    // held to the end: one request is one batch).
    static std::vector<io::EventRecord> merge_records(const std::vector<io::EventRecord>& records) {
        struct Collect final : io::EventSink {
            std::vector<io::EventRecord> out;
            void accept(io::EventRecord record) override { out.push_back(std::move(record)); }
        } collect;
        MergeOptions merge;
        merge.window_documents = 0;
        Merger merger(collect, merge);
        for (const auto& r : records) merger.accept(r);
        merger.finish();
        return std::move(collect.out);
    }

    // Where each coded report is, by document, sentence and verb span.
    static std::string report_key(const std::string& doc, uint32_t sentence, Span verb) {
        return doc + '\n' + std::to_string(sentence) + ':' + std::to_string(verb.begin) + '-' +
               std::to_string(verb.end);
    }

    // The evidence of each report of merged record `r`, its own first. A
    // report is found by its key (and, when two events share a verb, by the
    // same code and actors).
    static std::vector<store::MentionDetail> merged_details(
        const io::EventRecord& r, const std::vector<io::EventRecord>& records,
        const std::vector<store::MentionDetail>& details,
        const std::unordered_map<std::string, std::vector<std::size_t>>& reports) {
        const auto actor = [](const std::optional<EventActor>& a) { return a ? a->code : std::string(); };
        const auto find = [&](const std::string& key) -> std::optional<std::size_t> {
            const auto it = reports.find(key);
            if (it == reports.end()) return std::nullopt;
            for (const std::size_t i : it->second) {
                const Event& e = records[i].event;
                if (e.cameo == r.event.cameo && actor(e.source) == actor(r.event.source) &&
                    actor(e.target) == actor(r.event.target))
                    return i;
            }
            return it->second.front();
        };
        std::vector<store::MentionDetail> out;
        const std::string own = report_key(r.doc, r.event.sentence, r.event.verb_span);
        if (const auto i = find(own)) out.push_back(details[*i]);
        for (const EventMentionRef& m : r.event.mentions) {
            const std::string key = report_key(m.doc, m.sentence, m.span);
            if (key == own) continue;  // listed first
            if (const auto i = find(key)) {
                out.push_back(details[*i]);
                out.back().first = false;
            }
        }
        return out;
    }

    void code(const httplib::Request& req, httplib::Response& res, bool store_them) {
        const CodeRequest q =
            parse_code_request(parse_query_string(query_string(req)), req.get_header_value("Content-Type"), store_them);
        if (!options.engine) throw HttpError{503, "unavailable", "coding is not available on this server", ""};
        std::vector<Document> docs = read_body(req, q);
        std::vector<std::string> failures;
        code_documents(*options.engine, docs, std::max(1u, options.coding_threads), failures);
        for (std::size_t i = 0; i < docs.size(); ++i)
            if (!failures[i].empty()) throw HttpError{400, "coding_failed", docs[i].meta.id + ": " + failures[i], ""};
        if (store_them) {
            store::IngestStats stats;
            {
                std::lock_guard lock(write_mutex);
                stats = writer->ingest(docs);
            }
            ojson j;
            j["documents_new"] = stats.documents_new;
            j["documents_unchanged"] = stats.documents_unchanged;
            j["documents_replaced"] = stats.documents_replaced;
            j["events_new"] = stats.events_new;
            j["mentions"] = stats.mentions;
            j["mentions_merged"] = stats.mentions_merged;
            j["events_deleted"] = stats.events_deleted;
            send_json(res, dump(j));
            return;
        }
        // Every report as coded, with the evidence of each.
        std::vector<io::EventRecord> records;
        std::vector<store::MentionDetail> details;
        ojson diagnostics = ojson::array();
        for (const Document& doc : docs) {
            for (const auto& d : doc.diagnostics)
                diagnostics.push_back({{"doc", doc.meta.id}, {"message", d.format()}});
            for (io::EventRecord& r : io::event_records(doc)) {
                details.push_back(mention_detail(doc, r));
                records.push_back(std::move(r));
            }
        }
        std::string body = "{\"documents\":" + std::to_string(docs.size()) + ",\"events\":[";
        bool first = true;
        if (q.mentions == Mentions::raw) {
            for (std::size_t i = 0; i < records.size(); ++i) {
                store::StoredEvent e;
                e.record = records[i];
                body += (first ? "" : ",");
                body += "{\"event\":" + io::event_to_json(records[i]) +
                        ",\"mention\":" + dump(mentions_json(e, {details[i]})[0]) + "}";
                first = false;
            }
        } else {
            // As `sitrep code` does by default: one record per event, its reports
            // listed in "mentions" (the first is the one whose fields it carries).
            std::unordered_map<std::string, std::vector<std::size_t>> reports;
            for (std::size_t i = 0; i < records.size(); ++i)
                reports[report_key(records[i].doc, records[i].event.sentence, records[i].event.verb_span)].push_back(i);
            for (const io::EventRecord& r : merge_records(records)) {
                store::StoredEvent e;
                e.record = r;
                const ojson list = mentions_json(e, merged_details(r, records, details, reports));
                body += (first ? "" : ",");
                body += "{\"event\":" + io::event_to_json(r) +
                        ",\"mention\":" + (list.empty() ? std::string("null") : dump(list.at(0))) +
                        ",\"mentions\":" + dump(list) + "}";
                first = false;
            }
        }
        body += "],\"diagnostics\":" + dump(diagnostics) + "}";
        send_json(res, std::move(body));
    }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() = default;

int Server::bind() {
    Impl& s = *impl_;
    if (s.options.port == 0)
        s.port = s.http.bind_to_any_port(s.options.bind);
    else
        s.port = s.http.bind_to_port(s.options.bind, s.options.port) ? s.options.port : -1;
    if (s.port < 0)
        throw std::runtime_error("cannot listen on " + s.options.bind + ":" + std::to_string(s.options.port));
    return s.port;
}

void Server::run() {
    impl_->http.listen_after_bind();
}
void Server::stop() {
    impl_->http.stop();
}

}  // namespace sitrep::server
