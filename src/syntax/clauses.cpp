// Clause splitting works on chunks, not tokens: a boundary is decided by the
// chunk kinds around a clause word ("and" + noun phrase + verb group opens a
// new clause; "and" + verb group continues the subject of the clause before).
#include "syntax/clauses.hpp"

#include <algorithm>

namespace sitrep {
namespace {

using P = PartOfSpeech;

bool has_verb(const Document& doc, size_t c, size_t end) {
    for (; c < end; ++c) {
        const Chunk& k = doc.chunks[c];
        if (k.kind == ChunkKind::verb_group) return true;
        if (k.kind == ChunkKind::other) {
            const Token& t = doc.tokens[k.tokens.first];
            if (t.pos == P::subordinator || t.pos == P::conjunction) return false;
        }
    }
    return false;
}

// True when a comma lies between chunk c-1 and chunk c.
bool comma_before(const Document& doc, size_t c) {
    if (c == 0) return false;
    for (uint32_t t = doc.chunks[c - 1].tokens.last; t < doc.chunks[c].tokens.first; ++t)
        if (doc.tokens[t].norm == ",") return true;
    return false;
}

// Whether a chunk is adverbs only ("also", "later today").
bool adverbs_only(const Document& doc, const Chunk& chunk) {
    for (uint32_t t = chunk.tokens.first; t < chunk.tokens.last; ++t)
        if (doc.tokens[t].pos != P::adverb) return false;
    return chunk.tokens.first < chunk.tokens.last;
}

// True when chunks from c on are a subject and its verb group: a noun phrase
// with optional prepositional phrases and adverbs, more noun phrases only when
// joined by "and" or a comma ("Iran, Syria and Iraq met"), then the verb group.

// "announced a ceasefire after years of what it called its struggle": a phrase
// holding a wh-word opens a clause of its own, whose verb is not the verb of a
// subject before it. "what" is the free relative (not in the relative class,
// which opens clauses after nouns).
bool holds_wh_word(const Document& doc, const Chunk& chunk) {
    for (uint32_t t = chunk.tokens.first; t < chunk.tokens.last; ++t) {
        const std::string_view w = doc.tokens[t].norm;
        if (w == "what" || w == "which" || w == "who" || w == "whom") return true;
    }
    return false;
}

bool subject_then_verb(const Document& doc, size_t c, size_t end, size_t* verb_group = nullptr) {
    if (c >= end || doc.chunks[c].kind != ChunkKind::noun_phrase) return false;
    bool joined = false;
    for (++c; c < end; ++c) {
        ChunkKind k = doc.chunks[c].kind;
        // An infinitive ("an agreement with Baghdad to establish") is no finite verb.
        if (k == ChunkKind::verb_group) {
            if (verb_group) *verb_group = c;
            return !comma_before(doc, c) && doc.tokens[doc.chunks[c].tokens.first].norm != "to";
        }
        if (k == ChunkKind::prepositional && !comma_before(doc, c) && !holds_wh_word(doc, doc.chunks[c])) continue;
        // "Zelensky also introduced": an adverb between the subject and its verb.
        if (k == ChunkKind::other && !joined && !comma_before(doc, c) && adverbs_only(doc, doc.chunks[c])) continue;
        if (k == ChunkKind::noun_phrase &&
            (joined || (comma_before(doc, c) && doc.chunks[c - 1].kind == ChunkKind::noun_phrase))) {
            joined = false;
            continue;
        }
        const Token& t = doc.tokens[doc.chunks[c].tokens.first];
        if (t.norm == "and") {
            joined = true;
            continue;
        }
        return false;
    }
    return false;
}

// A verb group of one word the tagger's model knows only as a past participle,
// never a past tense ("frozen", "taken"): after a noun phrase it is the object's
// complement ("declared the assets frozen"), not the finite verb of a new clause.
bool bare_participle(const Document& doc, const Chunk& group, const Lexicon& lexicon) {
    const PennModel* model = lexicon.model();
    if (!model || group.tokens.last != group.tokens.first + 1) return false;
    const std::string& norm = doc.tokens[group.tokens.first].norm;
    const PennTagIds& ids = model->ids();
    bool participle = false;
    for (const PennEmission& e : model->word(norm, norm)) {
        const int tag = e.tag;
        if (tag == ids.past || tag == ids.present || tag == ids.third_person || tag == ids.base) return false;
        if (tag == ids.participle) participle = true;
    }
    return participle;
}

}  // namespace

void split_clauses(Document& doc, const Sentence& sentence, uint32_t sentence_index, size_t first_chunk,
                   const Lexicon& lexicon) {
    const size_t end = doc.chunks.size();
    const uint32_t sentence_first = sentence.tokens.first;
    const uint32_t sentence_last = sentence.tokens.last;
    if (sentence_first >= sentence_last) return;

    const size_t base = doc.clauses.size();
    doc.clauses.push_back({{sentence_first, sentence_last}, sentence_index, -1});
    size_t current = base;
    int32_t resume_after_relative = -1;  // clause interrupted by ", who ... ,"
    bool current_has_verb = false;

    auto open = [&](uint32_t start_token, int32_t parent) {
        if (start_token <= doc.clauses[current].tokens.first) {
            // The clause already starts here: keep it, never make it its own parent.
            if (parent != static_cast<int32_t>(current)) doc.clauses[current].parent = parent;
            return;
        }
        doc.clauses[current].tokens.last = start_token;
        doc.clauses.push_back({{start_token, sentence_last}, sentence_index, parent});
        current = doc.clauses.size() - 1;
        current_has_verb = false;
    };

    for (size_t c = first_chunk; c < end; ++c) {
        const Chunk& chunk = doc.chunks[c];
        const uint32_t ti = chunk.tokens.first;
        const Token& t = doc.tokens[ti];
        const uint32_t prev_token = ti > sentence_first ? ti - 1 : ti;
        const bool after_comma = ti > sentence_first && doc.tokens[prev_token].norm == ",";

        // Punctuation is not chunked: look at the tokens between the chunks.
        const uint32_t gap_start = c > first_chunk ? doc.chunks[c - 1].tokens.last : sentence_first;
        bool semicolon = false;
        for (uint32_t g = gap_start; g < ti; ++g)
            if (doc.tokens[g].norm == ";" || doc.tokens[g].norm == ":") semicolon = true;
        if (semicolon && current_has_verb) {
            open(ti, -1);
        }
        // ", who arrived on Monday, met": the clause interrupted by a relative resumes.
        if (after_comma && resume_after_relative >= 0 && current != static_cast<size_t>(resume_after_relative) &&
            chunk.kind == ChunkKind::verb_group && current_has_verb) {
            int32_t resumed = resume_after_relative;
            resume_after_relative = -1;
            open(ti, resumed);
        }
        // "If Iran attacks, Syria will respond": the main clause after a fronted subordinate one.
        if (after_comma && chunk.kind == ChunkKind::noun_phrase && current_has_verb &&
            doc.tokens[doc.clauses[current].tokens.first].pos == P::subordinator && subject_then_verb(doc, c, end)) {
            size_t subordinate = current;
            open(ti, -1);
            doc.clauses[subordinate].parent = static_cast<int32_t>(current);
            continue;
        }

        if (chunk.kind == ChunkKind::verb_group) {
            // A reporting verb directly followed by a new subject and verb: "said Iraq attacked".
            bool reports = false;
            for (uint32_t k = chunk.tokens.first; k < chunk.tokens.last; ++k)
                if (doc.tokens[k].pos == P::verb && lexicon.is(doc.tokens[k].norm, wc_report)) reports = true;
            current_has_verb = true;
            size_t group = 0;
            if (reports && subject_then_verb(doc, c + 1, end, &group) &&
                !bare_participle(doc, doc.chunks[group], lexicon)) {
                const uint32_t next_token = doc.chunks[c + 1].tokens.first;
                open(next_token, static_cast<int32_t>(current));
                // The open() above set current_has_verb false for the new clause.
            }
            continue;
        }
        if (chunk.kind == ChunkKind::noun_phrase && after_comma && c + 1 < end) {
            // A trailing ", a senior official said": the earlier clause is what was said.
            size_t v = c + 1;
            while (v < end && doc.chunks[v].kind == ChunkKind::prepositional) ++v;
            if (v < end && doc.chunks[v].kind == ChunkKind::verb_group && current_has_verb) {
                bool reports = false;
                for (uint32_t k = doc.chunks[v].tokens.first; k < doc.chunks[v].tokens.last; ++k)
                    if (lexicon.is(doc.tokens[k].norm, wc_report)) reports = true;
                if (reports) {
                    open(ti, -1);
                    for (size_t k = base; k < doc.clauses.size() - 1; ++k)
                        if (doc.clauses[k].parent == -1) doc.clauses[k].parent = static_cast<int32_t>(current);
                    continue;
                }
            }
        }
        if (chunk.kind != ChunkKind::other && chunk.kind != ChunkKind::noun_phrase) continue;

        if (t.pos == P::subordinator || lexicon.is(t.norm, wc_relative)) {
            bool relative = lexicon.is(t.norm, wc_relative) || t.norm == "that";
            if (relative && after_comma && lexicon.is(t.norm, wc_relative))
                resume_after_relative = static_cast<int32_t>(current);
            if (t.pos == P::subordinator || (relative && chunk.kind == ChunkKind::noun_phrase) ||
                lexicon.is(t.norm, wc_relative)) {
                if (has_verb(doc, c + 1, end)) open(ti, static_cast<int32_t>(current));
            }
            continue;
        }
        if (t.pos == P::conjunction && lexicon.is(t.norm, wc_coordinator) && current_has_verb) {
            // "believes Dagolath and Osgiliath can cope": without a comma, a noun
            // phrase before "and" makes a list, not the end of a clause.
            const bool list = !after_comma && c > first_chunk && doc.chunks[c - 1].kind == ChunkKind::noun_phrase;
            if (!list && subject_then_verb(doc, c + 1, end)) {
                open(ti, doc.clauses[current].parent);  // a sibling clause with its own subject
            } else if (c + 1 < end && doc.chunks[c + 1].kind == ChunkKind::verb_group) {
                open(ti, static_cast<int32_t>(current));  // a conjoined verb sharing the subject
            }
        }
    }
    doc.clauses[current].tokens.last = sentence_last;

    // Give each chunk of the sentence the clause holding its first token.
    size_t k = base;
    for (size_t c = first_chunk; c < end; ++c) {
        while (k + 1 < doc.clauses.size() && doc.chunks[c].tokens.first >= doc.clauses[k].tokens.last) ++k;
        doc.chunks[c].clause = static_cast<uint32_t>(k);
    }
}

}  // namespace sitrep
