// DocumentSources: input paths through io::RecordReader, and in-memory
// documents (bindings, the store, the server).
#include <utility>

#include "core/hash.hpp"
#include "io/utf8_repair.hpp"
#include "sitrep/batch.hpp"

namespace sitrep {

namespace {

class ReaderSource final : public DocumentSource {
public:
    explicit ReaderSource(io::RecordReader reader) : reader_(std::move(reader)) {}
    std::optional<Document> next(Diagnostics& diagnostics) override { return reader_.next(diagnostics); }
    void report_to(std::function<void(const Diagnostic&)> report) override { reader_.report_to(std::move(report)); }
    const std::string& last_location() const override { return reader_.last_location(); }
    const ReaderCounts& counts() const override { return reader_.counts(); }
    uint64_t bytes_consumed() const override { return reader_.bytes_consumed(); }
    uint64_t bytes_total() const override { return reader_.bytes_total(); }

private:
    io::RecordReader reader_;
};

class MemorySource final : public DocumentSource {
public:
    explicit MemorySource(std::function<std::optional<InputDocument>()> next) : next_(std::move(next)) {}
    std::optional<Document> next(Diagnostics&) override {
        auto input = next_();
        if (!input) return std::nullopt;
        ++counts_.read;
        location_ = input->id;
        return make_document(std::move(*input));
    }
    void report_to(std::function<void(const Diagnostic&)>) override {}  // in-memory documents are never skipped
    const std::string& last_location() const override { return location_; }
    const ReaderCounts& counts() const override { return counts_; }

private:
    std::function<std::optional<InputDocument>()> next_;
    ReaderCounts counts_;
    std::string location_;
};

}  // namespace

Document make_document(InputDocument input) {
    Document doc;
    doc.text = std::move(input.text);
    doc.meta.id = std::move(input.id);
    doc.meta.story_date = input.date;
    doc.meta.url = std::move(input.url);
    doc.meta.outlet = std::move(input.outlet);
    doc.meta.title = std::move(input.title);
    const io::Utf8Repair repair = io::repair_utf8(doc.text);
    if (repair.bad_bytes != 0) {
        // Field by field: Diagnostic is gaining fields (an error code, issue 9 item 5).
        Diagnostic warning;
        warning.severity = Severity::warning;
        warning.file = doc.meta.id;
        warning.message = "invalid UTF-8: " + std::to_string(repair.bad_bytes) + " bad byte(s) replaced with U+FFFD";
        doc.diagnostics.push_back(std::move(warning));
    }
    return doc;
}

std::string content_hash(std::string_view text) {
    uint64_t hash = fnv1a(text, kFnvOffsetBasis);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
    return out;
}

std::unique_ptr<DocumentSource> read_inputs(std::vector<std::string> paths, ReaderOptions options) {
    return std::make_unique<ReaderSource>(io::RecordReader(std::move(paths), options));
}

std::unique_ptr<DocumentSource> read_bytes(std::string name, std::string bytes, ReaderOptions options) {
    return std::make_unique<ReaderSource>(io::RecordReader::from_memory(std::move(name), std::move(bytes), options));
}

std::unique_ptr<DocumentSource> read_documents(std::function<std::optional<InputDocument>()> next) {
    return std::make_unique<MemorySource>(std::move(next));
}

std::unique_ptr<DocumentSource> read_documents(std::vector<InputDocument> documents) {
    auto shared = std::make_shared<std::vector<InputDocument>>(std::move(documents));
    return read_documents([shared, i = std::size_t{0}]() mutable -> std::optional<InputDocument> {
        if (i == shared->size()) return std::nullopt;
        return std::move((*shared)[i++]);
    });
}

}  // namespace sitrep
