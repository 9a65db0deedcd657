// Reader for sitrep's own actors and agents files (docs/DICTIONARIES.md):
//   #! sitrep actors 1
//   [Mohammad Shia al-Sudani]
//   names: Mohammad Shia al-Sudani | al-Sudani
//   code: IRQGOV 2022-10-27..
// Every problem names file:line; a bad entry is skipped and the rest loads.
#include "actors/actor_dictionary.hpp"
#include "actors/dictionary_text.hpp"

namespace sitrep {

namespace {

// Strips a "#" comment that starts the line or follows white space, so a name
// such as "C#" keeps its hash.
std::string_view strip_native_comment(std::string_view line) {
    for (size_t i = 0; i < line.size(); ++i)
        if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
    return line;
}

std::vector<std::string_view> split_bars(std::string_view s) {
    std::vector<std::string_view> out;
    while (true) {
        const size_t bar = s.find('|');
        out.push_back(trim(s.substr(0, bar)));
        if (bar == std::string_view::npos) break;
        s.remove_prefix(bar + 1);
    }
    return out;
}

// The entry being read, added to the builder when the next one starts.
struct PendingEntry {
    ActorEntry entry;
    std::vector<std::pair<std::string, SourceRef>> names;  // text, origin
    uint64_t line = 0;
    bool broken = false;
};

struct NativeReader {
    NativeReader(ActorDictionaryBuilder& b, const SourceFile& f, Diagnostics& d, EntryKind k)
        : builder(b), file(f), diagnostics(d), kind(k) {}

    ActorDictionaryBuilder& builder;
    const SourceFile& file;
    Diagnostics& diagnostics;
    EntryKind kind;
    bool ok = true;

    std::optional<PendingEntry> pending;

    void error(uint64_t line, std::string message, DiagnosticCode code = DiagnosticCode::bad_line) {
        diagnostics.push_back({Severity::error, std::string(file.path), line, std::move(message), code});
        ok = false;
    }

    void flush() {
        if (!pending) return;
        if (!pending->broken && pending->entry.codes.empty()) {
            error(pending->line, "entry [" + pending->entry.name + "] has no code: skipped",
                  DiagnosticCode::missing_code);
            pending->broken = true;
        }
        if (!pending->broken) {
            const uint32_t id = builder.add_entry(std::move(pending->entry));
            for (auto& [text, origin] : pending->names) builder.add_phrase(id, text, origin, true);
        }
        pending.reset();
    }

    void start_entry(uint64_t number, std::string_view line) {
        flush();
        pending.emplace();
        pending->line = number;
        const size_t close = line.find(']');
        if (close == std::string_view::npos || !trim(line.substr(close + 1)).empty()) {
            error(number, "entry header must be '[Name]' alone on its line");
            pending->broken = true;
            return;
        }
        const std::string_view name = trim(line.substr(1, close - 1));
        if (name.empty()) {
            error(number, "empty entry name '[]'");
            pending->broken = true;
            return;
        }
        pending->entry.kind = kind;
        pending->entry.name = std::string(name);
        pending->entry.origin = file.at(number);
        pending->names.emplace_back(pending->entry.name, pending->entry.origin);
    }

    bool parse_range(uint64_t number, std::string_view range, DatedCode& code) {
        const size_t dots = range.find("..");
        if (dots == std::string_view::npos) {
            error(number,
                  "date range '" + std::string(range) + "' must be FROM..UNTIL (ISO dates, either side may be empty)");
            return false;
        }
        const std::string_view from = trim(range.substr(0, dots));
        const std::string_view until = trim(range.substr(dots + 2));
        auto read = [&](std::string_view s, std::optional<Date>& out) {
            if (s.empty()) return true;
            out = Date::parse_iso(s);
            if (!out)
                error(number, "bad date '" + std::string(s) + "' (expected YYYY-MM-DD)", DiagnosticCode::bad_date);
            return out.has_value();
        };
        if (!read(from, code.from) || !read(until, code.until)) return false;
        if (code.from && code.until && !(*code.from < *code.until)) {
            error(number, "date range '" + std::string(range) + "' is empty: start must be before end");
            return false;
        }
        if (!code.from && !code.until) {
            error(number, "date range '..' has neither start nor end; omit it for a default code");
            return false;
        }
        return true;
    }

    void read_code(uint64_t number, std::string_view value) {
        const size_t space = value.find_first_of(" \t");
        std::string code(value.substr(0, space));
        const std::string_view range = space == std::string_view::npos ? std::string_view{} : trim(value.substr(space));
        DatedCode dated;
        dated.origin = file.at(number);
        if (kind == EntryKind::agent) {
            if (!code.empty() && code.front() == '~') {
                code.erase(0, 1);
            } else if (!code.empty() && code.back() == '~') {
                code.pop_back();
                pending->entry.placement = AgentPlacement::prefix;
            }
        }
        if (code == "---" && kind == EntryKind::actor) {
            code.clear();  // "not an actor": the names are known but never coded
        } else if (!is_valid_actor_code(code)) {
            error(number, "bad code '" + code + "': codes are groups of three letters A-Z or digits",
                  DiagnosticCode::bad_actor_code);
            pending->broken = true;
            return;
        }
        dated.code = code;
        if (!range.empty() && !parse_range(number, range, dated)) {
            pending->broken = true;
            return;
        }
        pending->entry.codes.push_back(std::move(dated));
    }

    void read_line(uint64_t number, std::string_view raw) {
        const std::string_view line = trim(strip_native_comment(raw));
        if (line.empty()) return;
        if (line.front() == '[') {
            start_entry(number, line);
            return;
        }
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            error(number, "expected '[Name]' or 'key: value', got '" + std::string(line) + "'");
            return;
        }
        const std::string_view key = trim(line.substr(0, colon));
        const std::string_view value = trim(line.substr(colon + 1));
        if (!pending) {
            error(number, "'" + std::string(key) + ":' before any '[Name]' entry");
            return;
        }
        if (pending->broken) return;
        if (key == "names") {
            for (auto name : split_bars(value)) {
                if (name.empty())
                    error(number, "empty name in list");
                else
                    pending->names.emplace_back(std::string(name), file.at(number));
            }
        } else if (key == "code") {
            read_code(number, value);
        } else if (key == "role") {
            pending->entry.role = std::string(value);
        } else if (key == "sector") {
            if (!is_valid_actor_code(value))
                error(number, "bad sector '" + std::string(value) + "': a three-letter code");
            else
                pending->entry.sector = std::string(value);
        } else if (key == "affix" && kind == EntryKind::agent) {
            for (auto affix : split_bars(value)) {
                std::string a;
                for (char c : affix) {
                    if (c == '-' && a.empty()) continue;  // "-allied" and "allied" alike
                    a += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
                }
                if (a.empty())
                    error(number, "empty affix");
                else
                    pending->entry.affixes.push_back(a);
            }
        } else {
            error(number, "unknown key '" + std::string(key) + "' (expected names, code, role, sector" +
                              (kind == EntryKind::agent ? ", affix)" : ")"));
        }
    }
};
}  // namespace

bool ActorDictionaryBuilder::load_native(const SourceFile& file, Diagnostics& diagnostics) {
    const ActorFileFormat format = detect_actor_file_format(file.content);
    if (format != ActorFileFormat::native_actors && format != ActorFileFormat::native_agents) {
        diagnostics.push_back({Severity::error, std::string(file.path), 1,
                               "first line must be '#! sitrep actors 1' or '#! sitrep agents 1'",
                               DiagnosticCode::missing_header});
        return false;
    }
    NativeReader reader(*this, file, diagnostics,
                        format == ActorFileFormat::native_agents ? EntryKind::agent : EntryKind::actor);
    bool tag_seen = false;
    for_each_line(file.content, [&](uint64_t number, std::string_view line) {
        if (!tag_seen && trim(line).starts_with("#!")) {
            tag_seen = true;
            const std::string_view tag = trim(trim(line).substr(2));
            if (tag != "sitrep actors 1" && tag != "sitrep agents 1")
                reader.error(number, "unsupported format version '" + std::string(tag) + "'",
                             DiagnosticCode::unsupported_version);
            return;
        }
        reader.read_line(number, line);
    });
    reader.flush();
    return reader.ok;
}

}  // namespace sitrep
