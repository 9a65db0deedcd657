#include "server/json_views.hpp"

#include <optional>

namespace sitrep::server {

namespace {

// UTF-16 code units in the first `bytes` bytes of UTF-8 `text`.
std::size_t utf16_units(std::string_view text, std::size_t bytes) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < bytes && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xc0) == 0x80) continue;  // continuation byte
        units += c >= 0xf0 ? 2 : 1;        // four-byte sequences are surrogate pairs
    }
    return units;
}

// A field's span: in the document; in the sentence and its UTF-16 offsets
// when it lies inside the sentence (a dateline date or place may not).
ojson span_json(std::optional<Span> span, Span sentence, std::string_view sentence_text) {
    if (!span) return nullptr;
    ojson j;
    j["doc"] = {span->begin, span->end};
    if (span->begin >= sentence.begin && span->end <= sentence.end && span->begin <= span->end) {
        const std::size_t b = span->begin - sentence.begin, e = span->end - sentence.begin;
        j["sentence"] = {b, e};
        j["utf16"] = {utf16_units(sentence_text, b), utf16_units(sentence_text, e)};
        j["text"] = sentence_text.substr(b, e - b);
    } else {
        j["sentence"] = nullptr;
        j["utf16"] = nullptr;
    }
    return j;
}

}  // namespace

std::string dump(const ojson& j) {
    return store::dump_json(j);
}

ojson mentions_json(const store::StoredEvent& event, const std::vector<store::MentionDetail>& mentions) {
    ojson list = ojson::array();
    for (const auto& m : mentions) {
        ojson j;
        j["doc"] = m.doc;
        j["url"] = m.url;
        j["title"] = m.title;
        j["outlet"] = m.outlet;
        j["story_date"] = m.story_date.empty() ? ojson(nullptr) : ojson(m.story_date);
        j["sentence"] = m.sentence;
        j["sentence_span"] = {m.sentence_span.begin, m.sentence_span.end};
        j["sentence_text"] = m.sentence_text;
        j["first"] = m.first;
        j["rule"] = m.rule;
        ojson spans;
        spans["verb"] = span_json(m.verb, m.sentence_span, m.sentence_text);
        spans["source"] = span_json(m.source, m.sentence_span, m.sentence_text);
        spans["target"] = span_json(m.target, m.sentence_span, m.sentence_text);
        spans["date"] = span_json(m.date, m.sentence_span, m.sentence_text);
        spans["place"] = span_json(m.place, m.sentence_span, m.sentence_text);
        spans["attribution"] = span_json(m.attribution, m.sentence_span, m.sentence_text);
        // The store keeps the counts' spans of the event's first report only.
        ojson counts = ojson::array();
        if (m.first)
            for (const auto& c : event.record.event.counts.sources) {
                ojson cj = span_json(c.span, m.sentence_span, m.sentence_text);
                cj["kind"] = to_string(c.kind);
                cj["value"] = c.value;
                counts.push_back(std::move(cj));
            }
        spans["counts"] = std::move(counts);
        j["spans"] = std::move(spans);
        list.push_back(std::move(j));
    }
    return list;
}

std::string error_body(std::string_view code, std::string_view message, std::string_view parameter) {
    ojson e;
    e["code"] = code;
    e["message"] = message;
    if (!parameter.empty()) e["parameter"] = parameter;
    ojson j;
    j["error"] = std::move(e);
    return dump(j);
}

}  // namespace sitrep::server
