#include "text/sentence_splitter.hpp"

#include <string>

#include "text/char_class.hpp"
#include "text/utf8.hpp"

namespace sitrep {
namespace {

using unicode::CharClass;

CharClass first_class(std::string_view s) {
    const auto c = unicode::decode_utf8(s, 0);
    if (c.length == 0 || !c.valid) return CharClass::invalid;
    return unicode::classify(c.cp);
}

bool is_sentence_end_mark(const Token& t, std::string_view surface) {
    if (t.kind != TokenKind::punctuation) return false;
    const CharClass c = first_class(surface);
    return c == CharClass::period || c == CharClass::terminal || c == CharClass::ellipsis;
}

// A word token whose period was kept by the tokenizer: "U.S.", "Gen.", "W.".
bool is_abbreviation(const Token& t, std::string_view surface) {
    return t.kind == TokenKind::word && surface.size() > 1 && surface.back() == '.';
}

bool is_closer(std::string_view surface) {
    const CharClass c = first_class(surface);
    return c == CharClass::quote || c == CharClass::close_bracket || c == CharClass::apostrophe ||
           c == CharClass::terminal || c == CharClass::period || c == CharClass::ellipsis;
}

bool is_dash(const Token& t, std::string_view surface) {
    if (t.kind != TokenKind::punctuation) return false;
    const CharClass c = first_class(surface);
    return c == CharClass::hyphen || c == CharClass::dash;
}

bool starts_lower_case(std::string_view surface) {
    const auto c = unicode::decode_utf8(surface, 0);
    return c.valid && c.length > 0 && unicode::is_lower(c.cp);
}

// Line breaks in the gap between two tokens: 0, 1, or 2 for a blank line.
int line_breaks(std::string_view gap) {
    int breaks = 0;
    for (size_t i = 0; i < gap.size(); ++i) {
        const char c = gap[i];
        if (c == '\n') {
            ++breaks;
        } else if (c == '\r') {
            ++breaks;
            if (i + 1 < gap.size() && gap[i + 1] == '\n') ++i;
        } else if (c == '\xE2' && i + 2 < gap.size() && gap[i + 1] == '\x80' &&
                   (gap[i + 2] == '\xA8' || gap[i + 2] == '\xA9')) {
            breaks += gap[i + 2] == '\xA9' ? 2 : 1;  // line / paragraph separator
            i += 2;
        } else if (c == '\xC2' && i + 1 < gap.size() && gap[i + 1] == '\x85') {
            ++breaks;
            ++i;
        }
        if (breaks >= 2) return 2;
    }
    return breaks;
}

class Splitter {
public:
    Splitter(Document& doc, const WordSet& titles, const WordSet& starters)
        : doc_(doc), tokens_(doc.tokens), titles_(titles), starters_(starters) {}

    void run() {
        doc_.sentences.clear();
        const size_t n = tokens_.size();
        size_t first = 0;
        for (size_t i = 0; i < n; ++i) {
            size_t last = i;  // last token of the sentence if it ends here
            if (ends_sentence(i, last)) {
                close(first, last);
                first = last + 1;
                i = last;
            }
        }
        if (first < n) close(first, n - 1);
    }

private:
    std::string_view surface(size_t i) const { return doc_.view(tokens_[i].span); }

    std::string_view gap_before(size_t i) const {
        const uint32_t from = tokens_[i - 1].span.end;
        const uint32_t to = tokens_[i].span.begin;
        return Span{from, to}.in(doc_.text);
    }

    int breaks_before(size_t i) const {
        if (i == 0 || i >= tokens_.size() || !tokens_[i].space_before) return 0;
        return line_breaks(gap_before(i));
    }

    // Decides whether a sentence ends at token i; `last` is moved past any
    // closing quotes and brackets that belong to it.
    bool ends_sentence(size_t i, size_t& last) const {
        const size_t n = tokens_.size();
        if (i + 1 >= n) return false;
        const Token& t = tokens_[i];
        const std::string_view s = surface(i);
        const int breaks = breaks_before(i + 1);
        // A blank line ends a paragraph; a single line break is a space, so a
        // hard-wrapped article ("Russian forces\nshelled Kyiv") keeps its sentences.
        if (breaks >= 2) return true;
        const bool mark = is_sentence_end_mark(t, s);
        const bool abbreviation = !mark && is_abbreviation(t, s);
        if (!mark && !abbreviation) return false;
        size_t j = i + 1;
        while (j < n && !tokens_[j].space_before && is_closer(surface(j))) ++j;
        last = j - 1;
        if (j >= n) return false;  // the end of the text closes it anyway
        if (last > i && breaks_before(last + 1) > 0) return true;
        if (abbreviation) return abbreviation_ends_sentence(s, j);
        return next_word_starts_sentence(j);
    }

    bool abbreviation_ends_sentence(std::string_view s, size_t next) const {
        if (titles_.contains(s.substr(0, s.size() - 1))) return false;
        const size_t w = skip_openers(next);
        if (w >= tokens_.size()) return false;
        const Token& word = tokens_[w];
        return word.capitalized && starters_.contains(word.norm);
    }

    bool next_word_starts_sentence(size_t next) const {
        const size_t w = skip_openers(next);
        if (w >= tokens_.size()) return true;
        return !(tokens_[w].kind == TokenKind::word && starts_lower_case(surface(w)));
    }

    // Skips opening quotes and a short bracketed insert such as "[ISIL]" to
    // reach the word that would start the next sentence.
    size_t skip_openers(size_t j) const {
        const size_t n = tokens_.size();
        constexpr size_t kMaxInsert = 12;
        while (j < n) {
            const CharClass c = first_class(surface(j));
            if (c == CharClass::quote || c == CharClass::apostrophe) {
                ++j;
            } else if (c == CharClass::open_bracket) {
                size_t k = j + 1;
                while (k < n && k - j <= kMaxInsert && first_class(surface(k)) != CharClass::close_bracket) ++k;
                if (k >= n || k - j > kMaxInsert) return j + 1;
                j = k + 1;
            } else {
                break;
            }
        }
        return j;
    }

    // A sentence longer than kMaxSentenceTokens is cut into pieces of at most
    // that many, each after the last comma, semicolon, colon or dash of its
    // second half where there is one, and a warning says so: what one
    // sentence costs downstream (events x sentence text) stays bounded.
    void close(size_t first, size_t last) {
        if (last - first + 1 > kMaxSentenceTokens) {
            doc_.diagnostics.push_back({Severity::warning, doc_.meta.id, 0,
                                        "sentence of " + std::to_string(last - first + 1) + " tokens at byte " +
                                            std::to_string(tokens_[first].span.begin) + " cut into pieces of at most " +
                                            std::to_string(kMaxSentenceTokens) + " tokens",
                                        DiagnosticCode::sentence_too_long});
            while (last - first + 1 > kMaxSentenceTokens) {
                size_t cut = first + kMaxSentenceTokens - 1;  // last token of this piece
                for (size_t k = cut; k > first + kMaxSentenceTokens / 2; --k) {
                    const Token& t = tokens_[k];
                    if (t.norm == "," || t.norm == ";" || t.norm == ":" || is_dash(t, surface(k))) {
                        cut = k;
                        break;
                    }
                }
                add(first, cut);
                first = cut + 1;
            }
        }
        add(first, last);
    }

    void add(size_t first, size_t last) {
        const auto index = static_cast<uint32_t>(doc_.sentences.size());
        Sentence s;
        s.span = {tokens_[first].span.begin, tokens_[last].span.end};
        s.tokens = {static_cast<uint32_t>(first), static_cast<uint32_t>(last + 1)};
        for (size_t k = first; k <= last; ++k) tokens_[k].sentence = index;
        doc_.sentences.push_back(s);
    }

    Document& doc_;
    std::vector<Token>& tokens_;
    const WordSet& titles_;
    const WordSet& starters_;
};

}  // namespace

SentenceSplitter::SentenceSplitter(const TextResources& resources)
    : titles_(resources.titles), sentence_starters_(resources.sentence_starters) {}

void SentenceSplitter::split(Document& doc) const {
    Splitter(doc, titles_, sentence_starters_).run();
}

}  // namespace sitrep
