// CAMEO actor codes with the dates they hold for, and the date notations of the
// dictionary formats (native ISO ranges, PETRARCH YYMMDD / YYYYMMDD restrictions).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/source_ref.hpp"

namespace sitrep {

// A code valid over [from, until); an absent bound is open. Neither bound: the
// entry's default code, used only when no dated code covers the date.
struct DatedCode {
    std::string code;  // "IRQGOV"; empty for a null code ("---": not an actor)
    std::optional<Date> from;
    std::optional<Date> until;
    SourceRef origin;  // the line that gave this code

    bool is_default() const { return !from && !until; }
    bool covers(const Date& d) const { return (!from || *from <= d) && (!until || d < *until); }
};

// CAMEO codes are groups of three letters or digits: "USA", "IRQGOV", "NGOCHRPRO999".
bool is_valid_actor_code(std::string_view code);

// A PETRARCH date: YYMMDD (YY 00-30 is 20YY, else 19YY) or YYYYMMDD.
std::optional<Date> parse_petrarch_date(std::string_view digits);

}  // namespace sitrep
