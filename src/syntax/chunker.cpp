// Chunking is a single left-to-right scan: each token either extends the open
// chunk or closes it, so the cost is linear and allocation-free per token.
#include "syntax/chunker.hpp"

#include <algorithm>

namespace sitrep {
namespace {

using P = PartOfSpeech;

bool in_noun_phrase(const Token& t) {
    switch (t.pos) {
        case P::determiner: case P::adjective: case P::noun: case P::proper_noun:
        case P::number: case P::pronoun:
            return true;
        case P::particle:
            return t.norm == "'s" || t.norm == "'";  // possessive inside "Iraq's government"
        case P::punctuation:
            return t.norm == "-";
        default:
            return false;
    }
}

bool in_verb_group(const Token& t) {
    switch (t.pos) {
        case P::auxiliary: case P::modal: case P::verb:
            return true;
        case P::particle:
            return t.norm != "'s" && t.norm != "'";  // not, n't, never, infinitive to
        default:
            return false;
    }
}

bool is_head_noun(P p) { return p == P::noun || p == P::proper_noun || p == P::pronoun || p == P::number; }

// Length of the noun phrase starting at i (0 if none); the head is its last nominal word.
uint32_t noun_phrase_at(const Document& doc, uint32_t i, uint32_t last, uint32_t& head) {
    uint32_t j = i;
    head = i;
    bool any_nominal = false;
    while (j < last && in_noun_phrase(doc.tokens[j])) {
        // A pronoun after a noun starts a new phrase ("the country they attacked").
        if (j > i && doc.tokens[j].pos == P::pronoun && any_nominal) break;
        // A determiner after a nominal word starts a new phrase.
        if (j > i && doc.tokens[j].pos == P::determiner && any_nominal) break;
        if (is_head_noun(doc.tokens[j].pos)) {
            head = j;
            any_nominal = true;
        }
        ++j;
    }
    if (j > i && !any_nominal) head = j - 1;
    return j - i;
}

}  // namespace

void chunk_sentence(Document& doc, const Sentence& sentence) {
    const uint32_t first = sentence.tokens.first;
    const uint32_t last = std::min<uint32_t>(sentence.tokens.last, static_cast<uint32_t>(doc.tokens.size()));
    uint32_t i = first;
    while (i < last) {
        const Token& t = doc.tokens[i];
        uint32_t head = i;
        if (in_verb_group(t) && !(t.pos == P::particle && t.norm == "to" && !(i + 1 < last && in_verb_group(doc.tokens[i + 1])))) {
            uint32_t j = i;
            head = i;
            while (j < last) {
                const Token& u = doc.tokens[j];
                if (in_verb_group(u)) {
                    if (u.pos == P::verb || (u.pos == P::auxiliary && head == i && doc.tokens[head].pos != P::verb)) head = j;
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
            uint32_t n = noun_phrase_at(doc, i + 1, last, np_head);
            if (n > 0) {
                doc.chunks.push_back({{i, i + 1 + n}, ChunkKind::prepositional, np_head, 0});
                i += 1 + n;
                continue;
            }
        }
        if (in_noun_phrase(t) && t.pos != P::punctuation && t.pos != P::particle) {
            uint32_t n = noun_phrase_at(doc, i, last, head);
            if (n > 0) {
                doc.chunks.push_back({{i, i + n}, ChunkKind::noun_phrase, head, 0});
                i += n;
                continue;
            }
        }
        if (t.pos != P::punctuation) doc.chunks.push_back({{i, i + 1}, ChunkKind::other, i, 0});
        ++i;
    }
}

}  // namespace sitrep
