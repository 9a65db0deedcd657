// A real `sitrep serve` for the server tests: a SQLite store made by the real
// `sitrep ingest` from tests/data/seed-article.txt, a Server on an ephemeral
// loopback port in a thread of the test, and httplib's client to ask it.
#pragma once
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>

#include "../cli/run_binary.hpp"
#include "server/server.hpp"
#include "sitrep/engine.hpp"

namespace sitrep::testing {

inline const std::string kToken = "test-token-0123456789abcdef";

inline std::string seed_article() {
    return std::string(SITREP_SOURCE_DIR) + "/tests/data/seed-article.txt";
}

// One engine for every test that codes (loading it takes a while).
inline const Engine& shared_engine() {
    static const std::unique_ptr<Engine> engine = [] {
        Diagnostics diagnostics;
        auto e = Engine::load(EngineOptions{}, diagnostics);
        if (!e) throw std::runtime_error("engine did not load");
        return e;
    }();
    return *engine;
}

// A store holding the seed article, made by the CLI.
inline std::string make_seed_store(const TempDir& dir) {
    const std::string db = dir.path("store.db");
    const RunResult r = run_sitrep(dir, "ingest -q --db " + quoted(db) + " " + quoted(seed_article()));
    if (r.exit_code != 0) throw std::runtime_error("sitrep ingest failed: " + r.err);
    return db;
}

class RunningServer {
public:
    explicit RunningServer(server::ServerOptions options) {
        options.bind = "127.0.0.1";
        options.port = 0;
        server_ = std::make_unique<server::Server>(std::move(options));
        port_ = server_->bind();
        thread_ = std::thread([this] { server_->run(); });
    }
    ~RunningServer() {
        server_->stop();
        thread_.join();
    }
    RunningServer(const RunningServer&) = delete;
    RunningServer& operator=(const RunningServer&) = delete;

    int port() const { return port_; }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port_);
        c.set_read_timeout(30);
        return c;
    }

private:
    std::unique_ptr<server::Server> server_;
    int port_ = 0;
    std::thread thread_;
};

inline server::ServerOptions options_for(const std::string& db, bool with_token) {
    server::ServerOptions o;
    o.db = db;
    o.threads = 8;
    o.max_body_bytes = 256 << 10;
    if (with_token) {
        o.token = kToken;
        o.engine = &shared_engine();
    }
    return o;
}

inline nlohmann::json json_of(const httplib::Result& r) {
    if (!r) throw std::runtime_error("no answer");
    return nlohmann::json::parse(r->body);
}

// GET `path` and expect `status`; the parsed JSON body.
inline nlohmann::json get_json(httplib::Client& c, const std::string& path, int status = 200) {
    auto r = c.Get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return {};
    EXPECT_EQ(r->status, status) << path << ": " << r->body;
    return nlohmann::json::parse(r->body);
}

inline httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

// Every event id of the store, by paging through /api/events with `limit`.
inline std::vector<std::string> page_through(httplib::Client& c, const std::string& query, int limit,
                                             const std::function<void(int page)>& between = {}) {
    std::vector<std::string> ids;
    std::string cursor;
    for (int page = 0; page < 10000; ++page) {
        std::string path = "/api/events?limit=" + std::to_string(limit) + query;
        if (!cursor.empty()) path += "&cursor=" + cursor;
        const auto j = get_json(c, path);
        for (const auto& e : j.at("events")) ids.push_back(e.at("id").get<std::string>());
        if (j.at("next").is_null()) break;
        cursor = j.at("next").get<std::string>();
        if (between) between(page);
    }
    return ids;
}

}  // namespace sitrep::testing
