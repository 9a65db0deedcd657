#include "io/event_record.hpp"

namespace sitrep::io {

std::vector<EventRecord> event_records(const Document& doc) {
    std::vector<EventRecord> out;
    out.reserve(doc.events.size());
    for (const Event& event : doc.events) {
        EventRecord record;
        record.doc = doc.meta.id;
        record.url = doc.meta.url;
        if (event.sentence < doc.sentences.size())
            record.sentence_text = std::string(doc.view(doc.sentences[event.sentence].span));
        record.event = event;
        out.push_back(std::move(record));
    }
    return out;
}

}  // namespace sitrep::io
