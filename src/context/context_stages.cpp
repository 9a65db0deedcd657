#include "context/context_stages.hpp"

#include "context/dates.hpp"
#include "context/event_context.hpp"
#include "context/places.hpp"

namespace sitrep {

bool ContextData::add_file(const SourceFile& file, Diagnostics& diagnostics) {
    const std::string_view path = file.path, content = file.content;
    switch (header_kind(content)) {
        case FileKind::months:
        case FileKind::weekdays:
        case FileKind::relative_dates:
        case FileKind::ago_units:
        case FileKind::date_markers:
            return dates->add_file(content, path, diagnostics);
        case FileKind::places:
        case FileKind::capitals:
        case FileKind::place_triggers:
        case FileKind::place_seats:
            places->add_file(content, path, diagnostics);
            return true;
        case FileKind::numbers:
            *numbers = NumberWords::load(content, path, diagnostics);
            return true;
        case FileKind::quantities:
            quantities->add_file(content, path, diagnostics);
            return true;
        case FileKind::speech:
            speech->add_file(content, path, diagnostics);
            return true;
        default:
            return false;
    }
}

std::vector<std::unique_ptr<Stage>> make_context_detectors(const ContextData& data) {
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<DateDetector>(data.dates, data.numbers));
    stages.push_back(std::make_unique<PlaceDetector>(data.places));
    stages.push_back(std::make_unique<QuantityDetector>(data.quantities, data.numbers));
    stages.push_back(std::make_unique<QuoteDetector>(data.speech));
    return stages;
}

std::unique_ptr<Stage> make_event_context_attacher() {
    return std::make_unique<EventContextAttacher>();
}

std::unique_ptr<Stage> make_event_context_attacher(const ContextData& data) {
    return std::make_unique<EventContextAttacher>(data.places, data.dates);
}

}  // namespace sitrep
