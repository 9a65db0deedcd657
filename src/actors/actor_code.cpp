#include "actors/actor_code.hpp"

namespace sitrep {

bool is_valid_actor_code(std::string_view code) {
    if (code.empty() || code.size() % 3 != 0) return false;
    for (char c : code) {
        const bool upper = c >= 'A' && c <= 'Z';
        const bool digit = c >= '0' && c <= '9';
        if (!upper && !digit) return false;
    }
    return true;
}

std::optional<Date> parse_petrarch_date(std::string_view digits) {
    for (char c : digits)
        if (c < '0' || c > '9') return std::nullopt;
    if (digits.size() == 8) return Date::parse_iso(digits);
    if (digits.size() != 6) return std::nullopt;
    // Two-digit years: the PETRARCH dictionaries cover 1930s rulers and current
    // ones, so 00-30 is read as this century and the rest as the last.
    const int yy = (digits[0] - '0') * 10 + (digits[1] - '0');
    const int year = yy <= 30 ? 2000 + yy : 1900 + yy;
    Date d{year, (digits[2] - '0') * 10 + (digits[3] - '0'), (digits[4] - '0') * 10 + (digits[5] - '0')};
    if (!d.valid()) return std::nullopt;
    return d;
}

}  // namespace sitrep
