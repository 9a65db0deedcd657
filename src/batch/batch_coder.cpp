// BatchCoder: the batch loop every front end shares (the CLI's `sitrep
// code`, the store, the server, the Python binding). Reading, coding on N
// threads, input order, merging and writing; what to print is the caller's.
#include <algorithm>
#include <atomic>
#include <exception>
#include <new>
#include <thread>

#include "sitrep/batch.hpp"

namespace sitrep {

namespace {

// Counts what reaches the caller's sink (records written, after merging).
class CountingSink final : public EventSink {
public:
    explicit CountingSink(EventSink& next) : next_(next) {}
    void accept(EventRecord record) override {
        ++count_;
        next_.accept(std::move(record));
    }
    void finish() override { next_.finish(); }
    uint64_t count() const { return count_; }

private:
    EventSink& next_;
    uint64_t count_ = 0;
};

}  // namespace

void code_documents(const Engine& engine, std::vector<Document>& batch, unsigned threads,
                    std::vector<std::string>& failures) {
    failures.assign(batch.size(), std::string());
    std::atomic<std::size_t> next{0};
    // Each worker takes the next uncoded document; results stay in their slot,
    // so the output order is the input order whatever the scheduling.
    const auto work = [&]() {
        for (std::size_t i = next++; i < batch.size(); i = next++) {
            try {
                engine.code(batch[i]);
            } catch (const std::bad_alloc&) {
                batch[i] = Document();  // give its memory back to the other workers at once
                failures[i] = "out of memory";
            } catch (const std::exception& e) {
                failures[i] = e.what();
            }
        }
    };
    const std::size_t helpers =
        std::min<std::size_t>(threads > 0 ? threads - 1 : 0, batch.size() > 0 ? batch.size() - 1 : 0);
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (std::size_t t = 0; t < helpers; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
}

BatchResult BatchCoder::run(DocumentSource& source, EventSink& sink, const BatchCallbacks& callbacks) const {
    BatchResult result;
    CountingSink counting(sink);
    std::unique_ptr<Merger> merger;
    if (options_.mentions == Mentions::merged)
        merger = std::make_unique<Merger>(counting, MergeOptions{.window_documents = options_.merge_window_documents,
                                                                 .window_days = options_.merge_window_days});
    EventSink& output = merger ? static_cast<EventSink&>(*merger) : counting;

    const auto report = [&](const Diagnostic& d) {
        if (callbacks.diagnostic) callbacks.diagnostic(d);
    };
    source.report_to(report);
    const unsigned threads = std::max(1u, options_.threads);
    const std::size_t batch_size = options_.batch_documents != 0 ? options_.batch_documents
                                   : threads == 1                ? 1
                                                                 : 64 * std::size_t{threads};
    const std::size_t batch_bytes = std::max<std::size_t>(1, options_.batch_bytes);
    const auto output_failed = [&]() { return callbacks.output_failed && callbacks.output_failed(); };

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
            if (callbacks.stop_reading && callbacks.stop_reading()) {
                result.stopped = true;
                more = false;
                break;
            }
            auto doc = source.next(read_problems);
            for (const auto& d : read_problems) report(d);
            read_problems.clear();
            if (!doc) {
                more = false;
                break;
            }
            doc->explain = options_.explain;
            bytes += doc->text.size();
            batch.push_back(std::move(*doc));
            where.push_back(source.last_location());
        }
        code_documents(engine_, batch, threads, failures);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            Document& doc = batch[i];
            if (callbacks.document) callbacks.document(doc, where[i]);
            if (!failures[i].empty()) {
                if (callbacks.failure)
                    callbacks.failure(
                        DocumentFailure{DocumentFailure::Kind::coding, where[i], doc.meta.id, failures[i]});
                ++result.coding_failures;
                continue;
            }
            // Running out of memory here (a huge document's records) loses this
            // document, not the batch: it is reported and the run goes on.
            try {
                auto records = io::event_records(doc);
                result.events_coded += records.size();
                for (auto& record : records) output.accept(std::move(record));
            } catch (const std::bad_alloc&) {
                if (callbacks.failure)
                    callbacks.failure(DocumentFailure{DocumentFailure::Kind::out_of_memory_writing, where[i],
                                                      doc.meta.id, "out of memory"});
                ++result.coding_failures;
            }
            doc = Document();  // its memory back before the next one
            // A write error (disk full, a closed pipe) stops the run at once,
            // not after the whole batch has been read and coded.
            if (output_failed()) break;
        }
        if (output_failed()) {
            result.output_failed = true;
            break;
        }
        if (callbacks.progress) {
            const auto& counts = source.counts();
            // Merging holds records until the end, so this shows events coded so far.
            callbacks.progress(
                BatchProgress{counts.records(), result.events_coded, source.bytes_consumed(), source.bytes_total()});
        }
    }
    if (!result.output_failed) output.finish();
    source.report_to({});  // the callbacks may not outlive this call
    result.counts = source.counts();
    result.records_written = counting.count();
    return result;
}

std::vector<EventRecord> code_batch(const Engine& engine, std::vector<InputDocument> documents,
                                    const BatchOptions& options) {
    CollectingSink sink;
    auto source = read_documents(std::move(documents));
    BatchCoder(engine, options).run(*source, sink);
    return std::move(sink.records);
}

std::vector<EventRecord> code_text(const Engine& engine, std::string text, std::optional<Date> date, std::string doc_id,
                                   Mentions mentions) {
    std::vector<InputDocument> one;
    one.push_back(InputDocument{
        .id = std::move(doc_id), .text = std::move(text), .date = date, .url = {}, .outlet = {}, .title = {}});
    BatchOptions options;
    options.mentions = mentions;
    return code_batch(engine, std::move(one), options);
}

}  // namespace sitrep
