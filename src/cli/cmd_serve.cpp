// sitrep serve --db FILE: the HTTP API and web page over an event store
// (src/server/server.hpp, docs/API.md). Binds 127.0.0.1:8080 unless told
// otherwise; POST /api/code and /api/ingest only with --token-file (the
// dictionaries are loaded then). SIGINT / SIGTERM stop it.
#include <pthread.h>
#include <signal.h>
#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "sitrep/server.hpp"

namespace sitrep::cli {

namespace {

struct ServeOptions {
    server::ServerOptions server;
    std::string token_file;
    EngineFlags engine;
    std::size_t max_body_mib = 8;
    unsigned query_timeout_ms = 5000;
    std::size_t mmap_mib = 1024;
    bool log = false;
};

// The token: the file's first line, without surrounding blanks.
std::optional<std::string> read_token(const std::string& path, std::string& error) {
    std::ifstream in(path);
    std::string line;
    if (!in || !std::getline(in, line)) {
        error = "cannot read the token file " + path;
        return std::nullopt;
    }
    const auto begin = line.find_first_not_of(" \t\r");
    const auto end = line.find_last_not_of(" \t\r");
    line = begin == std::string::npos ? std::string() : line.substr(begin, end - begin + 1);
    if (line.size() < 16) {
        error = "the token in " + path + " is shorter than 16 characters";
        return std::nullopt;
    }
    return line;
}

int run_serve(ServeOptions& o) {
    auto& s = o.server;
    s.max_body_bytes = o.max_body_mib << 20;
    s.query_timeout = std::chrono::milliseconds(o.query_timeout_ms);
    s.stream_timeout = s.query_timeout * 10;
    s.reader_mmap_bytes = o.mmap_mib << 20;
    std::unique_ptr<Engine> engine;
    if (!o.token_file.empty()) {
        std::string error;
        auto token = read_token(o.token_file, error);
        if (!token) {
            std::cerr << "sitrep serve: " << error << '\n';
            return kExitFatal;
        }
        s.token = *token;
        engine = load_engine_or_report(o.engine.options(), false);
        if (!engine) return kExitFatal;
        s.engine = engine.get();
    }
    if (o.log) s.log = [](const std::string& line) { std::cerr << line + "\n"; };

    // SIGINT and SIGTERM go to one waiting thread (blocked everywhere else),
    // which stops the server: no work in a signal handler.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::unique_ptr<server::Server> srv;
    int port = 0;
    try {
        srv = std::make_unique<server::Server>(s);
        port = srv->bind();
    } catch (const std::exception& e) {
        std::cerr << "sitrep serve: " << e.what() << '\n';
        return kExitFatal;
    }
    std::thread waiter([&] {
        int signal = 0;
        sigwait(&signals, &signal);
        srv->stop();
    });
    std::cerr << "sitrep serve: listening on http://" << s.bind << ':' << port << "/ (store " << s.db
              << (s.token.empty() ? "; read-only" : "; write routes need the token") << ")" << std::endl;
    srv->run();
    pthread_kill(waiter.native_handle(), SIGTERM);  // ends sigwait when run() ended otherwise
    waiter.join();
    std::cerr << "sitrep serve: stopped\n";
    return kExitOk;
}

}  // namespace

Action register_serve(CLI::App& app) {
    auto o = std::make_shared<ServeOptions>();
    auto* cmd = app.add_subcommand("serve", "HTTP API and web page over an event store (docs/API.md)");
    auto& s = o->server;
    cmd->add_option("--db", s.db, "The store (SQLite file)")->required();
    cmd->add_option("--bind", s.bind, "Address to listen on")->capture_default_str();
    cmd->add_option("--port", s.port, "Port (0: any free one, printed at start)")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    cmd->add_option("--token-file", o->token_file,
                    "File whose first line is the token that POST /api/code and /api/ingest need "
                    "(Authorization: Bearer TOKEN); without it they are refused")
        ->check(CLI::ExistingFile);
    o->engine.add_to(*cmd);
    cmd->add_option("--threads", s.threads, "Worker threads (connections served at once)")
        ->capture_default_str()
        ->check(CLI::Range(1, 1024));
    cmd->add_option("--coding-threads", s.coding_threads, "Threads coding one POST body")
        ->capture_default_str()
        ->check(CLI::Range(1, 256));
    cmd->add_option("--max-body-mib", o->max_body_mib, "Largest request body, MiB")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{1024}));
    cmd->add_option("--query-timeout-ms", o->query_timeout_ms, "Longest query (streamed exports: 10x)")
        ->capture_default_str()
        ->check(CLI::Range(10u, 600000u));
    cmd->add_option("--mmap-mib", o->mmap_mib,
                    "How much of the store each read connection memory-maps (0: none; RSS then stays small, "
                    "CPU per query is higher)")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{0}, std::size_t{1} << 20));
    cmd->add_option("--max-page", s.limits.max_page, "Largest page of format=json")
        ->capture_default_str()
        ->check(CLI::Range(uint64_t{1}, uint64_t{100000}));
    cmd->add_flag("--log", o->log, "One line per request on stderr");
    return [cmd, o]() { return cmd->parsed() ? run_serve(*o) : kExitOk; };
}

}  // namespace sitrep::cli
