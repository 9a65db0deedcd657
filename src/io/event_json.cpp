// sitrep.event/1 to and from JSON (nlohmann::ordered_json keeps the field
// order of the schema so records read well).
#include "io/event_json.hpp"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace sitrep::io {

using ojson = nlohmann::ordered_json;

namespace {

ojson span_json(Span s) {
    return ojson::array({s.begin, s.end});
}

ojson number_or_null(const std::optional<double>& v) {
    if (!v) return nullptr;
    // Counts are usually whole numbers: print 12, not 12.0.
    if (std::isfinite(*v) && std::floor(*v) == *v && std::fabs(*v) < 9e15) return static_cast<int64_t>(*v);
    return *v;
}

ojson actor_json(const std::optional<EventActor>& a) {
    if (!a) return nullptr;
    ojson j;
    j["text"] = a->text;
    j["code"] = a->code;
    j["country"] = a->country;
    j["sector"] = a->sector;
    j["span"] = span_json(a->span);
    // Only when the country was inferred, so records with named countries are unchanged.
    if (!a->country_from.empty()) j["country_from"] = a->country_from;
    return j;
}

std::optional<DatePrecision> precision_from(std::string_view s) {
    for (auto p : {DatePrecision::day, DatePrecision::month, DatePrecision::year, DatePrecision::story})
        if (s == to_string(p)) return p;
    return std::nullopt;
}

std::optional<Modality> modality_from(std::string_view s) {
    for (auto m : {Modality::asserted, Modality::future, Modality::hypothetical, Modality::conditional})
        if (s == to_string(m)) return m;
    return std::nullopt;
}

// Reading back: every accessor throws nlohmann's type_error on a wrong type,
// which event_from_json turns into an error message.
// A whole number in range. nlohmann's get<> converts a float or an integer
// out of range with a plain cast (undefined for 1e100 as an unsigned int).
template <typename Int>
Int whole_number(const ojson& j, const char* what) {
    if (j.is_number_unsigned()) {
        const auto v = j.get<uint64_t>();
        if (v <= static_cast<uint64_t>(std::numeric_limits<Int>::max())) return static_cast<Int>(v);
    } else if (j.is_number_integer()) {
        const auto v = j.get<int64_t>();
        if (v >= static_cast<int64_t>(std::numeric_limits<Int>::min()) &&
            v <= static_cast<int64_t>(std::numeric_limits<Int>::max()))
            return static_cast<Int>(v);
    }
    throw std::invalid_argument(std::string(what) + " must be a whole number in range");
}

Span span_from(const ojson& j) {
    if (!j.is_array() || j.size() != 2) throw std::invalid_argument("span must be [begin, end]");
    return Span{whole_number<uint32_t>(j.at(0), "span"), whole_number<uint32_t>(j.at(1), "span")};
}

std::string string_at(const ojson& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? std::string() : it->get<std::string>();
}

std::optional<EventActor> actor_from(const ojson& j) {
    if (j.is_null()) return std::nullopt;
    EventActor a;
    a.text = string_at(j, "text");
    a.code = string_at(j, "code");
    a.country = string_at(j, "country");
    a.sector = string_at(j, "sector");
    a.span = span_from(j.at("span"));
    a.country_from = string_at(j, "country_from");
    return a;
}

std::optional<double> count_from(const ojson& counts, const char* key) {
    auto it = counts.find(key);
    if (it == counts.end() || it->is_null()) return std::nullopt;
    return it->get<double>();
}

}  // namespace

std::string event_to_json(const EventRecord& record) {
    const Event& e = record.event;
    ojson j;
    j["schema"] = kEventSchema;
    j["doc"] = record.doc;
    j["sentence"] = e.sentence;
    j["sentence_text"] = record.sentence_text();
    j["date"] = e.date.valid() ? ojson(e.date.iso()) : ojson(nullptr);
    j["date_precision"] = to_string(e.date_precision);
    j["date_span"] = e.date_span ? span_json(*e.date_span) : ojson(nullptr);
    if (!e.date_from.empty()) j["date_from"] = e.date_from;  // only when inferred
    j["source"] = actor_json(e.source);
    j["target"] = actor_json(e.target);
    ojson ev;
    ev["cameo"] = e.cameo;
    ev["root"] = e.root;
    ev["text"] = e.verb_text;
    ev["span"] = span_json(e.verb_span);
    ev["rule"] = e.rule;
    j["event"] = std::move(ev);
    j["goldstein"] = e.goldstein;
    j["quad"] = e.quad;
    j["plover"] = e.plover;
    j["negated"] = e.negated;
    j["modality"] = to_string(e.modality);
    if (e.place) {
        ojson p;
        p["text"] = e.place->text;
        p["name"] = e.place->name;
        p["country"] = e.place->country;
        p["lat"] = e.place->lat;
        p["lon"] = e.place->lon;
        p["precision"] = e.place->precision;
        p["span"] = span_json(e.place->span);
        if (!e.place->from.empty()) p["from"] = e.place->from;  // only when inferred
        j["place"] = std::move(p);
    } else {
        j["place"] = nullptr;
    }
    ojson counts;
    counts["killed"] = number_or_null(e.counts.killed);
    counts["injured"] = number_or_null(e.counts.injured);
    counts["arrested"] = number_or_null(e.counts.arrested);
    counts["troops"] = number_or_null(e.counts.troops);
    counts["displaced"] = number_or_null(e.counts.displaced);
    counts["approximate"] = e.counts.approximate;
    ojson sources = ojson::array();
    for (const EventCountSource& c : e.counts.sources)
        sources.push_back(ojson{{"kind", to_string(c.kind)},
                                {"value", number_or_null(c.value)},
                                {"value_max", number_or_null(c.value_max)},
                                {"approximate", c.approximate},
                                {"text", c.text},
                                {"span", span_json(c.span)},
                                {"of", c.of},
                                {"in", c.in},
                                {"rule", c.rule}});
    counts["sources"] = std::move(sources);
    j["counts"] = std::move(counts);
    if (e.attribution) {
        ojson a;
        a["text"] = e.attribution->text;
        a["code"] = e.attribution->code;
        a["span"] = span_json(e.attribution->span);
        j["attribution"] = std::move(a);
    } else {
        j["attribution"] = nullptr;
    }
    // Six decimals are plenty for a score and keep float noise (1.0000000000000002) out.
    j["confidence"] = std::round(e.confidence * 1e6) / 1e6;
    if (!e.mentions.empty()) {
        ojson mentions = ojson::array();
        for (const auto& m : e.mentions)
            mentions.push_back(ojson{{"doc", m.doc}, {"sentence", m.sentence}, {"span", span_json(m.span)}});
        j["mentions"] = std::move(mentions);
        j["mention_count"] = e.mentions.size();
    }
    if (!record.url.empty()) j["url"] = record.url;
    // Replace rather than throw should a span ever cut a character in two.
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::optional<EventRecord> event_from_json(std::string_view line, std::string* error) {
    const auto fail = [&](std::string why) -> std::optional<EventRecord> {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    try {
        const ojson j = ojson::parse(line);
        if (!j.is_object()) return fail("not a JSON object");
        if (string_at(j, "schema") != kEventSchema)
            return fail("\"schema\" is not \"" + std::string(kEventSchema) + "\"");
        EventRecord r;
        Event& e = r.event;
        r.doc = string_at(j, "doc");
        r.url = string_at(j, "url");
        r.set_sentence_text(string_at(j, "sentence_text"));
        e.sentence = whole_number<uint32_t>(j.at("sentence"), "sentence");
        if (const std::string date = string_at(j, "date"); !date.empty()) {
            auto parsed = Date::parse_iso(date);
            if (!parsed) return fail("bad \"date\": " + date);
            e.date = *parsed;
        }
        auto precision = precision_from(string_at(j, "date_precision"));
        if (!precision) return fail("bad \"date_precision\"");
        e.date_precision = *precision;
        if (auto it = j.find("date_span"); it != j.end() && !it->is_null()) e.date_span = span_from(*it);
        e.date_from = string_at(j, "date_from");
        e.source = actor_from(j.at("source"));
        e.target = actor_from(j.at("target"));
        const ojson& ev = j.at("event");
        e.cameo = string_at(ev, "cameo");
        e.root = string_at(ev, "root");
        e.verb_text = string_at(ev, "text");
        e.verb_span = span_from(ev.at("span"));
        e.rule = string_at(ev, "rule");
        e.goldstein = j.at("goldstein").get<double>();
        e.quad = whole_number<int>(j.at("quad"), "quad");
        e.plover = string_at(j, "plover");
        e.negated = j.at("negated").get<bool>();
        auto modality = modality_from(string_at(j, "modality"));
        if (!modality) return fail("bad \"modality\"");
        e.modality = *modality;
        if (const ojson& p = j.at("place"); !p.is_null()) {
            EventPlace place;
            place.text = string_at(p, "text");
            place.name = string_at(p, "name");
            place.country = string_at(p, "country");
            place.precision = string_at(p, "precision");
            place.lat = p.at("lat").get<double>();
            place.lon = p.at("lon").get<double>();
            place.span = span_from(p.at("span"));
            place.from = string_at(p, "from");
            e.place = std::move(place);
        }
        if (auto it = j.find("counts"); it != j.end() && !it->is_null()) {
            e.counts.killed = count_from(*it, "killed");
            e.counts.injured = count_from(*it, "injured");
            e.counts.arrested = count_from(*it, "arrested");
            e.counts.troops = count_from(*it, "troops");
            e.counts.displaced = count_from(*it, "displaced");
            if (auto a = it->find("approximate"); a != it->end()) e.counts.approximate = a->get<bool>();
            if (auto list = it->find("sources"); list != it->end() && list->is_array()) {
                for (const auto& c : *list) {
                    EventCountSource source;
                    const auto kind = quantity_kind_from(string_at(c, "kind"));
                    if (!kind) return fail("bad count \"kind\"");
                    source.kind = *kind;
                    source.value = c.at("value").get<double>();
                    source.value_max = c.at("value_max").get<double>();
                    source.approximate = c.at("approximate").get<bool>();
                    source.text = string_at(c, "text");
                    source.span = span_from(c.at("span"));
                    source.of = string_at(c, "of");
                    source.in = string_at(c, "in");
                    source.rule = string_at(c, "rule");
                    e.counts.sources.push_back(std::move(source));
                }
            }
        }
        if (const ojson& a = j.at("attribution"); !a.is_null())
            e.attribution = Attribution{string_at(a, "text"), string_at(a, "code"), span_from(a.at("span"))};
        e.confidence = j.at("confidence").get<double>();
        if (auto it = j.find("mentions"); it != j.end() && it->is_array()) {
            for (const auto& m : *it)
                e.mentions.push_back(EventMentionRef{string_at(m, "doc"),
                                                     whole_number<uint32_t>(m.at("sentence"), "sentence"),
                                                     span_from(m.at("span"))});
        }
        return r;
    } catch (const std::exception& ex) {
        std::string what = ex.what();
        if (auto p = what.find("] "); p != std::string::npos) what.erase(0, p + 2);
        return fail(what);
    }
}

}  // namespace sitrep::io
