// Calendar dates as used for story dates, event dates and date-bounded
// dictionary codes. Civil (proleptic Gregorian) calendar, no time of day.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep {

struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31

    bool valid() const;
    // Days since 1970-01-01 (negative before). Lets callers add and compare.
    int64_t days_since_epoch() const;
    static Date from_days_since_epoch(int64_t days);
    // 0 = Monday ... 6 = Sunday (ISO 8601).
    int weekday() const;
    Date plus_days(int64_t n) const { return from_days_since_epoch(days_since_epoch() + n); }
    std::string iso() const;  // "YYYY-MM-DD"
    // Accepts "YYYY-MM-DD" and "YYYYMMDD"; nullopt when malformed or impossible.
    static std::optional<Date> parse_iso(std::string_view s);

    friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

}  // namespace sitrep
