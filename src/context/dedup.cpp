#include "context/dedup.hpp"

#include <algorithm>
#include <limits>

#include "context/token_text.hpp"

namespace sitrep {

namespace {

uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// A strong 64-bit mixer (splitmix64's finaliser): one seed per MinHash row.
uint64_t mix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

void add_feature(SentenceSketch& sketch, uint64_t feature) {
    for (size_t i = 0; i < sketch.size(); ++i) {
        const uint64_t h = mix(feature ^ (0x632BE59BD9B4E019ULL * (i + 1)));
        sketch[i] = std::min(sketch[i], h);
    }
}

EventMentionRef mention_of(const Document& doc, const Event& e) {
    return EventMentionRef{doc.meta.id, e.sentence, e.verb_span};
}

// A later mention may know what the first one did not.
void fill_missing(Event& kept, const Event& other) {
    if (!kept.place && other.place) kept.place = other.place;
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

SentenceSketch sketch_sentence(const Document& doc, uint32_t sentence) {
    SentenceSketch sketch;
    sketch.fill(std::numeric_limits<uint64_t>::max());
    const TokenRange range = sentence_tokens(doc, sentence);
    uint64_t previous = 0;
    bool have_previous = false;
    for (uint32_t t = range.first; t < range.last; ++t) {
        const Token& token = doc.tokens[t];
        if (token.kind != TokenKind::word && token.kind != TokenKind::number) continue;
        const uint64_t unigram = fnv1a(token.norm);
        add_feature(sketch, unigram);
        if (have_previous) add_feature(sketch, mix(previous) ^ unigram);
        previous = unigram;
        have_previous = true;
    }
    return sketch;
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

std::vector<size_t> EventDeduplicator::add(const Document& doc) {
    std::vector<size_t> placed;
    placed.reserve(doc.events.size());
    std::unordered_map<uint32_t, SentenceSketch> sentence_sketches;
    for (const Event& e : doc.events) {
        auto found = sentence_sketches.find(e.sentence);
        if (found == sentence_sketches.end())
            found = sentence_sketches.emplace(e.sentence, sketch_sentence(doc, e.sentence)).first;
        const SentenceSketch& sketch = found->second;
        const std::string key = event_key(e);
        auto& same_key = by_key_[key];
        size_t target = events_.size();
        for (size_t i : same_key) {
            if (sketch_similarity(sketches_[i], sketch) >= options_.threshold) {
                target = i;
                break;
            }
        }
        if (target == events_.size()) {
            Event first = e;
            if (first.mentions.empty()) first.mentions.push_back(mention_of(doc, e));
            events_.push_back(std::move(first));
            first_docs_.push_back(doc.meta.id);
            sketches_.push_back(sketch);
            same_key.push_back(target);
        } else {
            Event& kept = events_[target];
            if (e.mentions.empty()) kept.mentions.push_back(mention_of(doc, e));
            else kept.mentions.insert(kept.mentions.end(), e.mentions.begin(), e.mentions.end());
            fill_missing(kept, e);
        }
        placed.push_back(target);
    }
    return placed;
}

void merge_duplicate_events(Document& doc, DedupOptions options) {
    EventDeduplicator dedup(options);
    dedup.add(doc);
    doc.events = dedup.events();
}

}  // namespace sitrep
