// Civil-calendar arithmetic (Howard Hinnant's days-from-civil algorithm).
#include "core/date.hpp"

#include <charconv>
#include <cstdio>

namespace sitrep {

namespace {
bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int days_in_month(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}
}  // namespace

bool Date::valid() const {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

int64_t Date::days_since_epoch() const {
    int64_t y = year - (month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t mp = (month + 9) % 12;
    const int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_days_since_epoch(int64_t z) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return Date{y, m, d};
}

int Date::weekday() const {
    // 1970-01-01 was a Thursday (ISO index 3).
    const int64_t w = (days_since_epoch() + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<Date> Date::parse_iso(std::string_view s) {
    auto number = [](std::string_view part, int& out) {
        if (part.empty()) return false;
        for (char c : part)
            if (c < '0' || c > '9') return false;
        auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
        return ec == std::errc() && p == part.data() + part.size();
    };
    Date d;
    if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        if (!number(s.substr(0, 4), d.year) || !number(s.substr(5, 2), d.month) || !number(s.substr(8, 2), d.day))
            return std::nullopt;
    } else if (s.size() == 8) {
        if (!number(s.substr(0, 4), d.year) || !number(s.substr(4, 2), d.month) || !number(s.substr(6, 2), d.day))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!d.valid()) return std::nullopt;
    return d;
}

}  // namespace sitrep
