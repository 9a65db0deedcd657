// Turns input paths (files, directories, "-" for stdin; plain text or JSON
// Lines; optionally gzip/zstd compressed) into Documents, one at a time.
// Bad records are reported with file:line and reason and skipped; the batch
// goes on and every record is counted as read or rejected.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/document.hpp"

namespace sitrep::io {

enum class InputFormat { automatic, text, jsonl };

// "text" / "jsonl" (also "auto"); nullopt when unknown.
std::optional<InputFormat> parse_input_format(std::string_view name);

// JSON Lines when the name ends in .jsonl or .ndjson, optionally followed by
// .gz / .gzip / .zst / .zstd; plain text otherwise.
InputFormat format_from_path(std::string_view path);

// A JSONL "date": YYYY-MM-DD, YYYYMMDD, an ISO 8601 timestamp
// ("2024-01-27T10:30:00Z") or a GDELT-style YYYYMMDDhhmmss.
std::optional<Date> parse_record_date(std::string_view text);

struct ReaderOptions {
    InputFormat format = InputFormat::automatic;
    std::optional<Date> story_date;  // --date: for text input and records without "date"
    std::size_t max_record_bytes = std::size_t{64} << 20;
};

struct ReaderCounts {
    uint64_t read = 0;        // records handed out as Documents
    uint64_t rejected = 0;    // records met and skipped with an error
    uint64_t unreadable = 0;  // input paths that could not be read at all (missing, no permission)
    uint64_t truncated = 0;   // inputs cut short by damaged data (the rest of the file is lost)
    uint64_t records() const { return read + rejected; }
    // Everything that makes a run exit 1.
    uint64_t failures() const { return rejected + unreadable + truncated; }
};

// Duplicate JSON Lines ids are found among the ids of this many records, the
// latest ones (a 64-bit hash and a location each, about 60 MB at most).
inline constexpr std::size_t kDuplicateIdWindow = 1000000;

class RecordReader {
public:
    // Directories are walked recursively in sorted order (hidden entries
    // skipped); "-" is standard input.
    RecordReader(std::vector<std::string> inputs, ReaderOptions options);
    // Reads `bytes` as if they were the file `name` (tests, fuzzing).
    static RecordReader from_memory(std::string name, std::string bytes, ReaderOptions options);
    ~RecordReader();
    RecordReader(RecordReader&&) noexcept;
    RecordReader& operator=(RecordReader&&) noexcept;

    // The next Document, or nullopt when every input is done. Rejections and
    // whole-input problems are appended to `diagnostics`; problems with a
    // record that was still read (repaired UTF-8) go to its Document::diagnostics.
    std::optional<Document> next(Diagnostics& diagnostics);
    // From now on, rejections and whole-input problems go to `sink` the moment
    // they happen instead of into next()'s argument: a million bad records in
    // a row are reported as they are read and hold no memory.
    void report_to(std::function<void(const Diagnostic&)> sink);
    // Where the Document next() last returned came from: "file:line" for
    // JSON Lines, "file" for plain text, for messages about that document.
    const std::string& last_location() const;

    const ReaderCounts& counts() const;
    // Raw (compressed) bytes consumed so far and the total size of the input
    // files (0 when unknown, e.g. stdin), for a progress display.
    uint64_t bytes_consumed() const;
    uint64_t bytes_total() const;

private:
    struct Impl;
    explicit RecordReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::io
