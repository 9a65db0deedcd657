// Feeds arbitrary bytes to the record reader as a JSON Lines stream (and,
// when they start with a gzip or zstd magic number, through the
// decompressors). It must never crash, hang or leak, whatever the bytes.
// It also checks that the fast record parser agrees with nlohmann-json on
// the first line wherever the fast parser gives an answer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/record_fields.hpp"
#include "io/record_reader.hpp"
#include "io/utf8_repair.hpp"

namespace {

// An integer of more than 19 digits does not fit nlohmann-json's 64-bit integers: the
// fast parser keeps its digits as written (a long numeric id stays the same id), the
// full parser reads a double. docs/RELIABILITY.md states the difference.
bool beyond_64_bits(const sitrep::io::RecordField& f) {
    return f.type == sitrep::io::RecordField::Type::integer && f.value.size() > 19;
}

void check_fast_parser_agrees(std::string line) {
    sitrep::io::repair_utf8(line);
    sitrep::io::RecordFields fast, full;
    if (!sitrep::io::parse_flat_record(line, fast)) return;
    std::string error;
    if (!sitrep::io::parse_record_json(line, full, error)) __builtin_trap();
    for (auto key : {"id", "date", "url", "source", "title", "text"}) {
        if (beyond_64_bits(*fast.find(key))) continue;
        if (fast.find(key)->type != full.find(key)->type) __builtin_trap();
        if (fast.find(key)->value != full.find(key)->value) __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    check_fast_parser_agrees(bytes.substr(0, bytes.find('\n')));

    sitrep::io::ReaderOptions options;
    options.format = sitrep::io::InputFormat::jsonl;
    options.max_record_bytes = 4096;  // small, so the oversize path is exercised too
    auto reader = sitrep::io::RecordReader::from_memory("fuzz.jsonl", bytes, options);
    sitrep::Diagnostics diagnostics;
    while (auto doc = reader.next(diagnostics)) {
        // Every Document the reader hands out must carry valid UTF-8.
        if (!sitrep::io::is_valid_utf8(doc->text)) __builtin_trap();
    }
    const auto& counts = reader.counts();
    if (counts.records() < counts.read) __builtin_trap();
    return 0;
}
