// An io::EventSink that merges duplicate events of a whole batch before
// passing them on (`sitrep code`, default; `--mentions raw` skips it).
// Records are held until finish(), since a later article may repeat an
// earlier event; output keeps the order of first mentions.
#pragma once
#include <utility>
#include <vector>

#include "context/dedup.hpp"
#include "io/event_record.hpp"

namespace sitrep {

class MergingSink final : public io::EventSink {
public:
    explicit MergingSink(io::EventSink& next, DedupOptions options = {}) : next_(next), dedup_(options) {}

    void accept(io::EventRecord record) override {
        const size_t index = dedup_.add_event(record.doc, record.sentence_text, record.event);
        if (index == records_.size()) records_.push_back(std::move(record));
    }

    void finish() override {
        for (size_t i = 0; i < records_.size(); ++i) {
            records_[i].event = dedup_.events()[i];
            next_.accept(std::move(records_[i]));
        }
        records_.clear();
        next_.finish();
    }

private:
    io::EventSink& next_;
    EventDeduplicator dedup_;
    std::vector<io::EventRecord> records_;
};

}  // namespace sitrep
