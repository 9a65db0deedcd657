// Detects dictionary kinds and compiles the dictionary set.
#include "engine/dictionary_set.hpp"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/builtin_data.hpp"
#include "events/verb_dictionary_builder.hpp"
#include "events/verb_native_parser.hpp"
#include "events/verb_petrarch_reader.hpp"

namespace sitrep {
namespace {

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

}  // namespace

const char* to_string(DictionaryKind kind) {
    switch (kind) {
        case DictionaryKind::native_actors: return "sitrep actors";
        case DictionaryKind::native_agents: return "sitrep agents";
        case DictionaryKind::native_verbs: return "sitrep verbs";
        case DictionaryKind::native_cameo: return "sitrep cameo";
        case DictionaryKind::petrarch_actors: return "PETRARCH actors";
        case DictionaryKind::petrarch_agents: return "PETRARCH agents";
        case DictionaryKind::petrarch_verbs: return "PETRARCH verbs";
        case DictionaryKind::discards: return "discards";
        case DictionaryKind::internal_codes: return "PETRARCH internal code ontology";
        case DictionaryKind::other: return "other";
    }
    return "other";
}

DictionaryKind detect_dictionary_kind(std::string_view path, std::string_view content) {
    if (content.starts_with("#!")) {
        const std::string_view tag = content.substr(0, content.find('\n'));
        if (tag.find("sitrep actors") != std::string_view::npos) return DictionaryKind::native_actors;
        if (tag.find("sitrep agents") != std::string_view::npos) return DictionaryKind::native_agents;
        if (tag.find("sitrep verbs") != std::string_view::npos) return DictionaryKind::native_verbs;
        if (tag.find("sitrep cameo") != std::string_view::npos) return DictionaryKind::native_cameo;
        if (tag.find("sitrep discards") != std::string_view::npos) return DictionaryKind::discards;
        return DictionaryKind::other;
    }
    const std::string name = file_name(path);
    const ContentHints hints = scan(content);
    if (name.find("discard") != std::string::npos) return DictionaryKind::discards;
    if (name.find("ontology") != std::string::npos || name.find("internal_cod") != std::string::npos ||
        hints.internal_codes >= 10)
        return DictionaryKind::internal_codes;
    if (hints.verb_blocks > 0 || hints.patterns > 0) return DictionaryKind::petrarch_verbs;
    switch (detect_actor_file_format(content)) {
        case ActorFileFormat::native_actors: return DictionaryKind::native_actors;
        case ActorFileFormat::native_agents: return DictionaryKind::native_agents;
        case ActorFileFormat::petrarch_actors: return DictionaryKind::petrarch_actors;
        case ActorFileFormat::petrarch_agents: return DictionaryKind::petrarch_agents;
        case ActorFileFormat::verbs: return DictionaryKind::petrarch_verbs;
        case ActorFileFormat::unknown: break;
    }
    if (name.find("verb") != std::string::npos) return DictionaryKind::petrarch_verbs;
    if (name.find("agent") != std::string::npos) return DictionaryKind::petrarch_agents;
    if (name.find("actor") != std::string::npos) return DictionaryKind::petrarch_actors;
    return DictionaryKind::other;
}

namespace {

// A user file most of whose lines the reader complained about is not the
// dictionary it looked like (garbage text, a binary file): an error, so that
// neither `code` nor `dict check` accepts it with a pile of warnings.
void reject_mostly_unreadable(const DictionaryFile& f, size_t first_diagnostic, Diagnostics& diagnostics) {
    size_t lines = 0;
    for (size_t pos = 0; pos < f.content.size();) {
        size_t eol = f.content.find('\n', pos);
        if (eol == std::string_view::npos) eol = f.content.size();
        const std::string_view line = f.content.substr(pos, eol - pos);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) ++lines;
        pos = eol + 1;
    }
    size_t complaints = 0;
    for (size_t i = first_diagnostic; i < diagnostics.size(); ++i) complaints += diagnostics[i].file == f.path;
    if (lines >= 4 && complaints * 2 > lines)
        diagnostics.push_back({Severity::error, f.path, 0,
                               std::to_string(complaints) + " problems in " + std::to_string(lines) +
                                   " lines: not a " + to_string(f.kind) + " file",
                               DiagnosticCode::unknown_format});
}

}  // namespace

DictionarySet build_dictionaries(std::vector<DictionaryFile> files, Diagnostics& diagnostics) {
    DictionarySet set;
    for (auto& f : files) {
        // Built-in data of other stages (data/text, data/dates ...) is never a dictionary here.
        const bool candidate = !f.builtin || f.path.starts_with("data/actors/") ||
                               f.path.starts_with("data/verbs/") || f.path.starts_with("data/cameo/") ||
                               f.path.starts_with("data/discards/");
        if (f.kind == DictionaryKind::other && candidate) f.kind = detect_dictionary_kind(f.path, f.content);
    }

    // CAMEO rows and internal codes first: the verb readers check and translate with them.
    auto cameo = std::make_shared<CameoTable>();
    auto ontology = std::make_shared<InternalCodeOntology>();
    bool have_ontology = false;
    for (const auto& f : files) {
        if (f.kind == DictionaryKind::native_cameo)
            cameo->merge(CameoTable::parse(f.content, f.path, diagnostics));
        if (f.kind == DictionaryKind::internal_codes) {
            // One table is in force; a later file replaces an earlier one.
            *ontology = InternalCodeOntology::parse(f.content, f.path, diagnostics);
            have_ontology = true;
        }
    }

    ActorDictionaryBuilder actors;
    VerbDictionaryBuilder verbs;
    auto discards = std::make_shared<DiscardList>();
    const CameoTable* check_against = cameo->empty() ? nullptr : cameo.get();
    for (const auto& f : files) {
        const size_t before = diagnostics.size();
        switch (f.kind) {
            case DictionaryKind::native_actors:
            case DictionaryKind::native_agents:
            case DictionaryKind::petrarch_actors:
            case DictionaryKind::petrarch_agents: actors.load(f.content, f.path, diagnostics); break;
            case DictionaryKind::native_verbs:
                read_native_verbs(f.content, f.path, verbs, diagnostics, check_against);
                break;
            case DictionaryKind::petrarch_verbs:
                // PETRARCH files carry their own (WEIS-era, test) codes; they are
                // not held to sitrep's CAMEO table.
                read_petrarch_verbs(f.content, f.path, verbs, diagnostics);
                break;
            case DictionaryKind::discards: discards->read(f.content, f.path, diagnostics); break;
            case DictionaryKind::native_cameo:
            case DictionaryKind::internal_codes: break;  // read above
            case DictionaryKind::other:
                if (!f.builtin)
                    diagnostics.push_back({Severity::error, f.path, 1, "not a recognised dictionary format", DiagnosticCode::unknown_format});
                break;
        }
        if (!f.builtin && f.kind != DictionaryKind::other) reject_mostly_unreadable(f, before, diagnostics);
    }
    set.actors = actors.compile();
    set.verbs = std::make_shared<const VerbDictionary>(
        verbs.build(diagnostics, have_ontology ? ontology.get() : nullptr));
    set.discards = std::move(discards);
    set.cameo = std::move(cameo);
    set.internal_codes = std::move(ontology);
    set.files = std::move(files);
    return set;
}

DictionarySet load_dictionaries(const EngineOptions& options, Diagnostics& diagnostics) {
    std::vector<DictionaryFile> files;
    if (options.use_builtin) {
        for (const auto& b : builtin_files())
            files.push_back(DictionaryFile{std::string(b.path), b.content, DictionaryKind::other, true});
    }
    std::vector<std::shared_ptr<const std::string>> owned;
    for (const auto& path : options.dictionary_files) {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            diagnostics.push_back({Severity::error, path, 0, "is a directory, not a dictionary file", DiagnosticCode::is_directory});
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            diagnostics.push_back({Severity::error, path, 0, "cannot open dictionary file", DiagnosticCode::cannot_open});
            continue;
        }
        // Read in pieces up to the limit: /dev/zero or a runaway file is an
        // error, not an exhausted machine (issue 13).
        std::string content;
        char piece[1 << 16];
        bool too_big = false;
        while (in.read(piece, sizeof piece) || in.gcount() > 0) {
            if (content.size() + static_cast<size_t>(in.gcount()) > kMaxDictionaryBytes) {
                too_big = true;
                break;
            }
            content.append(piece, static_cast<size_t>(in.gcount()));
        }
        if (too_big) {
            diagnostics.push_back({Severity::error, path, 0,
                                   "dictionary file larger than " + std::to_string(kMaxDictionaryBytes >> 20) +
                                       " MiB; not read",
                                   DiagnosticCode::too_large});
            continue;
        }
        auto text = std::make_shared<const std::string>(std::move(content));
        files.push_back(DictionaryFile{path, *text, DictionaryKind::other, false});
        owned.push_back(std::move(text));
    }
    for (const auto& given : options.dictionary_texts) {
        auto text = std::make_shared<const std::string>(given.content);
        files.push_back(DictionaryFile{given.path, *text, DictionaryKind::other, false});
        owned.push_back(std::move(text));
    }
    DictionarySet set = build_dictionaries(std::move(files), diagnostics);
    set.owned_text = std::move(owned);
    return set;
}

}  // namespace sitrep
