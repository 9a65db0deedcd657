#include "store/event_store.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "core/hash.hpp"
#include "store/pg_ingest.hpp"
#include "store/pg_partitions.hpp"
#include "store/schema.hpp"

namespace sitrep::store {

namespace {

// SQLite integer keys are signed; positive ids read better.
int64_t positive(uint64_t h) {
    return static_cast<int64_t>(h & 0x7FFFFFFFFFFFFFFFULL);
}

int64_t dedup_key_of(const Event& e) {
    return positive(mix64(fnv1a(event_key(e), kDedupHashBasis)));
}

// The event's country for the rollups and --country: where it happened when
// known, else whose it is.
std::string country_of(const Event& e) {
    if (e.place && !e.place->country.empty()) return e.place->country;
    if (e.source && !e.source->country.empty()) return e.source->country;
    if (e.target && !e.target->country.empty()) return e.target->country;
    return {};
}

std::string day_of(const Event& e) {
    return e.date.valid() ? e.date.iso() : std::string();
}

// UTC now, ISO 8601 with microseconds; strictly rising within a process so
// that `--since` with a value read back never misses a later change.
std::string timestamp_now() {
    static int64_t last = 0;
    int64_t us =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    if (us <= last) us = last + 1;
    last = us;
    const std::time_t secs = static_cast<std::time_t>(us / 1000000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[96];  // room for any int in every field (g++'s -Wformat-truncation)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(us % 1000000));
    return buf;
}

std::optional<DatePrecision> precision_from(std::string_view s) {
    for (auto p : {DatePrecision::day, DatePrecision::month, DatePrecision::year, DatePrecision::story})
        if (s == to_string(p)) return p;
    return std::nullopt;
}

Modality modality_from(std::string_view s) {
    for (auto m : {Modality::asserted, Modality::future, Modality::hypothetical, Modality::conditional})
        if (s == to_string(m)) return m;
    return Modality::asserted;
}

// counts.sources as the JSON array sitrep.event/1 prints.
std::string count_sources_json(const std::vector<EventCountSource>& sources) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& c : sources)
        list.push_back({{"kind", to_string(c.kind)},
                        {"value", c.value},
                        {"value_max", c.value_max},
                        {"approximate", c.approximate},
                        {"text", c.text},
                        {"span", {c.span.begin, c.span.end}},
                        {"of", c.of},
                        {"in", c.in},
                        {"rule", c.rule}});
    return list.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::vector<EventCountSource> count_sources_from(std::string_view text) {
    std::vector<EventCountSource> out;
    const auto list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array()) return out;
    for (const auto& c : list) {
        EventCountSource s;
        s.kind = quantity_kind_from(c.value("kind", "")).value_or(QuantityKind::other);
        s.value = c.value("value", 0.0);
        s.value_max = c.value("value_max", 0.0);
        s.approximate = c.value("approximate", false);
        s.text = c.value("text", "");
        if (auto sp = c.find("span"); sp != c.end() && sp->is_array() && sp->size() == 2)
            s.span = Span{sp->at(0).get<uint32_t>(), sp->at(1).get<uint32_t>()};
        s.of = c.value("of", "");
        s.in = c.value("in", "");
        s.rule = c.value("rule", "");
        out.push_back(std::move(s));
    }
    return out;
}

// The sitrep.event/1 fields of an event, in this order, in the insert and the
// select alike (kEventColumnCount of them).
constexpr std::string_view kEventColumns =
    "date, date_precision, date_begin, date_end, "
    "source_text, source_code, source_country, source_sector, source_begin, source_end, source_country_from, "
    "target_text, target_code, target_country, target_sector, target_begin, target_end, target_country_from, "
    "cameo, root, verb_text, verb_begin, verb_end, rule, goldstein, quad, plover, negated, modality, "
    "place_text, place_name, place_country, place_lat, place_lon, place_precision, place_begin, place_end, "
    "killed, injured, arrested, troops, displaced, counts_approximate, count_sources, "
    "attribution_text, attribution_code, attribution_begin, attribution_end, confidence";
constexpr int kEventColumnCount = 49;
// The mentions row: where the report is, and the span of every field in it.
constexpr const char* kMentionColumns =
    "event, document, sentence, verb_begin, verb_end, source_begin, source_end, target_begin, target_end, "
    "date_begin, date_end, place_begin, place_end, attribution_begin, attribution_end, rule";
constexpr int kMentionColumnCount = 16;

template <class S>
void bind_optional(S& s, int i, const std::optional<double>& v) {
    if (v)
        s.bind(i, *v);
    else
        s.bind_null(i);
}

template <class S>
void bind_actor(S& s, int i, const std::optional<EventActor>& a) {
    if (!a) {
        for (int k = 0; k < 7; ++k) s.bind_null(i + k);
        return;
    }
    s.bind_static(i, a->text).bind_static(i + 1, a->code).bind_static(i + 2, a->country);
    s.bind_static(i + 3, a->sector).bind(i + 4, a->span.begin).bind(i + 5, a->span.end);
    s.bind_static_or_null(i + 6, a->country_from);
}

// Binds the kEventColumns of `e` from parameter `i` on; `e` must outlive the
// statement's next reset (its text is not copied).
template <class S>
void bind_event(S& s, int i, const Event& e) {
    if (e.date.valid())
        s.bind(i, e.date.iso());
    else
        s.bind_null(i);
    s.bind_static(i + 1, to_string(e.date_precision));
    if (e.date_span)
        s.bind(i + 2, e.date_span->begin).bind(i + 3, e.date_span->end);
    else
        s.bind_null(i + 2).bind_null(i + 3);
    bind_actor(s, i + 4, e.source);
    bind_actor(s, i + 11, e.target);
    s.bind_static(i + 18, e.cameo).bind_static(i + 19, e.root).bind_static(i + 20, e.verb_text);
    s.bind(i + 21, e.verb_span.begin).bind(i + 22, e.verb_span.end).bind_static(i + 23, e.rule);
    s.bind(i + 24, e.goldstein).bind(i + 25, e.quad).bind_static(i + 26, e.plover);
    s.bind(i + 27, e.negated ? 1 : 0).bind_static(i + 28, to_string(e.modality));
    if (e.place) {
        const auto& p = *e.place;
        s.bind_static(i + 29, p.text).bind_static(i + 30, p.name).bind_static(i + 31, p.country);
        s.bind(i + 32, p.lat).bind(i + 33, p.lon);
        s.bind_static(i + 34, p.precision).bind(i + 35, p.span.begin).bind(i + 36, p.span.end);
    } else {
        for (int k = 29; k <= 36; ++k) s.bind_null(i + k);
    }
    bind_optional(s, i + 37, e.counts.killed);
    bind_optional(s, i + 38, e.counts.injured);
    bind_optional(s, i + 39, e.counts.arrested);
    bind_optional(s, i + 40, e.counts.troops);
    bind_optional(s, i + 41, e.counts.displaced);
    s.bind(i + 42, e.counts.approximate ? 1 : 0);
    if (e.counts.sources.empty())
        s.bind_null(i + 43);
    else
        s.bind(i + 43, count_sources_json(e.counts.sources));
    if (e.attribution) {
        s.bind_static(i + 44, e.attribution->text).bind_static(i + 45, e.attribution->code);
        s.bind(i + 46, e.attribution->span.begin).bind(i + 47, e.attribution->span.end);
    } else {
        for (int k = 44; k <= 47; ++k) s.bind_null(i + k);
    }
    s.bind(i + 48, e.confidence);
}

// Binds the kMentionColumns of one report of `e` (its rule is not copied).
template <class S>
void bind_mention(S& s, int64_t event, int64_t document, int64_t sentence, const Event& e) {
    s.bind(1, event).bind(2, document).bind(3, sentence).bind(4, e.verb_span.begin).bind(5, e.verb_span.end);
    const auto span_or_null = [&](int i, std::optional<Span> span) {
        if (span)
            s.bind(i, span->begin).bind(i + 1, span->end);
        else
            s.bind_null(i).bind_null(i + 1);
    };
    span_or_null(6, e.source ? std::optional<Span>(e.source->span) : std::nullopt);
    span_or_null(8, e.target ? std::optional<Span>(e.target->span) : std::nullopt);
    span_or_null(10, e.date_span);
    span_or_null(12, e.place ? std::optional<Span>(e.place->span) : std::nullopt);
    span_or_null(14, e.attribution ? std::optional<Span>(e.attribution->span) : std::nullopt);
    s.bind_static(16, e.rule);
}

// Takes the values bind_event() binds and hashes them (events_hash): the
// hash covers exactly the columns the store keeps.
class EventHasher {
public:
    EventHasher& bind(int i, int64_t v) { return put(i, 'i', &v, sizeof v); }
    EventHasher& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
    EventHasher& bind(int i, uint32_t v) { return bind(i, static_cast<int64_t>(v)); }
    EventHasher& bind(int i, double v) { return put(i, 'd', &v, sizeof v); }
    EventHasher& bind(int i, std::string_view v) { return put(i, 't', v.data(), v.size()); }
    EventHasher& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    EventHasher& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    EventHasher& bind_static(int i, std::string_view v) { return bind(i, v); }
    EventHasher& bind_static_or_null(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }
    EventHasher& bind_null(int i) { return put(i, 'n', nullptr, 0); }
    std::string hex() const {
        char buf[33];
        std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a_),
                      static_cast<unsigned long long>(b_));
        return buf;
    }

private:
    // Hashes "<i><tag><n>:" and the bytes (the head formatted on the stack:
    // the same bytes as before, so stored hashes stay valid).
    EventHasher& put(int i, char tag, const void* data, size_t n) {
        char buf[48];
        char* end = std::to_chars(buf, buf + 16, i).ptr;
        *end++ = tag;
        end = std::to_chars(end, buf + sizeof buf - 1, n).ptr;
        *end++ = ':';
        const std::string_view head(buf, static_cast<size_t>(end - buf));
        const std::string_view bytes(static_cast<const char*>(data), n);
        a_ = fnv1a(bytes, fnv1a(head, a_));
        b_ = mix64(fnv1a(bytes, fnv1a(head, b_)));
        return *this;
    }
    uint64_t a_ = 0xCBF29CE484222325ULL, b_ = 0x84222325CBF29CE4ULL;
};

Span span_at(const Statement& s, int c) {
    return Span{static_cast<uint32_t>(s.int64(c)), static_cast<uint32_t>(s.int64(c + 1))};
}

std::optional<EventActor> actor_at(const Statement& s, int c) {
    if (s.is_null(c)) return std::nullopt;
    EventActor a;
    a.text = s.text(c);
    a.code = s.text(c + 1);
    a.country = s.text(c + 2);
    a.sector = s.text(c + 3);
    a.span = span_at(s, c + 4);
    a.country_from = s.text(c + 6);
    return a;
}

std::optional<double> optional_at(const Statement& s, int c) {
    return s.is_null(c) ? std::nullopt : std::optional<double>(s.real(c));
}

// Reads the kEventColumns from column `c` on.
Event event_at(const Statement& s, int c) {
    Event e;
    if (!s.is_null(c)) e.date = Date::parse_iso(s.text_view(c)).value_or(Date{});
    e.date_precision = precision_from(s.text_view(c + 1)).value_or(DatePrecision::story);
    if (!s.is_null(c + 2)) e.date_span = span_at(s, c + 2);
    e.source = actor_at(s, c + 4);
    e.target = actor_at(s, c + 11);
    e.cameo = s.text(c + 18);
    e.root = s.text(c + 19);
    e.verb_text = s.text(c + 20);
    e.verb_span = span_at(s, c + 21);
    e.rule = s.text(c + 23);
    e.goldstein = s.real(c + 24);
    e.quad = static_cast<int>(s.int64(c + 25));
    e.plover = s.text(c + 26);
    e.negated = s.int64(c + 27) != 0;
    e.modality = modality_from(s.text_view(c + 28));
    if (!s.is_null(c + 29)) {
        EventPlace p;
        p.text = s.text(c + 29);
        p.name = s.text(c + 30);
        p.country = s.text(c + 31);
        p.lat = s.real(c + 32);
        p.lon = s.real(c + 33);
        p.precision = s.text(c + 34);
        p.span = span_at(s, c + 35);
        e.place = std::move(p);
    }
    e.counts.killed = optional_at(s, c + 37);
    e.counts.injured = optional_at(s, c + 38);
    e.counts.arrested = optional_at(s, c + 39);
    e.counts.troops = optional_at(s, c + 40);
    e.counts.displaced = optional_at(s, c + 41);
    e.counts.approximate = s.int64(c + 42) != 0;
    if (!s.is_null(c + 43)) e.counts.sources = count_sources_from(s.text_view(c + 43));
    if (!s.is_null(c + 44)) e.attribution = Attribution{s.text(c + 44), s.text(c + 45), span_at(s, c + 46)};
    e.confidence = s.real(c + 48);
    return e;
}

std::string numbered_params(int first, int count) {
    std::string out;
    for (int k = 0; k < count; ++k) out += (k ? ", ?" : "?") + std::to_string(first + k);
    return out;
}

// updated_at values look like 2026-11-30T23:21:39.543604Z; a time given to
// the second ("...T23:00:00Z" or without the Z) is brought to that form so that
// the text comparison orders it right (the 'Z' would sort after the '.').
std::string normal_time(std::string t) {
    if (t.size() == 20 && t[10] == 'T' && t.back() == 'Z') t.pop_back();
    if (t.size() == 19 && t[10] == 'T') t += ".000000Z";
    return t;
}

using Value = std::variant<std::string, double, int64_t>;

struct Where {
    std::string sql;  // " WHERE ..." or ""
    std::vector<Value> values;

    void add(const std::string& condition) { sql += (sql.empty() ? " WHERE " : " AND ") + condition; }
    std::string param(Value v) {
        values.push_back(std::move(v));
        return "?" + std::to_string(values.size());
    }
    void bind(Statement& s) const {
        for (size_t i = 0; i < values.size(); ++i) {
            const int at = static_cast<int>(i + 1);
            std::visit([&](const auto& v) { s.bind(at, v); }, values[i]);
        }
    }
};

// Codes are upper-case letters and digits: a prefix P matches [P, P + DEL).
std::string prefix_condition(Where& w, const std::string& column, const std::string& prefix) {
    return "(" + column + " >= " + w.param(prefix) + " AND " + column + " < " + w.param(prefix + "\x7f") + ")";
}

// An FTS5 query ("police AND mosul", "a OR b", "NOT c", "\"a phrase\"") in
// PostgreSQL's web search syntax (words, or, -word, "a phrase").
std::string websearch_query(const std::string& fts) {
    std::string out, word;
    bool negate = false;
    const auto flush = [&] {
        if (word.empty()) return;
        if (word == "AND") {
        } else if (word == "NOT") {
            negate = true;
        } else {
            out += (out.empty() ? "" : " ") + std::string(negate ? "-" : "") + (word == "OR" ? "or" : word);
            negate = false;
        }
        word.clear();
    };
    bool quoted = false;
    for (char c : fts) {
        if (c == '"') quoted = !quoted;
        if (c == ' ' && !quoted)
            flush();
        else
            word += c;
    }
    flush();
    return out;
}

// Which side --actor matches in one WHERE: either (an OR), or only the
// source or the target (the two arms of a UNION, see EventStore::query).
enum class ActorSide { either, source, target };

// The WHERE of `f`; its parameters are numbered after those `w` holds.
Where event_where(const EventFilter& f, Backend backend, Where w = {}, ActorSide side = ActorSide::either) {
    w.sql.clear();
    // With an actor, its covering index (code, root, date, id) checks the
    // dates itself; '+' keeps the planner from walking the date index
    // instead and reading every row of the range (it prefers that index
    // because it is in page order). SQLite only (PostgreSQL has no unary +
    // on text, and its planner has statistics).
    const bool by_actor = !f.actor.empty() || !f.source.empty() || !f.target.empty();
    const std::string date = by_actor && backend == Backend::sqlite ? "+e.date" : "e.date";
    if (!f.from.empty()) w.add(date + " >= " + w.param(f.from));
    if (!f.to.empty()) w.add(date + " <= " + w.param(f.to));
    if (!f.actor.empty() && side == ActorSide::either)
        w.add("(" + prefix_condition(w, "e.source_code", f.actor) + " OR " +
              prefix_condition(w, "e.target_code", f.actor) + ")");
    else if (!f.actor.empty())
        w.add(prefix_condition(w, side == ActorSide::source ? "e.source_code" : "e.target_code", f.actor));
    if (!f.source.empty()) w.add(prefix_condition(w, "e.source_code", f.source));
    if (!f.target.empty()) w.add(prefix_condition(w, "e.target_code", f.target));
    if (!f.country.empty()) w.add("e.country = " + w.param(f.country));
    if (!f.code.empty()) w.add(prefix_condition(w, "e.cameo", f.code));
    if (!f.root.empty()) w.add("e.root = " + w.param(f.root));
    if (f.quad) w.add("e.quad = " + w.param(int64_t{*f.quad}));
    // lower() on both sides: ASCII case folding in SQLite, as COLLATE NOCASE; both backends alike.
    if (!f.plover.empty()) w.add("lower(e.plover) = lower(" + w.param(f.plover) + ")");
    if (!f.place.empty()) {
        const std::string p = w.param(f.place);
        w.add("(lower(e.place_name) = lower(" + p + ") OR lower(e.place_text) = lower(" + p + "))");
    }
    if (f.bbox) {
        const auto& b = *f.bbox;
        w.add("e.place_lon BETWEEN " + w.param(b[0]) + " AND " + w.param(b[2]));
        w.add("e.place_lat BETWEEN " + w.param(b[1]) + " AND " + w.param(b[3]));
    }
    if (f.negated_only) w.add("e.negated = 1");
    if (!f.modality.empty()) w.add("e.modality = " + w.param(f.modality));
    if (f.min_confidence) w.add("e.confidence >= " + w.param(*f.min_confidence));
    if (!f.text.empty() && backend == Backend::postgresql)  // web search syntax: words, "phrases", -not, or
        w.add(
            "e.seq IN (SELECT m.event FROM mentions m WHERE m.sentence IN "
            "(SELECT id FROM sentences WHERE words @@ websearch_to_tsquery('simple', " +
            w.param(websearch_query(f.text)) + ")))");
    else if (!f.text.empty())
        w.add(
            "e.seq IN (SELECT m.event FROM mentions m WHERE m.sentence IN "
            "(SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH " +
            w.param(f.text) + "))");
    if (!f.since.empty()) w.add("e.updated_at > " + w.param(normal_time(f.since)));
    if (f.id) w.add("e.id = " + w.param(*f.id));
    // '+': not a rowid range for the planner (it would then sort the whole table).
    if (f.max_seq) w.add("+e.seq <= " + w.param(*f.max_seq));
    if (f.after) {
        const auto& [key, id] = *f.after;
        const std::string i = w.param(id);
        if (!f.since.empty()) {
            const std::string k = w.param(key);
            w.add("e.updated_at >= " + k + " AND (e.updated_at > " + k + " OR e.id > " + i + ")");
        } else if (key.empty()) {
            w.add("(e.date IS NOT NULL OR e.id > " + i + ")");
        } else {
            const std::string k = w.param(key);
            w.add(date + " >= " + k + " AND (e.date > " + k + " OR e.id > " + i + ")");
        }
    }
    return w;
}

}  // namespace

IngestStats& IngestStats::operator+=(const IngestStats& o) {
    documents_new += o.documents_new;
    documents_unchanged += o.documents_unchanged;
    documents_replaced += o.documents_replaced;
    documents_recoded += o.documents_recoded;
    events_recreated += o.events_recreated;
    events_new += o.events_new;
    mentions += o.mentions;
    mentions_merged += o.mentions_merged;
    events_deleted += o.events_deleted;
    return *this;
}

struct EventStore::Impl {
    Impl(const std::string& path, StoreOptions o) : options(o), db(path, o.read_only) {
        if (!o.read_only)
            prepare_schema(db);
        else if (db.backend() == Backend::sqlite)
            db.exec("PRAGMA query_only=1; PRAGMA cache_size=-262144;");
    }

    StoreOptions options;
    Database db;
    bool prepared = false;
    Statement find_document, insert_document, update_document, insert_sentence, sentence_text, candidates, insert_event,
        event_summary, merge_event, insert_mention, drop_tombstone, rollup_day, rollup_dyad, insert_fts,
        document_events, remaining_first, shrink_event, delete_event, add_tombstone, delete_mentions, delete_sentences,
        set_coder;
    std::unordered_map<int64_t, SentenceSketch> sketches;  // by sentences.id, within a run
    // Full-text rows of the batch's new sentences, inserted at its end: once
    // FTS5 takes part in a transaction, every later statement that opens a
    // statement savepoint (an upsert, an insert into a table with unique
    // indexes) makes it flush its pending terms as a new segment, which cost
    // about half of an ingest. The views point into the batch's documents.
    std::vector<std::pair<int64_t, std::string_view>> pending_fts;
    std::string now;                          // the batch's updated_at
    std::unordered_set<int64_t> deleted_now;  // ids deleted in this batch (a re-coded document may make them again)
    bool tombstones_exist = true;             // false while the store has none (no delete needed per new event)
    // PostgreSQL: batches of new documents by COPY, and the month partitions.
    std::unique_ptr<PgBulkIngest> pg_bulk;
    PgPartitions pg_partitions;

    // SQLite runs a RETURNING clause through a temporary table opened and
    // closed per row (about a tenth of an ingest); there the new rowid is
    // read from the connection instead (inserted_row).
    std::string returning(const char* column) const {
        return db.backend() == Backend::postgresql ? std::string(" RETURNING ") + column : std::string();
    }
    // Runs an insert prepared with returning(): the new row's id, or 0 when
    // nothing was inserted (ON CONFLICT DO NOTHING).
    int64_t inserted_row(Statement& s) {
        if (db.backend() == Backend::postgresql) {
            const int64_t id = s.step() ? s.int64(0) : 0;
            s.reset();
            return id;
        }
        s.run();
        return db.changes() > 0 ? db.last_insert_rowid() : 0;
    }

    void prepare() {
        if (prepared) return;
        const bool pg = db.backend() == Backend::postgresql;
        find_document = db.prepare(
            "SELECT id, content_hash, coalesce(events_hash, ''), text IS NOT NULL FROM documents WHERE doc = ?1");
        insert_document = db.prepare(
            "INSERT INTO documents(doc, url, outlet, title, story_date, content_hash, text, ingested_at, coded_with, "
            "events_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)" +
            returning("id"));
        update_document = db.prepare(
            "UPDATE documents SET url = ?2, outlet = ?3, title = ?4, story_date = ?5, content_hash = ?6, text = ?7, "
            "ingested_at = ?8, coded_with = ?9, events_hash = ?10 WHERE id = ?1");
        set_coder = db.prepare("UPDATE documents SET coded_with = ?2 WHERE id = ?1");
        insert_sentence =
            db.prepare("INSERT INTO sentences(document, idx, \"begin\", \"end\", text) VALUES (?1, ?2, ?3, ?4, ?5)" +
                       returning("id"));
        // PostgreSQL's sentences index their words themselves (a generated column).
        if (!pg) insert_fts = db.prepare("INSERT INTO sentences_fts(rowid, text) VALUES (?1, ?2)");
        sentence_text = db.prepare("SELECT text FROM sentences WHERE id = ?1");
        candidates = db.prepare(
            "SELECT seq, first_sentence FROM events WHERE dedup_key = ?1 "
            "ORDER BY first_sentence DESC LIMIT " +
            std::to_string(EventDeduplicator::kMaxCandidatesPerKey));
        const std::string inserted =
            "id, dedup_key, first_sentence, country, mention_count, updated_at, " + std::string(kEventColumns);
        insert_event =
            pg ? db.prepare(pg_insert_event_sql(inserted, 6 + kEventColumnCount))  // pg_partitions.hpp; RETURNING seq
               : db.prepare("INSERT INTO events(" + inserted + ") VALUES (" +
                            numbered_params(1, 6 + kEventColumnCount) + ") ON CONFLICT(id) DO NOTHING");
        event_summary = db.prepare(
            "SELECT coalesce(date, ''), country, root, quad, coalesce(source_code, ''), "
            "coalesce(target_code, ''), place_text IS NULL, mention_count, id, "
            "(SELECT document FROM sentences WHERE sentences.id = events.first_sentence) FROM events "
            "WHERE seq = ?1");
        // The batch merger's fill_missing: a later mention may know what the first did not.
        std::string fill = "UPDATE events SET mention_count = mention_count + 1, updated_at = ?2, country = ?3";
        const char* place_cols[] = {"place_text", "place_name",      "place_country", "place_lat",
                                    "place_lon",  "place_precision", "place_begin",   "place_end"};
        for (int k = 0; k < 8; ++k)
            fill += std::string(", ") + place_cols[k] + " = CASE WHEN place_text IS NULL THEN ?" +
                    std::to_string(4 + k) + " ELSE " + place_cols[k] + " END";
        const char* attribution_cols[] = {"attribution_text", "attribution_code", "attribution_begin",
                                          "attribution_end"};
        for (int k = 0; k < 4; ++k)
            fill += std::string(", ") + attribution_cols[k] + " = CASE WHEN attribution_text IS NULL THEN ?" +
                    std::to_string(12 + k) + " ELSE " + attribution_cols[k] + " END";
        const char* count_cols[] = {"killed", "injured", "arrested", "troops", "displaced"};
        for (int k = 0; k < 5; ++k)
            fill += std::string(", ") + count_cols[k] + " = coalesce(" + count_cols[k] + ", ?" +
                    std::to_string(16 + k) + ")";
        merge_event = db.prepare(fill + " WHERE seq = ?1");
        insert_mention = db.prepare(std::string("INSERT INTO mentions(") + kMentionColumns + ") VALUES (" +
                                    numbered_params(1, kMentionColumnCount) + ")");
        drop_tombstone = db.prepare("DELETE FROM tombstones WHERE id = ?1");
        rollup_day = db.prepare(
            "INSERT INTO rollup_day VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (day, country, root, quad) "
            "DO UPDATE SET "
            "events = rollup_day.events + excluded.events, mentions = rollup_day.mentions + excluded.mentions");
        rollup_dyad = db.prepare(
            "INSERT INTO rollup_dyad VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (day, source, target, root) "
            "DO UPDATE SET "
            "events = rollup_dyad.events + excluded.events, mentions = rollup_dyad.mentions + excluded.mentions");
        document_events = db.prepare("SELECT event, count(*) FROM mentions WHERE document = ?1 GROUP BY event");
        // The next remaining report becomes the first: its sentence, and the
        // span of every field and the rule as that report had them.
        remaining_first = db.prepare(
            "SELECT sentence, verb_begin, verb_end, source_begin, source_end, target_begin, target_end, "
            "date_begin, date_end, place_begin, place_end, attribution_begin, attribution_end, rule "
            "FROM mentions WHERE event = ?1 AND document <> ?2 ORDER BY document, id LIMIT 1");
        shrink_event = db.prepare(
            "UPDATE events SET mention_count = mention_count - ?2, first_sentence = ?3, updated_at = ?4, "
            "verb_begin = ?5, verb_end = ?6, "
            "source_begin = CASE WHEN source_code IS NULL THEN source_begin ELSE ?7 END, "
            "source_end = CASE WHEN source_code IS NULL THEN source_end ELSE ?8 END, "
            "target_begin = CASE WHEN target_code IS NULL THEN target_begin ELSE ?9 END, "
            "target_end = CASE WHEN target_code IS NULL THEN target_end ELSE ?10 END, "
            "date_begin = ?11, date_end = ?12, "
            "place_begin = CASE WHEN place_text IS NULL THEN place_begin ELSE coalesce(?13, place_begin) END, "
            "place_end = CASE WHEN place_text IS NULL THEN place_end ELSE coalesce(?14, place_end) END, "
            "attribution_begin = CASE WHEN attribution_text IS NULL THEN attribution_begin "
            "ELSE coalesce(?15, attribution_begin) END, "
            "attribution_end = CASE WHEN attribution_text IS NULL THEN attribution_end "
            "ELSE coalesce(?16, attribution_end) END, "
            "rule = ?17 WHERE seq = ?1");
        delete_event = db.prepare(pg ? kPgDeleteEvent : "DELETE FROM events WHERE seq = ?1");
        add_tombstone = db.prepare(
            "INSERT INTO tombstones VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET reason = excluded.reason, "
            "merged_into = excluded.merged_into, deleted_at = excluded.deleted_at");
        delete_mentions = db.prepare("DELETE FROM mentions WHERE document = ?1");
        delete_sentences = db.prepare("DELETE FROM sentences WHERE document = ?1");
        // PostgreSQL: another writer may add tombstones at any time.
        auto any = db.prepare("SELECT EXISTS (SELECT 1 FROM tombstones)");
        tombstones_exist = pg || (any.step() && any.int64(0) != 0);
        if (pg)
            pg_bulk = std::make_unique<PgBulkIngest>(
                db, options,
                PgBulkHooks{kEventColumns, kEventColumnCount,
                            +[](CopyRows& row, int first, const Event& e) { bind_event(row, first, e); }, dedup_key_of,
                            country_of, kMentionColumns, kMentionColumnCount,
                            +[](CopyRows& row, int64_t event, int64_t document, int64_t sentence, const Event& e) {
                                bind_mention(row, event, document, sentence, e);
                            }});
        prepared = true;
    }

    struct Summary {
        std::string day, country, root, source, target;
        int64_t quad = 0, mention_count = 0;
        bool no_place = true;
        int64_t id = 0;
        int64_t first_document = 0;  // documents.id of the first mention
    };

    Summary summary(int64_t id) {
        event_summary.bind(1, id);
        if (!event_summary.step()) {
            event_summary.reset();
            throw StoreError("event row " + std::to_string(id) + " vanished during ingest");
        }
        Summary s{event_summary.text(0),  event_summary.text(1),  event_summary.text(2),  event_summary.text(4),
                  event_summary.text(5),  event_summary.int64(3), event_summary.int64(7), event_summary.int64(6) != 0,
                  event_summary.int64(8), event_summary.int64(9)};
        event_summary.reset();
        return s;
    }

    // Rollup changes are summed per row in memory and written once at the end
    // of the batch (same transaction): a batch touches far fewer rows than it
    // has events.
    struct Delta {
        int64_t events = 0, mentions = 0;
    };
    // One rollup row's key and its change, found by the key's fields joined
    // with '\x1f' (below every character of a code or date, so that the
    // joined keys sort as the fields do).
    struct Pending {
        std::array<std::string, 4> keys;
        int64_t quad = 0;  // rollup_day only
        Delta delta;
    };
    using Deltas = std::unordered_map<std::string, Pending>;
    Deltas day_deltas, dyad_deltas;
    std::string joined;  // reused: no allocation per lookup

    Delta& pending(Deltas& deltas, std::string_view a, std::string_view b, std::string_view c, std::string_view d,
                   int64_t quad) {
        joined.assign(a).append(1, '\x1f').append(b).append(1, '\x1f').append(c).append(1, '\x1f').append(d);
        auto it = deltas.find(joined);
        if (it == deltas.end())
            it = deltas
                     .emplace(joined,
                              Pending{{std::string(a), std::string(b), std::string(c), std::string(d)}, quad, {}})
                     .first;
        return it->second.delta;
    }
    void add_day(const std::string& day, const std::string& country, const std::string& root, int64_t quad,
                 int64_t events, int64_t mentions) {
        char q[24];
        const auto n = static_cast<size_t>(std::to_chars(q, q + sizeof q, quad).ptr - q);
        Delta& d = pending(day_deltas, day, country, root, std::string_view(q, n), quad);
        d.events += events;
        d.mentions += mentions;
    }
    void add_dyad(const std::string& day, const std::string& source, const std::string& target, const std::string& root,
                  int64_t events, int64_t mentions) {
        Delta& d = pending(dyad_deltas, day, source, target, root, 0);
        d.events += events;
        d.mentions += mentions;
    }
    // In key order: the upserts then walk each rollup's B-tree from left to right.
    static std::vector<const Deltas::value_type*> in_order(const Deltas& deltas) {
        std::vector<const Deltas::value_type*> rows;
        rows.reserve(deltas.size());
        for (const auto& row : deltas)
            if (row.second.delta.events != 0 || row.second.delta.mentions != 0) rows.push_back(&row);
        std::sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
        return rows;
    }
    void flush_rollups() {
        for (const auto* row : in_order(day_deltas)) {
            const Pending& p = row->second;
            rollup_day.bind_static(1, p.keys[0]).bind_static(2, p.keys[1]).bind_static(3, p.keys[2]).bind(4, p.quad);
            rollup_day.bind(5, p.delta.events).bind(6, p.delta.mentions).run();
        }
        for (const auto* row : in_order(dyad_deltas)) {
            const Pending& p = row->second;
            rollup_dyad.bind_static(1, p.keys[0]).bind_static(2, p.keys[1]).bind_static(3, p.keys[2]);
            rollup_dyad.bind_static(4, p.keys[3]).bind(5, p.delta.events).bind(6, p.delta.mentions).run();
        }
        day_deltas.clear();
        dyad_deltas.clear();
    }

    // Removes every mention of stored document `document` (its content
    // changed); events left without one are deleted and tombstoned.
    void flush_fts() {
        for (const auto& [id, text] : pending_fts) insert_fts.bind(1, id).bind_static(2, text).run();
        pending_fts.clear();
    }

    void remove_document(int64_t document, IngestStats& stats) {
        flush_fts();  // the delete trigger must find the rows it deletes in the index
        std::vector<std::pair<int64_t, int64_t>> touched;  // event, mentions in this document
        document_events.bind(1, document);
        while (document_events.step()) touched.emplace_back(document_events.int64(0), document_events.int64(1));
        document_events.reset();
        for (const auto& [id, n] : touched) {
            const Summary s = summary(id);
            const bool gone = s.mention_count <= n;
            add_day(s.day, s.country, s.root, s.quad, gone ? -1 : 0, -n);
            add_dyad(s.day, s.source, s.target, s.root, gone ? -1 : 0, -n);
            if (gone) {
                delete_event.bind(1, id).run();
                add_tombstone.bind(1, s.id).bind(2, "deleted").bind_null(3).bind(4, now).run();
                tombstones_exist = true;
                deleted_now.insert(s.id);
                ++stats.events_deleted;
                continue;
            }
            remaining_first.bind(1, id).bind(2, document);
            if (!remaining_first.step()) {
                remaining_first.reset();
                throw StoreError("event row " + std::to_string(id) + " has no mention outside its document");
            }
            shrink_event.bind(1, id).bind(2, n).bind(3, remaining_first.int64(0)).bind(4, now);
            for (int c = 1; c <= 12; ++c) {
                if (remaining_first.is_null(c))
                    shrink_event.bind_null(4 + c);
                else
                    shrink_event.bind(4 + c, remaining_first.int64(c));
            }
            shrink_event.bind(17, remaining_first.text_view(13));
            remaining_first.reset();
            shrink_event.run();
        }
        delete_mentions.bind(1, document).run();
        delete_sentences.bind(1, document).run();
        sketches.clear();  // sentence ids may be reused
    }

    const SentenceSketch& sketch_of(int64_t sentence) {
        if (auto it = sketches.find(sentence); it != sketches.end()) return it->second;
        if (sketches.size() > 100000) sketches.clear();  // about 50 MB
        sentence_text.bind(1, sentence);
        SentenceSketch sketch = sketch_text(sentence_text.step() ? sentence_text.text_view(0) : std::string_view());
        sentence_text.reset();
        return sketches.emplace(sentence, sketch).first->second;
    }

    // The stored event `e` is the same as, or 0.
    int64_t find_duplicate(const Event& e, int64_t key, const SentenceSketch& sketch) {
        std::vector<std::pair<int64_t, int64_t>> found;  // seq, first_sentence; latest first
        candidates.bind(1, key);
        while (candidates.step()) found.emplace_back(candidates.int64(0), candidates.int64(1));
        candidates.reset();
        (void)e;
        // Oldest first among the latest, as EventDeduplicator compares them.
        for (auto it = found.rbegin(); it != found.rend(); ++it)
            if (sketch_similarity(sketch_of(it->second), sketch) >= options.dedup.threshold) return it->first;
        return 0;
    }

    void add_mention(int64_t event, int64_t document, int64_t sentence, const Event& e) {
        bind_mention(insert_mention, event, document, sentence, e);
        insert_mention.run();
    }

    // `document` and `sentence`: where this mention is (documents.id, sentences.id).
    void merge_into(int64_t id, const Event& e, int64_t document, int64_t sentence, IngestStats& stats) {
        const Summary s = summary(id);
        std::string country = s.country;
        if (s.no_place && e.place && !e.place->country.empty()) country = e.place->country;
        if (country != s.country) {  // the place a later mention named moves it
            add_day(s.day, s.country, s.root, s.quad, -1, -s.mention_count);
            add_day(s.day, country, s.root, s.quad, 1, s.mention_count + 1);
        } else {
            add_day(s.day, s.country, s.root, s.quad, 0, 1);
        }
        add_dyad(s.day, s.source, s.target, s.root, 0, 1);
        Statement& m = merge_event;
        m.bind(1, id).bind(2, now).bind(3, country);
        if (e.place) {
            const auto& p = *e.place;
            m.bind(4, p.text).bind(5, p.name).bind(6, p.country).bind(7, p.lat).bind(8, p.lon).bind(9, p.precision);
            m.bind(10, p.span.begin).bind(11, p.span.end);
        } else {
            for (int k = 4; k <= 11; ++k) m.bind_null(k);
        }
        if (e.attribution) {
            m.bind(12, e.attribution->text).bind(13, e.attribution->code);
            m.bind(14, e.attribution->span.begin).bind(15, e.attribution->span.end);
        } else {
            for (int k = 12; k <= 15; ++k) m.bind_null(k);
        }
        bind_optional(m, 16, e.counts.killed);
        bind_optional(m, 17, e.counts.injured);
        bind_optional(m, 18, e.counts.arrested);
        bind_optional(m, 19, e.counts.troops);
        bind_optional(m, 20, e.counts.displaced);
        m.run();
        ++stats.mentions_merged;
        // A document stored earlier than the event's first report (one
        // re-coded or replaced while a later report kept the event) reports it
        // first again, as in an ingest of the documents in their order.
        if (document < s.first_document) {
            Statement& f = shrink_event;
            f.bind(1, id).bind(2, int64_t{0}).bind(3, sentence).bind(4, now);
            f.bind(5, e.verb_span.begin).bind(6, e.verb_span.end);
            const auto span_or_null = [&](int i, std::optional<Span> span) {
                if (span)
                    f.bind(i, span->begin).bind(i + 1, span->end);
                else
                    f.bind_null(i).bind_null(i + 1);
            };
            span_or_null(7, e.source ? std::optional<Span>(e.source->span) : std::nullopt);
            span_or_null(9, e.target ? std::optional<Span>(e.target->span) : std::nullopt);
            span_or_null(11, e.date_span);
            span_or_null(13, e.place ? std::optional<Span>(e.place->span) : std::nullopt);
            span_or_null(15, e.attribution ? std::optional<Span>(e.attribution->span) : std::nullopt);
            f.bind_static(17, e.rule);
            f.run();
        }
    }

    int64_t insert_new(const std::string& doc_id, const Event& e, int64_t key, int64_t sentence, IngestStats& stats) {
        const std::string country = country_of(e);
        int64_t id = event_id(doc_id, e);
        for (;;) {  // a clash with a live event (vanishingly rare): the next hash
            insert_event.bind(1, id).bind(2, key).bind(3, sentence).bind(4, country).bind(5, int64_t{1}).bind(6, now);
            bind_event(insert_event, 7, e);
            const int64_t seq = inserted_row(insert_event);
            if (seq != 0) {
                ++stats.events_new;
                if (deleted_now.erase(id) != 0) ++stats.events_recreated;
                return finish_new(id, seq, e, country);
            }
            id = positive(mix64(static_cast<uint64_t>(id)));
        }
    }

    int64_t finish_new(int64_t id, int64_t seq, const Event& e, const std::string& country) {
        if (tombstones_exist) drop_tombstone.bind(1, id).run();
        const std::string day = day_of(e);
        add_day(day, country, e.root, e.quad, 1, 1);
        add_dyad(day, e.source ? e.source->code : std::string(), e.target ? e.target->code : std::string(), e.root, 1,
                 1);
        return seq;
    }

    // `recode`: the document is stored with this content and was coded again;
    // it is replaced unless its events came out as stored.
    void ingest_document(const Document& doc, IngestStats& stats, bool recode) {
        const std::string hash = content_hash(doc);
        const std::string events = events_hash(doc);
        find_document.bind(1, doc.meta.id);
        int64_t document = 0;
        std::string stored_hash, stored_events;
        bool stored_text = false;
        if (find_document.step()) {
            document = find_document.int64(0);
            stored_hash = find_document.text(1);
            stored_events = find_document.text(2);
            stored_text = find_document.int64(3) != 0;
        }
        find_document.reset();
        const bool same_content = document != 0 && stored_hash == hash;
        if (same_content && (!recode || stored_events == events)) {
            if (recode) set_coder.bind(1, document).bind(2, options.coder).run();
            ++stats.documents_unchanged;
            return;
        }
        Statement& d = document != 0 ? update_document : insert_document;
        if (document != 0) {
            remove_document(document, stats);
            d.bind(1, document);
            ++(same_content ? stats.documents_recoded : stats.documents_replaced);
        } else {
            d.bind(1, doc.meta.id);
            ++stats.documents_new;
        }
        d.bind_static_or_null(2, doc.meta.url).bind_static_or_null(3, doc.meta.outlet);
        d.bind_static_or_null(4, doc.meta.title);
        if (doc.meta.story_date)
            d.bind(5, doc.meta.story_date->iso());
        else
            d.bind_null(5);
        d.bind(6, hash);
        // A re-coded document keeps its text as stored (with or without).
        if (same_content ? stored_text : options.keep_text)
            d.bind_static(7, doc.text);
        else
            d.bind_null(7);
        d.bind(8, now).bind_static_or_null(9, options.coder).bind(10, events);
        if (document == 0) {
            document = inserted_row(d);
            if (document == 0) throw StoreError("no id for document " + doc.meta.id);
        } else {
            d.run();
        }

        std::unordered_map<uint32_t, int64_t> sentence_ids;  // Document::sentences index -> sentences.id
        for (const Event& e : doc.events) {
            auto at = sentence_ids.find(e.sentence);
            if (at == sentence_ids.end()) {
                const Span span = e.sentence < doc.sentences.size() ? doc.sentences[e.sentence].span : Span{};
                insert_sentence.bind(1, document).bind(2, e.sentence).bind(3, span.begin).bind(4, span.end);
                insert_sentence.bind_static(5, doc.view(span));
                const int64_t row = inserted_row(insert_sentence);
                if (row == 0) throw StoreError("no id for a sentence of " + doc.meta.id);
                at = sentence_ids.emplace(e.sentence, row).first;
                if (db.backend() == Backend::sqlite) pending_fts.emplace_back(at->second, doc.view(span));
                sketches[at->second] = sketch_sentence(doc, e.sentence);
            }
            const int64_t sentence = at->second;
            const int64_t key = dedup_key_of(e);
            int64_t id = find_duplicate(e, key, sketches.at(sentence));
            if (id != 0) {
                merge_into(id, e, document, sentence, stats);
            } else {
                id = insert_new(doc.meta.id, e, key, sentence, stats);
            }
            add_mention(id, document, sentence, e);
            ++stats.mentions;
        }
    }

    IngestStats ingest(const std::vector<const Document*>& batch, bool recode) {
        prepare();
        IngestStats stats;
        if (pg_bulk) pg_partitions.ensure(db, batch);
        Transaction tx(db);
        now = timestamp_now();
        deleted_now.clear();
        try {
            if (!pg_bulk || recode || !pg_bulk->ingest(batch, now, stats))
                for (const Document* doc : batch) ingest_document(*doc, stats, recode);
            flush_rollups();
            flush_fts();  // last (see pending_fts)
        } catch (...) {
            sketches.clear();  // they may name sentences the rollback removes
            if (pg_bulk) pg_bulk->forget();
            pending_fts.clear();
            day_deltas.clear();
            dyad_deltas.clear();
            tombstones_exist = true;
            throw;
        }
        tx.commit();
        return stats;
    }
};

EventStore::EventStore(const std::string& path, StoreOptions options) : impl_(std::make_unique<Impl>(path, options)) {}
EventStore::~EventStore() = default;

Database& EventStore::database() {
    return impl_->db;
}

std::string EventStore::content_hash(const Document& doc) {
    const std::string date = doc.meta.story_date ? doc.meta.story_date->iso() : std::string();
    const uint64_t a = fnv1a(date, fnv1a(doc.text, kDedupHashBasis));
    const uint64_t b = mix64(fnv1a(date, fnv1a(doc.text, 0x84222325CBF29CE4ULL)) ^ doc.text.size());
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    return buf;
}

int64_t EventStore::event_id(const std::string& doc, const Event& e) {
    uint64_t h = fnv1a(doc, kDedupHashBasis);
    h = mix64(h ^ e.sentence);
    h = mix64(h ^ (uint64_t{e.verb_span.begin} << 32 | e.verb_span.end));
    h = mix64(fnv1a(e.cameo, h));
    // Another event coded at the same words (a changed document) gets another id.
    h = mix64(fnv1a(e.source ? e.source->code : std::string(), h) ^ 1);
    h = mix64(fnv1a(e.target ? e.target->code : std::string(), h) ^ 2);
    const int64_t id = positive(h);
    return id == 0 ? 1 : id;
}

IngestStats EventStore::ingest(const std::vector<Document>& batch) {
    std::vector<const Document*> pointers;
    pointers.reserve(batch.size());
    for (const auto& d : batch) pointers.push_back(&d);
    return ingest(pointers);
}

IngestStats EventStore::ingest(const std::vector<const Document*>& batch) {
    return impl_->ingest(batch, false);
}

IngestStats EventStore::recode(const std::vector<const Document*>& batch) {
    return impl_->ingest(batch, true);
}

std::vector<StoredDocument> EventStore::documents_to_recode(int64_t after, size_t limit, bool force) {
    Statement s = impl_->db.prepare(
        "SELECT id, doc, url, outlet, title, story_date, text, coalesce(coded_with, '') FROM documents "
        "WHERE id > ?1 AND (?2 = 1 OR coded_with IS NULL OR coded_with <> ?3) ORDER BY id LIMIT ?4");
    s.bind(1, after).bind(2, int64_t{force ? 1 : 0}).bind(3, impl_->options.coder);
    s.bind(4, static_cast<int64_t>(limit));
    std::vector<StoredDocument> out;
    while (s.step()) {
        StoredDocument d;
        d.row = s.int64(0);
        d.input.id = s.text(1);
        d.input.url = s.text(2);
        d.input.outlet = s.text(3);
        d.input.title = s.text(4);
        if (!s.is_null(5)) d.input.date = Date::parse_iso(s.text_view(5));
        d.has_text = !s.is_null(6);
        if (d.has_text) d.input.text = s.text(6);
        d.coded_with = s.text(7);
        out.push_back(std::move(d));
    }
    return out;
}

std::string EventStore::events_hash(const Document& doc) {
    EventHasher h;
    for (const Event& e : doc.events) {
        const Span span = e.sentence < doc.sentences.size() ? doc.sentences[e.sentence].span : Span{};
        h.bind(0, e.sentence).bind(0, span.begin).bind(0, span.end);
        bind_event(h, 1, e);
    }
    return h.hex();
}

void EventStore::query(const EventFilter& filter, const std::function<void(const StoredEvent&)>& each) {
    const Backend backend = impl_->db.backend();
    const std::string select =
        "SELECT e.id, e.updated_at, d.doc, coalesce(d.url, ''), s.idx, s.text, e.seq, " + std::string(kEventColumns);
    const std::string joins = " JOIN sentences s ON s.id = e.first_sentence JOIN documents d ON d.id = s.document";
    Where w;
    std::string sql;
    if (filter.limit && filter.since.empty()) {
        // A page in (date, id) order: first the page's rows by the
        // covering indexes alone (schema version 3: events(date, id),
        // (source_code, root, date, id), (target_code, ...)), then only those
        // rows are read. An actor on either side is the union of the two
        // sides' pages (an OR would read every matching row to sort them).
        const std::string limit = " LIMIT " + std::to_string(*filter.limit);
        const auto page = [&](ActorSide side) {
            w = event_where(filter, backend, std::move(w), side);
            return "SELECT e.seq AS page_seq, e.date AS page_date, e.id AS page_id FROM events e" + w.sql +
                   " ORDER BY e.date, e.id" + limit;
        };
        std::string rows;
        if (filter.actor.empty()) {
            rows = page(ActorSide::either);
        } else {
            rows = "SELECT * FROM (" + page(ActorSide::source) + ") a UNION SELECT * FROM (";
            rows += page(ActorSide::target) + ") b ORDER BY 2, 3" + limit;
        }
        sql = select + " FROM (" + rows + ") p JOIN events e ON e.seq = p.page_seq" + joins +
              " ORDER BY p.page_date, p.page_id";
    } else {
        w = event_where(filter, backend);
        sql = select + " FROM events e" + joins + w.sql +
              (filter.since.empty() ? " ORDER BY e.date, e.id" : " ORDER BY e.updated_at, e.id");
        if (filter.limit) sql += " LIMIT " + std::to_string(*filter.limit);
    }
    // kEventColumns without a table name are the events' (no other table has them).
    Statement s = impl_->db.prepare(sql);
    w.bind(s);
    Statement mentions = impl_->db.prepare(
        "SELECT d.doc, s.idx, m.verb_begin, m.verb_end FROM mentions m JOIN sentences s ON s.id = m.sentence "
        "JOIN documents d ON d.id = m.document WHERE m.event = ?1 ORDER BY m.document, m.id");
    StoredEvent out;
    while (s.step()) {
        out.id = s.int64(0);
        out.record.store_id = out.id;
        out.updated_at = s.text(1);
        out.record.doc = s.text(2);
        out.record.url = s.text(3);
        out.record.set_sentence_text(s.text(5));
        out.record.event = event_at(s, 7);
        out.record.event.sentence = static_cast<uint32_t>(s.int64(4));
        mentions.bind(1, s.int64(6));
        while (mentions.step())
            out.record.event.mentions.push_back(
                EventMentionRef{mentions.text(0), static_cast<uint32_t>(mentions.int64(1)), span_at(mentions, 2)});
        mentions.reset();
        each(out);
    }
}

int64_t EventStore::count(const EventFilter& filter) {
    Where w = event_where(filter, impl_->db.backend());
    Statement s = impl_->db.prepare("SELECT count(*) FROM events e" + w.sql);
    w.bind(s);
    return s.step() ? s.int64(0) : 0;
}

void EventStore::tombstones(const std::string& since, const std::function<void(const Tombstone&)>& each) {
    Statement s = impl_->db.prepare(
        "SELECT id, reason, merged_into, deleted_at FROM tombstones WHERE deleted_at > ?1 ORDER BY deleted_at, id");
    s.bind(1, normal_time(since));
    while (s.step()) {
        Tombstone t{s.int64(0), s.text(1), std::nullopt, s.text(3)};
        if (!s.is_null(2)) t.merged_into = s.int64(2);
        each(t);
    }
}

std::vector<AggregateRow> EventStore::aggregate(const std::vector<std::string>& by, const EventFilter& f) {
    const bool dyad = std::find(by.begin(), by.end(), "dyad") != by.end() || !f.actor.empty() || !f.source.empty() ||
                      !f.target.empty();
    std::vector<std::string> keys;
    for (const auto& b : by) {
        if (b == "day")
            keys.push_back("day");
        else if (b == "week" && impl_->db.backend() == Backend::postgresql)  // the Monday, as below
            keys.push_back("CASE WHEN day = '' THEN '' ELSE to_char(date_trunc('week', day::date), 'YYYY-MM-DD') END");
        else if (b == "week")
            keys.push_back("date(day, 'weekday 0', '-6 days')");
        else if (b == "month")
            keys.push_back("substr(day, 1, 7)");
        else if (b == "year")
            keys.push_back("substr(day, 1, 4)");
        else if (b == "root")
            keys.push_back("root");
        else if (b == "dyad") {
            keys.push_back("source");
            keys.push_back("target");
        } else if ((b == "country" || b == "quad") && !dyad)
            keys.push_back(b);
        else if (b == "country" || b == "quad")
            throw StoreError("--by " + b + " cannot be combined with dyads or actor filters (no such rollup)");
        else
            throw StoreError("unknown --by '" + b + "' (day, week, month, year, country, root, quad, dyad)");
    }
    const auto refuse = [](bool set, const char* flag) {
        if (set) throw StoreError(std::string(flag) + " is not kept in the rollups; use --count instead of --by");
    };
    refuse(!f.plover.empty(), "--plover");
    refuse(!f.place.empty(), "--place");
    refuse(f.bbox.has_value(), "--bbox");
    refuse(f.negated_only, "--negated");
    refuse(!f.modality.empty(), "--modality");
    refuse(f.min_confidence.has_value(), "--min-confidence");
    refuse(!f.text.empty(), "--text");
    refuse(!f.since.empty(), "--since");
    if (dyad) {
        refuse(!f.country.empty(), "--country with dyads");
        refuse(f.quad.has_value(), "--quad with dyads");
    }
    Where w;
    if (!f.from.empty()) w.add("day >= " + w.param(f.from));
    if (!f.to.empty()) w.add("day <= " + w.param(f.to));
    if (!f.country.empty()) w.add("country = " + w.param(f.country));
    if (!f.root.empty()) w.add("root = " + w.param(f.root));
    if (!f.code.empty()) {
        refuse(f.code.size() > 2, "--code finer than a root");
        w.add(prefix_condition(w, "root", f.code));
    }
    if (f.quad) w.add("quad = " + w.param(int64_t{*f.quad}));
    if (!f.actor.empty())
        w.add("(" + prefix_condition(w, "source", f.actor) + " OR " + prefix_condition(w, "target", f.actor) + ")");
    if (!f.source.empty()) w.add(prefix_condition(w, "source", f.source));
    if (!f.target.empty()) w.add(prefix_condition(w, "target", f.target));
    std::string select, group;
    for (size_t i = 0; i < keys.size(); ++i) {
        select += (i ? ", " : "") + keys[i];
        group += (i ? ", " : "") + std::to_string(i + 1);
    }
    std::string sql = "SELECT " + (select.empty() ? std::string() : select + ", ") +
                      "sum(events), sum(mentions) FROM " + (dyad ? "rollup_dyad" : "rollup_day") + w.sql;
    if (!group.empty()) sql += " GROUP BY " + group + " HAVING sum(events) > 0 ORDER BY " + group;
    Statement s = impl_->db.prepare(sql);
    w.bind(s);
    std::vector<AggregateRow> rows;
    while (s.step()) {
        AggregateRow row;
        for (size_t i = 0; i < keys.size(); ++i) row.keys.push_back(s.text(static_cast<int>(i)));
        row.events = s.int64(static_cast<int>(keys.size()));
        row.mentions = s.int64(static_cast<int>(keys.size()) + 1);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace sitrep::store
