// The UTF-8 floor (core/utf8.hpp): one encoder, one repair shared by the readers
// and the token normaliser.
#include <gtest/gtest.h>

#include <string>

#include "core/string_hash.hpp"
#include "core/text_lines.hpp"
#include "core/utf8.hpp"
#include "text/normalize.hpp"

namespace sitrep {
namespace {

std::string encoded(char32_t cp) {
    std::string out;
    append_utf8(out, cp);
    return out;
}

TEST(Utf8, EncodesEveryLength) {
    EXPECT_EQ(encoded(U'A'), "A");
    EXPECT_EQ(encoded(0xE9), "\xC3\xA9");
    EXPECT_EQ(encoded(0x20AC), "\xE2\x82\xAC");
    EXPECT_EQ(encoded(0x1F600), "\xF0\x9F\x98\x80");
    EXPECT_EQ(encoded(0x110000), "");  // beyond Unicode: nothing
}

TEST(Utf8, RepairReplacesEachMaximalIllFormedSubpartOnce) {
    std::string text = "a\xE2\x82 b\xFF";
    const Utf8Repair r = repair_utf8(text);
    EXPECT_EQ(text, "a\xEF\xBF\xBD b\xEF\xBF\xBD");
    EXPECT_EQ(r.bad_bytes, 3u);
    EXPECT_EQ(r.replacements, 2u);
    EXPECT_EQ(r.first_bad_offset, 1u);
}

TEST(Utf8, NormaliserRepairsAsTheReadersDo) {
    // A truncated character is one U+FFFD in the repaired text, so it must be one
    // in a phrase's norm too, or the phrase would not meet the text.
    std::string repaired = "a\xE2\x82";
    repair_utf8(repaired);
    EXPECT_EQ(normalize_token("a\xE2\x82"), normalize_token(repaired));
}

TEST(Strings, TrimAndTransparentLookup) {
    EXPECT_EQ(trim(" \t word \r"), "word");
    StringMap<int> map{{"iraq", 1}};
    EXPECT_EQ(map.find(std::string_view("iraq"))->second, 1);
    StringSet set{"iran"};
    EXPECT_TRUE(set.contains(std::string_view("iran")));
}

}  // namespace
}  // namespace sitrep
