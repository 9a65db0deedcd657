// Splits a byte stream into lines without ever holding more than one line
// (capped) in memory, so multi-gigabyte JSON Lines files stream through.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "io/byte_source.hpp"

namespace sitrep::io {

class LineReader {
public:
    enum class Status {
        line,       // `line` holds the next line, without its "\n" (or "\r\n")
        too_long,   // the line exceeded the cap; it was skipped up to its newline
        no_memory,  // the line did not fit in memory; it was skipped up to its newline
        end,        // no more lines (check the source's error())
    };

    LineReader(ByteSource& source, std::size_t max_line_bytes);

    Status next(std::string& line);
    // 1-based number of the line last returned.
    uint64_t line_number() const { return line_number_; }

private:
    bool refill();

    ByteSource& source_;
    std::size_t max_line_bytes_;
    std::unique_ptr<char[]> buffer_;  // not zero-filled: it is always written before read
    std::size_t pos_ = 0, len_ = 0;
    bool eof_ = false;
    uint64_t line_number_ = 0;
};

// Reads the whole remaining stream into `out`; false when it exceeds
// `max_bytes` (the rest is then not read).
bool read_all(ByteSource& source, std::size_t max_bytes, std::string& out);

}  // namespace sitrep::io
