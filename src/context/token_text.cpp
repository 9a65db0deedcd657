#include "context/token_text.hpp"

#include <algorithm>

namespace sitrep {

std::string_view bare_word(std::string_view norm) {
    while (norm.size() > 1 && norm.back() == '.') norm.remove_suffix(1);
    if (norm.size() > 2 && norm.substr(norm.size() - 2) == "'s") norm.remove_suffix(2);
    return norm;
}

void append_match_key(std::string_view text, std::string& key) {
    std::string_view t = bare_word(text);
    for (char c : t) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            key.push_back(c);
        } else if (c >= 'A' && c <= 'Z') {
            key.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            key.push_back(c);
        }
    }
}

uint32_t token_at(const Document& doc, uint32_t offset) {
    auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                               [](const Token& t, uint32_t off) { return t.span.end <= off; });
    return static_cast<uint32_t>(it - doc.tokens.begin());
}

TokenRange sentence_tokens(const Document& doc, uint32_t sentence) {
    if (sentence >= doc.sentences.size()) return {};
    TokenRange r = doc.sentences[sentence].tokens;
    const auto n = static_cast<uint32_t>(doc.tokens.size());
    r.last = std::min(r.last, n);
    r.first = std::min(r.first, r.last);
    return r;
}

int32_t innermost_clause(const Document& doc, uint32_t token) {
    int32_t best = -1;
    uint32_t best_size = 0;
    // Clauses are written sentence by sentence and never cross one: only the
    // token's own sentence's clauses can hold it, found by binary search so
    // that a long document costs no scan of all its clauses per token.
    size_t from = 0, to = doc.clauses.size();
    if (token < doc.tokens.size()) {
        const uint32_t s = doc.tokens[token].sentence;
        from = static_cast<size_t>(std::partition_point(doc.clauses.begin(), doc.clauses.end(),
                                                        [&](const Clause& c) { return c.sentence < s; }) -
                                   doc.clauses.begin());
        to = from;
        while (to < doc.clauses.size() && doc.clauses[to].sentence == s) ++to;
    }
    for (size_t c = from; c < to; ++c) {
        const TokenRange r = doc.clauses[c].tokens;
        if (!in_range(r, token)) continue;
        if (best < 0 || r.size() < best_size) {
            best = static_cast<int32_t>(c);
            best_size = r.size();
        }
    }
    return best;
}

uint32_t token_distance(TokenRange a, TokenRange b) {
    if (a.last <= b.first) return b.first - a.last;
    if (b.last <= a.first) return a.first - b.last;
    return 0;
}

}  // namespace sitrep
