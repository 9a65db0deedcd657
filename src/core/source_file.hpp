// A data or dictionary file as the loaders take it: its path (which names it in
// diagnostics and rule citations) and its text, in that order everywhere; and the
// kinds of file sitrep reads, each named by the "#! sitrep <kind> 1" first line
// every built-in and user file carries (PETRARCH / TABARI files have no such line
// and are recognised by their content). engine/file_registry.cpp routes kinds to
// loaders (one table); the loaders that read several kinds take the kind too.
#pragma once
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/source_ref.hpp"

namespace sitrep {

struct SourceFile {
    SourceFile() = default;
    SourceFile(std::string_view p, std::string_view c, uint32_t f = 0) : path(p), content(c), file(f) {}

    std::string_view path;
    std::string_view content;
    uint32_t file = 0;  // its number in the engine's SourceTable; 0 when unregistered (tests)

    // A line of this file, as the loaders keep it in their entries.
    SourceRef at(uint64_t line) const { return {file, static_cast<uint32_t>(line)}; }
};

enum class FileKind : uint8_t {
    // Dictionaries (engine/dictionary_set)
    actors,           // "#! sitrep actors 1"
    agents,           // "#! sitrep agents 1"
    verbs,            // "#! sitrep verbs 1"
    cameo,            // "#! sitrep cameo 1": event codes, Goldstein, quad, PLOVER
    discards,         // "#! sitrep discards 1", or a PETRARCH discards file
    petrarch_actors,  // TABARI / PETRARCH actors (no header)
    petrarch_agents,  // TABARI / PETRARCH agents ("[~MIL]")
    petrarch_verbs,   // PETRARCH-2 / PETRARCH-1 / TABARI verbs
    internal_codes,   // PETRARCH-2 internal coding ontology ("021:0x2070")
    // Grammar of the text and syntax stages
    abbreviations,      // "#! sitrep abbreviations 1": words a period does not end
    titles,             // "#! sitrep titles 1": "Mr.", "Gen."
    sentence_starters,  // "#! sitrep sentence-starters 1"
    lexicon,            // "#! sitrep lexicon 1": closed-class and ambiguous words
    word_classes,       // "#! sitrep word-classes 1"
    // Context data (src/context)
    places,          // "#! sitrep places 1": gazetteer entries
    capitals,        // "#! sitrep capitals 1": gazetteer entries that are national capitals
    place_triggers,  // "#! sitrep place-triggers 1"
    place_seats,     // "#! sitrep place-seats 1"
    months,          // "#! sitrep months 1"
    weekdays,        // "#! sitrep weekdays 1"
    relative_dates,  // "#! sitrep relative-dates 1"
    ago_units,       // "#! sitrep ago-units 1"
    date_markers,    // "#! sitrep date-markers 1"
    numbers,         // "#! sitrep numbers 1"
    quantities,      // "#! sitrep quantities 1"
    speech,          // "#! sitrep speech 1"
    unknown,         // no header and no recognised format
};

// The first line's "#! sitrep <kind> <version>" (anything after the version is a
// comment); nullopt when the file does not start with "#! sitrep ".
struct KindHeader {
    std::string_view kind;
    std::string_view version;  // "1"; empty when missing
};
inline std::optional<KindHeader> read_kind_header(std::string_view content) {
    constexpr std::string_view kTag = "#! sitrep ";
    if (!content.starts_with(kTag)) return std::nullopt;
    std::string_view line = content.substr(kTag.size(), content.find('\n') - kTag.size());
    auto next_word = [&line]() {
        const size_t start = line.find_first_not_of(" \t\r");
        if (start == std::string_view::npos) return line = {}, std::string_view{};
        line.remove_prefix(start);
        const size_t end = std::min(line.find_first_of(" \t\r"), line.size());
        const std::string_view word = line.substr(0, end);
        line.remove_prefix(end);
        return word;
    };
    KindHeader header;
    header.kind = next_word();
    header.version = next_word();
    return header;
}

// "actors", "place-triggers" ... for the kinds with a header; a description
// ("PETRARCH verbs") for those recognised by content.
const char* to_string(FileKind kind);
// The kind a header names ("places" -> FileKind::places); nullopt for a name no
// kind has (also the detected-only kinds, which have no header).
std::optional<FileKind> file_kind_named(std::string_view name);
// The kind named by the file's header; FileKind::unknown without a header or
// with an unknown name or version (engine/file_registry says why).
FileKind header_kind(std::string_view content);

}  // namespace sitrep
