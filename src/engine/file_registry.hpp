// Every data and dictionary file sitrep reads, built-in or the user's, passes
// through here: its kind (the "#! sitrep <kind> 1" first line, or for PETRARCH /
// TABARI files without one, their content), the loader that reads that kind
// (one table, kKindLoaders in file_registry.cpp) and one reader for user files.
// Engine::load, `sitrep dict check` and the tests all route files this way.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source_file.hpp"
#include "engine/engine.hpp"

namespace sitrep {

// Which part of the engine reads a kind.
enum class FileLoader : uint8_t {
    dictionaries,  // actors, agents, verbs, CAMEO, discards (engine/dictionary_set)
    text,          // the tokenizer's and splitter's word lists (text/text_resources)
    syntax,        // the tagger's lexicon and word classes (syntax/lexicon)
    context,       // places, dates, numbers, counts, speech (context/context_stages)
    none,          // FileKind::unknown
};
FileLoader loader_of(FileKind kind);

struct DataFile {
    std::string path;          // "data/verbs/01-statements.verbs" or the user's path
    std::string_view content;  // owned by builtin_files() or DataFiles::owned
    FileKind kind = FileKind::unknown;
    bool builtin = false;
    uint32_t file = 0;  // its number in the engine's SourceTable (0: not yet numbered)
    SourceFile source() const { return {path, content, file}; }
};

// The kind of a file: the one its header names; without a header, a PETRARCH /
// TABARI format recognised by name and content, else FileKind::unknown. For an
// unknown kind, `why` (when given) is set to the reason, naming what was expected,
// and `code` to its DiagnosticCode (unknown_kind, unsupported_version, unknown_format).
FileKind detect_file_kind(const SourceFile& file, std::string* why = nullptr, DiagnosticCode* code = nullptr);

// The largest user file read (docs/RELIABILITY.md); the built-in data is under
// 10 MiB in all.
inline constexpr size_t kMaxDictionaryBytes = size_t{256} << 20;

// Reads one user file whole; nullptr, with an error naming the path and why,
// for a directory, a file that cannot be opened or one over kMaxDictionaryBytes.
std::shared_ptr<const std::string> read_user_file(const std::string& path, Diagnostics& diagnostics);

struct DataFiles {
    std::vector<DataFile> files;                            // built-in first, then the user's
    std::vector<std::shared_ptr<const std::string>> owned;  // text of the user files
    // Every file's path, numbered (DataFile::file): the table the engine keeps and
    // every SourceRef of its dictionaries points into.
    std::shared_ptr<SourceTable> sources = std::make_shared<SourceTable>();
};

// Every built-in file (all of them: callers decide what --no-builtin leaves out),
// then options.dictionary_files read from disk, then options.dictionary_texts,
// each with its kind. A user file of unknown kind is an error (file, line 1, why)
// and is left out.
DataFiles data_files(const EngineOptions& options, Diagnostics& diagnostics);

// A user file most of whose lines its loader complained about (since diagnostic
// `first_diagnostic`) is not the file it looked like (garbage, a binary file): an
// error, so that neither `code` nor `dict check` accepts it with a pile of warnings.
void reject_mostly_unreadable(const DataFile& file, size_t first_diagnostic, Diagnostics& diagnostics);

}  // namespace sitrep
