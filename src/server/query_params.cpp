#include "server/query_params.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "core/date.hpp"

namespace sitrep::server {

namespace {

constexpr ParamSpec kFilterParamList[] = {
    {"from", "string", "Events on or after this date (YYYY-MM-DD)"},
    {"to", "string", "Events on or before this date (YYYY-MM-DD)"},
    {"actor", "string", "Actor code or prefix on either side (IRQ, IRQGOV)"},
    {"source", "string", "Source actor code or prefix"},
    {"target", "string", "Target actor code or prefix"},
    {"country", "string", "ISO 3166 alpha-3 country of the event: its place, else its source, else its target"},
    {"code", "string", "CAMEO code or prefix (19 matches 190-196)"},
    {"root", "string", "CAMEO root, two digits"},
    {"quad", "integer", "Quad class 1-4"},
    {"plover", "string", "PLOVER event type"},
    {"place", "string", "Place name (case-insensitive)"},
    {"bbox", "string", "Bounding box min_lon,min_lat,max_lon,max_lat"},
    {"negated", "boolean", "true: only negated events"},
    {"modality", "string", "asserted, future, hypothetical or conditional"},
    {"min_confidence", "number", "Lowest confidence, 0-1"},
    {"text", "string", "Full-text search of the reporting sentences (SQLite FTS5 syntax)"},
};
constexpr std::size_t kFilterCount = std::size(kFilterParamList);

template <std::size_t N>
constexpr std::array<ParamSpec, kFilterCount + N> with_filters(const ParamSpec (&extra)[N]) {
    std::array<ParamSpec, kFilterCount + N> out{};
    for (std::size_t i = 0; i < kFilterCount; ++i) out[i] = kFilterParamList[i];
    for (std::size_t i = 0; i < N; ++i) out[kFilterCount + i] = extra[i];
    return out;
}

constexpr ParamSpec kEventExtra[] = {
    {"format", "string", "json (default: a page with a cursor), ndjson, csv or geojson"},
    {"limit", "integer", "Events per response: json 1-1000 (default 100), other formats up to 100000"},
    {"cursor", "string", "Where the previous page ended (its 'next'); pages stay stable while ingests go on"},
    {"count", "boolean", "true: only the number of matching events"},
};
constexpr auto kEventParamArray = with_filters(kEventExtra);

// Only the filters the rollups hold (EventStore::aggregate refuses others).
constexpr ParamSpec kStatsParamArray[] = {
    {"by", "string", "Comma-separated groups: day|week|month|year and country, root, quad or dyad"},
    {"from", "string", "Days on or after this date (YYYY-MM-DD)"},
    {"to", "string", "Days on or before this date (YYYY-MM-DD)"},
    {"actor", "string", "Actor code or prefix on either side"},
    {"source", "string", "Source actor code or prefix"},
    {"target", "string", "Target actor code or prefix"},
    {"country", "string", "ISO 3166 alpha-3 country of the event"},
    {"code", "string", "CAMEO root or its first digit"},
    {"root", "string", "CAMEO root, two digits"},
    {"quad", "integer", "Quad class 1-4"},
};

constexpr ParamSpec kActorsParamArray[] = {
    {"prefix", "string", "Actor code prefix (upper-case letters and digits); empty: all"},
    {"limit", "integer", "At most this many codes, 1-200 (default 20)"},
};

constexpr ParamSpec kChangesParamArray[] = {
    {"since", "string", "Required: events changed after this UTC time (ISO 8601, as in updated_at)"},
    {"limit", "integer", "Events per page, 1-1000 (default 1000)"},
    {"cursor", "string", "Where the previous page ended (its 'next')"},
};

constexpr ParamSpec kIngestParamArray[] = {
    {"format", "string", "text (one document) or jsonl (JSON Lines documents); default from Content-Type"},
    {"date", "string", "Story date of a text body (YYYY-MM-DD): events are dated relative to it"},
    {"id", "string", "Document id of a text body (default 'posted')"},
};
constexpr ParamSpec kCodeParamArray[] = {
    kIngestParamArray[0],
    kIngestParamArray[1],
    kIngestParamArray[2],
    {"mentions", "string",
     "merged (default, as sitrep code: one record per event, duplicates merged) or raw (one per mention)"},
};

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hex_value(char c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// Well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF) and
// no C0 controls or DEL.
bool clean_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f) return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n = 0;
        uint32_t cp = 0;
        if (c >= 0xc2 && c <= 0xdf)
            n = 1, cp = c & 0x1f;
        else if (c >= 0xe0 && c <= 0xef)
            n = 2, cp = c & 0x0f;
        else if (c >= 0xf0 && c <= 0xf4)
            n = 3, cp = c & 0x07;
        else
            return false;
        if (i + static_cast<std::size_t>(n) >= s.size()) return false;
        for (int k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((d & 0xc0) != 0x80) return false;
            cp = cp << 6 | (d & 0x3f);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += static_cast<std::size_t>(n) + 1;
    }
    return true;
}

std::string decode(std::string_view s, std::string_view what) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%') {
            if (i + 2 >= s.size() || !is_hex(s[i + 1]) || !is_hex(s[i + 2]))
                throw ParamError(std::string(what), "bad percent-encoding in the query string");
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// The parameters of one request, checked against the names its route accepts.
class Reader {
public:
    Reader(const Params& params, std::span<const ParamSpec> allowed) : params_(params) {
        for (std::size_t i = 0; i < params.size(); ++i) {
            const auto& name = params[i].first;
            if (std::none_of(allowed.begin(), allowed.end(), [&](const ParamSpec& p) { return p.name == name; }))
                throw ParamError(name, "unknown parameter '" + printable(name) + "'");
            for (std::size_t j = 0; j < i; ++j)
                if (params[j].first == name) throw ParamError(name, "parameter '" + name + "' given more than once");
        }
    }

    // The value, or nullopt when absent; an empty value counts as absent.
    std::optional<std::string> get(std::string_view name) const {
        for (const auto& [n, v] : params_)
            if (n == name) return v.empty() ? std::nullopt : std::optional<std::string>(v);
        return std::nullopt;
    }

    std::string text(std::string_view name, std::size_t max = kMaxValueBytes) const {
        auto v = get(name);
        if (!v) return {};
        if (v->size() > max) fail(name, "is longer than " + std::to_string(max) + " bytes");
        return *v;
    }

    // Upper-case letters and digits (actor and country codes, CAMEO codes).
    std::string code(std::string_view name, std::size_t min, std::size_t max, bool digits_only,
                     std::string_view what) const {
        auto v = get(name);
        if (!v) return {};
        const bool ok = v->size() >= min && v->size() <= max && std::all_of(v->begin(), v->end(), [&](char c) {
                            return (c >= '0' && c <= '9') || (!digits_only && c >= 'A' && c <= 'Z');
                        });
        if (!ok) fail(name, "must be " + std::string(what));
        return *v;
    }

    std::optional<int64_t> integer(std::string_view name, int64_t lo, int64_t hi) const {
        auto v = get(name);
        if (!v) return std::nullopt;
        int64_t n = 0;
        const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
        if (ec != std::errc() || end != v->data() + v->size() || n < lo || n > hi)
            fail(name, "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
        return n;
    }

    std::optional<double> number(std::string_view name, double lo, double hi) const {
        auto v = get(name);
        if (!v) return std::nullopt;
        const auto d = to_double(*v);
        if (!d || *d < lo || *d > hi) fail(name, "must be a number from " + fmt(lo) + " to " + fmt(hi));
        return d;
    }

    bool boolean(std::string_view name) const {
        auto v = get(name);
        if (!v) return false;
        if (*v == "true" || *v == "1") return true;
        if (*v == "false" || *v == "0") return false;
        fail(name, "must be true or false");
    }

    std::string date(std::string_view name) const {
        auto v = get(name);
        if (!v) return {};
        const auto d = Date::parse_iso(*v);
        if (v->size() != 10 || !d || !d->valid()) fail(name, "must be a date YYYY-MM-DD");
        return d->iso();
    }

    std::string one_of(std::string_view name, std::initializer_list<std::string_view> values,
                       std::string_view fallback) const {
        auto v = get(name);
        if (!v) return std::string(fallback);
        for (auto allowed : values)
            if (*v == allowed) return *v;
        std::string list;
        for (auto allowed : values) list += (list.empty() ? "" : ", ") + std::string(allowed);
        fail(name, "must be one of " + list);
    }

    [[noreturn]] static void fail(std::string_view name, const std::string& what) {
        throw ParamError(std::string(name), "parameter '" + std::string(name) + "' " + what);
    }

    static std::optional<double> to_double(std::string_view s) {
        double d = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(d)) return std::nullopt;
        return d;
    }

private:
    static std::string fmt(double d) {
        std::string s = std::to_string(d);
        while (s.size() > 1 && s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
        return s;
    }
    // A name for the message: at most 40 bytes, printable ASCII (others as '?').
    static std::string printable(std::string_view s) {
        std::string out;
        for (char c : s.substr(0, 40)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
        return out;
    }

    const Params& params_;
};

const char* kActorWhat = "an actor code or prefix: 1-64 upper-case letters and digits";

store::EventFilter read_filter(const Reader& r) {
    store::EventFilter f;
    f.from = r.date("from");
    f.to = r.date("to");
    if (!f.from.empty() && !f.to.empty() && f.to < f.from) Reader::fail("to", "is before 'from'");
    f.actor = r.code("actor", 1, 64, false, kActorWhat);
    f.source = r.code("source", 1, 64, false, kActorWhat);
    f.target = r.code("target", 1, 64, false, kActorWhat);
    f.country = r.code("country", 3, 3, false, "three upper-case letters (ISO 3166 alpha-3)");
    f.code = r.code("code", 1, 4, true, "a CAMEO code or prefix: 1-4 digits");
    f.root = r.code("root", 2, 2, true, "a CAMEO root: two digits");
    if (auto q = r.integer("quad", 1, 4)) f.quad = static_cast<int>(*q);
    return f;
}

void read_event_only_filters(const Reader& r, store::EventFilter& f) {
    f.plover = r.text("plover", 64);
    f.place = r.text("place", 200);
    if (auto b = r.get("bbox")) {
        std::array<double, 4> box{};
        std::size_t n = 0;
        std::string_view rest = *b;
        bool ok = true;
        while (ok) {
            const auto comma = rest.find(',');
            const auto part = rest.substr(0, comma);
            const auto d = Reader::to_double(part);
            if (!d || n == 4)
                ok = false;
            else
                box[n++] = *d;
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
        if (!ok || n != 4 || box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90 || box[0] > box[2] ||
            box[1] > box[3])
            Reader::fail("bbox",
                         "must be min_lon,min_lat,max_lon,max_lat (longitudes -180..180, latitudes -90..90, "
                         "min <= max)");
        f.bbox = box;
    }
    f.negated_only = r.boolean("negated");
    const std::string modality = r.one_of("modality", {"asserted", "future", "hypothetical", "conditional"}, "");
    f.modality = modality;
    f.min_confidence = r.number("min_confidence", 0, 1);
    f.text = r.text("text", 500);
}

bool all_digits(std::string_view s) {
    return !s.empty() && s.size() <= 19 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int64_t to_int(std::string_view s) {
    int64_t n = 0;
    std::from_chars(s.data(), s.data() + s.size(), n);
    return n;
}

// updated_at-like: YYYY-MM-DDTHH:MM:SS, optional .ffffff (1-6 digits), optional Z.
bool iso_time(std::string_view s) {
    if (s.size() < 19) return false;
    const std::string_view shape = "dddd-dd-ddTdd:dd:dd";
    for (std::size_t i = 0; i < shape.size(); ++i)
        if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != shape[i]) return false;
    if (!Date::parse_iso(s.substr(0, 10))) return false;
    std::string_view rest = s.substr(19);
    if (!rest.empty() && rest.front() == '.') {
        std::size_t digits = 0;
        rest.remove_prefix(1);
        while (!rest.empty() && rest.front() >= '0' && rest.front() <= '9' && digits < 7) {
            rest.remove_prefix(1);
            ++digits;
        }
        if (digits == 0 || digits > 6) return false;
    }
    return rest.empty() || rest == "Z";
}

}  // namespace

const std::span<const ParamSpec> kEventParams{kEventParamArray};
const std::span<const ParamSpec> kStatsParams{kStatsParamArray};
const std::span<const ParamSpec> kActorsParams{kActorsParamArray};
const std::span<const ParamSpec> kChangesParams{kChangesParamArray};
const std::span<const ParamSpec> kCodeParams{kCodeParamArray};
const std::span<const ParamSpec> kIngestParams{kIngestParamArray};

Params parse_query_string(std::string_view query) {
    Params out;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) continue;
        if (out.size() == kMaxParams)
            throw ParamError("", "more than " + std::to_string(kMaxParams) + " query parameters");
        const auto eq = pair.find('=');
        std::string name = decode(pair.substr(0, eq), "");
        const std::string_view raw_value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        if (name.size() > 64 || !clean_utf8(name)) throw ParamError("", "a query parameter name is not a plain name");
        if (raw_value.size() > 3 * kMaxValueBytes)
            throw ParamError(name,
                             "parameter '" + name + "' is longer than " + std::to_string(kMaxValueBytes) + " bytes");
        std::string value = decode(raw_value, name);
        if (value.size() > kMaxValueBytes)
            throw ParamError(name,
                             "parameter '" + name + "' is longer than " + std::to_string(kMaxValueBytes) + " bytes");
        if (!clean_utf8(value))
            throw ParamError(name, "parameter '" + name + "' is not UTF-8 text without control characters");
        out.emplace_back(std::move(name), std::move(value));
    }
    return out;
}

std::string format_cursor(const Cursor& c) {
    return std::to_string(c.snapshot) + "~" + c.key + "~" + std::to_string(c.id);
}

std::optional<Cursor> parse_cursor(std::string_view text) {
    const auto a = text.find('~');
    const auto b = text.rfind('~');
    if (a == std::string_view::npos || a == b) return std::nullopt;
    const auto snapshot = text.substr(0, a);
    const auto key = text.substr(a + 1, b - a - 1);
    const auto id = text.substr(b + 1);
    if (!all_digits(snapshot) || !all_digits(id)) return std::nullopt;
    if (!key.empty() && !(key.size() == 10 && Date::parse_iso(key)) && !iso_time(key)) return std::nullopt;
    Cursor c{to_int(snapshot), std::string(key), to_int(id)};
    if (c.snapshot < 0 || c.id < 0) return std::nullopt;
    return c;
}

EventsRequest parse_events_request(const Params& params, const PageLimits& limits) {
    const Reader r(params, kEventParams);
    EventsRequest q;
    q.filter = read_filter(r);
    read_event_only_filters(r, q.filter);
    const std::string format = r.one_of("format", {"json", "ndjson", "csv", "geojson"}, "json");
    q.format = format == "ndjson"    ? EventFormat::ndjson
               : format == "csv"     ? EventFormat::csv
               : format == "geojson" ? EventFormat::geojson
                                     : EventFormat::json;
    const uint64_t max = q.format == EventFormat::json ? limits.max_page : limits.max_export;
    q.limit = static_cast<uint64_t>(r.integer("limit", 1, static_cast<int64_t>(max))
                                        .value_or(static_cast<int64_t>(std::min(limits.default_page, max))));
    if (auto c = r.get("cursor")) {
        q.cursor = parse_cursor(*c);
        if (!q.cursor || q.cursor->snapshot == 0) Reader::fail("cursor", "is not a cursor this server gave out");
    }
    q.count = r.boolean("count");
    return q;
}

StatsRequest parse_stats_request(const Params& params) {
    const Reader r(params, kStatsParams);
    StatsRequest q;
    q.filter = read_filter(r);
    if (auto by = r.get("by")) {
        std::string_view rest = *by;
        for (;;) {
            const auto comma = rest.find(',');
            const std::string part(rest.substr(0, comma));
            constexpr std::array<std::string_view, 8> kGroups = {"day",     "week", "month", "year",
                                                                 "country", "root", "quad",  "dyad"};
            if (std::find(kGroups.begin(), kGroups.end(), part) == kGroups.end())
                Reader::fail("by", "takes day, week, month, year, country, root, quad or dyad, comma-separated");
            if (std::find(q.by.begin(), q.by.end(), part) != q.by.end())
                Reader::fail("by", "names '" + part + "' twice");
            q.by.push_back(part);
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
        const auto n_time = std::count_if(q.by.begin(), q.by.end(), [](const std::string& b) {
            return b == "day" || b == "week" || b == "month" || b == "year";
        });
        if (n_time > 1) Reader::fail("by", "takes one of day, week, month, year");
    }
    return q;
}

ActorsRequest parse_actors_request(const Params& params) {
    const Reader r(params, kActorsParams);
    ActorsRequest q;
    q.prefix = r.code("prefix", 1, 64, false, kActorWhat);
    q.limit = static_cast<int>(r.integer("limit", 1, 200).value_or(20));
    return q;
}

ChangesRequest parse_changes_request(const Params& params, const PageLimits& limits) {
    const Reader r(params, kChangesParams);
    ChangesRequest q;
    auto since = r.get("since");
    if (!since) Reader::fail("since", "is required (a UTC time such as 2024-03-01T00:00:00Z)");
    if (!iso_time(*since)) Reader::fail("since", "must be a UTC time YYYY-MM-DDTHH:MM:SS[.ffffff][Z]");
    q.since = *since;
    q.limit = static_cast<uint64_t>(
        r.integer("limit", 1, static_cast<int64_t>(limits.max_page)).value_or(static_cast<int64_t>(limits.max_page)));
    if (auto c = r.get("cursor")) {
        q.cursor = parse_cursor(*c);
        if (!q.cursor || q.cursor->key.size() < 19) Reader::fail("cursor", "is not a cursor this server gave out");
    }
    return q;
}

CodeRequest parse_code_request(const Params& params, std::string_view content_type, bool storing) {
    const Reader r(params, storing ? kIngestParams : kCodeParams);
    CodeRequest q;
    if (!storing && r.one_of("mentions", {"merged", "raw"}, "merged") == "raw") q.mentions = Mentions::raw;
    const std::string format = r.one_of("format", {"text", "jsonl"}, "");
    if (format == "jsonl")
        q.format = BodyFormat::jsonl;
    else if (format.empty() &&
             (content_type.starts_with("application/x-ndjson") || content_type.starts_with("application/jsonl") ||
              content_type.starts_with("application/x-jsonlines")))
        q.format = BodyFormat::jsonl;
    q.date = r.date("date");
    q.id = r.text("id", 200);
    if (q.format == BodyFormat::jsonl && (!q.date.empty() || !q.id.empty()))
        Reader::fail(q.date.empty() ? "id" : "date",
                     "applies to a text body only (JSON Lines records carry their own)");
    return q;
}

}  // namespace sitrep::server
