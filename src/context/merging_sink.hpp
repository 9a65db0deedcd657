// An io::EventSink that merges duplicate events before passing them on
// (`sitrep code`, default; `--mentions raw` skips it).
//
// A later article may repeat an earlier event, so records are held back. With
// a window of N documents, a record is passed on once N documents that
// produced events have gone by since its last mention (a wire story and its
// rewrites sit close together in a batch); with 0 it waits for the end of the
// batch. Memory then grows with the window, not with the batch. Records leave
// in the order of their first mention; a record that keeps being mentioned
// holds back the ones after it, so each is also released once it has been
// open for kMaxOpenWindows windows.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "context/dedup.hpp"
#include "io/event_record.hpp"

namespace sitrep {

class MergingSink final : public io::EventSink {
public:
    static constexpr uint64_t kDefaultWindow = 100000;  // documents; about a day of world news
    static constexpr uint64_t kMaxOpenWindows = 4;

    explicit MergingSink(io::EventSink& next, uint64_t window_documents = kDefaultWindow, DedupOptions options = {})
        : next_(next), dedup_(options), window_(window_documents) {}

    void accept(io::EventRecord record) override {
        if (documents_ == 0 || record.doc != last_doc_) {
            ++documents_;
            last_doc_ = record.doc;
            sketches_.clear();
        }
        const size_t index = dedup_.add_event(record.doc, sketch_of(record), record.event);
        if (index == dedup_.first_open() + open_.size()) {  // a new record
            try {
                open_.push_back(Open{std::move(record), documents_, documents_});
            } catch (...) {  // out of memory: this record is lost, the two lists stay in step
                dedup_.drop_newest();
                throw;
            }
        } else {
            open_[index - dedup_.first_open()].last_seen = documents_;
        }
        release_expired();
    }

    void finish() override {
        while (!open_.empty()) release_front();
        next_.finish();
    }

    // Records held back now (for tests and memory figures).
    size_t open_records() const { return open_.size(); }

private:
    struct Open {
        io::EventRecord record;  // the first mention's record; the event is replaced by the merged one
        uint64_t first_seen = 0, last_seen = 0;
    };

    void release_expired() {
        if (window_ == 0) return;
        while (!open_.empty() && (open_.front().last_seen + window_ <= documents_ ||
                                  open_.front().first_seen + kMaxOpenWindows * window_ <= documents_))
            release_front();
    }

    // Each sentence is hashed once: its records share one text (io::EventRecord),
    // and the sketch is kept, with the text, until the next document.
    const SentenceSketch& sketch_of(const io::EventRecord& record) {
        auto it = sketches_.find(record.sentence.get());
        if (it == sketches_.end())
            it = sketches_.emplace(record.sentence.get(), Sketched{record.sentence, sketch_text(record.sentence_text())})
                     .first;
        return it->second.sketch;
    }

    void release_front() {
        io::EventRecord record = std::move(open_.front().record);
        record.event = dedup_.release_oldest();
        open_.pop_front();
        next_.accept(std::move(record));
    }

    io::EventSink& next_;
    EventDeduplicator dedup_;
    uint64_t window_;
    uint64_t documents_ = 0;
    std::string last_doc_;
    std::deque<Open> open_;
    struct Sketched {
        std::shared_ptr<const std::string> text;  // held so that the key stays this sentence's
        SentenceSketch sketch;
    };
    std::unordered_map<const std::string*, Sketched> sketches_;  // the current document's sentences
};

}  // namespace sitrep
