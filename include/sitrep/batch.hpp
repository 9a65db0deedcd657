// Public header: coding many documents. A BatchCoder reads documents from a
// DocumentSource (files, directories, stdin, JSON Lines, in-memory records),
// codes them on N threads with one shared Engine, keeps the input order,
// merges duplicate events (or not) and hands the records to an EventSink.
// The CLI, the store, the server and the Python binding are thin clients of
// this (docs/ARCHITECTURE.md "Batch API").
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/record_reader.hpp"
#include "sitrep/engine.hpp"
#include "sitrep/record.hpp"

namespace sitrep {

using io::InputFormat;
using io::ReaderCounts;
using io::ReaderOptions;

// ---------------------------------------------------------------- inputs

// One document held in memory (a Python dict, a database row, an HTTP body).
struct InputDocument {
    std::string id;
    std::string text;
    std::optional<Date> date;  // the story date; events are dated relative to it
    std::string url;
    std::string outlet;  // the publishing outlet (JSON Lines "source")
    std::string title;
};

// Where a batch reads its documents from. next() returns documents in input
// order until it returns nullopt. BatchCoder calls it only from the thread
// that called run() (a Python iterator behind it needs the GIL only there).
class DocumentSource {
public:
    virtual ~DocumentSource() = default;
    // The next document; problems with records that were skipped go to
    // `diagnostics` (or to the report_to() callback once one is set).
    virtual std::optional<Document> next(Diagnostics& diagnostics) = 0;
    // Sends reading problems to `report` as they happen.
    virtual void report_to(std::function<void(const Diagnostic&)> report) = 0;
    // Where the document next() last returned came from ("file:line", "file",
    // or the document id for in-memory input), for messages about it.
    virtual const std::string& last_location() const = 0;
    virtual const ReaderCounts& counts() const = 0;
    // Raw bytes consumed and total input size (0 when unknown), for progress.
    virtual uint64_t bytes_consumed() const { return 0; }
    virtual uint64_t bytes_total() const { return 0; }
};

// Files, directories (walked in sorted order) and "-" for stdin; plain text
// or JSON Lines, optionally gzip/zstd compressed.
std::unique_ptr<DocumentSource> read_inputs(std::vector<std::string> paths, ReaderOptions options = {});
// JSON Lines or text held in memory as if read from file `name`.
std::unique_ptr<DocumentSource> read_bytes(std::string name, std::string bytes, ReaderOptions options = {});
// In-memory documents: `next` is called until it returns nullopt (a Python
// iterator, a database cursor). Invalid UTF-8 is repaired with a warning.
std::unique_ptr<DocumentSource> read_documents(std::function<std::optional<InputDocument>()> next);
std::unique_ptr<DocumentSource> read_documents(std::vector<InputDocument> documents);

// The Document the engine codes for an in-memory record (UTF-8 repaired).
Document make_document(InputDocument input);

// A stable fingerprint of a document's text (64-bit FNV-1a, 16 lowercase hex
// digits): the same bytes give the same hash on every platform and version,
// so a store can tell a re-sent document from a changed one.
std::string content_hash(std::string_view text);

// ---------------------------------------------------------------- merging

enum class Mentions { merged, raw };

// One record per event, duplicates merged (Merger); or one per mention.
inline constexpr uint64_t kDefaultMergeWindowDocuments = 100000;  // about a day of world news

struct MergeOptions {
    // A merged record is written once this many documents that produced
    // events have gone by since its last mention; 0 holds every record to
    // the end. Used when window_days is 0 (records arrive in document order).
    uint64_t window_documents = kDefaultMergeWindowDocuments;
    // When > 0: merging by dates, for records that arrive in any order
    // (partitions of a cluster job, shuffled input). The merge key holds the
    // event date, so all mentions of a record share it: records are held and
    // merged date by date in a canonical order at finish(), or, for the dates
    // more than window_days before W, at advance_to(W). The merged set then
    // depends only on which records were fed (and on the watermarks), never
    // on their order. A mention of a date already written starts a new record.
    uint32_t window_days = 0;
    // Estimated Jaccard similarity of the two sentences' words at which two
    // events with the same key are one.
    double threshold = 0.5;
};

// Takes raw-mention records (from coding, or read back from sitrep.event/1
// JSON with record_from_json) and passes merged records on to `next`: one
// per event, Event::mentions listing every mention.
class Merger final : public EventSink {
public:
    explicit Merger(EventSink& next, MergeOptions options = {});
    ~Merger() override;
    Merger(const Merger&) = delete;
    Merger& operator=(const Merger&) = delete;

    void accept(EventRecord record) override;
    // Writes every record still open, then finishes `next`.
    void finish() override;
    // Date windows only: no more mentions of events dated more than
    // window_days before `watermark` will come (stories up to the watermark
    // have all been fed), so those dates are merged and written now.
    void advance_to(Date watermark);
    // Records held back now (raw mentions, with a date window).
    std::size_t open_records() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------- coding

struct BatchOptions {
    unsigned threads = 1;  // workers sharing the Engine; output keeps input order
    Mentions mentions = Mentions::merged;
    uint64_t merge_window_documents = kDefaultMergeWindowDocuments;
    uint32_t merge_window_days = 0;  // see MergeOptions::window_days
    bool explain = false;            // fill Document::explanation
    // Documents coded together: 0 means 1 with one thread, 64 per thread otherwise.
    std::size_t batch_documents = 0;
    std::size_t batch_bytes = std::size_t{64} << 20;  // ... and at most this much text
};

// A document that could not be coded or whose records could not be made.
struct DocumentFailure {
    enum class Kind { coding, out_of_memory_writing };
    Kind kind = Kind::coding;
    std::string where;  // "file:line" of the document
    std::string doc_id;
    std::string reason;  // "out of memory", the exception's message
};

struct BatchProgress {
    uint64_t records = 0;  // records read or rejected so far
    uint64_t events = 0;   // events coded so far (before merging)
    uint64_t bytes_done = 0, bytes_total = 0;
};

// What the batch tells its caller while it runs; every callback is optional
// and is called on the calling thread, in input order.
struct BatchCallbacks {
    // A record that was skipped, an unreadable input ("file:line: ...").
    std::function<void(const Diagnostic&)> diagnostic;
    // A document coded, before its records go to the sink: its
    // diagnostics, --explain lines, text and metadata (the store keeps them).
    std::function<void(const Document&, const std::string& where)> document;
    std::function<void(const DocumentFailure&)> failure;
    std::function<void(const BatchProgress&)> progress;  // after each group of documents
    // Polled before each read: true stops reading; what was read is still
    // coded and written and the merger flushed (SIGINT in the CLI).
    std::function<bool()> stop_reading;
    // Polled after each document: true stops at once, without finishing the
    // sink (the output cannot be written any more).
    std::function<bool()> output_failed;
};

struct BatchResult {
    ReaderCounts counts;           // from the source
    uint64_t coding_failures = 0;  // documents read but not coded (counted as rejected)
    uint64_t events_coded = 0;     // events coded (mentions, before merging)
    uint64_t records_written = 0;  // records handed to the sink
    bool stopped = false;          // stop_reading() ended the batch early
    bool output_failed = false;    // output_failed() ended it

    uint64_t coded() const { return counts.read - coding_failures; }
    uint64_t rejected() const { return counts.rejected + coding_failures; }
};

class BatchCoder {
public:
    BatchCoder(const Engine& engine, BatchOptions options) : engine_(engine), options_(options) {}
    // Reads every document of `source`, codes it and hands the records to
    // `sink` (merged or raw), then finishes the sink.
    BatchResult run(DocumentSource& source, EventSink& sink, const BatchCallbacks& callbacks = {}) const;

private:
    const Engine& engine_;
    BatchOptions options_;
};

// Codes every document of `batch` in place (in parallel when threads > 1).
// A document whose coding threw gets the reason in `failures[i]` (empty when
// fine). The building block of BatchCoder.
void code_documents(const Engine& engine, std::vector<Document>& batch, unsigned threads,
                    std::vector<std::string>& failures);

// Conveniences for bindings: the records of one text, and of many documents.
std::vector<EventRecord> code_text(const Engine& engine, std::string text, std::optional<Date> date = std::nullopt,
                                   std::string doc_id = "doc", Mentions mentions = Mentions::merged);
std::vector<EventRecord> code_batch(const Engine& engine, std::vector<InputDocument> documents,
                                    const BatchOptions& options = {});

}  // namespace sitrep
