// `sitrep serve`: an HTTP API over an event store and the embedded web page
// (docs/API.md, docs/ARCHITECTURE.md "Server"). A thin client of the library:
// queries go to store::EventStore (one read-only connection per worker
// thread, each query under a time limit), coding to the Engine and batch API.
// Binds to 127.0.0.1 unless told otherwise; the write routes need the token.
#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "server/query_params.hpp"
#include "sitrep/engine.hpp"

namespace sitrep::server {

struct ServerOptions {
    std::string db;  // the SQLite store
    std::string bind = "127.0.0.1";
    int port = 8080;        // 0: any free port (bind() says which)
    std::string token;      // empty: POST /api/code and /api/ingest answer 403
    unsigned threads = 48;  // worker threads = connections served at once
    std::size_t max_body_bytes = std::size_t{8} << 20;
    // Each read connection maps this much of the store (PRAGMA mmap_size; 0:
    // read() into its page cache instead). Pages are shared with the OS's
    // cache, but RSS counts them once per connection that touched them.
    std::size_t reader_mmap_bytes = std::size_t{1} << 30;
    std::chrono::milliseconds query_timeout{5000};    // per request, but for streamed exports:
    std::chrono::milliseconds stream_timeout{50000};  // format=ndjson|csv|geojson
    PageLimits limits;
    std::size_t max_documents = 1000;  // per POST
    const Engine* engine = nullptr;    // coding for the write routes; nullptr: they answer 503
    unsigned coding_threads = 1;
    // One line per request ("GET /api/events 200 3.1 ms"); unset: no log.
    std::function<void(const std::string&)> log;
};

class Server {
public:
    // Opens the store (created when a token allows writing, else it must
    // exist). Throws store::StoreError.
    explicit Server(ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds the listening socket; returns the port. Throws std::runtime_error.
    int bind();
    // Serves until stop() (from another thread or a signal handler's thread).
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Equal strings, in time that does not depend on where they differ.
bool same_token(std::string_view given, std::string_view expected);

}  // namespace sitrep::server
