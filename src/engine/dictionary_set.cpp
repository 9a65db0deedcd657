// Detects dictionary kinds and compiles the dictionary set.
#include "engine/dictionary_set.hpp"

#include <cctype>
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
                    diagnostics.push_back({Severity::warning, f.path, 1,
                                           "not a recognised dictionary format; file ignored"});
                break;
        }
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
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            diagnostics.push_back({Severity::error, path, 0, "cannot open dictionary file"});
            continue;
        }
        std::ostringstream buffer;
        buffer << in.rdbuf();
        auto text = std::make_shared<const std::string>(buffer.str());
        files.push_back(DictionaryFile{path, *text, DictionaryKind::other, false});
        owned.push_back(std::move(text));
    }
    DictionarySet set = build_dictionaries(std::move(files), diagnostics);
    set.owned_text = std::move(owned);
    return set;
}

}  // namespace sitrep
