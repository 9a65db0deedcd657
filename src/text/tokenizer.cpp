#include "text/tokenizer.hpp"

#include <limits>

#include "text/char_class.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace sitrep {
namespace {

using unicode::CharClass;

struct Char {
    char32_t cp = 0;
    uint32_t length = 0;  // 0 at the end of the text
    CharClass cls = CharClass::space;
};

bool ascii_lower_equals(char c, char lower) {
    return c == lower || c == static_cast<char>(lower - 'a' + 'A');
}

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// One pass over one text; all state is local so the Tokenizer stays const.
class Scanner {
public:
    Scanner(std::string_view text, const WordSet& abbreviations, bool every_period, std::vector<Token>& out)
        : text_(text),
          abbreviations_(abbreviations),
          every_period_(every_period),
          out_(out),
          first_token_(out.size()) {}

    void run() {
        size_t pos = 0;
        while (pos < text_.size()) {
            const Char c = at(pos);
            switch (c.cls) {
                case CharClass::space:
                    space_before_ = true;
                    pos += c.length;
                    break;
                case CharClass::letter:
                case CharClass::mark:
                    pos = scan_word_like(pos);
                    break;
                case CharClass::digit:
                    pos = scan_number_like(pos);
                    break;
                case CharClass::apostrophe:
                    pos = scan_apostrophe(pos, c);
                    break;
                case CharClass::hyphen:
                case CharClass::dash:
                case CharClass::period:
                case CharClass::terminal:
                    pos = emit(pos, run_of_same_kind(pos, c), TokenKind::punctuation);
                    break;
                case CharClass::invalid:
                case CharClass::symbol:
                    pos = emit(pos, pos + c.length, TokenKind::symbol);
                    break;
                default:  // quotes, brackets, ellipsis, other punctuation
                    pos = emit(pos, pos + c.length, TokenKind::punctuation);
                    break;
            }
        }
    }

private:
    Char at(size_t pos) const {
        if (pos >= text_.size()) return {};
        const auto byte = static_cast<unsigned char>(text_[pos]);
        if (byte < 0x80) return {byte, 1, unicode::classify_ascii(byte)};  // the common case
        const auto d = unicode::decode_utf8(text_, pos);
        if (!d.valid) return {d.cp, d.length, CharClass::invalid};
        return {d.cp, d.length, unicode::classify(d.cp)};
    }

    bool word_char_at(size_t pos) const { return unicode::is_word_char(at(pos).cls); }

    // "--" or "---" is one dash, "..." one ellipsis, "?!" one mark.
    size_t run_of_same_kind(size_t pos, Char first) const {
        size_t end = pos + first.length;
        for (;;) {
            const Char c = at(end);
            const bool same = first.cls == CharClass::terminal ? c.cls == CharClass::terminal : c.cp == first.cp;
            if (c.length == 0 || !same) return end;
            end += c.length;
        }
    }

    // At an apostrophe: the byte length of a clitic ('s 're 've 'll 'd 'm)
    // that ends the word here, or 0.
    size_t clitic_length(size_t pos) const {
        const Char apostrophe = at(pos);
        if (apostrophe.cls != CharClass::apostrophe) return 0;
        const size_t s = pos + apostrophe.length;
        size_t n = 0;
        while (s + n < text_.size() && n < 3 && is_ascii_alnum(text_[s + n])) ++n;
        if (n == 0 || n > 2 || word_char_at(s + n)) return 0;
        const std::string_view suffix = text_.substr(s, n);
        auto is = [&](const char* lower) {
            std::string_view l(lower);
            if (l.size() != suffix.size()) return false;
            for (size_t i = 0; i < l.size(); ++i)
                if (!ascii_lower_equals(suffix[i], l[i])) return false;
            return true;
        };
        if (is("s") || is("re") || is("ve") || is("ll") || is("d") || is("m")) return apostrophe.length + n;
        return 0;
    }

    // At 'n': the byte length of "n't" ending the word here, or 0.
    size_t negation_length(size_t pos) const {
        if (pos >= text_.size() || !ascii_lower_equals(text_[pos], 'n')) return 0;
        const Char apostrophe = at(pos + 1);
        if (apostrophe.cls != CharClass::apostrophe) return 0;
        const size_t t = pos + 1 + apostrophe.length;
        if (t >= text_.size() || !ascii_lower_equals(text_[t], 't') || word_char_at(t + 1)) return 0;
        return 1 + apostrophe.length + 1;
    }

    bool previous_token_touches(size_t pos) const {
        if (out_.size() <= first_token_ || space_before_) return false;
        const Token& prev = out_.back();
        return prev.span.end == pos && (prev.kind == TokenKind::word || prev.kind == TokenKind::number);
    }

    size_t scan_apostrophe(size_t pos, Char c) {
        if (previous_token_touches(pos)) {
            if (const size_t n = clitic_length(pos)) return emit(pos, pos + n, TokenKind::word);
        }
        return emit(pos, pos + c.length, TokenKind::punctuation);
    }

    // "U.S.", "a.m.", "Ph.D.": two or more runs of one or two letters, each
    // followed by a period. Returns the end, or 0.
    size_t dotted_abbreviation_end(size_t pos) const {
        size_t segments = 0;
        for (;;) {
            size_t letters = 0;
            size_t p = pos;
            while (letters < 3) {
                const Char c = at(p);
                if (c.cls != CharClass::letter) break;
                p += c.length;
                ++letters;
            }
            if (letters == 0 || letters > 2 || p >= text_.size() || text_[p] != '.') break;
            pos = p + 1;
            ++segments;
        }
        return segments >= 2 ? pos : 0;
    }

    // http://..., https://..., www....; trailing punctuation is left out.
    size_t url_end(size_t pos) const {
        auto starts_with_ci = [&](std::string_view prefix) {
            if (text_.size() - pos < prefix.size()) return false;
            for (size_t i = 0; i < prefix.size(); ++i) {
                char c = text_[pos + i];
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                if (c != prefix[i]) return false;
            }
            return true;
        };
        size_t prefix = 0;
        if (starts_with_ci("https://"))
            prefix = 8;
        else if (starts_with_ci("http://"))
            prefix = 7;
        else if (starts_with_ci("www."))
            prefix = 4;
        if (prefix == 0) return 0;
        size_t end = pos + prefix;
        int open_parens = 0;
        while (end < text_.size()) {
            const char c = text_[end];
            if (static_cast<unsigned char>(c) <= ' ' || static_cast<unsigned char>(c) >= 0x80 || c == '"' || c == '<' ||
                c == '>')
                break;
            if (c == '(') ++open_parens;
            if (c == ')' && open_parens-- == 0) break;
            ++end;
        }
        while (end > pos + prefix) {
            const char c = text_[end - 1];
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ']' ||
                c == '}')
                --end;
            else
                break;
        }
        return end > pos + prefix ? end : 0;
    }

    // name@example.org; returns the end, or 0.
    size_t email_end(size_t pos) const {
        auto local_char = [](char c) {
            return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
        };
        size_t p = pos;
        while (p < text_.size() && local_char(text_[p])) ++p;
        if (p == pos || p >= text_.size() || text_[p] != '@') return 0;
        size_t end = 0;
        size_t labels = 0;
        ++p;
        for (;;) {
            const size_t label_start = p;
            while (p < text_.size() && (is_ascii_alnum(text_[p]) || text_[p] == '-')) ++p;
            if (p == label_start) break;
            ++labels;
            end = p;
            if (p + 1 < text_.size() && text_[p] == '.' && is_ascii_alnum(text_[p + 1])) {
                ++p;
                continue;
            }
            break;
        }
        return labels >= 2 ? end : 0;
    }

    // Letters, digits and marks, joined by inner hyphens and apostrophes;
    // stops before a clitic or "n't".
    size_t word_end(size_t start) const {
        size_t pos = start;
        for (;;) {
            for (;;) {
                const Char c = at(pos);
                if (!unicode::is_word_char(c.cls)) break;
                if (pos > start && (c.cp == 'n' || c.cp == 'N') && negation_length(pos)) return pos;
                pos += c.length;
            }
            const Char c = at(pos);
            if (c.cls == CharClass::hyphen && word_char_at(pos + c.length)) {
                pos += c.length;
                continue;
            }
            if (c.cls == CharClass::apostrophe && word_char_at(pos + c.length) && !clitic_length(pos)) {
                pos += c.length;
                continue;
            }
            return pos;
        }
    }

    // A period after `word` belongs to it when the word is a known
    // abbreviation or a capital initial ("George W. Bush").
    bool takes_period(size_t start, size_t end) const {
        if (end >= text_.size() || text_[end] != '.') return false;
        if (end + 1 < text_.size() && text_[end + 1] == '.') return false;  // "etc..."
        if (every_period_) return true;
        const std::string_view word = text_.substr(start, end - start);
        const Char first = at(start);
        if (first.length == word.size() && unicode::is_upper(first.cp)) return true;
        return abbreviations_.contains(word);
    }

    size_t continue_hyphenated(size_t end) const {
        const Char c = at(end);
        if (c.cls == CharClass::hyphen && word_char_at(end + c.length)) return word_end(end + c.length);
        return end;
    }

    size_t scan_word_like(size_t start) {
        if (previous_token_touches(start)) {
            if (const size_t n = negation_length(start)) return emit(start, start + n, TokenKind::word);
        }
        if (const size_t end = url_end(start)) return emit(start, end, TokenKind::word);
        if (const size_t end = email_end(start)) return emit(start, end, TokenKind::word);
        if (const size_t end = dotted_abbreviation_end(start))
            return emit(start, continue_hyphenated(end), TokenKind::word);
        size_t end = word_end(start);
        if (end == start) end = start + at(start).length;  // defensive: always advance
        if (takes_period(start, end)) ++end;
        emit(start, end, TokenKind::word);
        if (negation_length(end)) fix_negated_auxiliary();
        return end;
    }

    // Digits with thousands separators, decimals, times and dates; then an
    // optional suffix ("1990s", "10th") and hyphenated parts ("10-year").
    size_t scan_number_like(size_t start) {
        if (const size_t end = email_end(start)) return emit(start, end, TokenKind::word);
        auto digit_at = [&](size_t p) { return at(p).cls == CharClass::digit; };
        auto skip_digits = [&](size_t p) {
            for (Char c = at(p); c.cls == CharClass::digit; c = at(p)) p += c.length;
            return p;
        };
        size_t pos = skip_digits(start);
        for (;;) {
            if (pos >= text_.size()) break;
            const char c = text_[pos];
            if (c == ',' && pos + 3 < text_.size() && digit_at(pos + 1) && digit_at(pos + 2) && digit_at(pos + 3) &&
                !digit_at(pos + 4)) {
                pos += 4;
            } else if ((c == '.' || c == ':' || c == '/') && digit_at(pos + 1)) {
                pos = skip_digits(pos + 1);
            } else {
                break;
            }
        }
        TokenKind kind = TokenKind::number;
        if (word_char_at(pos)) {
            const size_t suffix_start = pos;
            pos = word_end(pos);
            const std::string_view suffix = text_.substr(suffix_start, pos - suffix_start);
            if (suffix != "s" && suffix != "th" && suffix != "st" && suffix != "nd" && suffix != "rd")
                kind = TokenKind::word;
        }
        const size_t end = continue_hyphenated(pos);
        for (size_t p = pos; p < end;) {
            const Char c = at(p);
            if (c.cls == CharClass::letter) kind = TokenKind::word;
            p += c.length;
        }
        return emit(start, end, kind);
    }

    // "ca|n't", "wo|n't", "sha|n't": give the first half the verb's norm.
    void fix_negated_auxiliary() {
        std::string& norm = out_.back().norm;
        if (norm == "ca")
            norm = "can";
        else if (norm == "wo")
            norm = "will";
        else if (norm == "sha")
            norm = "shall";
    }

    size_t emit(size_t begin, size_t end, TokenKind kind) {
        Token t;
        t.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
        const std::string_view surface = text_.substr(begin, end - begin);
        t.norm = normalize_token(surface);
        t.kind = kind;
        t.space_before = space_before_;
        const Char first = at(begin);
        t.capitalized = first.cls == CharClass::letter && unicode::is_upper(first.cp);
        out_.push_back(std::move(t));
        space_before_ = false;
        return end;
    }

    std::string_view text_;
    const WordSet& abbreviations_;
    bool every_period_;
    std::vector<Token>& out_;
    size_t first_token_;  // tokens before it belong to another text
    bool space_before_ = false;
};

}  // namespace

Tokenizer::Tokenizer(const TextResources& resources) : abbreviations_(resources.abbreviations) {}

Tokenizer Tokenizer::for_phrases() {
    Tokenizer t;
    t.every_period_is_abbreviation_ = true;
    return t;
}

void Tokenizer::tokenize(Document& doc) const {
    doc.tokens.clear();
    tokenize(doc.text, doc.tokens);
}

void Tokenizer::tokenize(std::string_view text, std::vector<Token>& out) const {
    // Spans are 32-bit; longer texts are cut (the engine rejects them earlier).
    if (text.size() > std::numeric_limits<uint32_t>::max()) text = text.substr(0, std::numeric_limits<uint32_t>::max());
    out.reserve(out.size() + text.size() / 5 + 1);
    Scanner(text, abbreviations_, every_period_is_abbreviation_, out).run();
}

}  // namespace sitrep
