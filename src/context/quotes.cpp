#include "context/quotes.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <unordered_map>

#include "context/data_table.hpp"
#include "context/token_text.hpp"

namespace sitrep {

void SpeechLexicon::add_file(std::string_view content, std::string_view path, Diagnostics& diagnostics) {
    for (const TableRow& row : read_table(content, path, 2, 2, diagnostics))
        for (const std::string& word : split_list(row.fields[1], ';')) words_[row.fields[0]].insert(word);
}

bool SpeechLexicon::is(std::string_view role, std::string_view word) const {
    auto it = words_.find(std::string(role));
    return it != words_.end() && it->second.count(std::string(word)) > 0;
}

namespace {

constexpr uint32_t kMaxSpeakerTokens = 14;
constexpr uint32_t kMaxThatDistance = 7;  // "said in a statement on Thursday that"
constexpr uint32_t kMinQuoteWords = 4;    // shorter unattributed quotes are scare quotes

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_opening_bracket(char c) {
    return c == '(' || c == '[';
}
bool is_closing_punct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']';
}

// A token that ends any phrase: sentence punctuation, brackets, quotation marks.
bool hard_break(const Token& t) {
    return t.kind == TokenKind::punctuation && t.norm != "'s" && t.norm != "," && t.norm != "-";
}

// Byte length of a quotation mark at text[i]: '"', U+201C, U+201D, U+201E; 0 when none.
size_t quote_mark_length(std::string_view text, size_t i) {
    if (text[i] == '"') return 1;
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
        static_cast<unsigned char>(text[i + 1]) == 0x80) {
        const auto c = static_cast<unsigned char>(text[i + 2]);
        if (c == 0x9C || c == 0x9D || c == 0x9E) return 3;
    }
    return 0;
}

struct DirectQuote {
    Span inner;
};

// Pairs quotation marks by which side touches a word, not by glyph: news text
// often has a right curly mark opening a quote ("[ISIL]”It has been").
std::vector<DirectQuote> find_direct_quotes(const Document& doc) {
    std::vector<DirectQuote> out;
    const std::string_view text = doc.text;
    std::optional<uint32_t> open;  // end byte of the opening mark
    uint32_t paragraph_start = 0, last_mark_end = 0;
    auto sentence_start = [&](uint32_t byte) -> uint32_t {
        const uint32_t t = token_at(doc, byte);
        if (t >= doc.tokens.size()) return paragraph_start;
        const uint32_t s = doc.tokens[t].sentence;
        return s < doc.sentences.size() ? doc.sentences[s].span.begin : paragraph_start;
    };
    auto close = [&](uint32_t begin, uint32_t end) {
        while (begin < end && is_space(text[begin])) ++begin;
        while (end > begin && is_space(text[end - 1])) --end;
        if (begin < end) out.push_back(DirectQuote{Span{begin, end}});
    };
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            if (open) close(*open, static_cast<uint32_t>(i));
            open.reset();
            paragraph_start = last_mark_end = static_cast<uint32_t>(i + 1);
            continue;
        }
        const size_t len = quote_mark_length(text, i);
        if (len == 0) continue;
        const bool space_before = i == 0 || is_space(text[i - 1]) || is_opening_bracket(text[i - 1]);
        const bool space_after = i + len >= text.size() || is_space(text[i + len]) || is_closing_punct(text[i + len]);
        const auto begin = static_cast<uint32_t>(i), end = static_cast<uint32_t>(i + len);
        const bool opens = !space_after && (space_before || !open);
        if (opens && !(open && !space_before)) {
            open = end;  // an earlier unclosed mark is dropped
        } else if (!space_before || (space_after && open)) {
            if (open) {
                close(*open, begin);
            } else {
                // A closing mark with no opening one: the quote started at its sentence.
                close(std::max(sentence_start(begin), last_mark_end), begin);
            }
            open.reset();
        }
        last_mark_end = end;
        i += len - 1;
    }
    if (open) close(*open, static_cast<uint32_t>(text.size()));
    return out;
}

// The actors of sentences first..last (inclusive): doc.actors is written
// sentence by sentence, so a binary search finds them without a scan of the
// whole document per quote (issue 13: quadratic on long documents).
std::pair<size_t, size_t> actors_of_sentences(const Document& doc, uint32_t first, uint32_t last) {
    const auto at = [&](uint32_t s) {
        return static_cast<size_t>(std::partition_point(doc.actors.begin(), doc.actors.end(),
                                                        [&](const ActorMention& a) { return a.sentence < s; }) -
                                   doc.actors.begin());
    };
    return {at(first), at(last + 1)};
}

struct Speaker {
    TokenRange tokens;
    bool pronoun = false;
};

class SpeakerFinder {
public:
    SpeakerFinder(const Document& doc, const SpeechLexicon& lex) : doc_(doc), lex_(lex) {}

    bool is_speech(uint32_t t) const {
        // A capitalised "States" is a name, not the verb.
        if (doc_.tokens[t].capitalized) return false;
        const std::string& w = doc_.tokens[t].norm;
        return lex_.is("verb", w) || lex_.is("participle", w) ||
               (lex_.is("according", w) && t + 1 < doc_.tokens.size() && doc_.tokens[t + 1].norm == "to");
    }

    // The speaker of the speech word at token `v`.
    Speaker of(uint32_t v) const {
        const TokenRange range = sentence_tokens(doc_, doc_.tokens[v].sentence);
        const std::string& w = doc_.tokens[v].norm;
        Speaker s;
        if (lex_.is("according", w))
            s.tokens = after(v + 2, range);
        else if (lex_.is("participle", w))
            s.tokens = participle_subject(v, range);
        else {
            s.tokens = before(v, range);
            if (s.tokens.empty()) s.tokens = after(v + 1, range);
        }
        s.pronoun = s.tokens.size() == 1 && lex_.is("pronoun", doc_.tokens[s.tokens.first].norm);
        return s;
    }

private:
    bool stops(const Token& t) const {
        return hard_break(t) || t.norm == "," || lex_.is("bound", t.norm) ||
               (!t.capitalized && (lex_.is("verb", t.norm) || lex_.is("participle", t.norm)));
    }

    // "X said", "X, deputy spokesperson for Y, said".
    TokenRange before(uint32_t v, TokenRange range) const {
        uint32_t end = v;
        if (end > range.first && doc_.tokens[end - 1].norm == ",") {
            uint32_t p = end - 1;
            while (p > range.first && p + kMaxSpeakerTokens > end && doc_.tokens[p - 1].norm != "," &&
                   !hard_break(doc_.tokens[p - 1]))
                --p;
            if (p == range.first || doc_.tokens[p - 1].norm != ",") return {};
            end = p - 1;
        }
        uint32_t start = end;
        while (start > range.first && end - start < kMaxSpeakerTokens && !stops(doc_.tokens[start - 1])) --start;
        return TokenRange{start, end};
    }

    // "said the minister".
    TokenRange after(uint32_t first, TokenRange range) const {
        uint32_t end = first;
        while (end < range.last && end - first < kMaxSpeakerTokens && !stops(doc_.tokens[end])) ++end;
        return TokenRange{first, end};
    }

    // "ISIL in Iraq takes credit for the decision, saying ...": the first actor
    // of the clause before the comma, else its first words.
    TokenRange participle_subject(uint32_t v, TokenRange range) const {
        if (v == range.first || doc_.tokens[v - 1].norm != ",") return before(v, range);
        const uint32_t comma = v - 1;
        uint32_t start = comma;
        while (start > range.first && doc_.tokens[start - 1].norm != "," && !hard_break(doc_.tokens[start - 1]))
            --start;
        const uint32_t sentence = doc_.tokens[v].sentence;
        const auto [from, to] = actors_of_sentences(doc_, sentence, sentence);
        for (size_t k = from; k < to; ++k) {
            const ActorMention& a = doc_.actors[k];
            if (a.tokens.first >= start && a.tokens.last <= comma) return a.tokens;
        }
        uint32_t end = start;
        while (end < comma && doc_.tokens[end].capitalized) ++end;
        return TokenRange{start, end};
    }

    const Document& doc_;
    const SpeechLexicon& lex_;
};

struct Candidate {
    Span span;
    uint32_t sentence = 0;
    bool direct = true;
    std::optional<uint32_t> verb;  // the speech word that attributes it
    uint32_t order = 0;            // token position that fixes "last named speaker"
};

std::string actor_code_in(const Document& doc, Span span) {
    if (span.end <= span.begin || doc.tokens.empty()) return {};
    const auto n = static_cast<uint32_t>(doc.tokens.size());
    const uint32_t first = doc.tokens[std::min(token_at(doc, span.begin), n - 1)].sentence;
    const uint32_t last = doc.tokens[std::min(token_at(doc, span.end - 1), n - 1)].sentence;
    const auto [from, to] = actors_of_sentences(doc, first, std::max(first, last));
    for (size_t k = from; k < to; ++k) {
        const ActorMention& a = doc.actors[k];
        if (a.span.overlaps(span) && !a.code.empty()) return a.code;
    }
    return {};
}

}  // namespace

void QuoteDetector::run(Document& doc) const {
    doc.quotes.clear();  // replaces the layer
    if (doc.tokens.empty()) return;
    const SpeakerFinder finder(doc, *lexicon_);
    const std::vector<DirectQuote> direct = find_direct_quotes(doc);
    // The quotes are found in text order and do not overlap: only the last
    // one starting at or before the token can hold it.
    auto inside_direct = [&](uint32_t t) {
        const Span span = doc.tokens[t].span;
        auto it = std::partition_point(direct.begin(), direct.end(),
                                       [&](const DirectQuote& q) { return q.inner.begin <= span.begin; });
        return it != direct.begin() && std::prev(it)->inner.contains(span);
    };
    const auto n = static_cast<uint32_t>(doc.tokens.size());
    auto crosses_paragraph = [&](uint32_t from, uint32_t to) {
        return from < to && std::string_view(doc.text).substr(from, to - from).find('\n') != std::string_view::npos;
    };
    std::vector<Candidate> candidates;

    for (const DirectQuote& q : direct) {
        Candidate c;
        c.span = q.inner;
        const uint32_t first = token_at(doc, q.inner.begin);
        c.sentence = first < n ? doc.tokens[first].sentence : 0;
        c.order = first;
        // (1) "“...,” X said" / "“...,” said X": after the closing mark.
        uint32_t j = token_at(doc, q.inner.end);
        if (j < n && doc.tokens[j].norm == "\"") ++j;
        while (j < n && doc.tokens[j].norm == ",") ++j;
        for (uint32_t k = j; k < n && k < j + kMaxSpeakerTokens; ++k) {
            if (hard_break(doc.tokens[k]) || doc.tokens[k].norm == ",") break;
            if (crosses_paragraph(q.inner.end, doc.tokens[k].span.begin)) break;
            if (finder.is_speech(k) && !inside_direct(k)) {
                c.verb = k;
                break;
            }
        }
        // (2) "X said: “...”", "..., saying that “...”": before the opening mark.
        if (!c.verb && first < n) {
            const TokenRange range = sentence_tokens(doc, c.sentence);
            for (uint32_t k = first; k > range.first; --k) {
                if (doc.tokens[k - 1].norm == "\"" && k - 1 + 1 < first) break;
                if (finder.is_speech(k - 1) && !inside_direct(k - 1)) {
                    c.verb = k - 1;
                    break;
                }
            }
        }
        if (c.verb) c.order = *c.verb;
        candidates.push_back(c);
    }
    // A quote with no speaker in reach, followed in the same paragraph by a
    // quote that has one, is the first part of the same statement.
    for (size_t i = candidates.size(); i-- > 1;) {
        Candidate& c = candidates[i - 1];
        const Candidate& next = candidates[i];
        if (!c.verb && next.verb && doc.tokens[*next.verb].span.begin >= next.span.end &&
            !crosses_paragraph(c.span.end, next.span.begin)) {
            c.verb = next.verb;
            c.order = next.order;
        }
    }
    std::vector<uint32_t> attributing;  // verbs already attributing a direct quote
    for (const Candidate& c : candidates)
        if (c.verb) attributing.push_back(*c.verb);
    auto attributes_direct = [&](uint32_t v) {
        return std::find(attributing.begin(), attributing.end(), v) != attributing.end();
    };

    // Reported speech: "X said (in a statement) that ...", "according to X, ...".
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const TokenRange range = sentence_tokens(doc, s);
        if (range.empty()) continue;
        uint32_t last = range.last;
        if (last > range.first && doc.tokens[last - 1].kind == TokenKind::punctuation) --last;
        for (uint32_t v = range.first; v < range.last; ++v) {
            if (!finder.is_speech(v) || inside_direct(v)) continue;
            const std::string& w = doc.tokens[v].norm;
            std::optional<uint32_t> from, to;
            if (lexicon_->is("according", w)) {
                uint32_t k = v + 2;
                while (k < range.last && !hard_break(doc.tokens[k]) && doc.tokens[k].norm != ",") ++k;
                if (k < last && doc.tokens[k].norm == ",")
                    from = k + 1, to = last;
                else if (v > range.first + 1 && doc.tokens[v - 1].norm == ",")
                    from = range.first, to = v - 1;
            } else {
                for (uint32_t k = v + 1; k < range.last && k <= v + kMaxThatDistance; ++k) {
                    if (hard_break(doc.tokens[k]) || doc.tokens[k].norm == ",") break;
                    if (doc.tokens[k].norm == "that") {
                        from = k + 1, to = last;
                        break;
                    }
                }
                if (!from && !attributes_direct(v) && lexicon_->is("bare", w) && v + 1 < last &&
                    !lexicon_->is("not-clause", doc.tokens[v + 1].norm) && doc.tokens[v + 1].norm != "\"")
                    from = v + 1, to = last;
            }
            if (!from || *from >= *to) continue;
            Candidate c;
            c.span = Span{doc.tokens[*from].span.begin, doc.tokens[*to - 1].span.end};
            c.sentence = s;
            c.direct = false;
            c.verb = v;
            c.order = v;
            candidates.push_back(c);
        }
    }

    // Speakers in reading order, so a pronoun or a bare quote takes the last named one.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.order < b.order; });
    auto word_count = [&](Span span) {
        uint32_t words = 0;
        for (uint32_t t = token_at(doc, span.begin); t < n && doc.tokens[t].span.end <= span.end; ++t)
            words += doc.tokens[t].kind == TokenKind::word ? 1 : 0;
        return words;
    };
    std::unordered_map<uint32_t, Speaker> by_verb;
    std::optional<Quote> last_named;
    const size_t before = doc.quotes.size();
    for (const Candidate& c : candidates) {
        Quote q;
        q.span = c.span;
        q.sentence = c.sentence;
        q.direct = c.direct;
        std::optional<Speaker> speaker;
        if (c.verb) {
            auto it = by_verb.find(*c.verb);
            if (it == by_verb.end()) it = by_verb.emplace(*c.verb, finder.of(*c.verb)).first;
            speaker = it->second;
        }
        if (speaker && !speaker->pronoun && !speaker->tokens.empty()) {
            const TokenRange t = speaker->tokens;
            q.speaker_span = Span{doc.tokens[t.first].span.begin, doc.tokens[t.last - 1].span.end};
            q.speaker_code = actor_code_in(doc, q.speaker_span);
            last_named = q;
        } else if (last_named && (c.verb || !c.direct || word_count(c.span) >= kMinQuoteWords)) {
            // A short quote with no speaker in reach is a scare quote (US "invasions"), not speech.
            q.speaker_span = last_named->speaker_span;
            q.speaker_code = last_named->speaker_code;
        }
        doc.quotes.push_back(std::move(q));
    }
    std::sort(doc.quotes.begin() + static_cast<std::ptrdiff_t>(before), doc.quotes.end(),
              [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
}

}  // namespace sitrep
