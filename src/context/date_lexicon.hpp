// The words of date expressions, loaded from data/dates/*.txt: month and
// weekday names, relative phrases ("last year"), "N <unit> ago" units and the
// marker words that steer resolution (future tense, "last", "next").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"

namespace sitrep {

// `week` is a Monday-to-Sunday week; as a precision it means "the week's month when the
// week lies in one month, else its year" (a date cannot name a week). `weekend` is a
// Saturday and Sunday, dated by its Saturday, the day it begins.
enum class DateUnit : uint8_t { day, month, year, week, weekend };

struct DateWord {
    int value = 0;  // month 1..12 or ISO weekday 0..6
    std::string rule;
};

struct RelativePhrase {
    std::vector<std::string> words;
    int offset = 0;
    DateUnit unit = DateUnit::day;
    DateUnit precision = DateUnit::day;
    std::string rule;
};

struct AgoUnit {
    int size = 1;  // base units per word: "week" = 7 days, "decade" = 10 years
    DateUnit unit = DateUnit::day;
    DateUnit precision = DateUnit::day;
    std::string rule;
};

class DateLexicon {
public:
    // Reads one date file; which table it fills follows from the kind its first
    // line names ("#! sitrep months 1", weekdays, relative-dates, ago-units,
    // date-markers). Returns false for a file of another kind.
    bool add_file(std::string_view content, std::string_view path, Diagnostics& diagnostics);

    const DateWord* month(std::string_view word) const { return find(months_, word); }
    const DateWord* weekday(std::string_view word) const { return find(weekdays_, word); }
    const AgoUnit* ago_unit(std::string_view word) const;
    const std::vector<RelativePhrase>& relative_phrases() const { return relative_; }
    bool is_marker(std::string_view role, std::string_view word) const;
    // Whether a story of this outlet (the JSONL "source") on this date is dated by its print
    // edition, the morning after its news (data/dates/print-editions.txt).
    bool print_edition(std::string_view outlet, const Date& story) const;

private:
    static const DateWord* find(const std::unordered_map<std::string, DateWord>& table, std::string_view word);

    std::unordered_map<std::string, DateWord> months_, weekdays_;
    std::unordered_map<std::string, AgoUnit> ago_units_;
    std::vector<RelativePhrase> relative_;                                      // longest first
    std::unordered_map<std::string, std::unordered_set<std::string>> markers_;  // role -> words
};

}  // namespace sitrep
