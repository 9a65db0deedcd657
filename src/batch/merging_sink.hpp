// An io::EventSink that merges duplicate events before passing them on
// (`sitrep code`, default; `--mentions raw` skips it).
//
// A later article may repeat an earlier event, so records are held back. With
// a window of N documents, a record is passed on once N documents that
// produced events have gone by since its last mention (a wire story and its
// rewrites sit close together in a batch); with 0 it waits for the end of the
// batch. Memory then follows the window, not the batch (issue 13 item 5):
// records leave in the order they close, not in the order they opened, so a
// record that keeps being mentioned holds back no other. Records that close
// at the same document leave in first-mention order; all of this depends only
// on the order of the records, never on threads. A record mentioned again and
// again is written once it has been open kMaxOpenWindows windows.
#pragma once
#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "batch/dedup.hpp"
#include "io/event_record.hpp"

namespace sitrep {

class MergingSink final : public io::EventSink {
public:
    static constexpr uint64_t kDefaultWindow = 100000;  // documents; about a day of world news
    static constexpr uint64_t kMaxOpenWindows = 4;

    explicit MergingSink(io::EventSink& next, uint64_t window_documents = kDefaultWindow, DedupOptions options = {})
        : next_(next), dedup_(options), window_(window_documents) {}

    void accept(io::EventRecord record) override {
        bool new_document = false;
        if (documents_ == 0 || record.doc != last_doc_) {
            ++documents_;
            last_doc_ = record.doc;
            sketches_.clear();
            new_document = true;
        }
        const size_t number = dedup_.add_event(record.doc, sketch_of(record), record.event);
        if (auto it = open_.find(number); it != open_.end()) {
            if (it->second.last_seen != documents_) {
                it->second.last_seen = documents_;
                if (window_ != 0) mentioned_.emplace_back(documents_, number);
            }
        } else {  // a new record
            try {
                open_.emplace_hint(
                    open_.end(), number,
                    Open{.record = std::move(record), .first_seen = documents_, .last_seen = documents_});
                if (window_ != 0) {
                    mentioned_.emplace_back(documents_, number);
                    opened_.emplace_back(documents_, number);
                }
            } catch (...) {  // out of memory: this record is lost, the two lists stay in step
                open_.erase(number);
                dedup_.drop_newest();
                throw;
            }
        }
        if (new_document) release_expired();
    }

    void finish() override {
        while (!open_.empty()) release(open_.begin()->first);
        mentioned_.clear();
        opened_.clear();
        next_.finish();
    }

    // Records held back now (for tests and memory figures).
    size_t open_records() const { return open_.size(); }

private:
    struct Open {
        io::EventRecord record;  // the first mention's record; the event is replaced by the merged one
        uint64_t first_seen = 0, last_seen = 0;
    };

    // Closes every record whose window ended at this document: N documents
    // after its last mention, or kMaxOpenWindows windows after its first.
    void release_expired() {
        if (window_ == 0) return;
        due_.clear();
        while (!mentioned_.empty() && mentioned_.front().first + window_ <= documents_) {
            const auto [document, number] = mentioned_.front();
            mentioned_.pop_front();
            if (auto it = open_.find(number); it != open_.end() && it->second.last_seen == document)
                due_.push_back(number);
        }
        while (!opened_.empty() && opened_.front().first + kMaxOpenWindows * window_ <= documents_) {
            const size_t number = opened_.front().second;
            opened_.pop_front();
            if (open_.count(number) != 0) due_.push_back(number);
        }
        std::sort(due_.begin(), due_.end());  // first-mention order, whatever closed them
        due_.erase(std::unique(due_.begin(), due_.end()), due_.end());
        for (const size_t number : due_) release(number);
    }

    // Each sentence is hashed once: its records share one text (io::EventRecord),
    // and the sketch is kept, with the text, until the next document.
    const SentenceSketch& sketch_of(const io::EventRecord& record) {
        auto it = sketches_.find(record.sentence.get());
        if (it == sketches_.end())
            it =
                sketches_.emplace(record.sentence.get(), Sketched{record.sentence, sketch_text(record.sentence_text())})
                    .first;
        return it->second.sketch;
    }

    void release(size_t number) {
        auto it = open_.find(number);
        io::EventRecord record = std::move(it->second.record);
        open_.erase(it);
        record.event = dedup_.release(number);
        next_.accept(std::move(record));
    }

    io::EventSink& next_;
    EventDeduplicator dedup_;
    uint64_t window_;
    uint64_t documents_ = 0;
    std::string last_doc_;
    std::map<size_t, Open> open_;  // by record number (first-mention order)
    // (document, record) of each record's latest mentions and of each opening,
    // oldest first: the windows that may end. Stale entries (mentioned again,
    // already written) are skipped when they come up; 16 bytes each.
    std::deque<std::pair<uint64_t, size_t>> mentioned_, opened_;
    std::vector<size_t> due_;
    struct Sketched {
        std::shared_ptr<const std::string> text;  // held so that the key stays this sentence's
        SentenceSketch sketch;
    };
    std::unordered_map<const std::string*, Sketched> sketches_;  // the current document's sentences
};

}  // namespace sitrep
