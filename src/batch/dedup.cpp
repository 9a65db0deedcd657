#include "batch/dedup.hpp"

#include <algorithm>
#include <limits>

#include "core/hash.hpp"

namespace sitrep {

namespace {

// Row i hashes a feature as (h ^ seed_i) * odd_i: a bijection per row, so the
// 64 minima are 64 cheap, independent-enough permutations of one good hash.
void add_feature(SentenceSketch& sketch, uint64_t feature) {
    const uint64_t h = mix64(feature);
    for (size_t i = 0; i < sketch.size(); ++i) {
        const uint64_t seed = 0x9E3779B97F4A7C15ULL * (i + 1);
        const uint64_t row = (h ^ seed) * (seed | 1);
        sketch[i] = std::min(sketch[i], row);
    }
}

// A later mention may know what the first one did not, or say where more surely: a place
// its text names beats one the first mention only inferred (dateline, seat, parties).
void fill_missing(Event& kept, const Event& other) {
    if (other.place && (!kept.place || (!kept.place->from.empty() && other.place->from.empty())))
        kept.place = other.place;
    if (!kept.attribution && other.attribution) kept.attribution = other.attribution;
    auto fill = [](std::optional<double>& a, const std::optional<double>& b) {
        if (!a && b) a = b;
    };
    fill(kept.counts.killed, other.counts.killed);
    fill(kept.counts.injured, other.counts.injured);
    fill(kept.counts.arrested, other.counts.arrested);
    fill(kept.counts.troops, other.counts.troops);
    fill(kept.counts.displaced, other.counts.displaced);
}

}  // namespace

SentenceSketch sketch_text(std::string_view sentence) {
    SentenceSketch sketch;
    sketch.fill(std::numeric_limits<uint64_t>::max());
    uint64_t previous = 0;
    bool have_previous = false;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        const uint64_t unigram = fnv1a(word, kDedupHashBasis);
        add_feature(sketch, unigram);
        if (have_previous) add_feature(sketch, mix64(previous) ^ unigram);
        previous = unigram;
        have_previous = true;
        word.clear();
    };
    for (char c : sentence) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            word.push_back(c);
        else if (c >= 'A' && c <= 'Z')
            word.push_back(static_cast<char>(c - 'A' + 'a'));
        else
            flush();
    }
    flush();
    return sketch;
}

SentenceSketch sketch_sentence(const Document& doc, uint32_t sentence) {
    if (sentence >= doc.sentences.size()) return sketch_text({});
    return sketch_text(doc.view(doc.sentences[sentence].span));
}

double sketch_similarity(const SentenceSketch& a, const SentenceSketch& b) {
    size_t same = 0;
    for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i] ? 1 : 0;
    return static_cast<double>(same) / static_cast<double>(a.size());
}

std::string event_key(const Event& e) {
    return (e.source ? e.source->code : std::string()) + "|" + (e.target ? e.target->code : std::string()) + "|" +
           e.root + "|" + e.date.iso() + "|" + to_string(e.date_precision);
}

size_t EventDeduplicator::add_event(const std::string& doc_id, std::string_view sentence_text, const Event& e) {
    return add_sketched(doc_id, sketch_text(sentence_text), e);
}

size_t EventDeduplicator::add_sketched(const std::string& doc_id, const SentenceSketch& sketch, const Event& e) {
    auto& same_key = by_key_[event_key(e)];
    // Only the latest kMaxCandidatesPerKey open records of a key are compared
    // (rewrites sit close together): thousands of events sharing a key, in
    // one long document or a busy window, would otherwise cost their square.
    const size_t skip = same_key.size() > kMaxCandidatesPerKey ? same_key.size() - kMaxCandidatesPerKey : 0;
    for (size_t n = skip; n < same_key.size(); ++n) {
        const size_t i = same_key[n];
        Slot& slot = open_.at(i);
        if (sketch_similarity(slot.sketch, sketch) < options_.threshold) continue;
        Event& kept = slot.event;
        if (e.mentions.empty())
            kept.mentions.push_back(EventMentionRef{doc_id, e.sentence, e.verb_span});
        else
            kept.mentions.insert(kept.mentions.end(), e.mentions.begin(), e.mentions.end());
        fill_missing(kept, e);
        return i;
    }
    Slot slot{.event = e, .first_doc = doc_id, .sketch = sketch};
    if (slot.event.mentions.empty()) slot.event.mentions.push_back(EventMentionRef{doc_id, e.sentence, e.verb_span});
    // All or nothing: out of memory half-way leaves the lists in step, so the
    // batch can go on without this event (issue 13).
    const size_t number = next_;
    open_.emplace_hint(open_.end(), number, std::move(slot));
    try {
        same_key.push_back(number);
    } catch (...) {
        open_.erase(number);
        throw;
    }
    ++next_;
    return number;
}

void EventDeduplicator::drop_newest() {
    if (open_.empty() || open_.rbegin()->first + 1 != next_) return;
    const size_t number = next_ - 1;
    if (auto it = by_key_.find(event_key(open_.rbegin()->second.event)); it != by_key_.end()) {
        if (!it->second.empty() && it->second.back() == number) it->second.pop_back();
        if (it->second.empty()) by_key_.erase(it);
    }
    open_.erase(number);
    --next_;
}

Event EventDeduplicator::release(size_t number) {
    auto slot = open_.find(number);
    if (slot == open_.end()) return Event{};
    Event event = std::move(slot->second.event);
    open_.erase(slot);
    if (auto it = by_key_.find(event_key(event)); it != by_key_.end()) {
        // Record numbers of a key rise, and records mostly close oldest first:
        // usually at the front of its key's list.
        auto& numbers = it->second;
        if (!numbers.empty() && numbers.front() == number)
            numbers.pop_front();
        else if (auto at = std::lower_bound(numbers.begin(), numbers.end(), number);
                 at != numbers.end() && *at == number)
            numbers.erase(at);
        if (numbers.empty()) by_key_.erase(it);
    }
    return event;
}

std::vector<Event> EventDeduplicator::events() const {
    std::vector<Event> out;
    out.reserve(open_.size());
    for (const auto& entry : open_) out.push_back(entry.second.event);
    return out;
}

std::vector<std::string> EventDeduplicator::first_docs() const {
    std::vector<std::string> out;
    out.reserve(open_.size());
    for (const auto& entry : open_) out.push_back(entry.second.first_doc);
    return out;
}

std::vector<size_t> EventDeduplicator::add(const Document& doc) {
    std::vector<size_t> placed;
    placed.reserve(doc.events.size());
    std::unordered_map<uint32_t, SentenceSketch> by_sentence;  // events often share a sentence
    for (const Event& e : doc.events) {
        auto it = by_sentence.find(e.sentence);
        if (it == by_sentence.end()) it = by_sentence.emplace(e.sentence, sketch_sentence(doc, e.sentence)).first;
        placed.push_back(add_sketched(doc.meta.id, it->second, e));
    }
    return placed;
}

void merge_duplicate_events(Document& doc, DedupOptions options) {
    EventDeduplicator dedup(options);
    dedup.add(doc);
    doc.events = dedup.events();
}

}  // namespace sitrep
