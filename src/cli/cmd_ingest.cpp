// sitrep ingest --db FILE inputs...: code documents and keep the events in an
// event store (src/store/event_store.hpp), one transaction per batch, so that
// a crash or kill leaves the store as it was before a batch or after it.
// Re-ingesting unchanged documents is a no-op; changed ones replace their
// mentions; duplicates merge with the events already stored.
#include <csignal>
#include <iostream>
#include <memory>
#include <signal.h>

#include "cli/batch_coder.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/progress.hpp"
#include "store/event_store.hpp"

namespace sitrep::cli {

namespace {

struct IngestOptions {
    InputOptions input;
    EngineFlags engine;
    std::string db;
    bool no_text = false;
    unsigned threads = 1;
    std::size_t batch = 1000;  // documents per transaction
    bool quiet = false;
};

// SIGINT / SIGTERM: finish the batch in hand (its transaction commits), then stop.
volatile std::sig_atomic_t g_ingest_signal = 0;
extern "C" void on_ingest_signal(int signal) { g_ingest_signal = signal; }

void install_handlers() {
    struct sigaction action {};
    action.sa_handler = on_ingest_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int run_ingest(const IngestOptions& options) {
    std::string error;
    auto reader_options = options.input.reader_options(error);
    if (!reader_options) {
        std::cerr << "sitrep ingest: " << error << '\n';
        return kExitFatal;
    }
    std::unique_ptr<store::EventStore> store;
    try {
        store = std::make_unique<store::EventStore>(options.db, store::StoreOptions{.keep_text = !options.no_text});
    } catch (const store::StoreError& e) {
        std::cerr << "sitrep ingest: " << e.what() << '\n';
        return kExitFatal;
    }
    auto engine = load_engine_or_report(options.engine.options(), options.quiet);
    if (!engine) return kExitFatal;

    io::RecordReader reader(options.input.inputs(), *reader_options);
    ProgressDisplay progress(!options.quiet);
    reader.report_to([&](const Diagnostic& d) {
        progress.clear();
        print_diagnostic(d, options.quiet);
    });
    const unsigned threads = std::max(1u, options.threads);
    const std::size_t batch_bytes = std::size_t{64} << 20;
    install_handlers();

    store::IngestStats total;
    uint64_t coding_failures = 0;
    std::vector<Document> batch;
    std::vector<std::string> failures, where;
    Diagnostics read_problems;
    bool more = true;
    while (more) {
        batch.clear();
        where.clear();
        std::size_t bytes = 0;
        while (batch.size() < std::max<std::size_t>(1, options.batch) && bytes < batch_bytes) {
            if (g_ingest_signal != 0) {
                more = false;
                break;
            }
            auto doc = reader.next(read_problems);
            if (!read_problems.empty()) {
                progress.clear();
                print_diagnostics(read_problems, options.quiet);
                read_problems.clear();
            }
            if (!doc) {
                more = false;
                break;
            }
            bytes += doc->text.size();
            batch.push_back(std::move(*doc));
            where.push_back(reader.last_location());
        }
        code_batch(*engine, batch, threads, failures);
        std::vector<const Document*> coded;
        coded.reserve(batch.size());
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (!batch[i].diagnostics.empty() || !failures[i].empty()) progress.clear();
            print_diagnostics(batch[i].diagnostics, options.quiet);
            if (!failures[i].empty()) {
                std::cerr << escape_controls(where[i] + ": error: coding failed (" + batch[i].meta.id +
                                             "): " + failures[i] + "; record skipped")
                          << '\n';
                ++coding_failures;
                continue;
            }
            coded.push_back(&batch[i]);
        }
        try {
            total += store->ingest(coded);
        } catch (const store::StoreError& e) {
            progress.clear();
            std::cerr << "sitrep ingest: " << e.what() << "; the batch was rolled back, stopped\n";
            return kExitFatal;
        }
        progress.update(reader.counts().records(), total.mentions, reader.bytes_consumed(), reader.bytes_total());
    }
    progress.clear();
    const auto& counts = reader.counts();
    const uint64_t rejected = counts.rejected + coding_failures;
    if (!options.quiet) {
        std::cerr << "sitrep: " << counts.records() << " records read, " << rejected << " rejected; documents "
                  << total.documents_new << " new, " << total.documents_replaced << " replaced, "
                  << total.documents_unchanged << " unchanged; " << total.mentions << " mentions stored ("
                  << total.events_new << " new events, " << total.mentions_merged << " merged into stored ones, "
                  << total.events_deleted << " events deleted)\n";
    }
    if (g_ingest_signal != 0) {
        std::cerr << "sitrep: interrupted: stopped reading; every batch read was stored\n";
        return 128 + g_ingest_signal;
    }
    return rejected + counts.unreadable + counts.truncated == 0 ? kExitOk : kExitRejected;
}

}  // namespace

Action register_ingest(CLI::App& app) {
    auto options = std::make_shared<IngestOptions>();
    auto* cmd = app.add_subcommand("ingest", "Code documents into an event store (SQLite file, created if absent)");
    cmd->add_option("--db", options->db, "The store: a SQLite file")->required();
    options->input.add_to(*cmd);
    options->engine.add_to(*cmd);
    cmd->add_flag("--no-text", options->no_text,
                  "Leave the documents' full text out (the sentences that report events are kept)");
    cmd->add_option("--threads", options->threads, "Worker threads sharing one engine")->check(CLI::Range(1, 256));
    cmd->add_option("--batch", options->batch, "Documents per transaction")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}));
    cmd->add_flag("--quiet,-q", options->quiet, "No warnings, progress bar or summary (errors still shown)");
    return [cmd, options]() { return cmd->parsed() ? run_ingest(*options) : kExitOk; };
}

}  // namespace sitrep::cli
