// Building the indexes is linear in the sentence's tokens, actors and chunks,
// plus a logarithmic search for where they begin in the document's layers.
#include "events/sentence_view.hpp"

#include <algorithm>

namespace sitrep {

namespace {

// The layers are in text order, sentence after sentence, as the stages write
// them: a binary search finds where a sentence's entries begin, so a view
// costs its own sentence, never the whole document (issue 13).
template <typename T>
size_t first_of_sentence(const std::vector<T>& layer, uint32_t sentence) {
    return static_cast<size_t>(
        std::partition_point(layer.begin(), layer.end(), [&](const T& x) { return x.sentence < sentence; }) -
        layer.begin());
}

}  // namespace

SentenceView::SentenceView(const Document& doc, uint32_t sentence_index) : doc_(doc) {
    const Sentence& s = doc.sentences[sentence_index];
    first_ = s.tokens.first;
    last_ = std::min<uint32_t>(s.tokens.last, static_cast<uint32_t>(doc.tokens.size()));
    if (last_ < first_) last_ = first_;
    actor_of_token_.assign(last_ - first_, -1);
    chunk_of_token_.assign(last_ - first_, -1);
    for (size_t a = first_of_sentence(doc.actors, sentence_index);
         a < doc.actors.size() && doc.actors[a].sentence == sentence_index; ++a) {
        const ActorMention& m = doc.actors[a];
        if (m.tokens.first >= last_ || m.tokens.last <= first_) continue;
        // A capitalised name with no code cannot fill an event slot.
        if (m.kind == ActorKind::uncoded || m.code.empty()) continue;
        for (uint32_t t = std::max(m.tokens.first, first_); t < std::min(m.tokens.last, last_); ++t)
            if (actor_of_token_[t - first_] < 0) actor_of_token_[t - first_] = static_cast<int32_t>(a);
    }
    // Chunks do not overlap and come in token order: the first one ending
    // after the sentence starts is where the sentence's chunks begin.
    const auto from = std::partition_point(doc.chunks.begin(), doc.chunks.end(),
                                           [&](const Chunk& k) { return k.tokens.last <= first_; });
    for (size_t c = static_cast<size_t>(from - doc.chunks.begin());
         c < doc.chunks.size() && doc.chunks[c].tokens.first < last_; ++c) {
        const Chunk& k = doc.chunks[c];
        if (k.tokens.first >= last_ || k.tokens.last <= first_) continue;
        for (uint32_t t = std::max(k.tokens.first, first_); t < std::min(k.tokens.last, last_); ++t)
            chunk_of_token_[t - first_] = static_cast<int32_t>(c);
    }
    clauses_first_ = first_of_sentence(doc.clauses, sentence_index);
    clauses_last_ = clauses_first_;
    while (clauses_last_ < doc.clauses.size() && doc.clauses[clauses_last_].sentence == sentence_index) ++clauses_last_;
}

int32_t SentenceView::clause_at(uint32_t t) const {
    int32_t c = chunk_at(t);
    if (c >= 0) return static_cast<int32_t>(doc_.chunks[c].clause);
    // A clause never crosses its sentence: a token of this sentence is in one
    // of this sentence's clauses; any other token needs the whole list.
    const bool inside = t >= first_ && t < last_;
    const size_t from = inside ? clauses_first_ : 0;
    const size_t to = inside ? clauses_last_ : doc_.clauses.size();
    for (size_t k = from; k < to; ++k) {
        const TokenRange& r = doc_.clauses[k].tokens;
        if (t >= r.first && t < r.last) return static_cast<int32_t>(k);
    }
    return -1;
}

TokenRange SentenceView::clause_tokens(int32_t clause) const {
    if (clause < 0 || static_cast<size_t>(clause) >= doc_.clauses.size()) return {first_, last_};
    return doc_.clauses[clause].tokens;
}

std::vector<int32_t> SentenceView::conjoined(int32_t actor) const {
    std::vector<int32_t> out;
    if (actor < 0) return out;
    const int32_t original = actor;
    const int32_t clause = clause_at(doc_.actors[actor].tokens.first);
    // Walk back to the start of the list the actor is in ("the United States and Iraq").
    for (int guard = 0; guard < 16; ++guard) {
        uint32_t t = doc_.actors[actor].tokens.first;
        for (int k = 0;
             k < 3 && t > first_ &&
             (doc_.tokens[t - 1].pos == PartOfSpeech::determiner || doc_.tokens[t - 1].pos == PartOfSpeech::adjective);
             ++k)
            --t;
        if (t <= first_ || (doc_.tokens[t - 1].norm != "and" && doc_.tokens[t - 1].norm != ",")) break;
        uint32_t u = t - 1;
        while (u > first_ && (doc_.tokens[u].norm == "and" || doc_.tokens[u].norm == ",")) --u;
        int32_t before = actor_at(u);
        if (before < 0 || before == actor || clause_at(u) != clause) break;
        actor = before;
    }
    out.push_back(actor);
    // A list "A, B and C" is joined by commas only when an "and" closes it, so
    // "attacked Iraq, Syrian officials said" keeps Iraq alone.
    size_t confirmed = 1;
    uint32_t t = doc_.actors[actor].tokens.last;
    while (t < last_) {
        uint32_t u = t;
        bool saw_and = false, saw_comma = false;
        while (u < last_ && (doc_.tokens[u].norm == "," || doc_.tokens[u].norm == "and")) {
            saw_and = saw_and || doc_.tokens[u].norm == "and";
            saw_comma = saw_comma || doc_.tokens[u].norm == ",";
            ++u;
        }
        if (!saw_and && !saw_comma) break;
        // Skip a determiner or adjectives before the next mention ("and the awful Arnor").
        // Skip a determiner and modifiers before the next mention ("and the awful
        // Arnor", "and good Gondor"), but only when a mention does follow.
        {
            uint32_t v = u;
            for (int k = 0; k < 3 && v < last_ && actor_at(v) < 0 &&
                            (doc_.tokens[v].pos == PartOfSpeech::determiner ||
                             doc_.tokens[v].pos == PartOfSpeech::adjective || doc_.tokens[v].pos == PartOfSpeech::noun);
                 ++k)
                ++v;
            if (v < last_ && actor_at(v) >= 0) u = v;
        }
        int32_t next = actor_at(u);
        // "al-Sudani and senior officials from the Iraqi military": the officials
        // are known only through the phrase that follows them.
        if (next < 0 && saw_and) {
            for (uint32_t v = u; v < last_ && v < u + 5; ++v) {
                std::string_view w = doc_.tokens[v].norm;
                if (w != "from" && w != "of") continue;
                // "and the head of the country's largest guerrilla group": a
                // possessive and modifiers may come before the mention too.
                constexpr uint32_t kMaxBeforeMention = 5;
                uint32_t x = v + 1;
                while (x < last_ && x < v + 1 + kMaxBeforeMention && actor_at(x) < 0 &&
                       (doc_.tokens[x].pos == PartOfSpeech::determiner || doc_.tokens[x].norm == "both" ||
                        doc_.tokens[x].pos == PartOfSpeech::adjective || doc_.tokens[x].pos == PartOfSpeech::noun ||
                        doc_.tokens[x].norm == "'s" || (x + 1 < last_ && doc_.tokens[x + 1].norm == "'s")))
                    ++x;
                next = actor_at(x);
                break;
            }
        }
        if (next < 0 || next == out.back() || clause_at(u) != clause) break;
        out.push_back(next);
        if (saw_and) confirmed = out.size();
        t = doc_.actors[next].tokens.last;
    }
    out.resize(confirmed);
    if (std::find(out.begin(), out.end(), original) == out.end()) return {original};
    return out;
}

int32_t SentenceView::subject_before(int32_t clause, uint32_t before, bool nearest) const {
    TokenRange r = clause_tokens(clause);
    int32_t found = -1;
    for (uint32_t t = r.first; t < std::min(before, r.last); ++t) {
        int32_t a = actor_at(t);
        if (a < 0) continue;
        int32_t c = chunk_at(t);
        // An actor governed by a preposition is no subject ("in Baghdad", "of Iraq"),
        // unless the phrase is the actor itself after a subject noun ("officials of Iraq").
        if (c >= 0 && doc_.chunks[c].kind == ChunkKind::prepositional) {
            if (found >= 0 || nearest) {
                t = std::max(t, doc_.actors[a].tokens.last - 1);
                continue;
            }
            // "Officials from Iraq said": keep the PP actor only if a non-actor noun precedes it.
            continue;
        }
        found = a;
        if (!nearest) return found;
        t = std::max(t, doc_.actors[a].tokens.last - 1);
    }
    return found;
}

bool SentenceView::clause_reports(int32_t clause, const Lexicon& lexicon) const {
    TokenRange r = clause_tokens(clause);
    for (uint32_t t = r.first; t < r.last && t < last_; ++t)
        if (doc_.tokens[t].pos == PartOfSpeech::verb && lexicon.is(doc_.tokens[t].norm, wc_report)) return true;
    return false;
}

}  // namespace sitrep
