// Where a rule or a dictionary entry was written: a line of a file in the
// engine's file table, as two integers. Loaders store these (never "file:line"
// strings built per entry and parsed back); the text is made only where it is
// shown: the record's `rule`, `--explain`, `sitrep actors`, a diagnostic.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

namespace sitrep {

struct SourceRef {
    uint32_t file = 0;  // index into a SourceTable; 0: no file (a test's unregistered SourceFile)
    uint32_t line = 0;  // 1-based; 0 when the whole file is meant

    bool empty() const { return file == 0 && line == 0; }
    friend bool operator==(SourceRef a, SourceRef b) = default;
};

// The paths of every data and dictionary file an engine read, numbered from 1.
// Owned by the engine (filled once at load, read-only after), so a SourceRef is
// valid as long as the engine that made it.
class SourceTable {
public:
    // The number of `path`, adding it when new.
    uint32_t add(std::string_view path);
    // "" for 0 or a number the table lacks.
    std::string_view path(uint32_t file) const;
    // "path:line" ("path" when line is 0; ":line" for an unregistered file).
    std::string render(SourceRef ref) const;
    size_t size() const { return paths_.size(); }

private:
    std::deque<std::string> paths_;  // a deque: path() views stay valid as it grows
};

}  // namespace sitrep
