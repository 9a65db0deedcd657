// Feeds arbitrary bytes to the record reader as a JSON Lines stream (and,
// when they start with a gzip or zstd magic number, through the
// decompressors). It must never crash, hang or leak, whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/record_reader.hpp"
#include "io/utf8_repair.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    sitrep::io::ReaderOptions options;
    options.format = sitrep::io::InputFormat::jsonl;
    options.max_record_bytes = 4096;  // small, so the oversize path is exercised too
    auto reader = sitrep::io::RecordReader::from_memory(
        "fuzz.jsonl", std::string(reinterpret_cast<const char*>(data), size), options);
    sitrep::Diagnostics diagnostics;
    while (auto doc = reader.next(diagnostics)) {
        // Every Document the reader hands out must carry valid UTF-8.
        if (!sitrep::io::is_valid_utf8(doc->text)) __builtin_trap();
    }
    const auto& counts = reader.counts();
    if (counts.records() < counts.read) __builtin_trap();
    return 0;
}
