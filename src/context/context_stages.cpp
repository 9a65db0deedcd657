#include "context/context_stages.hpp"

#include "context/dates.hpp"
#include "context/event_context.hpp"
#include "context/places.hpp"

namespace sitrep {

bool ContextData::add_file(std::string_view path, std::string_view content, Diagnostics& diagnostics) {
    if (!path.ends_with(".txt")) return false;
    if (path.starts_with("data/dates/")) return dates->add_file(content, path, diagnostics);
    if (path.starts_with("data/places/")) {
        places->add_file(content, path, diagnostics);
        return true;
    }
    if (path == "data/context/numbers.txt") {
        *numbers = NumberWords::load(content, path, diagnostics);
        return true;
    }
    if (path == "data/context/quantities.txt") {
        quantities->add_file(content, path, diagnostics);
        return true;
    }
    if (path == "data/context/speech.txt") {
        speech->add_file(content, path, diagnostics);
        return true;
    }
    return false;
}

std::vector<std::unique_ptr<Stage>> make_context_detectors(const ContextData& data) {
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<DateDetector>(data.dates, data.numbers));
    stages.push_back(std::make_unique<PlaceDetector>(data.places));
    stages.push_back(std::make_unique<QuantityDetector>(data.quantities, data.numbers));
    stages.push_back(std::make_unique<QuoteDetector>(data.speech));
    return stages;
}

std::unique_ptr<Stage> make_event_context_attacher() { return std::make_unique<EventContextAttacher>(); }

std::unique_ptr<Stage> make_event_context_attacher(const ContextData& data) {
    return std::make_unique<EventContextAttacher>(data.places);
}

}  // namespace sitrep
