#include "store/pg_ingest.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_set>

#include "core/hash.hpp"

namespace sitrep::store {

namespace {

// A PostgreSQL array literal of texts: {"a","b \" c"}.
std::string text_array(const std::vector<std::string_view>& values) {
    std::string out = "{";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i) out += ',';
        out += '"';
        for (char c : values[i]) {
            if (c == '\0') continue;
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

std::string int_array(const std::vector<int64_t>& values) {
    std::string out = "{";
    for (size_t i = 0; i < values.size(); ++i) out += (i ? "," : "") + std::to_string(values[i]);
    return out + "}";
}

// An event as this batch sees it: stored (read in step 2) or made by the batch.
struct EventState {
    bool is_new = false;
    int64_t seq = 0, id = 0, key = 0;
    std::string day, country, root, source, target;
    int64_t quad = 0, mention_count = 0;
    bool no_place = true;
    int64_t first_sentence = 0;
    // New: the row as first reported, with what later mentions filled.
    Event event;
    const Document* doc = nullptr;
    // Stored: what this batch's mentions fill (SQL keeps what the row has).
    int64_t added = 0;
    std::optional<EventPlace> place;
    std::optional<Attribution> attribution;
    EventCounts counts;
};

struct Delta {
    int64_t events = 0, mentions = 0;
};

// One mention to write: the event (index into the states) and where.
struct PendingMention {
    size_t state;
    int64_t document, sentence;
    const Event* event;
};

void fill_counts(EventCounts& into, const EventCounts& from) {
    for (auto member : {&EventCounts::killed, &EventCounts::injured, &EventCounts::arrested, &EventCounts::troops,
                        &EventCounts::displaced})
        if (!(into.*member)) into.*member = from.*member;
}

}  // namespace

const SentenceSketch& PgBulkIngest::sketch_of(int64_t sentence, std::string_view text) {
    if (auto it = sketches_.find(sentence); it != sketches_.end()) return it->second;
    return sketches_.emplace(sentence, sketch_text(text)).first->second;
}

bool PgBulkIngest::ingest(const std::vector<const Document*>& batch, const std::string& now, IngestStats& stats) {
    if (sketches_.size() > 100000) sketches_.clear();  // about 50 MB; only between batches
    // Every statement below looks up rows by key, a few thousand at most:
    // nested loops over indexes, where the date of a row picks its partition
    // at run time. Left to itself the planner hashed whole tables (the fill
    // UPDATE scanned all events: 4 s at 1M events, 12 ms as a nested loop),
    // and its estimates over all partitions passed the JIT threshold
    // (compiling took seconds, 14 s on a loaded machine, for milliseconds of work).
    db_.exec("SET LOCAL jit = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off");
    // 1. Which documents are stored: the same content is skipped; another
    // content, or a document twice in the batch, needs the per-statement path.
    std::vector<std::string_view> doc_ids;
    std::unordered_set<std::string_view> seen;
    for (const Document* doc : batch) {
        if (!seen.insert(doc->meta.id).second) return false;
        doc_ids.push_back(doc->meta.id);
    }
    std::unordered_map<std::string, std::string> stored;  // doc -> content hash
    {
        auto s = db_.prepare("SELECT doc, content_hash FROM documents WHERE doc = ANY(?1::text[])");
        s.bind(1, text_array(doc_ids));
        while (s.step()) stored.emplace(s.text(0), s.text(1));
    }
    std::vector<const Document*> fresh;
    std::vector<std::string> hashes;
    uint64_t unchanged = 0;
    for (const Document* doc : batch) {
        std::string hash = EventStore::content_hash(*doc);
        if (auto it = stored.find(doc->meta.id); it != stored.end()) {
            if (it->second != hash) return false;
            ++unchanged;
            continue;
        }
        fresh.push_back(doc);
        hashes.push_back(std::move(hash));
    }
    stats.documents_unchanged += unchanged;
    if (fresh.empty()) return true;

    // Ids of the new documents and sentences, in batch order.
    size_t sentence_count = 0;
    std::vector<std::vector<uint32_t>> doc_sentences(fresh.size());  // Document::sentences indexes, first use order
    for (size_t d = 0; d < fresh.size(); ++d) {
        std::unordered_set<uint32_t> have;
        for (const Event& e : fresh[d]->events)
            if (have.insert(e.sentence).second) doc_sentences[d].push_back(e.sentence);
        sentence_count += doc_sentences[d].size();
    }
    std::vector<int64_t> document_ids, sentence_ids;
    {
        auto s = db_.prepare(
            "SELECT 0, nextval('documents_id_seq') FROM generate_series(1, ?1) UNION ALL "
            "SELECT 1, nextval('sentences_id_seq') FROM generate_series(1, ?2)");
        s.bind(1, static_cast<int64_t>(fresh.size())).bind(2, static_cast<int64_t>(sentence_count));
        while (s.step()) (s.int64(0) == 0 ? document_ids : sentence_ids).push_back(s.int64(1));
        std::sort(document_ids.begin(), document_ids.end());
        std::sort(sentence_ids.begin(), sentence_ids.end());
        if (document_ids.size() != fresh.size() || sentence_ids.size() != sentence_count)
            throw StoreError("could not claim ids for a batch");
    }

    // 2. The latest stored events of every duplicate key of the batch. The
    // key hashes the date, so each key's events sit in one partition: the
    // dated keys look there only (pruning at run time), the undated ones in
    // the default partition.
    std::deque<EventState> states;
    std::unordered_map<int64_t, std::vector<size_t>> by_key;  // oldest first sentence first
    {
        std::vector<int64_t> dated_keys, undated_keys;
        std::vector<std::string> dated_days;
        std::unordered_set<int64_t> asked;
        for (const Document* doc : fresh)
            for (const Event& e : doc->events) {
                const int64_t key = hooks_.dedup_key(e);
                if (!asked.insert(key).second) continue;
                if (e.date.valid()) {
                    dated_keys.push_back(key);
                    dated_days.push_back(e.date.iso());
                } else {
                    undated_keys.push_back(key);
                }
            }
        std::vector<std::string_view> days(dated_days.begin(), dated_days.end());
        const std::string columns =
            "e.dedup_key, e.seq, e.first_sentence, coalesce(e.date, ''), e.country, e.root, e.quad, "
            "coalesce(e.source_code, ''), coalesce(e.target_code, ''), e.place_text IS NULL, e.mention_count, e.id";
        const std::string latest =
            " ORDER BY e.first_sentence DESC LIMIT " + std::to_string(EventDeduplicator::kMaxCandidatesPerKey) + ") e";
        auto s = db_.prepare(
            "SELECT c.*, s.text FROM ("
            "SELECT " +
            columns +
            " FROM unnest(?1::bigint[], ?2::text[]) AS k(key, day) CROSS JOIN LATERAL "
            "(SELECT * FROM events e WHERE e.dedup_key = k.key AND e.date = k.day COLLATE \"C\"" +
            latest + " UNION ALL SELECT " + columns +
            " FROM unnest(?3::bigint[]) AS k(key) CROSS JOIN LATERAL "
            "(SELECT * FROM events e WHERE e.dedup_key = k.key AND e.date IS NULL" +
            latest + ") c JOIN sentences s ON s.id = c.first_sentence");
        s.bind(1, int_array(dated_keys)).bind(2, text_array(days)).bind(3, int_array(undated_keys));
        while (s.step()) {
            EventState st;
            st.key = s.int64(0);
            st.seq = s.int64(1);
            st.first_sentence = s.int64(2);
            st.day = s.text(3);
            st.country = s.text(4);
            st.root = s.text(5);
            st.quad = s.int64(6);
            st.source = s.text(7);
            st.target = s.text(8);
            st.no_place = s.int64(9) != 0;
            st.mention_count = s.int64(10);
            st.id = s.int64(11);
            sketch_of(st.first_sentence, s.text_view(12));
            by_key[st.key].push_back(states.size());
            states.push_back(std::move(st));
        }
        for (auto& [key, list] : by_key)
            std::sort(list.begin(), list.end(),
                      [&](size_t a, size_t b) { return states[a].first_sentence < states[b].first_sentence; });
    }

    // 3. Merge or make new, in batch order, as the per-statement path does.
    std::map<std::tuple<std::string, std::string, std::string, int64_t>, Delta> day_deltas;
    std::map<std::tuple<std::string, std::string, std::string, std::string>, Delta> dyad_deltas;
    const auto add_day = [&](const std::string& day, const std::string& country, const std::string& root, int64_t quad,
                             int64_t events, int64_t mentions) {
        Delta& d = day_deltas[{day, country, root, quad}];
        d.events += events;
        d.mentions += mentions;
    };
    const auto add_dyad = [&](const EventState& s, int64_t events, int64_t mentions) {
        Delta& d = dyad_deltas[{s.day, s.source, s.target, s.root}];
        d.events += events;
        d.mentions += mentions;
    };
    std::vector<PendingMention> mentions;
    std::vector<size_t> new_events;  // indexes into states, in the order they were made
    size_t next_sentence = 0;
    for (size_t d = 0; d < fresh.size(); ++d) {
        const Document& doc = *fresh[d];
        std::unordered_map<uint32_t, int64_t> ids;
        for (uint32_t index : doc_sentences[d]) {
            const int64_t id = sentence_ids[next_sentence++];
            ids.emplace(index, id);
            sketches_[id] = sketch_sentence(doc, index);
        }
        for (const Event& e : doc.events) {
            const int64_t sentence = ids.at(e.sentence);
            const SentenceSketch& sketch = sketches_.at(sentence);
            const int64_t key = hooks_.dedup_key(e);
            std::vector<size_t>& list = by_key[key];
            size_t match = states.size();
            const size_t from = list.size() > EventDeduplicator::kMaxCandidatesPerKey
                                    ? list.size() - EventDeduplicator::kMaxCandidatesPerKey
                                    : 0;
            for (size_t i = from; i < list.size() && match == states.size(); ++i) {
                const EventState& c = states[list[i]];
                auto it = sketches_.find(c.first_sentence);
                if (it != sketches_.end() && sketch_similarity(it->second, sketch) >= options_.dedup.threshold)
                    match = list[i];
            }
            if (match != states.size()) {  // merge_into
                EventState& s = states[match];
                std::string country = s.country;
                if (s.no_place && e.place && !e.place->country.empty()) country = e.place->country;
                if (country != s.country) {
                    add_day(s.day, s.country, s.root, s.quad, -1, -s.mention_count);
                    add_day(s.day, country, s.root, s.quad, 1, s.mention_count + 1);
                } else {
                    add_day(s.day, s.country, s.root, s.quad, 0, 1);
                }
                add_dyad(s, 0, 1);
                s.country = std::move(country);
                if (s.is_new) {
                    if (s.no_place && e.place) s.event.place = e.place;
                    if (!s.event.attribution && e.attribution) s.event.attribution = e.attribution;
                    fill_counts(s.event.counts, e.counts);
                } else {
                    if (s.no_place && e.place) s.place = e.place;
                    if (!s.attribution && e.attribution) s.attribution = e.attribution;
                    fill_counts(s.counts, e.counts);
                    ++s.added;
                }
                if (e.place) s.no_place = false;
                ++s.mention_count;
                ++stats.mentions_merged;
            } else {  // insert_new
                EventState s;
                s.is_new = true;
                s.key = key;
                s.event = e;
                s.doc = &doc;
                s.day = e.date.valid() ? e.date.iso() : std::string();
                s.country = hooks_.country(e);
                s.root = e.root;
                s.quad = e.quad;
                s.source = e.source ? e.source->code : std::string();
                s.target = e.target ? e.target->code : std::string();
                s.no_place = !e.place;
                s.mention_count = 1;
                s.first_sentence = sentence;
                add_day(s.day, s.country, s.root, s.quad, 1, 1);
                add_dyad(s, 1, 1);
                match = states.size();
                list.push_back(match);
                new_events.push_back(match);
                states.push_back(std::move(s));
                ++stats.events_new;
            }
            mentions.push_back(PendingMention{match, document_ids[d], sentence, &e});
            ++stats.mentions;
        }
    }
    stats.documents_new += fresh.size();

    // 4. Stable ids (the next hash on a clash with a live event or another of
    // the batch, as insert_new does) and seqs for the new events.
    if (!new_events.empty()) {
        std::unordered_set<int64_t> checked, taken;
        std::vector<int64_t> ask;
        for (size_t i : new_events) ask.push_back(EventStore::event_id(states[i].doc->meta.id, states[i].event));
        for (;;) {
            auto s = db_.prepare("SELECT id FROM event_ids WHERE id = ANY(?1::bigint[])");
            s.bind(1, int_array(ask));
            while (s.step()) taken.insert(s.int64(0));
            checked.insert(ask.begin(), ask.end());
            ask.clear();
            std::unordered_set<int64_t> used;
            for (size_t i : new_events) {
                int64_t id = EventStore::event_id(states[i].doc->meta.id, states[i].event);
                while (checked.contains(id) && (taken.contains(id) || used.contains(id)))
                    id = static_cast<int64_t>(mix64(static_cast<uint64_t>(id)) & 0x7FFFFFFFFFFFFFFFULL);
                if (!checked.contains(id)) ask.push_back(id);
                used.insert(id);
                states[i].id = id;
            }
            if (ask.empty()) break;
        }
        auto s = db_.prepare("SELECT nextval('events_seq_seq') FROM generate_series(1, ?1)");
        s.bind(1, static_cast<int64_t>(new_events.size()));
        std::vector<int64_t> seqs;
        while (s.step()) seqs.push_back(s.int64(0));
        std::sort(seqs.begin(), seqs.end());
        if (seqs.size() != new_events.size()) throw StoreError("could not claim event seqs for a batch");
        for (size_t k = 0; k < new_events.size(); ++k) states[new_events[k]].seq = seqs[k];
    }

    // 5. The rows.
    {
        CopyRows rows(11);
        for (size_t d = 0; d < fresh.size(); ++d) {
            const Document& doc = *fresh[d];
            rows.bind(1, document_ids[d]).bind_static(2, doc.meta.id).bind_static_or_null(3, doc.meta.url);
            rows.bind_static_or_null(4, doc.meta.outlet).bind_static_or_null(5, doc.meta.title);
            if (doc.meta.story_date) rows.bind(6, doc.meta.story_date->iso());
            rows.bind(7, hashes[d]);
            if (options_.keep_text) rows.bind_static(8, doc.text);
            rows.bind(9, now).bind_static_or_null(10, options_.coder).bind(11, EventStore::events_hash(doc));
            rows.end_row();
        }
        db_.copy_in(
            "COPY documents(id, doc, url, outlet, title, story_date, content_hash, text, ingested_at, coded_with, "
            "events_hash) FROM STDIN",
            rows.data());
    }
    {
        CopyRows rows(6);
        size_t k = 0;
        for (size_t d = 0; d < fresh.size(); ++d) {
            const Document& doc = *fresh[d];
            for (uint32_t index : doc_sentences[d]) {
                const Span span = index < doc.sentences.size() ? doc.sentences[index].span : Span{};
                rows.bind(1, sentence_ids[k++]).bind(2, document_ids[d]).bind(3, index);
                rows.bind(4, span.begin).bind(5, span.end).bind_static(6, doc.view(span));
                rows.end_row();
            }
        }
        db_.copy_in("COPY sentences(id, document, idx, \"begin\", \"end\", text) FROM STDIN", rows.data());
    }
    if (!new_events.empty()) {
        CopyRows rows(7 + hooks_.event_column_count), id_rows(2);
        std::vector<int64_t> ids;
        for (size_t i : new_events) {
            const EventState& s = states[i];
            rows.bind(1, s.seq).bind(2, s.id).bind(3, s.key).bind(4, s.first_sentence).bind_static(5, s.country);
            rows.bind(6, s.mention_count).bind_static(7, now);
            hooks_.bind_event(rows, 8, s.event);
            rows.end_row();
            id_rows.bind(1, s.id).bind(2, s.seq).end_row();
            ids.push_back(s.id);
        }
        db_.copy_in("COPY events(seq, id, dedup_key, first_sentence, country, mention_count, updated_at, " +
                        std::string(hooks_.event_columns) + ") FROM STDIN",
                    rows.data());
        db_.copy_in("COPY event_ids(id, seq) FROM STDIN", id_rows.data());
        // A new event under the id of one deleted before is alive again.
        auto drop = db_.prepare("DELETE FROM tombstones WHERE id = ANY(?1::bigint[])");
        drop.bind(1, int_array(ids)).run();
    }
    {
        CopyRows rows(hooks_.mention_column_count);
        for (const PendingMention& m : mentions) {
            hooks_.bind_mention(rows, states[m.state].seq, m.document, m.sentence, *m.event);
            rows.end_row();
        }
        db_.copy_in("COPY mentions(" + std::string(hooks_.mention_columns) + ") FROM STDIN", rows.data());
    }

    // Staging tables (this session's, emptied at every commit) for what
    // merges with stored rows.
    db_.exec(
        "CREATE TEMP TABLE IF NOT EXISTS sitrep_event_fill (seq BIGINT, date TEXT, added BIGINT, country TEXT, "
        "place_text TEXT, place_name TEXT, place_country TEXT, place_lat DOUBLE PRECISION, "
        "place_lon DOUBLE PRECISION, place_precision TEXT, place_begin BIGINT, place_end BIGINT, "
        "attribution_text TEXT, attribution_code TEXT, attribution_begin BIGINT, attribution_end BIGINT, "
        "killed DOUBLE PRECISION, injured DOUBLE PRECISION, arrested DOUBLE PRECISION, troops DOUBLE PRECISION, "
        "displaced DOUBLE PRECISION) ON COMMIT DELETE ROWS; "
        "CREATE TEMP TABLE IF NOT EXISTS sitrep_rollup_day (LIKE rollup_day) ON COMMIT DELETE ROWS; "
        "CREATE TEMP TABLE IF NOT EXISTS sitrep_rollup_dyad (LIKE rollup_dyad) ON COMMIT DELETE ROWS");
    {
        CopyRows rows(21);
        for (const EventState& s : states) {
            if (s.is_new || s.added == 0) continue;
            rows.bind(1, s.seq).bind_static_or_null(2, s.day).bind(3, s.added).bind_static(4, s.country);
            if (s.place) {
                const EventPlace& p = *s.place;
                rows.bind_static(5, p.text).bind_static(6, p.name).bind_static(7, p.country).bind(8, p.lat);
                rows.bind(9, p.lon).bind_static(10, p.precision).bind(11, p.span.begin).bind(12, p.span.end);
            }
            if (s.attribution) {
                rows.bind_static(13, s.attribution->text).bind_static(14, s.attribution->code);
                rows.bind(15, s.attribution->span.begin).bind(16, s.attribution->span.end);
            }
            const auto count = [&](int i, const std::optional<double>& v) {
                if (v) rows.bind(i, *v);
            };
            count(17, s.counts.killed);
            count(18, s.counts.injured);
            count(19, s.counts.arrested);
            count(20, s.counts.troops);
            count(21, s.counts.displaced);
            rows.end_row();
        }
        if (rows.rows() != 0) {
            db_.copy_in("COPY sitrep_event_fill FROM STDIN", rows.data());
            // The batch merger's fill_missing, as the per-statement path's UPDATE.
            std::string fill =
                "UPDATE events e SET mention_count = e.mention_count + f.added, updated_at = ?1, "
                "country = f.country";
            for (const char* c : {"place_text", "place_name", "place_country", "place_lat", "place_lon",
                                  "place_precision", "place_begin", "place_end"})
                fill +=
                    std::string(", ") + c + " = CASE WHEN e.place_text IS NULL THEN f." + c + " ELSE e." + c + " END";
            for (const char* c : {"attribution_text", "attribution_code", "attribution_begin", "attribution_end"})
                fill += std::string(", ") + c + " = CASE WHEN e.attribution_text IS NULL THEN f." + c + " ELSE e." + c +
                        " END";
            for (const char* c : {"killed", "injured", "arrested", "troops", "displaced"})
                fill += std::string(", ") + c + " = coalesce(e." + c + ", f." + c + ")";
            auto dated =
                db_.prepare(fill + " FROM sitrep_event_fill f WHERE e.seq = f.seq AND e.date = f.date COLLATE \"C\"");
            dated.bind(1, now).run();
            auto undated = db_.prepare(
                fill + " FROM sitrep_event_fill f WHERE e.seq = f.seq AND e.date IS NULL AND f.date IS NULL");
            undated.bind(1, now).run();
        }
    }
    {
        CopyRows days(6), dyads(6);
        for (const auto& [k, d] : day_deltas) {
            if (d.events == 0 && d.mentions == 0) continue;
            days.bind(1, std::get<0>(k)).bind(2, std::get<1>(k)).bind(3, std::get<2>(k)).bind(4, std::get<3>(k));
            days.bind(5, d.events).bind(6, d.mentions).end_row();
        }
        for (const auto& [k, d] : dyad_deltas) {
            if (d.events == 0 && d.mentions == 0) continue;
            dyads.bind(1, std::get<0>(k)).bind(2, std::get<1>(k)).bind(3, std::get<2>(k)).bind(4, std::get<3>(k));
            dyads.bind(5, d.events).bind(6, d.mentions).end_row();
        }
        db_.copy_in("COPY sitrep_rollup_day FROM STDIN", days.data());
        db_.copy_in("COPY sitrep_rollup_dyad FROM STDIN", dyads.data());
        db_.exec(
            "INSERT INTO rollup_day SELECT * FROM sitrep_rollup_day ON CONFLICT (day, country, root, quad) "
            "DO UPDATE SET events = rollup_day.events + excluded.events, "
            "mentions = rollup_day.mentions + excluded.mentions; "
            "INSERT INTO rollup_dyad SELECT * FROM sitrep_rollup_dyad ON CONFLICT (day, source, target, root) "
            "DO UPDATE SET events = rollup_dyad.events + excluded.events, "
            "mentions = rollup_dyad.mentions + excluded.mentions");
    }
    return true;
}

}  // namespace sitrep::store
