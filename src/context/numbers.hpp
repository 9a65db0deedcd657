// Reads a number written in digits ("2,500", "1.5 million") or words
// ("three", "twenty-five", "a dozen", "dozens") starting at a token. The words
// come from data/context/numbers.txt.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/diagnostic.hpp"
#include "core/document.hpp"

namespace sitrep {

struct NumberRead {
    double value = 0;
    double value_max = 0;
    bool vague = false;  // a range word such as "dozens"
    uint32_t end = 0;    // one past the last token read
    std::string rule;    // file:line of the word, "" for digits
};

class NumberWords {
public:
    static NumberWords load(std::string_view content, std::string_view path, Diagnostics& diagnostics);

    // Reads a number beginning at token `first`, not reading at or past `limit`.
    std::optional<NumberRead> read(const Document& doc, uint32_t first, uint32_t limit) const;

private:
    enum class Role : uint8_t { number, multiplier, vague };
    struct Word {
        double min = 0, max = 0;
        Role role = Role::number;
        std::string rule;
    };
    const Word* find(std::string_view word) const;
    std::optional<NumberRead> read_words(const Document& doc, uint32_t first, uint32_t limit) const;

    std::unordered_map<std::string, Word> words_;
};

// Parses "2500", "2,500", "1.5" (no sign, no exponent); nullopt otherwise.
std::optional<double> parse_decimal(std::string_view s);

}  // namespace sitrep
