// A dateline is recognised by its shape alone, before tokenising:
//   PLACE [, REGION] [, DATE] [(AGENCY) | /AGENCY/.] SEPARATOR
// where PLACE is one to four words in capitals ("NEW DELHI", "PORT-AU-PRINCE") or, when a
// separator follows directly or after a date or an agency, in title case ("Prague",
// "New Delhi:"). The separator ("--", "—", "–", " - ", "_", ":") is required, so that a
// sentence opening with a name and a comma ("Earlier Wednesday, Karadzic told ...") is
// never a dateline.
#include "text/dateline.hpp"

#include <cctype>

namespace sitrep {
namespace {

constexpr size_t kMaxDatelineBytes = 90;  // longer openings are sentences, not datelines

class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    size_t pos() const { return pos_; }
    void seek(size_t p) { pos_ = p; }
    bool done() const { return pos_ >= text_.size(); }
    char peek(size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
    bool starts(std::string_view s) const { return text_.substr(pos_).starts_with(s); }
    void skip_spaces() {
        while (!done() && (peek() == ' ' || peek() == '\t')) ++pos_;
    }
    void advance(size_t n) { pos_ += n; }

private:
    std::string_view text_;
    size_t pos_ = 0;
};

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// One word of a place name: letters with inner hyphens, apostrophes or periods ("PORT-AU-PRINCE",
// "ST. LOUIS"). Returns whether every letter is upper case through `all_caps`.
bool read_name_word(Cursor& c, bool& all_caps) {
    if (!is_upper(c.peek())) return false;
    all_caps = true;
    size_t letters = 0;
    while (!c.done()) {
        char ch = c.peek();
        if (is_upper(ch) || is_lower(ch)) {
            if (is_lower(ch)) all_caps = false;
            ++letters;
            c.advance(1);
        } else if ((ch == '-' || ch == '\'' || ch == '.') && (is_upper(c.peek(1)) || is_lower(c.peek(1)))) {
            c.advance(1);
        } else if (ch == '.' && letters <= 3) {  // "ST." in "ST. LOUIS"
            c.advance(1);
            break;
        } else {
            break;
        }
    }
    return letters > 0;
}

// A run of one to four capitalised words. `caps` is true when every word is in capitals.
Span read_name(Cursor& c, bool& caps) {
    const size_t begin = c.pos();
    size_t end = begin;
    caps = true;
    for (int words = 0; words < 4; ++words) {
        const size_t at = c.pos();
        bool word_caps = false;
        if (!read_name_word(c, word_caps)) {
            c.seek(at);
            break;
        }
        caps = caps && word_caps;
        end = c.pos();
        if (c.peek() != ' ' || !is_upper(c.peek(1))) break;
        c.advance(1);
    }
    c.seek(end);
    return end > begin ? Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)} : Span{};
}

bool read_month_day(Cursor& c) {
    // "Aug. 30", "September 27.", "June 22", "10th June 2016", "18 January 1999"
    const size_t at = c.pos();
    bool caps = false;
    if (is_digit(c.peek())) {
        while (is_digit(c.peek())) c.advance(1);
        if (c.starts("st") || c.starts("nd") || c.starts("rd") || c.starts("th")) c.advance(2);
        c.skip_spaces();
        if (!read_name_word(c, caps)) return c.seek(at), false;
    } else {
        if (!read_name_word(c, caps)) return c.seek(at), false;
        if (c.peek() == '.') c.advance(1);
        c.skip_spaces();
        if (!is_digit(c.peek())) return c.seek(at), false;
        while (is_digit(c.peek())) c.advance(1);
    }
    const size_t after_day = c.pos();
    c.skip_spaces();
    if (is_digit(c.peek())) {
        while (is_digit(c.peek())) c.advance(1);
    } else {
        c.seek(after_day);
    }
    if (c.peek() == '.' || c.peek() == ',') c.advance(1);
    return true;
}

bool read_agency(Cursor& c) {
    // "(AP)", "(Reuters)", "(Deutsche Presse-Agentur)", "/TASS/."
    const char open = c.peek();
    if (open != '(' && open != '/') return false;
    const char close = open == '(' ? ')' : '/';
    const size_t at = c.pos();
    c.advance(1);
    size_t n = 0;
    while (!c.done() && c.peek() != close && c.peek() != '\n' && n < 40) c.advance(1), ++n;
    if (c.peek() != close || n == 0) return c.seek(at), false;
    c.advance(1);
    if (close == '/' && c.peek() == '.') c.advance(1);
    return true;
}

bool read_separator(Cursor& c, bool tight) {
    // tight: directly after ")" an unspaced "--" or "-" still separates ("(AP)--Anti-...").
    c.skip_spaces();
    for (std::string_view s : {"--", "\xE2\x80\x94", "\xE2\x80\x93", "_", ":"}) {
        if (c.starts(s)) {
            c.advance(s.size());
            return true;
        }
    }
    if (c.peek() == '-' && (c.peek(1) == ' ' || tight)) {
        c.advance(1);
        return true;
    }
    return false;
}

}  // namespace

Dateline find_dateline(std::string_view text) {
    Dateline d;
    Cursor c(text.substr(0, std::min(text.size(), kMaxDatelineBytes)));
    c.skip_spaces();
    if (c.peek() == '(') {  // "(CNN)Slovak police ...": an agency alone
        if (!read_agency(c)) return d;
        const size_t after = c.pos();
        if (!read_separator(c, true)) c.seek(after);
        c.skip_spaces();
        d.span = Span{0, static_cast<uint32_t>(c.pos())};
        return d;
    }
    bool caps = false;
    d.place = read_name(c, caps);
    if (d.place.empty()) return {};
    bool qualified = false;  // a region, date or agency follows the place
    if (c.peek() == ',') {
        c.advance(1);
        c.skip_spaces();
        const size_t at = c.pos();
        if (read_month_day(c)) {
            qualified = true;
        } else {
            bool region_caps = false;
            Span region = read_name(c, region_caps);
            if (region.empty()) return {};
            d.region = region;
            qualified = true;
            if (c.peek() == ',') {
                c.advance(1);
                c.skip_spaces();
                if (!read_month_day(c)) c.seek(at), d.region = {}, qualified = false;
            }
        }
    }
    c.skip_spaces();
    const bool agency = read_agency(c);
    // After an agency the separator may be missing ("MOSCOW, September 27. /TASS/. The ...").
    const size_t after_agency = c.pos();
    if (!read_separator(c, agency)) {
        if (!agency) return {};
        c.seek(after_agency);
    }
    // A single title-case word before a bare separator ("Analysts - ...") is too weak,
    // but "New Delhi:" or "Prague, 18 January 1999 (RFE/RL) --" are not.
    if (!caps && !qualified && !agency && d.place.size() < 5) return {};
    c.skip_spaces();
    d.span = Span{0, static_cast<uint32_t>(c.pos())};
    return d;
}

}  // namespace sitrep
