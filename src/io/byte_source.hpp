// Streams of raw input bytes: files, stdin, memory, and the gzip / zstd
// decompressors stacked on them. Compression is recognised by its magic
// bytes, so a compressed file is read right whatever its name.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace sitrep::io {

enum class Compression { none, gzip, zstd };

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to `n` bytes into `out`; returns 0 at the end or on failure
    // (then error() says why).
    virtual std::size_t read(char* out, std::size_t n) = 0;
    const std::string& error() const { return error_; }
    // Bytes taken from the underlying file so far (compressed bytes for a
    // compressed file), for progress reporting.
    virtual uint64_t raw_bytes_read() const = 0;

protected:
    std::string error_;
};

// Opens `path` ("-" means standard input). Returns nullptr and sets `error`
// when it cannot be opened.
std::unique_ptr<ByteSource> open_file_source(const std::string& path, std::string& error);

// Serves the bytes of `bytes` (tests and fuzzing).
std::unique_ptr<ByteSource> open_memory_source(std::string bytes);

// Peeks at the first bytes of `raw`; returns a source yielding the
// decompressed stream when they are a gzip or zstd magic number, else the
// bytes unchanged. `detected` tells which.
std::unique_ptr<ByteSource> open_decompressed(std::unique_ptr<ByteSource> raw, Compression& detected);

}  // namespace sitrep::io
