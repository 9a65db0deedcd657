// Greedy matching: each element takes the first place it fits after the
// previous one (or before, on the left side). Gaps are bounded so that an
// element far away in the clause does not make a pattern fire by accident.
#include "events/pattern_matcher.hpp"

#include <span>

namespace sitrep {
namespace {

constexpr uint32_t kMaxGap = 6;  // unmatched tokens allowed before an element

struct Cursor {
    const VerbDictionary& verbs;
    const SentenceView& view;
    TokenRange window;
    PatternMatch& match;
};

// Tries to match `e` starting exactly at token `at`; returns tokens consumed or 0.
uint32_t match_here(const PatternElement& e, Cursor& c, uint32_t at);

// Matches children in order from `at`, each within a small gap; returns end or 0.
// In a prepositional phrase, literal words follow each other with at most
// determiners between: "(OVER EFFORTS)" is "over the efforts", "(FOR ASYLUM)"
// is not "for foreign asylum".
uint32_t match_sequence(std::span<const PatternElement> elements, Cursor& c, uint32_t at, uint32_t limit,
                        bool words_adjacent) {
    const auto& tokens = c.view.doc().tokens;
    uint32_t pos = at;
    for (size_t k = 0; k < elements.size(); ++k) {
        const PatternElement& e = elements[k];
        bool found = false;
        const bool literal = e.kind == PatternElementKind::word || e.kind == PatternElementKind::group;
        const bool only_determiners = words_adjacent && literal;
        uint32_t max_gap = (e.adjacent || k == 0) ? 0 : kMaxGap;
        for (uint32_t start = pos; start < limit && start <= pos + max_gap; ++start) {
            uint32_t n = match_here(e, c, start);
            if (n > 0) {
                pos = start + n;
                found = true;
                break;
            }
            if (only_determiners && tokens[start].pos != PartOfSpeech::determiner) break;
        }
        if (!found) return 0;
    }
    return pos;
}

int32_t actor_starting_near(Cursor& c, uint32_t at) {
    int32_t a = c.view.actor_at(at);
    if (a < 0) return -1;
    return a;
}

uint32_t match_here(const PatternElement& e, Cursor& c, uint32_t at) {
    const auto& tokens = c.view.doc().tokens;
    if (at < c.window.first || at >= c.window.last) return 0;
    switch (e.kind) {
        case PatternElementKind::word:
            return tokens[at].norm == e.word ? 1 : 0;
        case PatternElementKind::group:
            return c.verbs.match_group(e.group, std::span<const Token>(tokens), at, c.window.last);
        case PatternElementKind::source:
        case PatternElementKind::target:
        case PatternElementKind::compound: {
            // Allow a determiner before the actor ("the Iraqi government").
            uint32_t t = at;
            if (tokens[t].pos == PartOfSpeech::determiner && c.view.actor_at(t) < 0 && t + 1 < c.window.last) ++t;
            int32_t a = actor_starting_near(c, t);
            if (a < 0) return 0;
            if (e.kind == PatternElementKind::target)
                c.match.target = a;
            else
                c.match.source = a;
            if (e.kind == PatternElementKind::compound) c.match.compound = true;
            uint32_t end = c.view.doc().actors[a].tokens.last;
            return end > at ? end - at : 1;
        }
        case PatternElementKind::skip: {
            int32_t ch = c.view.chunk_at(at);
            if (ch < 0) return 0;
            const Chunk& k = c.view.doc().chunks[ch];
            // A noun phrase, or the noun phrase of a prepositional chunk right
            // after its preposition ("at ^" over "[PP at Osgiliath]").
            const bool phrase_start = k.kind == ChunkKind::noun_phrase && k.tokens.first == at;
            const bool object_start = k.kind == ChunkKind::prepositional && k.tokens.first + 1 == at;
            if (!phrase_start && !object_start) return 0;
            return k.tokens.last - at;
        }
        case PatternElementKind::prepositional:
            // The infinitive "to" of a verb group is no preposition: "(TO) *" is
            // not "inching nearer to accord".
            if (const int32_t ch = c.view.chunk_at(at);
                ch >= 0 && c.view.doc().chunks[ch].kind == ChunkKind::verb_group)
                return 0;
            [[fallthrough]];
        case PatternElementKind::noun_phrase: {
            uint32_t end =
                match_sequence(e.children, c, at, c.window.last, e.kind == PatternElementKind::prepositional);
            return end > at ? end - at : 0;
        }
        case PatternElementKind::verb:
            return 0;
    }
    return 0;
}

}  // namespace

bool match_pattern(const VerbPattern& pattern, const VerbDictionary& verbs, const SentenceView& view,
                   const VerbOccurrence& verb, PatternMatch& match) {
    match = PatternMatch{};
    Cursor c{verbs, view, verb.window, match};
    // After the verb: left to right, the first element may start a few words on.
    uint32_t pos = verb.last;
    for (const PatternElement& e : pattern.after) {
        bool found = false;
        uint32_t max_gap = e.adjacent ? 0 : kMaxGap;
        for (uint32_t start = pos; start < verb.window.last && start <= pos + max_gap; ++start) {
            uint32_t n = match_here(e, c, start);
            if (n > 0) {
                pos = start + n;
                found = true;
                break;
            }
        }
        if (!found) return false;
    }
    match.end = pos;
    // Before the verb: right to left, nearest element first.
    uint32_t end = verb.first;  // elements must end at or before this token
    for (size_t k = pattern.before.size(); k-- > 0;) {
        const PatternElement& e = pattern.before[k];
        bool found = false;
        // The leftmost slot before the verb is the subject ("SOURCE * ..."), not
        // merely the nearest actor ("US forces in Iraq face ...": not Iraq).
        if (k == 0 && verb.subject >= 0 &&
            (e.kind == PatternElementKind::source || e.kind == PatternElementKind::target ||
             e.kind == PatternElementKind::compound)) {
            const ActorMention& s = view.doc().actors[verb.subject];
            if (s.tokens.last <= end && s.tokens.first >= verb.window.first && match_here(e, c, s.tokens.first) > 0)
                continue;
        }
        uint32_t min_gap_start = end > kMaxGap ? end - kMaxGap : 0;
        for (uint32_t stop = end; stop > verb.window.first && stop >= min_gap_start; --stop) {
            // Find an element that ends exactly at `stop`; a word group takes its
            // longest member ("really did not", not "did not", before "ever").
            const bool longest = e.kind == PatternElementKind::group;
            for (uint32_t start = stop; start-- > verb.window.first;) {
                uint32_t n = match_here(e, c, start);
                if (n > 0 && start + n == stop) {
                    end = start;
                    found = true;
                    if (!longest) break;
                }
                if (stop - start > 8) break;  // longest element considered
            }
            if (found) break;
            // Actor slots may end anywhere inside a long mention; try its start.
            if (e.kind == PatternElementKind::source || e.kind == PatternElementKind::target) {
                int32_t a = view.actor_at(stop - 1);
                if (a >= 0) {
                    const auto& m = view.doc().actors[a];
                    if (match_here(e, c, m.tokens.first) > 0) {
                        end = m.tokens.first;
                        found = true;
                        break;
                    }
                }
            }
            if (e.adjacent) break;
        }
        if (!found) return false;
    }
    return true;
}

}  // namespace sitrep
