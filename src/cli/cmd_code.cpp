// sitrep code: read documents, code them with the engine, write one record
// per event (JSON Lines, CSV or GDELT TSV), and account for every record.
//
// stdout carries only event records; diagnostics, --explain reasoning, the
// progress bar and the closing summary go to stderr.
#include <signal.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>
#include <memory>
#include <new>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/progress.hpp"
#include "sitrep/batch.hpp"
#include "sitrep/output.hpp"

namespace sitrep::cli {

namespace {

struct CodeOptions {
    InputOptions input;
    EngineFlags engine;
    std::string format = "jsonl";
    unsigned threads = 1;
    bool explain = false;
    bool quiet = false;
    bool no_header = false;
    std::string mentions = "merged";                       // "raw": one record per mention, no duplicate merging
    uint64_t merge_window = kDefaultMergeWindowDocuments;  // documents; 0 = the whole batch
};

// The largest --merge-window: far beyond any batch, far below where counting
// documents could overflow (values near 2^64 used to turn merging off).
constexpr uint64_t kMaxMergeWindow = 1000000000;

// SIGINT / SIGTERM: the handler only records the signal; the batch loop stops
// reading, codes and writes what it holds (whole records), flushes the merger,
// prints the summary and exits 128 + the signal. The handler is reset on
// first use, so a second Ctrl-C ends the process at once (a read blocked on
// a terminal or pipe is not interrupted by the first).
volatile std::sig_atomic_t g_stop_signal = 0;

extern "C" void on_stop_signal(int signal) {
    g_stop_signal = signal;
}

void install_stop_handlers() {
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int run_code(const CodeOptions& options) {
    std::string error;
    auto reader_options = options.input.reader_options(error);
    if (!reader_options || !is_output_format(options.format)) {
        std::cerr << "sitrep code: " << (reader_options ? "unknown --format '" + options.format + "'" : error) << '\n';
        return kExitFatal;
    }
    auto engine = load_engine_or_report(options.engine.options(), options.quiet);
    if (!engine) return kExitFatal;

    auto source = read_inputs(options.input.inputs(), *reader_options);
    WriterOptions writer_options;
    writer_options.header = !options.no_header;
    auto writer = make_writer(options.format, std::cout, writer_options);

    BatchOptions batch;
    batch.threads = options.threads;
    batch.mentions = options.mentions == "raw" ? Mentions::raw : Mentions::merged;
    batch.merge_window_documents = options.merge_window;  // the same event reported twice: one record, its mentions
    batch.explain = options.explain;

    ProgressDisplay progress(!options.quiet);
    BatchCallbacks callbacks;
    callbacks.diagnostic = [&](const Diagnostic& d) {
        progress.clear();
        print_diagnostic(d, options.quiet);
    };
    callbacks.document = [&](const Document& doc, const std::string&) {
        if (!doc.diagnostics.empty() || !doc.explanation.empty()) progress.clear();
        print_diagnostics(doc.diagnostics, options.quiet);
        for (const auto& line : doc.explanation) std::cerr << doc.meta.id << ": " << line << '\n';
    };
    callbacks.failure = [&](const DocumentFailure& f) {
        progress.clear();
        if (f.kind == DocumentFailure::Kind::coding)
            std::cerr << escape_controls(f.where + ": error: coding failed (" + f.doc_id + "): " + f.reason +
                                         "; record skipped")
                      << '\n';
        else
            std::cerr << escape_controls(f.where + ": error: out of memory writing the events of " + f.doc_id +
                                         "; record skipped (some of its events may have been written)")
                      << '\n';
    };
    callbacks.progress = [&](const BatchProgress& p) {
        progress.update(p.records, p.events, p.bytes_done, p.bytes_total);
    };
    callbacks.stop_reading = []() { return g_stop_signal != 0; };
    callbacks.output_failed = []() { return !std::cout; };
    install_stop_handlers();

    const BatchResult result = BatchCoder(*engine, batch).run(*source, *writer, callbacks);
    progress.clear();

    const auto& counts = result.counts;
    const uint64_t rejected = result.rejected();
    if (!options.quiet) {
        // Records met, then what was not a record: paths that could not be
        // read and inputs cut short by damaged data (issue 13).
        std::cerr << "sitrep: " << counts.records() << " records read, " << result.coded() << " coded, " << rejected
                  << " rejected";
        if (counts.unreadable != 0) std::cerr << ", " << counts.unreadable << " unreadable paths";
        if (counts.truncated != 0) std::cerr << ", " << counts.truncated << " truncated inputs";
        std::cerr << " (" << result.records_written << " events)\n";
    }
    std::cout.flush();
    if (!std::cout) {
        const int reason = errno;
        std::cerr << "sitrep code: cannot write the output" << (reason ? std::string(": ") + std::strerror(reason) : "")
                  << "; stopped\n";
        return kExitFatal;
    }
    if (g_stop_signal != 0) {
        std::cerr << "sitrep: interrupted by " << (g_stop_signal == SIGINT ? "SIGINT" : "SIGTERM")
                  << ": stopped reading; every record read was coded and written\n";
        return 128 + g_stop_signal;
    }
    return rejected + counts.unreadable + counts.truncated == 0 ? kExitOk : kExitRejected;
}

}  // namespace

Action register_code(CLI::App& app) {
    auto options = std::make_shared<CodeOptions>();
    auto* cmd = app.add_subcommand("code", "Code documents into event records (one per line on stdout)");
    options->input.add_to(*cmd);
    options->engine.add_to(*cmd);
    cmd->add_option("--format", options->format, "Output: " + output_formats_help())
        ->check(CLI::IsMember(output_formats()));
    cmd->add_option("--threads", options->threads, "Worker threads sharing one engine (output keeps input order)")
        ->check(CLI::Range(1, 256));
    cmd->add_flag("--explain", options->explain, "Print the reasoning behind each event to stderr");
    cmd->add_flag("--quiet,-q", options->quiet, "No warnings, progress bar or summary (errors still shown)");
    cmd->add_flag("--no-header", options->no_header, "Leave out the CSV/TSV column-name row");
    cmd->add_option("--mentions", options->mentions,
                    "merged (default): one record per event, duplicates merged across the batch; raw: one per mention")
        ->check(CLI::IsMember({"merged", "raw"}));
    cmd->add_option("--merge-window", options->merge_window,
                    "Documents after an event's last mention before its merged record is written; "
                    "0 holds every record to the end of the batch")
        ->capture_default_str()
        ->check(CLI::Range(uint64_t{0}, kMaxMergeWindow));
    return [cmd, options]() { return cmd->parsed() ? run_code(*options) : kExitOk; };
}

}  // namespace sitrep::cli
