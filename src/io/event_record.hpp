// One coded event ready for output: the Event plus what the writers need
// from its Document (id, URL, the sentence's text). Writers and any batch
// step between coding and writing (duplicate merging) work on these.
#pragma once
#include <string>
#include <vector>

#include "core/document.hpp"

namespace sitrep::io {

struct EventRecord {
    std::string doc;            // Document id
    std::string url;            // DocumentMetadata::url ("" when unknown)
    std::string sentence_text;  // text of Document::sentences[event.sentence]
    Event event;
};

// The records for every event of `doc`, in order.
std::vector<EventRecord> event_records(const Document& doc);

// Receives coded events in input order. The CLI writes through one of these;
// a merging step can wrap another sink.
class EventSink {
public:
    virtual ~EventSink() = default;
    virtual void accept(EventRecord record) = 0;
    virtual void finish() {}
};

}  // namespace sitrep::io
