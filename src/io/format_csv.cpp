// Output format "csv": one row per event with flattened columns (RFC 4180
// quoting, CRLF line ends), header row first unless turned off.
#include <string>

#include "io/flat_columns.hpp"
#include "io/output_formats.hpp"

namespace sitrep::io {

namespace {

std::string span_begin(const std::optional<Span>& s) {
    return s ? std::to_string(s->begin) : std::string();
}
std::string span_end(const std::optional<Span>& s) {
    return s ? std::to_string(s->end) : std::string();
}

const Event& ev(const FlatRow& r) {
    return r.record.event;
}

// The six columns of an actor: text, code, country, sector, begin, end.
template <std::optional<EventActor> Event::*Who, int Field>
std::string actor_field(const FlatRow& r) {
    const auto& a = ev(r).*Who;
    if (!a) return "";
    switch (Field) {
        case 0:
            return a->text;
        case 1:
            return a->code;
        case 2:
            return a->country;
        case 3:
            return a->sector;
        case 4:
            return std::to_string(a->span.begin);
        default:
            return std::to_string(a->span.end);
    }
}

const Column kCsvColumns[] = {
    {"doc", [](const FlatRow& r) { return r.record.doc; }},
    {"sentence", [](const FlatRow& r) { return std::to_string(ev(r).sentence); }},
    {"date", [](const FlatRow& r) { return ev(r).date.valid() ? ev(r).date.iso() : std::string(); }},
    {"date_precision", [](const FlatRow& r) { return std::string(to_string(ev(r).date_precision)); }},
    {"date_begin", [](const FlatRow& r) { return span_begin(ev(r).date_span); }},
    {"date_end", [](const FlatRow& r) { return span_end(ev(r).date_span); }},
    {"source_text", actor_field<&Event::source, 0>},
    {"source_code", actor_field<&Event::source, 1>},
    {"source_country", actor_field<&Event::source, 2>},
    {"source_sector", actor_field<&Event::source, 3>},
    {"source_begin", actor_field<&Event::source, 4>},
    {"source_end", actor_field<&Event::source, 5>},
    {"target_text", actor_field<&Event::target, 0>},
    {"target_code", actor_field<&Event::target, 1>},
    {"target_country", actor_field<&Event::target, 2>},
    {"target_sector", actor_field<&Event::target, 3>},
    {"target_begin", actor_field<&Event::target, 4>},
    {"target_end", actor_field<&Event::target, 5>},
    {"cameo", [](const FlatRow& r) { return ev(r).cameo; }},
    {"root", [](const FlatRow& r) { return ev(r).root; }},
    {"event_text", [](const FlatRow& r) { return ev(r).verb_text; }},
    {"event_begin", [](const FlatRow& r) { return std::to_string(ev(r).verb_span.begin); }},
    {"event_end", [](const FlatRow& r) { return std::to_string(ev(r).verb_span.end); }},
    {"rule", [](const FlatRow& r) { return ev(r).rule; }},
    {"goldstein", [](const FlatRow& r) { return flat_number(ev(r).goldstein); }},
    {"quad", [](const FlatRow& r) { return std::to_string(ev(r).quad); }},
    {"plover", [](const FlatRow& r) { return ev(r).plover; }},
    {"negated", [](const FlatRow& r) { return std::string(ev(r).negated ? "true" : "false"); }},
    {"modality", [](const FlatRow& r) { return std::string(to_string(ev(r).modality)); }},
    {"place_text", [](const FlatRow& r) { return ev(r).place ? ev(r).place->text : std::string(); }},
    {"place_name", [](const FlatRow& r) { return ev(r).place ? ev(r).place->name : std::string(); }},
    {"place_country", [](const FlatRow& r) { return ev(r).place ? ev(r).place->country : std::string(); }},
    {"place_lat", [](const FlatRow& r) { return ev(r).place ? flat_number(ev(r).place->lat) : std::string(); }},
    {"place_lon", [](const FlatRow& r) { return ev(r).place ? flat_number(ev(r).place->lon) : std::string(); }},
    {"place_begin",
     [](const FlatRow& r) { return ev(r).place ? std::to_string(ev(r).place->span.begin) : std::string(); }},
    {"place_end", [](const FlatRow& r) { return ev(r).place ? std::to_string(ev(r).place->span.end) : std::string(); }},
    {"killed", [](const FlatRow& r) { return flat_number(ev(r).counts.killed); }},
    {"injured", [](const FlatRow& r) { return flat_number(ev(r).counts.injured); }},
    {"arrested", [](const FlatRow& r) { return flat_number(ev(r).counts.arrested); }},
    {"troops", [](const FlatRow& r) { return flat_number(ev(r).counts.troops); }},
    {"displaced", [](const FlatRow& r) { return flat_number(ev(r).counts.displaced); }},
    {"attribution_text", [](const FlatRow& r) { return ev(r).attribution ? ev(r).attribution->text : std::string(); }},
    {"attribution_code", [](const FlatRow& r) { return ev(r).attribution ? ev(r).attribution->code : std::string(); }},
    {"attribution_begin",
     [](const FlatRow& r) {
         return ev(r).attribution ? std::to_string(ev(r).attribution->span.begin) : std::string();
     }},
    {"attribution_end",
     [](const FlatRow& r) { return ev(r).attribution ? std::to_string(ev(r).attribution->span.end) : std::string(); }},
    {"confidence", [](const FlatRow& r) { return flat_number(ev(r).confidence); }},
    {"mention_count",
     [](const FlatRow& r) { return std::to_string(ev(r).mentions.empty() ? 1 : ev(r).mentions.size()); }},
    {"url", [](const FlatRow& r) { return r.record.url; }},
    {"sentence_text", [](const FlatRow& r) { return std::string(r.record.sentence_text()); }},
};

// Writes the header before the first record only if asked, then one row each.
class CsvWriter final : public EventSink {
public:
    CsvWriter(std::ostream& out, bool header) : out_(out), header_(header) {}
    void accept(EventRecord record) override {
        write_header();
        const FlatRow row{.record = record, .event_id = 0, .date_added = {}};
        bool first = true;
        for (const Column& column : kCsvColumns) {
            if (!first) out_ << ',';
            first = false;
            out_ << csv_field(column.get(row));
        }
        out_ << "\r\n";  // RFC 4180 line ending
    }
    void finish() override {
        write_header();  // an empty result still gets its header
        out_.flush();
    }

private:
    void write_header() {
        if (!header_) return;
        header_ = false;
        bool first = true;
        for (const Column& column : kCsvColumns) {
            if (!first) out_ << ',';
            first = false;
            out_ << csv_field(column.name);
        }
        out_ << "\r\n";
    }
    std::ostream& out_;
    bool header_;
};

}  // namespace

std::span<const Column> csv_column_table() {
    return kCsvColumns;
}

std::unique_ptr<EventSink> make_csv_writer(std::ostream& out, const WriterOptions& options) {
    return std::make_unique<CsvWriter>(out, options.header);
}

// RFC 4180: quoted (with doubled quotes) when it holds a comma or quote;
// control characters never reach the field raw.
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

}  // namespace sitrep::io
