// Reading inputs record by record: the directory walk, format choice,
// JSON Lines field checks, and the accounting of every record.
#include "io/record_reader.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <filesystem>
#include <functional>
#include <new>
#include <system_error>
#include <unordered_map>

#include "io/byte_source.hpp"
#include "io/line_reader.hpp"
#include "io/record_fields.hpp"
#include "io/utf8_repair.hpp"

namespace sitrep::io {

namespace fs = std::filesystem;

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    });
}

// A plain-text document's byte-order mark becomes three spaces, not nothing,
// so that spans index the file's bytes (issue 13).
void blank_bom(std::string& s) {
    if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.replace(0, 3, "   ");
}

void strip_bom(std::string& s) {
    if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
}

std::string mib(std::size_t bytes) {
    if (bytes >= (std::size_t{1} << 20) && bytes % (std::size_t{1} << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

// One file to read, found on the command line or in a directory walk.
struct Input {
    std::string path;       // as shown in messages and used as the document id
    std::string open_path;  // "-" for stdin
    bool in_memory = false;
    std::string memory;
    std::string error;  // set when it cannot be read at all
    uint64_t size = 0;
    std::string warning;  // set when it is skipped on purpose (a FIFO in a directory)
};

// A directory entry that is neither a regular file nor a directory (a FIFO
// would block the batch forever, a socket or device cannot be a document) is
// skipped with a warning; so is a symlink back into a directory being walked.
void walk_directory(const fs::path& dir, std::vector<Input>& out, std::vector<fs::path>& walking) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(dir, ec);
    if (!ec) {
        if (std::find(walking.begin(), walking.end(), canonical) != walking.end()) {
            Input skip{dir.string(), dir.string(), false, {}, {}, 0, {}};
            skip.warning = "symlink loop (a directory that contains itself); skipped";
            out.push_back(std::move(skip));
            return;
        }
        walking.push_back(canonical);
    }
    struct Pop {
        std::vector<fs::path>& w;
        bool pushed;
        ~Pop() {
            if (pushed) w.pop_back();
        }
    } pop{walking, !ec};
    fs::directory_iterator it(dir, ec);
    if (ec) {
        out.push_back(Input{dir.string(), dir.string(), false, {}, "cannot read directory: " + ec.message(), 0, {}});
        return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        entries.push_back(*it);
    }
    if (ec) {
        out.push_back(Input{dir.string(), dir.string(), false, {}, "cannot read directory: " + ec.message(), 0, {}});
        return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
    for (const auto& entry : entries) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name[0] == '.') continue;  // hidden files, editor droppings
        std::error_code sec;
        // is_directory / is_regular_file follow symlinks: a link to a directory
        // is walked (the loop check above stops a cycle).
        if (entry.is_directory(sec)) {
            walk_directory(entry.path(), out, walking);
            continue;
        }
        Input input{entry.path().string(), entry.path().string(), false, {}, {}, 0, {}};
        if (!entry.is_regular_file(sec)) {
            const bool dangling = entry.is_symlink(sec) && !fs::exists(entry.path(), sec);
            input.warning =
                dangling ? "broken symlink; skipped" : "not a regular file (FIFO, socket or device); skipped";
            out.push_back(std::move(input));
            continue;
        }
        const auto size = entry.file_size(sec);
        if (!sec) input.size = size;
        out.push_back(std::move(input));
    }
}

std::vector<Input> expand_inputs(const std::vector<std::string>& paths) {
    std::vector<Input> out;
    for (const auto& path : paths) {
        if (path == "-") {
            out.push_back(Input{"stdin", "-", false, {}, {}, 0, {}});
            continue;
        }
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            out.push_back(Input{path,
                                path,
                                false,
                                {},
                                "cannot read: " + (ec ? ec.message() : std::string("no such file or directory")),
                                0,
                                {}});
        } else if (fs::is_directory(status)) {
            std::vector<fs::path> walking;
            walk_directory(path, out, walking);
        } else {
            Input input{path, path, false, {}, {}, 0, {}};
            const auto size = fs::file_size(path, ec);
            if (!ec) input.size = size;
            out.push_back(std::move(input));
        }
    }
    return out;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
    if (name == "text" || name == "txt") return InputFormat::text;
    if (name == "jsonl" || name == "ndjson") return InputFormat::jsonl;
    if (name == "auto") return InputFormat::automatic;
    return std::nullopt;
}

InputFormat format_from_path(std::string_view path) {
    for (std::string_view compressed : {".gz", ".gzip", ".zst", ".zstd"}) {
        if (ends_with(path, compressed)) {
            path.remove_suffix(compressed.size());
            break;
        }
    }
    return ends_with(path, ".jsonl") || ends_with(path, ".ndjson") ? InputFormat::jsonl : InputFormat::text;
}

namespace {

// The time part of an ISO 8601 timestamp after "T" or " ": hh:mm[:ss[.fff]]
// then nothing, "Z" or an offset +hh[:mm] / -hh[:mm]. "2024-02-02Tgarbage" is no date.
bool iso_time_part(std::string_view t) {
    size_t i = 0;
    const auto two_digits = [&](int max) {
        if (i + 2 > t.size() || !std::isdigit(static_cast<unsigned char>(t[i])) ||
            !std::isdigit(static_cast<unsigned char>(t[i + 1])))
            return false;
        const int v = (t[i] - '0') * 10 + (t[i + 1] - '0');
        i += 2;
        return v <= max;
    };
    if (!two_digits(24) || i >= t.size() || t[i++] != ':' || !two_digits(59)) return false;
    if (i < t.size() && t[i] == ':') {
        ++i;
        if (!two_digits(60)) return false;
        if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
            ++i;
            const size_t from = i;
            while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
            if (i == from) return false;
        }
    }
    if (i == t.size()) return true;
    if (t[i] == 'Z' || t[i] == 'z') return i + 1 == t.size();
    if (t[i] != '+' && t[i] != '-') return false;
    ++i;
    if (!two_digits(23)) return false;
    if (i < t.size() && t[i] == ':') ++i;
    if (i == t.size()) return true;
    return two_digits(59) && i == t.size();
}

}  // namespace

std::optional<Date> parse_record_date(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.size() == 10 || text.size() == 8) return Date::parse_iso(text);
    if (text.size() > 10 && text[4] == '-' && (text[10] == 'T' || text[10] == ' ')) {
        if (!iso_time_part(text.substr(11))) return std::nullopt;
        return Date::parse_iso(text.substr(0, 10));  // ISO 8601 timestamp: the calendar day
    }
    if (text.size() == 14 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return Date::parse_iso(text.substr(0, 8));  // GDELT-style YYYYMMDDhhmmss
    return std::nullopt;
}

struct RecordReader::Impl {
    ReaderOptions options;
    std::vector<Input> inputs;
    std::size_t next_input = 0;
    ReaderCounts counts;
    uint64_t total_bytes = 0;
    uint64_t finished_bytes = 0;

    // The JSON Lines input being read, if any.
    const Input* current = nullptr;
    std::unique_ptr<ByteSource> source;
    std::unique_ptr<LineReader> lines;
    uint64_t records_in_current = 0;
    std::string line;
    std::string last_location;  // "file:line" (or "file") of the record last read

    void close_current() {
        if (source) finished_bytes += source->raw_bytes_read();
        lines.reset();
        source.reset();
        current = nullptr;
    }

    // Reader diagnostics go out as they happen when a sink is set, so that a
    // run of bad records holds no memory and shows at once (issue 13).
    std::function<void(const Diagnostic&)> sink;

    void emit(Diagnostics& out, Diagnostic d) {
        if (sink)
            sink(d);
        else
            out.push_back(std::move(d));
    }

    void reject(Diagnostics& out, const std::string& file, uint64_t line_no, std::string message,
                DiagnosticCode code = DiagnosticCode::bad_record) {
        emit(out, Diagnostic{Severity::error, file, line_no, std::move(message), code});
        ++counts.rejected;
    }

    // An input path that cannot be read at all: an error, but no record.
    void unreadable(Diagnostics& out, const std::string& file, std::string message) {
        emit(out, Diagnostic{Severity::error, file, 0, std::move(message), DiagnosticCode::unreadable_input});
        ++counts.unreadable;
    }

    // Ids of the latest kDuplicateIdWindow records with an id: a hash of the
    // id (a collision, about 1 in 10^7 over a full window, gives one false
    // warning) -> where it was first used.
    struct FirstUse {
        std::size_t input = 0;
        uint64_t line = 0;
    };
    std::unordered_map<uint64_t, FirstUse> ids_seen;
    std::deque<uint64_t> ids_order;

    void check_duplicate_id(Document& doc, const std::string& file, uint64_t line_no) {
        const uint64_t h = std::hash<std::string>{}(doc.meta.id);
        const auto [it, added] = ids_seen.try_emplace(h, FirstUse{.input = next_input - 1, .line = line_no});
        if (!added) {
            std::string id = doc.meta.id.size() > 100 ? doc.meta.id.substr(0, 100) + "..." : doc.meta.id;
            doc.diagnostics.push_back(Diagnostic{Severity::warning, file, line_no,
                                                 "duplicate id \"" + id + "\" (first used at " +
                                                     inputs[it->second.input].path + ":" +
                                                     std::to_string(it->second.line) + "); record read",
                                                 DiagnosticCode::duplicate_id});
            return;
        }
        ids_order.push_back(h);
        if (ids_order.size() > kDuplicateIdWindow) {
            ids_seen.erase(ids_order.front());
            ids_order.pop_front();
        }
    }

    InputFormat format_for(const Input& input) const {
        if (options.format != InputFormat::automatic) return options.format;
        if (input.open_path == "-") return InputFormat::text;
        return format_from_path(input.path);
    }

    std::unique_ptr<ByteSource> open(const Input& input, Diagnostics& out) {
        std::unique_ptr<ByteSource> raw;
        if (input.in_memory) {
            raw = open_memory_source(input.memory);
        } else {
            std::string error;
            raw = open_file_source(input.open_path, error);
            if (!raw) {
                unreadable(out, input.path, "cannot open: " + error);
                return nullptr;
            }
        }
        Compression compression = Compression::none;
        return open_decompressed(std::move(raw), compression);
    }

    // A plain-text input is one document.
    std::optional<Document> read_text(const Input& input, Diagnostics& out) {
        auto src = open(input, out);
        if (!src) return std::nullopt;
        Document doc;
        bool fits = false;
        try {
            fits = read_all(*src, options.max_record_bytes, doc.text);
        } catch (const std::bad_alloc&) {
            std::string().swap(doc.text);
            finished_bytes += src->raw_bytes_read();
            reject(out, input.path, 0, "out of memory reading the document; skipped");
            return std::nullopt;
        }
        finished_bytes += src->raw_bytes_read();
        if (!src->error().empty()) {
            reject(out, input.path, 0, src->error() + "; document skipped");
            return std::nullopt;
        }
        if (!fits) {
            reject(out, input.path, 0,
                   "document is larger than the " + mib(options.max_record_bytes) + " limit; skipped",
                   DiagnosticCode::too_large);
            return std::nullopt;
        }
        blank_bom(doc.text);
        if (is_blank(doc.text)) {
            emit(out,
                 Diagnostic{Severity::warning, input.path, 0, "empty file: no record", DiagnosticCode::empty_input});
            return std::nullopt;
        }
        const Utf8Repair repair = repair_utf8(doc.text);
        if (repair.bad_bytes != 0) {
            const auto line_no =
                1 +
                static_cast<uint64_t>(std::count(
                    doc.text.begin(), doc.text.begin() + static_cast<std::ptrdiff_t>(repair.first_bad_offset), '\n'));
            doc.diagnostics.push_back(
                Diagnostic{Severity::warning, input.path, line_no,
                           "invalid UTF-8: " + std::to_string(repair.bad_bytes) + " bad byte(s) replaced with U+FFFD",
                           DiagnosticCode::invalid_utf8});
        }
        doc.meta.id = input.path;
        doc.meta.story_date = options.story_date;
        ++counts.read;
        return doc;
    }

    // Checks one JSON Lines record; returns the Document or rejects it.
    std::optional<Document> parse_record(const std::string& file, uint64_t line_no, std::string& text,
                                         Diagnostics& out) {
        if (line_no == 1) strip_bom(text);
        const Utf8Repair repair = repair_utf8(text);
        RecordFields fields;
        std::string error;
        if (!parse_flat_record(text, fields) && !parse_record_json(text, fields, error)) {
            reject(out, file, line_no, error + "; record skipped", DiagnosticCode::bad_json);
            return std::nullopt;
        }
        const auto wrong_type = [&](const char* name, const RecordField& f) {
            const char* type = f.type == RecordField::Type::integer ? "number" : f.type_name;
            reject(out, file, line_no,
                   std::string("field \"") + name + "\" must be a string, not " + type + "; record skipped");
        };
        // Takes a string field (absent and null mean empty); false when rejected.
        const auto string_field = [&](const char* name, RecordField& f, std::string& into) {
            if (f.type == RecordField::Type::string) {
                into = std::move(f.value);
            } else if (f.type != RecordField::Type::absent && f.type != RecordField::Type::null) {
                wrong_type(name, f);
                return false;
            }
            return true;
        };
        if (fields.text.type == RecordField::Type::absent || fields.text.type == RecordField::Type::null) {
            reject(out, file, line_no, "missing \"text\" field; record skipped");
            return std::nullopt;
        }
        Document doc;
        if (!string_field("text", fields.text, doc.text)) return std::nullopt;
        if (fields.id.type == RecordField::Type::integer) {
            doc.meta.id = std::move(fields.id.value);
        } else if (!string_field("id", fields.id, doc.meta.id)) {
            return std::nullopt;
        }
        const bool own_id = !doc.meta.id.empty();
        if (!own_id) doc.meta.id = file + ":" + std::to_string(line_no);
        std::string date;
        if (!string_field("date", fields.date, date) || !string_field("url", fields.url, doc.meta.url) ||
            !string_field("source", fields.source, doc.meta.outlet) ||
            !string_field("title", fields.title, doc.meta.title))
            return std::nullopt;
        if (!date.empty()) {
            doc.meta.story_date = parse_record_date(date);
            if (!doc.meta.story_date) {
                reject(out, file, line_no,
                       "bad \"date\" \"" + date +
                           "\" (expected YYYY-MM-DD, YYYYMMDD or an ISO 8601 timestamp); record skipped",
                       DiagnosticCode::bad_story_date);
                return std::nullopt;
            }
        } else {
            doc.meta.story_date = options.story_date;
        }
        if (repair.bad_bytes != 0) {
            doc.diagnostics.push_back(
                Diagnostic{Severity::warning, file, line_no,
                           "invalid UTF-8: " + std::to_string(repair.bad_bytes) + " bad byte(s) replaced with U+FFFD",
                           DiagnosticCode::invalid_utf8});
        }
        if (is_blank(doc.text))  // read and counted as coded, but said: it cannot give an event
            doc.diagnostics.push_back(
                Diagnostic{Severity::warning, file, line_no, "empty \"text\": no event", DiagnosticCode::empty_text});
        if (own_id) check_duplicate_id(doc, file, line_no);
        ++counts.read;
        return doc;
    }

    std::optional<Document> next(Diagnostics& out) {
        for (;;) {
            if (current == nullptr) {
                if (next_input >= inputs.size()) return std::nullopt;
                const Input& input = inputs[next_input++];
                if (!input.error.empty()) {
                    unreadable(out, input.path, input.error);
                    continue;
                }
                if (!input.warning.empty()) {
                    emit(out, Diagnostic{Severity::warning, input.path, 0, input.warning});
                    continue;
                }
                if (format_for(input) == InputFormat::text) {
                    last_location = input.path;
                    if (auto doc = read_text(input, out)) return doc;
                    continue;
                }
                source = open(input, out);
                if (!source) continue;
                lines = std::make_unique<LineReader>(*source, options.max_record_bytes);
                current = &input;
                records_in_current = 0;
            }
            const auto status = lines->next(line);
            const uint64_t line_no = lines->line_number();
            if (status == LineReader::Status::end) {
                if (!source->error().empty()) {  // damaged data: no record, the rest of the input is lost
                    emit(out, Diagnostic{Severity::error, current->path, line_no + 1,
                                         source->error() + "; rest of file skipped", DiagnosticCode::truncated_input});
                    ++counts.truncated;
                } else if (records_in_current == 0) {
                    emit(out, Diagnostic{Severity::warning, current->path, 0, "empty file: no record",
                                         DiagnosticCode::empty_input});
                }
                close_current();
                continue;
            }
            if (status == LineReader::Status::no_memory) {
                ++records_in_current;
                last_location = current->path + ":" + std::to_string(line_no);
                reject(out, current->path, line_no, "out of memory reading the record; skipped");
                continue;
            }
            if (status == LineReader::Status::too_long) {
                ++records_in_current;
                reject(out, current->path, line_no,
                       "record is larger than the " + mib(options.max_record_bytes) + " limit; skipped",
                       DiagnosticCode::line_too_long);
                continue;
            }
            if (is_blank(line)) continue;
            ++records_in_current;
            last_location = current->path + ":" + std::to_string(line_no);
            try {
                if (auto doc = parse_record(current->path, line_no, line, out)) return doc;
            } catch (const std::bad_alloc&) {
                std::string().swap(line);
                reject(out, current->path, line_no, "out of memory reading the record; skipped");
            }
        }
    }
};

RecordReader::RecordReader(std::vector<std::string> inputs, ReaderOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = options;
    impl_->inputs = expand_inputs(inputs);
    for (const auto& input : impl_->inputs) impl_->total_bytes += input.size;
}

RecordReader::RecordReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

RecordReader RecordReader::from_memory(std::string name, std::string bytes, ReaderOptions options) {
    auto impl = std::make_unique<Impl>();
    impl->options = options;
    impl->total_bytes = bytes.size();
    impl->inputs.push_back(Input{name, name, true, std::move(bytes), {}, 0, {}});
    impl->inputs.back().size = impl->total_bytes;
    return RecordReader(std::move(impl));
}

RecordReader::~RecordReader() = default;
RecordReader::RecordReader(RecordReader&&) noexcept = default;
RecordReader& RecordReader::operator=(RecordReader&&) noexcept = default;

std::optional<Document> RecordReader::next(Diagnostics& diagnostics) {
    return impl_->next(diagnostics);
}
const std::string& RecordReader::last_location() const {
    return impl_->last_location;
}
void RecordReader::report_to(std::function<void(const Diagnostic&)> sink) {
    impl_->sink = std::move(sink);
}
const ReaderCounts& RecordReader::counts() const {
    return impl_->counts;
}
uint64_t RecordReader::bytes_consumed() const {
    return impl_->finished_bytes + (impl_->source ? impl_->source->raw_bytes_read() : 0);
}
uint64_t RecordReader::bytes_total() const {
    return impl_->total_bytes;
}

}  // namespace sitrep::io
