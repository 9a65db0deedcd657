// Output format "tsv" (alias "gdelt"): the 61 columns of the GDELT 2.0 event
// table, tab-separated, no quoting (control characters become spaces).
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include "io/flat_columns.hpp"
#include "io/output_formats.hpp"

namespace sitrep::io {

namespace {

const Event& ev(const FlatRow& r) {
    return r.record.event;
}

std::string empty(const FlatRow&) {
    return std::string();
}

// Day YYYYMMDD, MonthYear YYYYMM, Year YYYY, FractionDate YYYY.FFFF; empty
// when the event has no date.
enum class DateForm { day, month_year, year, fraction };
template <DateForm Form>
std::string date_field(const FlatRow& r) {
    const Date& date = ev(r).date;
    if (!date.valid()) return std::string();
    char buf[16];
    switch (Form) {
        case DateForm::day:
            std::snprintf(buf, sizeof buf, "%04d%02d%02d", date.year, date.month, date.day);
            break;
        case DateForm::month_year:
            std::snprintf(buf, sizeof buf, "%04d%02d", date.year, date.month);
            break;
        case DateForm::year:
            std::snprintf(buf, sizeof buf, "%04d", date.year);
            break;
        case DateForm::fraction: {
            const auto day_of_year = date.days_since_epoch() - Date{date.year, 1, 1}.days_since_epoch();
            std::snprintf(buf, sizeof buf, "%.4f", date.year + static_cast<double>(day_of_year) / 365.0);
            break;
        }
    }
    return buf;
}

// ActorN columns: Code, Name, CountryCode, then Type1..3: the sector split
// into three-letter CAMEO role codes.
template <std::optional<EventActor> Event::*Who, int Field>
std::string actor_field(const FlatRow& r) {
    const auto& a = ev(r).*Who;
    if (!a) return "";
    switch (Field) {
        case 0:
            return a->code;
        case 1:
            return a->text;
        case 2:
            return a->country;
        default: {
            const std::size_t k = Field - 3;
            return a->sector.size() >= 3 * k + 3 ? a->sector.substr(3 * k, 3) : std::string();
        }
    }
}

// GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
std::string geo_type(const FlatRow& r) {
    if (!ev(r).place) return "";
    const EventPlace& place = *ev(r).place;
    const bool us = place.country == "USA";
    if (place.precision == "country") return "1";
    if (place.precision == "admin1") return us ? "2" : "5";
    if (place.precision.empty() && place.name.empty()) return "";
    return us ? "3" : "4";
}

std::size_t distinct_docs(const EventRecord& r) {
    std::vector<std::string_view> docs;
    for (const auto& m : r.event.mentions)
        if (std::find(docs.begin(), docs.end(), m.doc) == docs.end()) docs.push_back(m.doc);
    return docs.empty() ? 1 : docs.size();
}

const Column kGdeltColumns[] = {
    {"GlobalEventID", [](const FlatRow& r) { return std::to_string(r.event_id); }},
    {"Day", date_field<DateForm::day>},
    {"MonthYear", date_field<DateForm::month_year>},
    {"Year", date_field<DateForm::year>},
    {"FractionDate", date_field<DateForm::fraction>},
    {"Actor1Code", actor_field<&Event::source, 0>},
    {"Actor1Name", actor_field<&Event::source, 1>},
    {"Actor1CountryCode", actor_field<&Event::source, 2>},
    {"Actor1KnownGroupCode", empty},
    {"Actor1EthnicCode", empty},
    {"Actor1Religion1Code", empty},
    {"Actor1Religion2Code", empty},
    {"Actor1Type1Code", actor_field<&Event::source, 3>},
    {"Actor1Type2Code", actor_field<&Event::source, 4>},
    {"Actor1Type3Code", actor_field<&Event::source, 5>},
    {"Actor2Code", actor_field<&Event::target, 0>},
    {"Actor2Name", actor_field<&Event::target, 1>},
    {"Actor2CountryCode", actor_field<&Event::target, 2>},
    {"Actor2KnownGroupCode", empty},
    {"Actor2EthnicCode", empty},
    {"Actor2Religion1Code", empty},
    {"Actor2Religion2Code", empty},
    {"Actor2Type1Code", actor_field<&Event::target, 3>},
    {"Actor2Type2Code", actor_field<&Event::target, 4>},
    {"Actor2Type3Code", actor_field<&Event::target, 5>},
    // Reported in the lead sentence.
    {"IsRootEvent", [](const FlatRow& r) { return std::string(ev(r).sentence == 0 ? "1" : "0"); }},
    {"EventCode", [](const FlatRow& r) { return ev(r).cameo; }},
    {"EventBaseCode",
     [](const FlatRow& r) { return ev(r).cameo.substr(0, std::min<std::size_t>(3, ev(r).cameo.size())); }},
    {"EventRootCode", [](const FlatRow& r) { return ev(r).root; }},
    {"QuadClass", [](const FlatRow& r) { return std::to_string(ev(r).quad); }},
    {"GoldsteinScale", [](const FlatRow& r) { return flat_number(ev(r).goldstein); }},
    {"NumMentions",
     [](const FlatRow& r) { return std::to_string(ev(r).mentions.empty() ? 1 : ev(r).mentions.size()); }},
    {"NumSources", [](const FlatRow&) { return std::string("1"); }},
    {"NumArticles", [](const FlatRow& r) { return std::to_string(distinct_docs(r.record)); }},
    {"AvgTone", empty},
    {"Actor1Geo_Type", empty},
    {"Actor1Geo_FullName", empty},
    {"Actor1Geo_CountryCode", empty},
    {"Actor1Geo_ADM1Code", empty},
    {"Actor1Geo_ADM2Code", empty},
    {"Actor1Geo_Lat", empty},
    {"Actor1Geo_Long", empty},
    {"Actor1Geo_FeatureID", empty},
    {"Actor2Geo_Type", empty},
    {"Actor2Geo_FullName", empty},
    {"Actor2Geo_CountryCode", empty},
    {"Actor2Geo_ADM1Code", empty},
    {"Actor2Geo_ADM2Code", empty},
    {"Actor2Geo_Lat", empty},
    {"Actor2Geo_Long", empty},
    {"Actor2Geo_FeatureID", empty},
    {"ActionGeo_Type", geo_type},
    {"ActionGeo_FullName",
     [](const FlatRow& r) {
         if (!ev(r).place) return std::string();
         return ev(r).place->name.empty() ? ev(r).place->text : ev(r).place->name;
     }},
    {"ActionGeo_CountryCode", [](const FlatRow& r) { return ev(r).place ? ev(r).place->country : std::string(); }},
    {"ActionGeo_ADM1Code", empty},
    {"ActionGeo_ADM2Code", empty},
    {"ActionGeo_Lat", [](const FlatRow& r) { return ev(r).place ? flat_number(ev(r).place->lat) : std::string(); }},
    {"ActionGeo_Long", [](const FlatRow& r) { return ev(r).place ? flat_number(ev(r).place->lon) : std::string(); }},
    {"ActionGeo_FeatureID", empty},
    {"DATEADDED", [](const FlatRow& r) { return std::string(r.date_added); }},
    {"SOURCEURL", [](const FlatRow& r) { return r.record.url.empty() ? r.record.doc : r.record.url; }},
};
static_assert(std::size(kGdeltColumns) == 61, "the GDELT 2.0 event table has 61 columns");

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
    void accept(EventRecord record) override {
        write_header();
        // Read from a store: its stable id; else 1, 2, ... in output order.
        const uint64_t id = record.store_id > 0 ? static_cast<uint64_t>(record.store_id) : ++event_id_;
        const FlatRow row{.record = record, .event_id = id, .date_added = date_added_};
        bool first = true;
        for (const Column& column : kGdeltColumns) {
            if (!first) out_ << '\t';
            first = false;
            out_ << without_controls(column.get(row));  // no quoting: keep values on one line
        }
        out_ << '\n';
    }
    void finish() override {
        write_header();
        out_.flush();
    }

private:
    void write_header() {
        if (!header_) return;
        header_ = false;
        bool first = true;
        for (const Column& column : kGdeltColumns) {
            if (!first) out_ << '\t';
            first = false;
            out_ << column.name;
        }
        out_ << '\n';
    }
    std::ostream& out_;
    bool header_;
    std::string date_added_;
    uint64_t event_id_ = 0;
};

}  // namespace

std::span<const Column> gdelt_column_table() {
    return kGdeltColumns;
}

std::unique_ptr<EventSink> make_gdelt_tsv_writer(std::ostream& out, const WriterOptions& options) {
    return std::make_unique<GdeltTsvWriter>(out, options);
}

}  // namespace sitrep::io
