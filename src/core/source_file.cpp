#include "core/source_file.hpp"

#include <array>
#include <utility>

namespace sitrep {
namespace {

struct KindName {
    FileKind kind;
    const char* name;
    bool header;  // named by "#! sitrep <name> 1"; false: recognised by content
};
constexpr std::array kKindNames{
    KindName{FileKind::actors, "actors", true},
    KindName{FileKind::agents, "agents", true},
    KindName{FileKind::verbs, "verbs", true},
    KindName{FileKind::cameo, "cameo", true},
    KindName{FileKind::discards, "discards", true},
    KindName{FileKind::petrarch_actors, "PETRARCH actors", false},
    KindName{FileKind::petrarch_agents, "PETRARCH agents", false},
    KindName{FileKind::petrarch_verbs, "PETRARCH verbs", false},
    KindName{FileKind::internal_codes, "PETRARCH internal code ontology", false},
    KindName{FileKind::abbreviations, "abbreviations", true},
    KindName{FileKind::titles, "titles", true},
    KindName{FileKind::sentence_starters, "sentence-starters", true},
    KindName{FileKind::lexicon, "lexicon", true},
    KindName{FileKind::word_classes, "word-classes", true},
    KindName{FileKind::places, "places", true},
    KindName{FileKind::capitals, "capitals", true},
    KindName{FileKind::place_triggers, "place-triggers", true},
    KindName{FileKind::place_seats, "place-seats", true},
    KindName{FileKind::months, "months", true},
    KindName{FileKind::weekdays, "weekdays", true},
    KindName{FileKind::relative_dates, "relative-dates", true},
    KindName{FileKind::ago_units, "ago-units", true},
    KindName{FileKind::date_markers, "date-markers", true},
    KindName{FileKind::numbers, "numbers", true},
    KindName{FileKind::quantities, "quantities", true},
    KindName{FileKind::speech, "speech", true},
    KindName{FileKind::unknown, "unknown", false},
};
static_assert(kKindNames.size() == static_cast<size_t>(FileKind::unknown) + 1, "one name per kind");

}  // namespace

const char* to_string(FileKind kind) {
    for (const KindName& k : kKindNames)
        if (k.kind == kind) return k.name;
    return "unknown";
}

std::optional<FileKind> file_kind_named(std::string_view name) {
    for (const KindName& k : kKindNames)
        if (k.header && name == k.name) return k.kind;
    return std::nullopt;
}

FileKind header_kind(std::string_view content) {
    const auto header = read_kind_header(content);
    if (!header || header->version != "1") return FileKind::unknown;
    return file_kind_named(header->kind).value_or(FileKind::unknown);
}

}  // namespace sitrep
