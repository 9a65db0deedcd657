// Chunking is a single left-to-right scan: each token either extends the open
// chunk or closes it, so the cost is linear and allocation-free per token.
#include "syntax/chunker.hpp"

#include <algorithm>

namespace sitrep {
namespace {

using P = PartOfSpeech;

bool in_noun_phrase(const Token& t) {
    switch (t.pos) {
        case P::determiner:
        case P::adjective:
        case P::noun:
        case P::proper_noun:
        case P::number:
        case P::pronoun:
            return true;
        case P::particle:
            return t.norm == "'s" || t.norm == "'";  // possessive inside "Iraq's government"
        case P::punctuation:
            // A hyphen joins words ("Kestria-Valdor"); a dash with space before it
            // separates ("DILI, Indonesia - Tens of thousands ...").
            return t.norm == "-" && !t.space_before;
        default:
            return false;
    }
}

bool in_verb_group(const Token& t) {
    switch (t.pos) {
        case P::auxiliary:
        case P::modal:
        case P::verb:
            return true;
        case P::particle:
            return t.norm != "'s" && t.norm != "'";  // not, n't, never, infinitive to
        default:
            return false;
    }
}

bool is_head_noun(P p) {
    return p == P::noun || p == P::proper_noun || p == P::pronoun || p == P::number;
}

// "the mainly Muslim country", "a heavily armed group": an adverb between a
// determiner or adjective of the phrase and a modifier or noun after it. Not a
// time adverb: "the military today surrounded ..." has its verb after it.
bool adverb_inside_phrase(const Document& doc, uint32_t phrase_first, uint32_t j, uint32_t last,
                          const Lexicon& lexicon) {
    if (doc.tokens[j].pos != P::adverb || j == phrase_first || j + 1 >= last) return false;
    if (lexicon.is(doc.tokens[j].norm, wc_time_noun)) return false;
    const P before = doc.tokens[j - 1].pos, after = doc.tokens[j + 1].pos;
    return (before == P::determiner || before == P::adjective) &&
           (after == P::adjective || after == P::noun || after == P::proper_noun);
}

// A time word ("Monday", "week"), alone or after "last"/"next"/"early"/"late"
// (the time_modifier class).
bool starts_time_adverbial(const Document& doc, uint32_t j, uint32_t last, const Lexicon& lexicon) {
    if (lexicon.is(doc.tokens[j].norm, wc_time_noun)) return true;
    return j + 1 < last && lexicon.is(doc.tokens[j].norm, wc_time_modifier) &&
           lexicon.is(doc.tokens[j + 1].norm, wc_time_noun);
}

// Length of the noun phrase starting at i (0 if none); the head is its last nominal word.
uint32_t noun_phrase_at(const Document& doc, uint32_t i, uint32_t last, uint32_t& head, const Lexicon& lexicon) {
    uint32_t j = i;
    head = i;
    bool any_nominal = false;
    while (j < last && (in_noun_phrase(doc.tokens[j]) || adverb_inside_phrase(doc, i, j, last, lexicon))) {
        // A pronoun after a noun starts a new phrase ("the country they attacked").
        if (j > i && doc.tokens[j].pos == P::pronoun && any_nominal) break;
        // A determiner after a nominal word starts a new phrase.
        if (j > i && doc.tokens[j].pos == P::determiner && any_nominal) break;
        // "conducted three tests Monday", "mobilised reservists last week": a time
        // word after a nominal one opens a time adverbial; it is not the head.
        if (any_nominal && starts_time_adverbial(doc, j, last, lexicon)) break;
        // "for which he said", "which the army denied": a relative word before the
        // subject of its clause is a phrase of its own.
        if (j == i + 1 && (doc.tokens[j].pos == P::pronoun || doc.tokens[j].pos == P::determiner) &&
            lexicon.is(doc.tokens[i].norm, wc_relative))
            break;
        if (is_head_noun(doc.tokens[j].pos)) {
            head = j;
            any_nominal = true;
        }
        ++j;
    }
    if (j > i && !any_nominal) head = j - 1;
    return j - i;
}

// A fronted adverbial ends at its comma: "In Iraq and Syria, rebels ...", "On
// the roads and Gondor's bridges, ...". A noun phrase conjoined to the object
// of the sentence's opening preposition belongs to that phrase; left alone it
// would read as the subject of the main clause.
void attach_fronted_conjunct(Document& doc, size_t first_chunk, uint32_t sentence_first, uint32_t last) {
    auto& chunks = doc.chunks;
    size_t c = first_chunk;
    if (c >= chunks.size() || chunks[c].kind != ChunkKind::prepositional || chunks[c].tokens.first != sentence_first)
        return;
    while (c + 1 < chunks.size() && chunks[c + 1].kind == ChunkKind::prepositional &&
           chunks[c + 1].tokens.first == chunks[c].tokens.last)
        ++c;
    if (c + 2 >= chunks.size()) return;
    const Chunk& link = chunks[c + 1];
    const Chunk& conjunct = chunks[c + 2];
    const bool joined = link.kind == ChunkKind::other && link.tokens.first == chunks[c].tokens.last &&
                        link.tokens.last == link.tokens.first + 1 &&
                        doc.tokens[link.tokens.first].pos == P::conjunction &&
                        conjunct.kind == ChunkKind::noun_phrase && conjunct.tokens.first == link.tokens.last;
    if (!joined || conjunct.tokens.last >= last || doc.tokens[conjunct.tokens.last].norm != ",") return;
    chunks[c].tokens.last = conjunct.tokens.last;
    chunks.erase(chunks.begin() + static_cast<std::ptrdiff_t>(c + 1),
                 chunks.begin() + static_cast<std::ptrdiff_t>(c + 3));
}

// "Tens of thousands of students", "a crowd of protesters": a noun phrase (or
// a preposition's object) headed by a quantity noun takes the "of" phrase
// after it, whose head becomes the phrase's head. The actor is who is counted,
// and a subject left in an "of" phrase would be no subject at all.
void join_quantity_phrases(Document& doc, size_t first_chunk, const Lexicon& lexicon) {
    auto& chunks = doc.chunks;
    for (size_t c = first_chunk; c < chunks.size(); ++c) {
        if (chunks[c].kind != ChunkKind::noun_phrase && chunks[c].kind != ChunkKind::prepositional) continue;
        while (c + 1 < chunks.size() && (lexicon.is(doc.tokens[chunks[c].head].norm, wc_quantity) ||
                                         doc.tokens[chunks[c].head].pos == P::number)) {
            const Chunk& of = chunks[c + 1];
            if (of.kind != ChunkKind::prepositional || of.tokens.first != chunks[c].tokens.last ||
                doc.tokens[of.tokens.first].norm != "of")
                break;
            chunks[c].tokens.last = of.tokens.last;
            chunks[c].head = of.head;
            chunks.erase(chunks.begin() + static_cast<std::ptrdiff_t>(c + 1));
        }
    }
}

}  // namespace

void chunk_sentence(Document& doc, const Sentence& sentence, const Lexicon& lexicon) {
    const uint32_t first = sentence.tokens.first;
    const uint32_t last = std::min<uint32_t>(sentence.tokens.last, static_cast<uint32_t>(doc.tokens.size()));
    const size_t first_chunk = doc.chunks.size();
    uint32_t i = first;
    while (i < last) {
        const Token& t = doc.tokens[i];
        uint32_t head = i;
        if (in_verb_group(t) &&
            !(t.pos == P::particle && t.norm == "to" && !(i + 1 < last && in_verb_group(doc.tokens[i + 1])))) {
            uint32_t j = i;
            head = i;
            while (j < last) {
                const Token& u = doc.tokens[j];
                if (in_verb_group(u)) {
                    if (u.pos == P::verb || (u.pos == P::auxiliary && head == i && doc.tokens[head].pos != P::verb))
                        head = j;
                    ++j;
                } else if (u.pos == P::adverb && j + 1 < last && in_verb_group(doc.tokens[j + 1])) {
                    ++j;  // "will soon meet", "has also agreed"
                } else {
                    break;
                }
            }
            doc.chunks.push_back({{i, j}, ChunkKind::verb_group, head, 0});
            i = j;
            continue;
        }
        if (t.pos == P::preposition) {
            uint32_t np_head = i;
            uint32_t n = noun_phrase_at(doc, i + 1, last, np_head, lexicon);
            if (n > 0) {
                doc.chunks.push_back({{i, i + 1 + n}, ChunkKind::prepositional, np_head, 0});
                i += 1 + n;
                continue;
            }
        }
        if (in_noun_phrase(t) && t.pos != P::punctuation && t.pos != P::particle) {
            uint32_t n = noun_phrase_at(doc, i, last, head, lexicon);
            if (n > 0) {
                doc.chunks.push_back({{i, i + n}, ChunkKind::noun_phrase, head, 0});
                i += n;
                continue;
            }
        }
        if (t.pos != P::punctuation) doc.chunks.push_back({{i, i + 1}, ChunkKind::other, i, 0});
        ++i;
    }
    join_quantity_phrases(doc, first_chunk, lexicon);
    attach_fronted_conjunct(doc, first_chunk, first, last);
}

}  // namespace sitrep
