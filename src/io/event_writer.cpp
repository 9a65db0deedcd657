// The JSON Lines, CSV and GDELT TSV writers.
#include "io/event_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

#include "io/event_json.hpp"

namespace sitrep::io {

namespace {

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string optional_number(const std::optional<double>& v) { return v ? number(*v) : std::string(); }

std::string span_begin(const std::optional<Span>& s) { return s ? std::to_string(s->begin) : std::string(); }
std::string span_end(const std::optional<Span>& s) { return s ? std::to_string(s->end) : std::string(); }

class JsonlWriter final : public EventSink {
public:
    explicit JsonlWriter(std::ostream& out) : out_(out) {}
    void accept(EventRecord record) override { out_ << event_to_json(record) << '\n'; }
    void finish() override { out_.flush(); }

private:
    std::ostream& out_;
};

// Writes the header before the first record only if asked, then one row each.
class CsvWriter final : public EventSink {
public:
    CsvWriter(std::ostream& out, bool header) : out_(out), header_(header) {}
    void accept(EventRecord r) override {
        write_header();
        const Event& e = r.event;
        std::vector<std::string> row;
        row.reserve(csv_columns().size());
        const auto actor = [&](const std::optional<EventActor>& a) {
            row.push_back(a ? a->text : "");
            row.push_back(a ? a->code : "");
            row.push_back(a ? a->country : "");
            row.push_back(a ? a->sector : "");
            row.push_back(a ? std::to_string(a->span.begin) : "");
            row.push_back(a ? std::to_string(a->span.end) : "");
        };
        row.push_back(r.doc);
        row.push_back(std::to_string(e.sentence));
        row.push_back(e.date.valid() ? e.date.iso() : "");
        row.push_back(to_string(e.date_precision));
        row.push_back(span_begin(e.date_span));
        row.push_back(span_end(e.date_span));
        actor(e.source);
        actor(e.target);
        row.push_back(e.cameo);
        row.push_back(e.root);
        row.push_back(e.verb_text);
        row.push_back(std::to_string(e.verb_span.begin));
        row.push_back(std::to_string(e.verb_span.end));
        row.push_back(e.rule);
        row.push_back(number(e.goldstein));
        row.push_back(std::to_string(e.quad));
        row.push_back(e.plover);
        row.push_back(e.negated ? "true" : "false");
        row.push_back(to_string(e.modality));
        const auto& p = e.place;
        row.push_back(p ? p->text : "");
        row.push_back(p ? p->name : "");
        row.push_back(p ? p->country : "");
        row.push_back(p ? number(p->lat) : "");
        row.push_back(p ? number(p->lon) : "");
        row.push_back(p ? std::to_string(p->span.begin) : "");
        row.push_back(p ? std::to_string(p->span.end) : "");
        row.push_back(optional_number(e.counts.killed));
        row.push_back(optional_number(e.counts.injured));
        row.push_back(optional_number(e.counts.arrested));
        row.push_back(optional_number(e.counts.troops));
        row.push_back(optional_number(e.counts.displaced));
        const auto& a = e.attribution;
        row.push_back(a ? a->text : "");
        row.push_back(a ? a->code : "");
        row.push_back(a ? std::to_string(a->span.begin) : "");
        row.push_back(a ? std::to_string(a->span.end) : "");
        row.push_back(number(e.confidence));
        row.push_back(std::to_string(e.mentions.empty() ? 1 : e.mentions.size()));
        row.push_back(r.url);
        row.push_back(std::string(r.sentence_text()));
        write_row(row);
    }
    void finish() override {
        write_header();  // an empty result still gets its header
        out_.flush();
    }

private:
    void write_header() {
        if (!header_) return;
        header_ = false;
        write_row(std::vector<std::string>(csv_columns().begin(), csv_columns().end()));
    }
    void write_row(const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out_ << ',';
            out_ << csv_field(row[i]);
        }
        out_ << "\r\n";  // RFC 4180 line ending
    }
    std::ostream& out_;
    bool header_;
};

// Control characters (C0 including tab and line breaks, DEL, C1 such as NEL,
// U+2028 / U+2029) never reach a CSV or TSV field raw: each of their bytes
// becomes a space, so fields stay on one line, spreadsheets and terminals see
// no escape sequences, and byte offsets within the text still line up.
std::string without_controls(std::string_view v) {
    std::string out(v);
    for (size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c < 0x20 || c == 0x7F) {
            out[i] = ' ';
        } else if (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(out[i + 1]) <= 0x9F) {
            out[i] = out[i + 1] = ' ';
            ++i;
        } else if (c == 0xE2 && i + 2 < out.size() && out[i + 1] == '\x80' && (out[i + 2] == '\xA8' || out[i + 2] == '\xA9')) {
            out[i] = out[i + 1] = out[i + 2] = ' ';
            i += 2;
        }
    }
    return out;
}

// GDELT fields are tab-separated with no quoting: keep values on one line.
std::string tsv_field(std::string_view v) { return without_controls(v); }

// GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
std::string gdelt_geo_type(const EventPlace& place) {
    const bool us = place.country == "USA";
    if (place.precision == "country") return "1";
    if (place.precision == "admin1") return us ? "2" : "5";
    if (place.precision.empty() && place.name.empty()) return "";
    return us ? "3" : "4";
}

class GdeltTsvWriter final : public EventSink {
public:
    GdeltTsvWriter(std::ostream& out, const WriterOptions& options)
        : out_(out), header_(options.header), date_added_(options.date_added) {
        if (date_added_.empty()) {
            const std::time_t now = std::time(nullptr);
            std::tm utc{};
            gmtime_r(&now, &utc);
            char buf[16];
            std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &utc);
            date_added_ = buf;
        }
    }
    void accept(EventRecord r) override {
        write_header();
        const Event& e = r.event;
        std::array<std::string, 61> row;
        std::size_t i = 0;
        const auto put = [&](std::string v) { row[i++] = tsv_field(v); };
        put(std::to_string(++event_id_));
        if (e.date.valid()) {
            char day[16], month[16], year[16], fraction[16];
            std::snprintf(day, sizeof day, "%04d%02d%02d", e.date.year, e.date.month, e.date.day);
            std::snprintf(month, sizeof month, "%04d%02d", e.date.year, e.date.month);
            std::snprintf(year, sizeof year, "%04d", e.date.year);
            const auto day_of_year = e.date.days_since_epoch() - Date{e.date.year, 1, 1}.days_since_epoch();
            std::snprintf(fraction, sizeof fraction, "%.4f",
                          e.date.year + static_cast<double>(day_of_year) / 365.0);
            put(day);
            put(month);
            put(year);
            put(fraction);
        } else {
            for (int k = 0; k < 4; ++k) put("");
        }
        const auto actor = [&](const std::optional<EventActor>& a) {
            put(a ? a->code : "");     // ActorNCode
            put(a ? a->text : "");     // ActorNName
            put(a ? a->country : "");  // ActorNCountryCode
            for (int k = 0; k < 4; ++k) put("");  // KnownGroup, Ethnic, Religion1, Religion2
            // Type codes: the sector split into three-letter CAMEO role codes.
            const std::string sector = a ? a->sector : "";
            for (std::size_t k = 0; k < 3; ++k) put(sector.size() >= 3 * k + 3 ? sector.substr(3 * k, 3) : "");
        };
        actor(e.source);
        actor(e.target);
        put(e.sentence == 0 ? "1" : "0");  // IsRootEvent: reported in the lead sentence
        put(e.cameo);
        put(e.cameo.substr(0, std::min<std::size_t>(3, e.cameo.size())));
        put(e.root);
        put(std::to_string(e.quad));
        put(number(e.goldstein));
        const std::size_t mentions = e.mentions.empty() ? 1 : e.mentions.size();
        put(std::to_string(mentions));  // NumMentions
        put("1");                        // NumSources
        put(std::to_string(distinct_docs(r)));  // NumArticles
        put("");                         // AvgTone
        for (int actor_geo = 0; actor_geo < 2; ++actor_geo)
            for (int k = 0; k < 8; ++k) put("");
        if (e.place) {
            put(gdelt_geo_type(*e.place));
            put(e.place->name.empty() ? e.place->text : e.place->name);
            put(e.place->country);
            put("");  // ADM1Code
            put("");  // ADM2Code
            put(number(e.place->lat));
            put(number(e.place->lon));
            put("");
        } else {
            for (int k = 0; k < 8; ++k) put("");
        }
        put(date_added_);
        put(r.url.empty() ? r.doc : r.url);
        write_row(row);
    }
    void finish() override {
        write_header();
        out_.flush();
    }

private:
    static std::size_t distinct_docs(const EventRecord& r) {
        std::vector<std::string_view> docs;
        for (const auto& m : r.event.mentions)
            if (std::find(docs.begin(), docs.end(), m.doc) == docs.end()) docs.push_back(m.doc);
        return docs.empty() ? 1 : docs.size();
    }
    void write_header() {
        if (!header_) return;
        header_ = false;
        std::array<std::string, 61> names;
        for (std::size_t i = 0; i < names.size(); ++i) names[i] = gdelt_columns()[i];
        write_row(names);
    }
    void write_row(const std::array<std::string, 61>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out_ << '\t';
            out_ << row[i];
        }
        out_ << '\n';
    }
    std::ostream& out_;
    bool header_;
    std::string date_added_;
    uint64_t event_id_ = 0;
};

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    if (name == "jsonl" || name == "json") return OutputFormat::jsonl;
    if (name == "csv") return OutputFormat::csv;
    if (name == "tsv" || name == "gdelt") return OutputFormat::tsv;
    return std::nullopt;
}

std::string csv_field(std::string_view raw) {
    const std::string value = without_controls(raw);
    if (value.find_first_of(",\"") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

const std::vector<std::string_view>& csv_columns() {
    static const std::vector<std::string_view> columns = {
        "doc", "sentence", "date", "date_precision", "date_begin", "date_end",
        "source_text", "source_code", "source_country", "source_sector", "source_begin", "source_end",
        "target_text", "target_code", "target_country", "target_sector", "target_begin", "target_end",
        "cameo", "root", "event_text", "event_begin", "event_end", "rule",
        "goldstein", "quad", "plover", "negated", "modality",
        "place_text", "place_name", "place_country", "place_lat", "place_lon", "place_begin", "place_end",
        "killed", "injured", "arrested", "troops", "displaced",
        "attribution_text", "attribution_code", "attribution_begin", "attribution_end",
        "confidence", "mention_count", "url", "sentence_text",
    };
    return columns;
}

const std::array<std::string_view, 61>& gdelt_columns() {
    static const std::array<std::string_view, 61> columns = {
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
        "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
        "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    };
    return columns;
}

std::unique_ptr<EventSink> make_event_writer(OutputFormat format, std::ostream& out,
                                             const WriterOptions& options) {
    switch (format) {
        case OutputFormat::jsonl: return std::make_unique<JsonlWriter>(out);
        case OutputFormat::csv: return std::make_unique<CsvWriter>(out, options.header);
        case OutputFormat::tsv: return std::make_unique<GdeltTsvWriter>(out, options);
    }
    return std::make_unique<JsonlWriter>(out);
}

const std::vector<std::string>& output_format_names() {
    static const std::vector<std::string> names = {"jsonl", "csv", "tsv"};
    return names;
}

std::unique_ptr<EventSink> make_event_writer(std::string_view name, std::ostream& out, const WriterOptions& options) {
    const auto format = parse_output_format(name);
    return format ? make_event_writer(*format, out, options) : nullptr;
}

}  // namespace sitrep::io
