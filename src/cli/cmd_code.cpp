// sitrep code: read documents, code them with the engine, write one record
// per event (JSON Lines, CSV or GDELT TSV), and account for every record.
//
// stdout carries only event records; diagnostics, --explain reasoning, the
// progress bar and the closing summary go to stderr.
#include <cerrno>
#include <csignal>
#include <cstring>
#include <signal.h>
#include <iostream>
#include <memory>
#include <new>

#include "cli/batch_coder.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/progress.hpp"
#include "context/merging_sink.hpp"
#include "io/event_record.hpp"
#include "io/event_writer.hpp"

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
    std::string mentions = "merged";  // "raw": one record per mention, no duplicate merging
    uint64_t merge_window = MergingSink::kDefaultWindow;  // documents; 0 = the whole batch
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

extern "C" void on_stop_signal(int signal) { g_stop_signal = signal; }

void install_stop_handlers() {
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// Counts what reaches the output so the summary reports written events.
class CountingSink final : public io::EventSink {
public:
    explicit CountingSink(io::EventSink& next) : next_(next) {}
    void accept(io::EventRecord record) override {
        ++count_;
        next_.accept(std::move(record));
    }
    void finish() override { next_.finish(); }
    uint64_t count() const { return count_; }

private:
    io::EventSink& next_;
    uint64_t count_ = 0;
};

int run_code(const CodeOptions& options) {
    std::string error;
    auto reader_options = options.input.reader_options(error);
    auto format = io::parse_output_format(options.format);
    if (!reader_options || !format) {
        std::cerr << "sitrep code: " << (reader_options ? "unknown --format '" + options.format + "'" : error)
                  << '\n';
        return kExitFatal;
    }
    auto engine = load_engine_or_report(options.engine.options(), options.quiet);
    if (!engine) return kExitFatal;

    io::RecordReader reader(options.input.inputs(), *reader_options);
    io::WriterOptions writer_options;
    writer_options.header = !options.no_header;
    auto writer = io::make_event_writer(*format, std::cout, writer_options);
    // The seam for batch-level steps (duplicate merging) between coding and writing.
    CountingSink sink(*writer);
    MergingSink merging(sink, options.merge_window);  // the same event reported twice: one record, its mentions
    io::EventSink& output = options.mentions == "raw" ? static_cast<io::EventSink&>(sink) : merging;

    ProgressDisplay progress(!options.quiet);
    reader.report_to([&](const Diagnostic& d) {
        progress.clear();
        print_diagnostic(d, options.quiet);
    });
    const unsigned threads = std::max(1u, options.threads);
    const std::size_t batch_size = threads == 1 ? 1 : 64 * std::size_t{threads};
    const std::size_t batch_bytes = std::size_t{64} << 20;
    uint64_t coding_failures = 0;
    uint64_t coded_events = 0;
    install_stop_handlers();

    std::vector<Document> batch;
    std::vector<std::string> failures;
    std::vector<std::string> where;  // file:line of each document of the batch
    Diagnostics read_problems;
    bool more = true;
    while (more) {
        batch.clear();
        where.clear();
        std::size_t bytes = 0;
        while (batch.size() < batch_size && bytes < batch_bytes) {
            if (g_stop_signal != 0) {
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
            doc->explain = options.explain;
            bytes += doc->text.size();
            batch.push_back(std::move(*doc));
            where.push_back(reader.last_location());
        }
        code_batch(*engine, batch, threads, failures);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            Document& doc = batch[i];
            if (!doc.diagnostics.empty() || !doc.explanation.empty() || !failures[i].empty()) progress.clear();
            print_diagnostics(doc.diagnostics, options.quiet);
            for (const auto& line : doc.explanation) std::cerr << doc.meta.id << ": " << line << '\n';
            if (!failures[i].empty()) {
                std::cerr << escape_controls(where[i] + ": error: coding failed (" + doc.meta.id + "): " + failures[i] +
                                             "; record skipped")
                          << '\n';
                ++coding_failures;
                continue;
            }
            // Running out of memory here (a huge document's records) loses this
            // document, not the batch: it is reported and the run goes on.
            try {
                auto records = io::event_records(doc);
                coded_events += records.size();
                for (auto& record : records) output.accept(std::move(record));
            } catch (const std::bad_alloc&) {
                progress.clear();
                std::cerr << escape_controls(where[i] + ": error: out of memory writing the events of " + doc.meta.id +
                                             "; record skipped (some of its events may have been written)")
                          << '\n';
                ++coding_failures;
            }
            doc = Document();  // its memory back before the next one
            // A write error (disk full, a closed pipe) stops the run at once,
            // not after the whole batch has been read and coded.
            if (!std::cout) break;
        }
        if (!std::cout) break;
        const auto& counts = reader.counts();
        // Merging holds records until the end, so show events coded so far.
        progress.update(counts.records(), coded_events, reader.bytes_consumed(), reader.bytes_total());
    }
    if (std::cout) output.finish();
    progress.clear();

    const auto& counts = reader.counts();
    const uint64_t rejected = counts.rejected + coding_failures;
    const uint64_t coded = counts.read - coding_failures;
    if (!options.quiet) {
        // Records met, then what was not a record: paths that could not be
        // read and inputs cut short by damaged data (issue 13).
        std::cerr << "sitrep: " << counts.records() << " records read, " << coded << " coded, " << rejected
                  << " rejected";
        if (counts.unreadable != 0) std::cerr << ", " << counts.unreadable << " unreadable paths";
        if (counts.truncated != 0) std::cerr << ", " << counts.truncated << " truncated inputs";
        std::cerr << " (" << sink.count() << " events)\n";
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
    cmd->add_option("--format", options->format, "Output: jsonl (sitrep.event/1), csv, or tsv (GDELT 2.0 columns)")
        ->check(CLI::IsMember({"jsonl", "csv", "tsv"}));
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
