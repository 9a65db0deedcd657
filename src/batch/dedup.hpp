// EventDeduplicator: merges the same event reported twice, in one article or
// across the articles of a batch, into one record whose Event::mentions lists
// every (document, sentence, verb span) that reported it.
//
// Two events are the same when
//   1. their key is equal: source code, target code, CAMEO root, date and
//      date precision; and
//   2. their sentences are alike: the estimated Jaccard similarity of the sets
//      of word unigrams and bigrams (case-folded) is at least `threshold`,
//      estimated with a 64-hash MinHash sketch (error about +-0.06).
// The default threshold 0.5 merges rewordings such as "about 2,500 U.S.
// troops are still deployed in Iraq ..." / "Approximately 2,500 U.S. troops
// are currently deployed to Iraq ..." (about 0.6) while two different
// sentences that share a key rarely pass 0.3.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"

namespace sitrep {

struct DedupOptions {
    double threshold = 0.5;
};

using SentenceSketch = std::array<uint64_t, 64>;

// MinHash of the word unigrams and bigrams of a sentence. Words are runs of
// letters and digits, ASCII case-folded ("U.S." -> "u" "s", "2,500" -> "2"
// "500"), so the same sketch comes from a Document or from a record's text.
SentenceSketch sketch_text(std::string_view sentence);
SentenceSketch sketch_sentence(const Document& doc, uint32_t sentence);
// Fraction of equal minima: an estimate of the Jaccard similarity.
double sketch_similarity(const SentenceSketch& a, const SentenceSketch& b);
// "source|target|root|date|precision".
std::string event_key(const Event& e);

class EventDeduplicator {
public:
    // A new mention is compared with at most this many open records of its
    // key, the latest ones (docs/RELIABILITY.md).
    static constexpr size_t kMaxCandidatesPerKey = 64;

    explicit EventDeduplicator(DedupOptions options = {}) : options_(options) {}

    // Offers every event of a coded document; returns, for each of doc.events,
    // the index in events() of the record it now belongs to.
    std::vector<size_t> add(const Document& doc);
    // Offers one event reported in `sentence_text` of document `doc_id`.
    size_t add_event(const std::string& doc_id, std::string_view sentence_text, const Event& event);
    // The same with the sentence's sketch already made (one sketch per
    // sentence, however many events it reports).
    size_t add_event(const std::string& doc_id, const SentenceSketch& sketch, const Event& event) {
        return add_sketched(doc_id, sketch, event);
    }

    // Merged records still open, in first-seen order (copies; for tests and
    // merge_duplicate_events); mentions.size() is the mention count.
    std::vector<Event> events() const;
    // The document id of each open record's first mention, in the same order.
    std::vector<std::string> first_docs() const;
    // Number of open records.
    size_t open_count() const { return open_.size(); }
    // Number of the oldest open record (end() when none is open).
    size_t first_open() const { return open_.empty() ? next_ : open_.begin()->first; }
    // Number the next new record will get.
    size_t end() const { return next_; }
    // Closes open record `number` and hands it over: later mentions of the
    // same event start a new record. Any open record may be closed, not only
    // the oldest (MergingSink closes records in the order their windows end).
    Event release(size_t number);
    Event release_oldest() { return open_.empty() ? Event{} : release(open_.begin()->first); }
    // Forgets the record add_event() has just opened (its caller could not
    // keep it: out of memory).
    void drop_newest();

private:
    size_t add_sketched(const std::string& doc_id, const SentenceSketch& sketch, const Event& event);

    struct Slot {
        Event event;
        std::string first_doc;
        SentenceSketch sketch;
    };

    DedupOptions options_;
    size_t next_ = 0;
    std::map<size_t, Slot> open_;                                 // by record number: first-seen order
    std::unordered_map<std::string, std::deque<size_t>> by_key_;  // open record numbers, rising
};

// Merges duplicate events within one document, in place (doc.events keeps
// the first of each group, with all mentions).
void merge_duplicate_events(Document& doc, DedupOptions options = {});

}  // namespace sitrep
