#include "context/dates.hpp"

#include <algorithm>

#include "context/token_text.hpp"

namespace sitrep {

Date resolve_weekday(Date anchor, int weekday, bool forward, bool strict) {
    if (forward) {
        int diff = (weekday - anchor.weekday() + 7) % 7;
        if (diff == 0) diff = 7;
        return anchor.plus_days(diff);
    }
    int diff = (anchor.weekday() - weekday + 7) % 7;
    if (diff == 0 && strict) diff = 7;
    return anchor.plus_days(-diff);
}

Date resolve_month_day(Date anchor, int month, int day, bool forward) {
    // Feb 29 may need a few years to find a leap year.
    for (int step = 0; step < 8; ++step) {
        const int year = forward ? anchor.year + step : anchor.year - step;
        const Date candidate{year, month, day};
        if (!candidate.valid()) continue;
        if (forward ? candidate >= anchor : candidate <= anchor) return candidate;
    }
    return Date{};
}

Date shift_months(Date d, int months) {
    const int total = d.year * 12 + (d.month - 1) + months;
    const int year = total >= 0 ? total / 12 : (total - 11) / 12;
    return Date{year, total - year * 12 + 1, 1};
}

namespace {

constexpr int kMaxAgo = 5000;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "7", "07", "7th", "1st", "22nd", "3rd" -> 7, 7, 7, 1, 22, 3; 0 when not a day.
int day_number(std::string_view norm) {
    size_t n = 0;
    while (n < norm.size() && is_digit(norm[n])) ++n;
    if (n == 0 || n > 2) return 0;
    const std::string_view suffix = norm.substr(n);
    if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    const int d = n == 1 ? norm[0] - '0' : (norm[0] - '0') * 10 + (norm[1] - '0');
    return d >= 1 && d <= 31 ? d : 0;
}

// A four-digit year from 1000 to 2999; 0 otherwise.
int year_number(std::string_view norm) {
    if (norm.size() != 4 || norm[0] < '1' || norm[0] > '2') return 0;
    int y = 0;
    for (char c : norm) {
        if (!is_digit(c)) return 0;
        y = y * 10 + (c - '0');
    }
    return y;
}

// Reads `width_min..width_max` digits at text[pos]; -1 when absent.
int read_digits(std::string_view text, size_t& pos, size_t width_min, size_t width_max) {
    size_t n = 0;
    int v = 0;
    while (pos + n < text.size() && n < width_max && is_digit(text[pos + n])) {
        v = v * 10 + (text[pos + n] - '0');
        ++n;
    }
    if (n < width_min || (pos + n < text.size() && is_digit(text[pos + n]))) return -1;
    pos += n;
    return v;
}

struct Period {
    Date date;
    DatePrecision precision;
};

// "last week", "earlier this week": the Monday-to-Sunday week `offset` weeks from the
// story's (this week no later than the story date, or the day before it when `before`),
// as precise as a date can say it: its month when the week lies in one month, else its year.
Period week_period(Date story, int offset, bool before) {
    Date start = story.plus_days(-story.weekday() + 7 * offset);
    Date end = start.plus_days(6);
    if (offset == 0 && story < end) end = story;
    if (offset == 0 && before) {
        end = story.plus_days(-1);
        if (end < start) start = start.plus_days(-7);  // "earlier this week" on a Monday
    }
    if (start.year == end.year && start.month == end.month)
        return {Date{start.year, start.month, 1}, DatePrecision::month};
    return {Date{end.year, 1, 1}, DatePrecision::year};
}

// "over the weekend", "last weekend", "next weekend": the Saturday of the weekend the story
// looks back on (the latest begun by the story date; "last" on a weekend, the one before)
// or, with offset 1 or in a future clause, the next one.
constexpr int kSaturday = 5;
Date weekend_start(Date story, int offset, bool future) {
    if (offset > 0 || future) return resolve_weekday(story, kSaturday, true, false);
    Date saturday = resolve_weekday(story, kSaturday, false, false);
    if (offset < 0 && story.weekday() >= kSaturday) saturday = saturday.plus_days(-7);
    return saturday;
}

// "in January": the latest such month up to the story date, or the next one from it.
Date month_near(Date story, int month, bool forward) {
    Date d{story.year, month, 1};
    if (!forward && month > story.month) d.year -= 1;
    if (forward && month < story.month) d.year += 1;
    return d;
}

Date apply_offset(Date anchor, int offset, DateUnit unit, DateUnit precision) {
    Date d = anchor;
    if (unit == DateUnit::day || unit == DateUnit::week)
        d = anchor.plus_days(unit == DateUnit::week ? 7 * offset : offset);
    else if (unit == DateUnit::month)
        d = shift_months(anchor, offset);
    else
        d = Date{anchor.year + offset, 1, 1};
    if (precision == DateUnit::month) d.day = 1;
    if (precision == DateUnit::year) d = Date{d.year, 1, 1};
    return d;
}

DatePrecision to_precision(DateUnit u) {
    switch (u) {
        case DateUnit::day:
            return DatePrecision::day;
        case DateUnit::month:
            return DatePrecision::month;
        case DateUnit::year:
            return DatePrecision::year;
        case DateUnit::week:
            return DatePrecision::day;  // resolved by week_period
        case DateUnit::weekend:
            return DatePrecision::day;  // its Saturday
    }
    return DatePrecision::day;
}

// "following rebel attacks a day earlier": the preposition opening the noun phrase that
// ends in the date at `first`, when no comma or verb group stands between them. Without
// chunks (no syntax stage) a verb, auxiliary or modal stops the search instead.
constexpr uint32_t kAdjunctReach = 12;
bool verb_group_at(const Document& doc, uint32_t t) {
    if (doc.chunks.empty()) {
        const PartOfSpeech p = doc.tokens[t].pos;
        return p == PartOfSpeech::verb || p == PartOfSpeech::auxiliary || p == PartOfSpeech::modal;
    }
    auto it = std::lower_bound(doc.chunks.begin(), doc.chunks.end(), t,
                               [](const Chunk& c, uint32_t tok) { return c.tokens.last <= tok; });
    return it != doc.chunks.end() && in_range(it->tokens, t) && it->kind == ChunkKind::verb_group;
}

}  // namespace

int32_t DateDetector::adjunct_opener(const Document& doc, uint32_t first, TokenRange sentence) const {
    const uint32_t stop = first > sentence.first + kAdjunctReach ? first - kAdjunctReach : sentence.first;
    for (uint32_t t = first; t-- > stop;) {
        const Token& tok = doc.tokens[t];
        if (tok.kind == TokenKind::punctuation && tok.norm != "'s" && tok.norm != "-") return -1;
        if (lexicon_->is_marker("adjunct", bare_word(tok.norm))) return static_cast<int32_t>(t);
        if (verb_group_at(doc, t)) return -1;
    }
    return -1;
}

bool DateDetector::future_context(const Document& doc, uint32_t token) const {
    const int32_t clause = innermost_clause(doc, token);
    TokenRange range = clause >= 0 ? doc.clauses[static_cast<size_t>(clause)].tokens
                                   : sentence_tokens(doc, doc.tokens[token].sentence);
    range.last = std::min<uint32_t>(range.last, static_cast<uint32_t>(doc.tokens.size()));
    // "The delegations will meet on Monday" and "On Monday, they will meet" are future; in
    // "Russia said Monday it will withdraw" the future is the reported intent, not the day:
    // a marker after the date counts only when no verb comes before the date.
    bool verb_before = false;
    for (uint32_t i = range.first; i < range.last; ++i) {
        const Token& t = doc.tokens[i];
        if (lexicon_->is_marker("future", t.norm)) {
            if (i < token || !verb_before) return true;
        }
        if (i < token && (t.pos == PartOfSpeech::verb || t.pos == PartOfSpeech::auxiliary)) verb_before = true;
    }
    return false;
}

const DateWord* DateDetector::month_part(const Document& doc, uint32_t token) const {
    const Token& t = doc.tokens[token];
    const size_t dash = t.norm.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= t.norm.size()) return nullptr;
    const std::string_view norm = t.norm;
    if (!lexicon_->is_marker("month_part", norm.substr(0, dash))) return nullptr;
    // The month keeps its capital in the text ("mid-January", not "mid-january").
    const size_t at = t.span.begin + dash + 1;
    if (at >= doc.text.size() || doc.text[at] < 'A' || doc.text[at] > 'Z') return nullptr;
    return lexicon_->month(bare_word(norm.substr(dash + 1)));
}

void DateDetector::run(Document& doc) const {
    doc.dates.clear();  // replaces the layer: coding a document twice gives the same dates
    std::vector<bool> used(doc.tokens.size(), false);
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        detect_numeric(doc, s, used);
        detect_sentence(doc, s, used);
    }
    std::sort(doc.dates.begin(), doc.dates.end(),
              [](const DateMention& a, const DateMention& b) { return a.span.begin < b.span.begin; });
}

void DateDetector::detect_numeric(Document& doc, uint32_t sentence, std::vector<bool>& used) const {
    const Span sspan = doc.sentences[sentence].span;
    const std::string_view text = doc.text;
    const size_t end = std::min<size_t>(sspan.end, text.size());
    for (size_t p = sspan.begin; p < end; ++p) {
        if (!is_digit(text[p]) || (p > 0 && is_alnum(text[p - 1]))) continue;
        size_t q = p;
        Date d;
        std::string rule;
        const int first = read_digits(text, q, 1, 4);
        if (first < 0 || q >= end) continue;
        const bool year_first = q - p == 4;
        const char sep = text[q];
        if (sep != '-' && sep != '/' && sep != '.') continue;
        ++q;
        const int second = read_digits(text, q, 1, 2);
        if (second < 0 || q >= end || text[q] != sep) continue;
        ++q;
        if (year_first) {
            if (sep != '-') continue;
            const int third = read_digits(text, q, 1, 2);
            if (third < 0) continue;
            d = Date{first, second, third};
            rule = "numeric date year-month-day";
        } else {
            const int third = read_digits(text, q, 4, 4);
            if (third < 0 || q - p > 10) continue;
            const bool month_first = second > 12 ? true : (first > 12 ? false : options_.month_first);
            d = month_first ? Date{third, first, second} : Date{third, second, first};
            rule = month_first ? "numeric date month/day/year" : "numeric date day/month/year";
        }
        if (!d.valid() || (q < end && is_alnum(text[q]))) continue;
        const uint32_t t0 = token_at(doc, static_cast<uint32_t>(p));
        uint32_t t1 = token_at(doc, static_cast<uint32_t>(q - 1)) + 1;
        t1 = std::min<uint32_t>(t1, static_cast<uint32_t>(doc.tokens.size()));
        if (t0 >= t1) continue;
        bool taken = false;
        for (uint32_t t = t0; t < t1; ++t) taken = taken || used[t];
        if (taken) continue;
        for (uint32_t t = t0; t < t1; ++t) used[t] = true;
        doc.dates.push_back(DateMention{Span{static_cast<uint32_t>(p), static_cast<uint32_t>(q)}, TokenRange{t0, t1},
                                        sentence, d, DatePrecision::day, rule});
        p = q - 1;
    }
}

void DateDetector::detect_sentence(Document& doc, uint32_t sentence, std::vector<bool>& used) const {
    const TokenRange range = sentence_tokens(doc, sentence);
    const auto& tokens = doc.tokens;
    const std::optional<Date> story =
        doc.meta.story_date && doc.meta.story_date->valid() ? doc.meta.story_date : std::nullopt;
    auto word = [&](uint32_t i) { return bare_word(tokens[i].norm); };
    auto free = [&](uint32_t a, uint32_t b) {
        for (uint32_t t = a; t < b; ++t)
            if (used[t]) return false;
        return true;
    };
    auto add = [&](uint32_t a, uint32_t b, Date d, DatePrecision p, std::string rule) {
        if (!d.valid() || !free(a, b)) return false;
        for (uint32_t t = a; t < b; ++t) used[t] = true;
        DateMention m{
            Span{tokens[a].span.begin, tokens[b - 1].span.end}, TokenRange{a, b}, sentence, d, p, std::move(rule)};
        m.bound = a > range.first && lexicon_->is_marker("bound", word(a - 1));
        m.adjunct = adjunct_opener(doc, a, range);
        doc.dates.push_back(std::move(m));
        return true;
    };
    auto lead_before = [&](uint32_t i) { return i > range.first && lexicon_->is_marker("lead", word(i - 1)); };
    // A day of a month ("October 7", "7 October") from token `first`: with the
    // year at token `year_at` when there is one, else the story date's nearest
    // such day (forward in a future context), ending at `end_without_year`.
    auto add_day_of_month = [&](uint32_t first, uint32_t year_at, uint32_t end_without_year, const DateWord& month,
                                int day) {
        const int year = year_at < range.last ? year_number(tokens[year_at].norm) : 0;
        if (year) {
            add(first, year_at + 1, Date{year, month.value, day}, DatePrecision::day, month.rule);
            return;
        }
        if (!story) return;
        const bool forward = future_context(doc, first);
        add(first, end_without_year, resolve_month_day(*story, month.value, day, forward), DatePrecision::day,
            month.rule + (forward ? " (next on or after the story date)" : " (latest on or before the story date)"));
    };

    for (uint32_t i = range.first; i < range.last; ++i) {
        if (used[i]) continue;
        const std::string_view w = word(i);

        // Relative phrases: "last year", "earlier this month".
        if (story) {
            bool matched = false;
            for (const RelativePhrase& phrase : lexicon_->relative_phrases()) {
                const auto n = static_cast<uint32_t>(phrase.words.size());
                if (i + n > range.last) continue;
                bool same = true;
                for (uint32_t k = 0; k < n && same; ++k) same = word(i + k) == phrase.words[k];
                if (!same) continue;
                if (phrase.unit == DateUnit::weekend) {
                    const bool future = phrase.offset == 0 && future_context(doc, i);
                    matched = add(i, i + n, weekend_start(*story, phrase.offset, future), DatePrecision::day,
                                  phrase.rule + " (the weekend's Saturday)");
                } else if (phrase.unit == DateUnit::week) {
                    const Period week =
                        week_period(*story, phrase.offset, lexicon_->is_marker("before", phrase.words.front()));
                    matched = add(i, i + n, week.date, week.precision, phrase.rule + " (the week's month or year)");
                } else {
                    matched = add(i, i + n, apply_offset(*story, phrase.offset, phrase.unit, phrase.precision),
                                  to_precision(phrase.precision), phrase.rule);
                }
                break;
            }
            if (matched) continue;
        }

        // "10 years ago", "three days ago".
        if (story) {
            if (auto number = numbers_->read(doc, i, range.last);
                number && !number->vague && number->end + 1 < range.last) {
                const AgoUnit* unit = lexicon_->ago_unit(word(number->end));
                if (unit && lexicon_->is_marker("ago", word(number->end + 1)) && number->value >= 0 &&
                    number->value <= kMaxAgo) {
                    const int offset = -static_cast<int>(number->value) * unit->size;
                    if (add(i, number->end + 2, apply_offset(*story, offset, unit->unit, unit->precision),
                            to_precision(unit->precision), unit->rule + " (before the story date)"))
                        continue;
                }
            }
        }

        // Weekdays: "on Saturday", "last Friday", "next Monday".
        if (const DateWord* weekday = lexicon_->weekday(w); weekday && tokens[i].capitalized && story) {
            const bool previous = i > range.first && lexicon_->is_marker("previous", word(i - 1));
            const bool next = i > range.first && lexicon_->is_marker("next", word(i - 1));
            const bool forward = next || (!previous && future_context(doc, i));
            const uint32_t first = (previous || next) ? i - 1 : i;
            const Date d = resolve_weekday(*story, weekday->value, forward, previous);
            add(first, i + 1, d, DatePrecision::day,
                weekday->rule + (forward ? " (next after the story date)" : " (latest on or before the story date)"));
            continue;
        }

        // "mid-January", "early-March 2020": a part of a month, written as one word, dates
        // to that month.
        if (const DateWord* month = month_part(doc, i); month) {
            const int year = i + 1 < range.last ? year_number(tokens[i + 1].norm) : 0;
            if (year) {
                add(i, i + 2, Date{year, month->value, 1}, DatePrecision::month, month->rule + " (part of a month)");
            } else if (story) {
                const bool forward = future_context(doc, i);
                add(i, i + 1, month_near(*story, month->value, forward), DatePrecision::month,
                    month->rule + (forward ? " (part of the next such month)" : " (part of the latest such month)"));
            }
            continue;
        }

        // Month first: "October 7", "Jan. 27", "January 27, 2024", "January 2020", "in January".
        if (const DateWord* month = lexicon_->month(w); month && tokens[i].capitalized) {
            uint32_t j = i + 1;
            if (j < range.last && tokens[j].norm == "." && !tokens[j].space_before) ++j;
            const int day = j < range.last ? day_number(tokens[j].norm) : 0;
            if (day) {
                uint32_t k = j + 1;
                if (k < range.last && tokens[k].norm == ",") ++k;
                add_day_of_month(i, k, j + 1, *month, day);
                continue;
            }
            const int year = j < range.last ? year_number(tokens[j].norm) : 0;
            if (year) {
                add(i, j + 1, Date{year, month->value, 1}, DatePrecision::month, month->rule);
                continue;
            }
            if (story && lead_before(i)) {
                const bool forward = future_context(doc, i);
                add(i, i + 1, month_near(*story, month->value, forward), DatePrecision::month,
                    month->rule + (forward ? " (next such month)" : " (latest such month up to the story date)"));
            }
            continue;
        }

        // Day first: "7 October", "27 January 2024", "7th of October".
        if (const int day = day_number(tokens[i].norm); day) {
            uint32_t j = i + 1;
            if (j < range.last && tokens[j].norm == "of") ++j;
            const DateWord* month = j < range.last && tokens[j].capitalized ? lexicon_->month(word(j)) : nullptr;
            if (month) {
                uint32_t k = j + 1;
                if (k < range.last && tokens[k].norm == "." && !tokens[k].space_before) ++k;
                add_day_of_month(i, k, j + 1, *month, day);
                continue;
            }
        }

        // A bare year after a lead word: "in 2014", "since 2003".
        if (const int year = year_number(tokens[i].norm); year && lead_before(i)) {
            add(i, i + 1, Date{year, 1, 1}, DatePrecision::year, "year after a lead word (data/dates/markers.txt)");
        }
    }
}

}  // namespace sitrep
