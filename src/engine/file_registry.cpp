// The file registry: kinds to loaders, kind detection, user files.
#include "engine/file_registry.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "actors/actor_dictionary.hpp"
#include "context/context_stages.hpp"
#include "core/text_lines.hpp"
#include "engine/builtin_data.hpp"
#include "engine/dictionary_set.hpp"
#include "syntax/lexicon.hpp"
#include "text/text_resources.hpp"

namespace sitrep {
namespace {

// The one table that routes kinds to loaders: a new kind is a FileKind value, a
// name in core/source_file.cpp and a row here (and a case in its loader).
struct KindLoader {
    FileKind kind;
    FileLoader loader;
};
constexpr std::array kKindLoaders{
    KindLoader{FileKind::actors, FileLoader::dictionaries},
    KindLoader{FileKind::agents, FileLoader::dictionaries},
    KindLoader{FileKind::verbs, FileLoader::dictionaries},
    KindLoader{FileKind::cameo, FileLoader::dictionaries},
    KindLoader{FileKind::discards, FileLoader::dictionaries},
    KindLoader{FileKind::petrarch_actors, FileLoader::dictionaries},
    KindLoader{FileKind::petrarch_agents, FileLoader::dictionaries},
    KindLoader{FileKind::petrarch_verbs, FileLoader::dictionaries},
    KindLoader{FileKind::internal_codes, FileLoader::dictionaries},
    KindLoader{FileKind::abbreviations, FileLoader::text},
    KindLoader{FileKind::titles, FileLoader::text},
    KindLoader{FileKind::sentence_starters, FileLoader::text},
    KindLoader{FileKind::lexicon, FileLoader::syntax},
    KindLoader{FileKind::word_classes, FileLoader::syntax},
    KindLoader{FileKind::places, FileLoader::context},
    KindLoader{FileKind::capitals, FileLoader::context},
    KindLoader{FileKind::place_triggers, FileLoader::context},
    KindLoader{FileKind::place_seats, FileLoader::context},
    KindLoader{FileKind::months, FileLoader::context},
    KindLoader{FileKind::weekdays, FileLoader::context},
    KindLoader{FileKind::relative_dates, FileLoader::context},
    KindLoader{FileKind::ago_units, FileLoader::context},
    KindLoader{FileKind::date_markers, FileLoader::context},
    KindLoader{FileKind::numbers, FileLoader::context},
    KindLoader{FileKind::quantities, FileLoader::context},
    KindLoader{FileKind::speech, FileLoader::context},
    KindLoader{FileKind::unknown, FileLoader::none},
};
static_assert(kKindLoaders.size() == static_cast<size_t>(FileKind::unknown) + 1, "one loader per kind");

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string file_name(std::string_view path) {
    const size_t slash = path.find_last_of("/\\");
    return lower(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// Counts lines that look like PETRARCH verb blocks / patterns and internal
// code rows in the first part of a file.
struct ContentHints {
    int verb_blocks = 0, patterns = 0, internal_codes = 0, lines = 0;
};
ContentHints scan(std::string_view content) {
    ContentHints h;
    size_t pos = 0;
    while (pos < content.size() && h.lines < 4000) {
        size_t eol = content.find('\n', pos);
        if (eol == std::string_view::npos) eol = content.size();
        std::string_view line = content.substr(pos, eol - pos);
        pos = eol + 1;
        ++h.lines;
        if (line.starts_with("---") && line.find('[') != std::string_view::npos) ++h.verb_blocks;
        if (line.starts_with("- ") && line.find('[') != std::string_view::npos &&
            line.find('*') != std::string_view::npos)
            ++h.patterns;
        const size_t colon = line.find(":0x");
        if (colon != std::string_view::npos && colon > 0 && colon <= 4 &&
            std::isdigit(static_cast<unsigned char>(line[0])))
            ++h.internal_codes;
    }
    return h;
}

// PETRARCH / TABARI files carry no header: recognised by name and content.
FileKind detect_petrarch_kind(std::string_view path, std::string_view content) {
    const std::string name = file_name(path);
    const ContentHints hints = scan(content);
    if (name.find("discard") != std::string::npos) return FileKind::discards;
    if (name.find("ontology") != std::string::npos || name.find("internal_cod") != std::string::npos ||
        hints.internal_codes >= 10)
        return FileKind::internal_codes;
    if (hints.verb_blocks > 0 || hints.patterns > 0) return FileKind::petrarch_verbs;
    switch (detect_actor_file_format(content)) {
        case ActorFileFormat::native_actors:
            return FileKind::actors;
        case ActorFileFormat::native_agents:
            return FileKind::agents;
        case ActorFileFormat::petrarch_actors:
            return FileKind::petrarch_actors;
        case ActorFileFormat::petrarch_agents:
            return FileKind::petrarch_agents;
        case ActorFileFormat::verbs:
            return FileKind::petrarch_verbs;
        case ActorFileFormat::unknown:
            break;
    }
    if (name.find("verb") != std::string::npos) return FileKind::petrarch_verbs;
    if (name.find("agent") != std::string::npos) return FileKind::petrarch_agents;
    if (name.find("actor") != std::string::npos) return FileKind::petrarch_actors;
    return FileKind::unknown;
}

// "actors, agents, verbs, ..." : the kinds a header may name.
std::string header_kinds() {
    std::string out;
    for (const KindLoader& k : kKindLoaders)
        if (file_kind_named(to_string(k.kind))) out += (out.empty() ? "" : ", ") + std::string(to_string(k.kind));
    return out;
}

}  // namespace

FileLoader loader_of(FileKind kind) {
    for (const KindLoader& k : kKindLoaders)
        if (k.kind == kind) return k.loader;
    return FileLoader::none;
}

FileKind detect_file_kind(const SourceFile& file, std::string* why, DiagnosticCode* code) {
    auto refuse = [why, code](std::string reason, DiagnosticCode c = DiagnosticCode::unknown_format) {
        if (why) *why = std::move(reason);
        if (code) *code = c;
        return FileKind::unknown;
    };
    if (const auto header = read_kind_header(file.content)) {
        const auto kind = file_kind_named(header->kind);
        if (!kind)
            return refuse("unknown kind '" + std::string(header->kind) +
                              "' in the '#! sitrep <kind> 1' line (kinds: " + header_kinds() + ")",
                          DiagnosticCode::unknown_kind);
        if (header->version != "1")
            return refuse("version '" + std::string(header->version) + "' of kind '" + std::string(header->kind) +
                              "' is not supported (expected '#! sitrep " + std::string(header->kind) + " 1')",
                          DiagnosticCode::unsupported_version);
        return *kind;
    }
    if (file.content.starts_with("#!"))
        return refuse("the first line starts with '#!' but is not '#! sitrep <kind> 1' (kinds: " + header_kinds() +
                      ")");
    const FileKind kind = detect_petrarch_kind(file.path, file.content);
    if (kind == FileKind::unknown)
        return refuse("no '#! sitrep <kind> 1' first line (kinds: " + header_kinds() +
                      "), and not a PETRARCH / TABARI actors, agents, verbs, discards or ontology file");
    return kind;
}

std::shared_ptr<const std::string> read_user_file(const std::string& path, Diagnostics& diagnostics) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        diagnostics.push_back(
            {Severity::error, path, 0, "is a directory, not a dictionary file", DiagnosticCode::is_directory});
        return nullptr;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.push_back({Severity::error, path, 0, "cannot open dictionary file", DiagnosticCode::cannot_open});
        return nullptr;
    }
    // Read in pieces up to the limit: /dev/zero or a runaway file is an
    // error, not an exhausted machine (issue 13).
    std::string content;
    char piece[1 << 16];
    while (in.read(piece, sizeof piece) || in.gcount() > 0) {
        if (content.size() + static_cast<size_t>(in.gcount()) > kMaxDictionaryBytes) {
            diagnostics.push_back(
                {Severity::error, path, 0,
                 "dictionary file larger than " + std::to_string(kMaxDictionaryBytes >> 20) + " MiB; not read",
                 DiagnosticCode::too_large});
            return nullptr;
        }
        content.append(piece, static_cast<size_t>(in.gcount()));
    }
    return std::make_shared<const std::string>(std::move(content));
}

DataFiles data_files(const EngineOptions& options, Diagnostics& diagnostics) {
    DataFiles out;
    for (const auto& b : builtin_files())
        out.files.push_back(DataFile{std::string(b.path), b.content, detect_file_kind({b.path, b.content}), true,
                                     out.sources->add(b.path)});
    auto add_user = [&](const std::string& path, std::shared_ptr<const std::string> text) {
        std::string why;
        DiagnosticCode code = DiagnosticCode::unknown_format;
        const FileKind kind = detect_file_kind({path, *text}, &why, &code);
        if (kind == FileKind::unknown) {
            diagnostics.push_back({Severity::error, path, 1, why, code});
            return;
        }
        out.files.push_back(DataFile{path, *text, kind, false, out.sources->add(path)});
        out.owned.push_back(std::move(text));
    };
    for (const auto& path : options.dictionary_files)
        if (auto text = read_user_file(path, diagnostics)) add_user(path, std::move(text));
    for (const auto& given : options.dictionary_texts)
        add_user(given.path, std::make_shared<const std::string>(given.content));
    return out;
}

void reject_mostly_unreadable(const DataFile& file, size_t first_diagnostic, Diagnostics& diagnostics) {
    size_t lines = 0;
    for_each_line(file.content, [&](uint64_t, std::string_view line) {
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) ++lines;
    });
    size_t complaints = 0;
    for (size_t i = first_diagnostic; i < diagnostics.size(); ++i) complaints += diagnostics[i].file == file.path;
    if (lines >= 4 && complaints * 2 > lines)
        diagnostics.push_back({Severity::error, file.path, 0,
                               std::to_string(complaints) + " problems in " + std::to_string(lines) + " lines: not a " +
                                   to_string(file.kind) + " file",
                               DiagnosticCode::unknown_format});
}

std::string check_data_file(const std::string& path, Diagnostics& diagnostics) {
    EngineOptions options;
    options.dictionary_files = {path};
    DataFiles data = data_files(options, diagnostics);
    const auto mine = std::find_if(data.files.begin(), data.files.end(), [](const DataFile& f) { return !f.builtin; });
    if (mine == data.files.end()) return to_string(FileKind::unknown);
    const DataFile file = *mine;
    const size_t loaded = diagnostics.size();
    switch (loader_of(file.kind)) {
        case FileLoader::dictionaries: {
            std::erase_if(data.files,
                          [](const DataFile& f) { return f.builtin && loader_of(f.kind) != FileLoader::dictionaries; });
            build_dictionaries(std::move(data.files), diagnostics);
            break;
        }
        case FileLoader::text: {
            (void)parse_word_list(file.source(), diagnostics);
            reject_mostly_unreadable(file, loaded, diagnostics);
            break;
        }
        case FileLoader::syntax: {
            Lexicon lexicon;
            lexicon.load(file.source(), diagnostics);
            reject_mostly_unreadable(file, loaded, diagnostics);
            break;
        }
        case FileLoader::context: {
            ContextData context;
            context.add_file(file.source(), diagnostics);
            reject_mostly_unreadable(file, loaded, diagnostics);
            break;
        }
        case FileLoader::none:
            break;
    }
    return to_string(file.kind);
}

}  // namespace sitrep
