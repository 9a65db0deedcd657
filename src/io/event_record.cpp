#include "io/event_record.hpp"

namespace sitrep::io {

std::vector<EventRecord> event_records(const Document& doc) {
    std::vector<EventRecord> out;
    out.reserve(doc.events.size());
    // Events come sentence by sentence, mostly: the last sentence's text is
    // kept and shared; a sentence met again later gets it from the table.
    std::vector<std::shared_ptr<const std::string>> texts;
    for (const Event& event : doc.events) {
        EventRecord record;
        record.doc = doc.meta.id;
        record.url = doc.meta.url;
        if (event.sentence < doc.sentences.size()) {
            if (texts.empty()) texts.resize(doc.sentences.size());
            auto& text = texts[event.sentence];
            if (!text) text = std::make_shared<const std::string>(doc.view(doc.sentences[event.sentence].span));
            record.sentence = text;
        }
        record.event = event;
        out.push_back(std::move(record));
    }
    return out;
}

}  // namespace sitrep::io
