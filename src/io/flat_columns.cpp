#include "io/flat_columns.hpp"

#include <cstdio>

namespace sitrep::io {

std::string flat_number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string flat_number(const std::optional<double>& v) {
    return v ? flat_number(*v) : std::string();
}

// Each control character's bytes become spaces, so fields stay on one line,
// spreadsheets and terminals see no escape sequences, and byte offsets within
// the text still line up.
std::string without_controls(std::string_view v) {
    std::string out(v);
    for (size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c < 0x20 || c == 0x7F) {
            out[i] = ' ';
        } else if (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(out[i + 1]) <= 0x9F) {
            out[i] = out[i + 1] = ' ';
            ++i;
        } else if (c == 0xE2 && i + 2 < out.size() && out[i + 1] == '\x80' &&
                   (out[i + 2] == '\xA8' || out[i + 2] == '\xA9')) {
            out[i] = out[i + 1] = out[i + 2] = ' ';
            i += 2;
        }
    }
    return out;
}

}  // namespace sitrep::io
