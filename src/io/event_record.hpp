// One coded event ready for output: the Event plus what the writers need
// from its Document (id, URL, the sentence's text). Writers and any batch
// step between coding and writing (duplicate merging) work on these.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace sitrep::io {

struct EventRecord {
    std::string doc;  // Document id
    std::string url;  // DocumentMetadata::url ("" when unknown)
    // Text of Document::sentences[event.sentence], one copy per sentence that
    // every record of the sentence shares (issue 13: a copy per record made a
    // long sentence cost events x its length). Read it with sentence_text().
    std::shared_ptr<const std::string> sentence;
    Event event;
    // The event store's id when the record was read from one (sitrep query);
    // 0 otherwise. The GDELT writer prints it as GlobalEventID when set.
    int64_t store_id = 0;

    std::string_view sentence_text() const { return sentence ? std::string_view(*sentence) : std::string_view(); }
    void set_sentence_text(std::string text) { sentence = std::make_shared<const std::string>(std::move(text)); }
};

// The records for every event of `doc`, in order; the records of one
// sentence share its text.
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
