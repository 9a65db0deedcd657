// sitrep ingest --db FILE inputs...: code documents and keep the events in an
// event store (src/store/event_store.hpp), one transaction per batch, so that
// a crash or kill leaves the store as it was before a batch or after it.
// Re-ingesting unchanged documents is a no-op; changed ones replace their
// mentions; duplicates merge with the events already stored.
// sitrep ingest --db FILE --recode: code the stored documents again with the
// current dictionaries and store what changed, batch by batch.
#include <signal.h>
#include <csignal>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/progress.hpp"
#include "sitrep/batch.hpp"
#include "sitrep/store.hpp"

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
    bool recode = false;  // re-code the stored documents instead of reading inputs
    bool force = false;   // --recode even documents coded with the current dictionaries
};

// SIGINT / SIGTERM: finish the batch in hand (its transaction commits), then stop.
volatile std::sig_atomic_t g_ingest_signal = 0;
extern "C" void on_ingest_signal(int signal) {
    g_ingest_signal = signal;
}

void install_handlers() {
    struct sigaction action {};
    action.sa_handler = on_ingest_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// The records go to the store through the documents, not through the sink.
class DiscardSink final : public EventSink {
public:
    void accept(EventRecord) override {}
};

// What the store needs of a coded document: metadata, text, sentence spans
// and events (not the tokens, chunks and other layers).
Document stored_part(const Document& doc) {
    Document out;
    out.meta = doc.meta;
    out.text = doc.text;
    out.sentences = doc.sentences;
    out.events = doc.events;
    return out;
}

// --recode: the stored documents coded with other dictionaries (all with
// --force), read back in the order they came, --batch at a time, coded and
// stored in one transaction per batch as if their new output were ingested.
int run_recode(const IngestOptions& options, store::EventStore& store, const Engine& engine) {
    BatchOptions batch;
    batch.threads = options.threads;
    batch.mentions = Mentions::raw;
    batch.batch_documents = options.batch;
    store::IngestStats total;
    uint64_t skipped = 0, failed = 0;
    std::string store_error;
    int64_t after = 0;
    while (g_ingest_signal == 0) {
        std::vector<store::StoredDocument> stored;
        try {
            stored = store.documents_to_recode(after, options.batch, options.force);
        } catch (const store::StoreError& e) {
            store_error = e.what();
            break;
        }
        if (stored.empty()) break;
        after = stored.back().row;
        std::vector<InputDocument> inputs;
        for (auto& d : stored) {
            if (d.has_text) {
                inputs.push_back(std::move(d.input));
                continue;
            }
            if (++skipped <= 5 && !options.quiet)
                std::cerr << escape_controls("sitrep ingest: " + d.input.id +
                                             ": skipped: stored without its text (--no-text), cannot be re-coded")
                          << '\n';
        }
        std::vector<Document> pending;
        BatchCallbacks callbacks;
        callbacks.diagnostic = [&](const Diagnostic& d) { print_diagnostic(d, options.quiet); };
        callbacks.document = [&](const Document& doc, const std::string&) { pending.push_back(stored_part(doc)); };
        callbacks.failure = [&](const DocumentFailure& f) {
            if (f.kind != DocumentFailure::Kind::coding) return;
            std::cerr << escape_controls("sitrep ingest: " + f.doc_id + ": error: coding failed: " + f.reason +
                                         "; its stored events are kept")
                      << '\n';
            ++failed;
            if (!pending.empty() && pending.back().meta.id == f.doc_id) pending.pop_back();
        };
        DiscardSink discard;
        auto source = read_documents(std::move(inputs));
        BatchCoder(engine, batch).run(*source, discard, callbacks);
        std::vector<const Document*> pointers;
        for (const auto& d : pending) pointers.push_back(&d);
        try {
            total += store.recode(pointers);
        } catch (const store::StoreError& e) {
            store_error = e.what();
            break;
        }
    }
    if (!store_error.empty()) {
        std::cerr << "sitrep ingest: " << store_error << "; the batch was rolled back, stopped\n";
        return kExitFatal;
    }
    if (!options.quiet) {
        if (skipped > 5) std::cerr << "sitrep ingest: ... and " << skipped - 5 << " more stored without text\n";
        std::cerr << "sitrep: recode: documents " << total.documents_recoded << " recoded, "
                  << total.documents_unchanged << " unchanged, " << skipped << " skipped (stored with --no-text), "
                  << failed << " failed; events " << total.events_new - total.events_recreated << " new, "
                  << total.events_deleted - total.events_recreated << " deleted, " << total.events_recreated
                  << " re-made under their id; " << total.mentions << " mentions stored (" << total.mentions_merged
                  << " merged into stored events)\n";
    }
    if (g_ingest_signal != 0) {
        std::cerr << "sitrep: interrupted: every batch re-coded so far was stored\n";
        return 128 + g_ingest_signal;
    }
    return failed == 0 ? kExitOk : kExitRejected;
}

int run_ingest(const IngestOptions& options) {
    if (options.recode && !options.input.paths.empty()) {
        std::cerr << "sitrep ingest: --recode re-codes the stored documents and reads no inputs\n";
        return kExitFatal;
    }
    if (options.force && !options.recode) {
        std::cerr << "sitrep ingest: --force goes with --recode\n";
        return kExitFatal;
    }
    std::string error;
    auto reader_options = options.input.reader_options(error);
    if (!reader_options) {
        std::cerr << "sitrep ingest: " << error << '\n';
        return kExitFatal;
    }
    std::unique_ptr<store::EventStore> store;
    try {
        store = std::make_unique<store::EventStore>(
            options.db,
            store::StoreOptions{.keep_text = !options.no_text, .coder = store::coder_id(options.engine.options())});
    } catch (const store::StoreError& e) {
        std::cerr << "sitrep ingest: " << e.what() << '\n';
        return kExitFatal;
    }
    auto engine = load_engine_or_report(options.engine.options(), options.quiet);
    if (!engine) return kExitFatal;
    if (options.recode) {
        install_handlers();
        return run_recode(options, *store, *engine);
    }

    auto source = read_inputs(options.input.inputs(), *reader_options);
    BatchOptions batch;
    batch.threads = options.threads;
    batch.mentions = Mentions::raw;         // the store merges, across this run and earlier ones
    batch.batch_documents = options.batch;  // one coding group = one transaction

    ProgressDisplay progress(!options.quiet);
    store::IngestStats total;
    std::vector<Document> pending;  // the group being coded, stored at its end
    std::string store_error;
    BatchCallbacks callbacks;
    callbacks.diagnostic = [&](const Diagnostic& d) {
        progress.clear();
        print_diagnostic(d, options.quiet);
    };
    callbacks.document = [&](const Document& doc, const std::string&) {
        if (!doc.diagnostics.empty()) progress.clear();
        print_diagnostics(doc.diagnostics, options.quiet);
        pending.push_back(stored_part(doc));
    };
    callbacks.failure = [&](const DocumentFailure& f) {
        progress.clear();
        if (f.kind != DocumentFailure::Kind::coding) return;  // coded: stored all the same (its records are not used)
        std::cerr << escape_controls(f.where + ": error: coding failed (" + f.doc_id + "): " + f.reason +
                                     "; record skipped")
                  << '\n';
        if (!pending.empty() && pending.back().meta.id == f.doc_id) pending.pop_back();
    };
    callbacks.progress = [&](const BatchProgress& p) {
        try {
            total += store->ingest(pending);
        } catch (const store::StoreError& e) {
            store_error = e.what();
        }
        pending.clear();
        progress.update(p.records, total.mentions, p.bytes_done, p.bytes_total);
    };
    callbacks.stop_reading = [&]() { return g_ingest_signal != 0 || !store_error.empty(); };
    callbacks.output_failed = [&]() { return !store_error.empty(); };
    install_handlers();

    DiscardSink discard;
    const BatchResult result = BatchCoder(*engine, batch).run(*source, discard, callbacks);
    progress.clear();
    if (!store_error.empty()) {
        std::cerr << "sitrep ingest: " << store_error << "; the batch was rolled back, stopped\n";
        return kExitFatal;
    }
    const auto& counts = result.counts;
    const uint64_t rejected = result.rejected();
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
    auto* cmd = app.add_subcommand(
        "ingest", "Code documents into an event store (a SQLite file, created if absent, or a postgresql:// URL)");
    cmd->add_option(
           "--db", options->db,
           "The store: a SQLite file or a postgresql:// URL (PostgreSQL 15; several ingests may write at once)")
        ->required();
    options->input.add_to(*cmd);
    options->engine.add_to(*cmd);
    cmd->add_flag("--no-text", options->no_text,
                  "Leave the documents' full text out (the sentences that report events are kept)");
    cmd->add_option("--threads", options->threads, "Worker threads sharing one engine")->check(CLI::Range(1, 256));
    cmd->add_option("--batch", options->batch, "Documents per transaction")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}));
    cmd->add_flag("--recode", options->recode,
                  "Re-code the stored documents coded with other dictionaries and store what changed (no inputs)");
    cmd->add_flag("--force", options->force, "With --recode: re-code every stored document, whatever coded it");
    cmd->add_flag("--quiet,-q", options->quiet, "No warnings, progress bar or summary (errors still shown)");
    return [cmd, options]() { return cmd->parsed() ? run_ingest(*options) : kExitOk; };
}

}  // namespace sitrep::cli
