// Wire-copy phrasings of the CAMEO categories as data: each line of
// tests/verbs/wire_phrasing_cases.txt is a sentence written for sitrep and the
// event the built-in dictionaries must (or, after '!', must not) code from it.
// Adding a verb pattern, a noun event or an actor means adding its sentence
// there; a case fails when the entry it needs goes missing.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "../support/pipeline.hpp"
#include "core/text_lines.hpp"

namespace sitrep {
namespace {

struct WireCase {
    int line = 0;
    Date date{};
    bool negative = false;
    std::string source, cameo, target, text;
};

// "-" in an expectation means any code (an empty prefix).
std::string prefix(std::string_view field) {
    return field == "-" ? std::string() : std::string(field);
}

std::vector<WireCase> load_cases() {
    std::ifstream in(std::string(SITREP_SOURCE_DIR) + "/tests/verbs/wire_phrasing_cases.txt", std::ios::binary);
    if (!in) ADD_FAILURE() << "tests/verbs/wire_phrasing_cases.txt is missing";
    std::vector<WireCase> cases;
    std::string raw;
    int number = 0;
    while (std::getline(in, raw)) {
        ++number;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        // DATE | [!]SRC CAMEO TGT | sentence
        const size_t bar1 = line.find('|'), bar2 = line.find('|', bar1 + 1);
        if (bar1 == std::string_view::npos || bar2 == std::string_view::npos) {
            ADD_FAILURE() << "wire_phrasing_cases.txt:" << number << ": want DATE | SRC CAMEO TGT | sentence";
            continue;
        }
        WireCase c;
        c.line = number;
        const std::string date(trim(line.substr(0, bar1)));
        if (std::sscanf(date.c_str(), "%d-%d-%d", &c.date.year, &c.date.month, &c.date.day) != 3)
            ADD_FAILURE() << "wire_phrasing_cases.txt:" << number << ": bad date " << date;
        std::string_view expect = trim(line.substr(bar1 + 1, bar2 - bar1 - 1));
        if (expect.starts_with('!')) {
            c.negative = true;
            expect.remove_prefix(1);
        }
        std::istringstream fields{std::string(expect)};
        std::string s, e, t;
        if (!(fields >> s >> e >> t)) ADD_FAILURE() << "wire_phrasing_cases.txt:" << number << ": want SRC CAMEO TGT";
        c.source = prefix(s), c.cameo = prefix(e), c.target = prefix(t);
        c.text = std::string(trim(line.substr(bar2 + 1)));
        cases.push_back(std::move(c));
    }
    return cases;
}

TEST(WirePhrasing, EveryCaseCodesItsEvent) {
    const auto cases = load_cases();
    ASSERT_FALSE(cases.empty());
    for (const WireCase& c : cases) {
        SCOPED_TRACE("wire_phrasing_cases.txt:" + std::to_string(c.line));
        if (c.negative) {
            const auto events = testing::triples(testing::coded(c.text, std::nullopt, c.date));
            EXPECT_FALSE(testing::has_triple(events, c.source, c.cameo, c.target))
                << "'" << c.text << "' must not code " << c.source << " " << c.cameo << " " << c.target;
        } else {
            EXPECT_TRUE(testing::codes_triple(c.text, c.date, c.source, c.cameo, c.target));
        }
    }
}

}  // namespace
}  // namespace sitrep
