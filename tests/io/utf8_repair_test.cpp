#include "io/utf8_repair.hpp"

#include <gtest/gtest.h>

namespace sitrep::io {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(Utf8Repair, LeavesValidTextUntouched) {
    std::string text = "Ankara \xC3\xA9t\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80";
    const std::string before = text;
    const Utf8Repair r = repair_utf8(text);
    EXPECT_EQ(r.bad_bytes, 0u);
    EXPECT_EQ(text, before);
}

TEST(Utf8Repair, ReplacesLoneContinuationByte) {
    std::string text =
        "a\x80"
        "b";
    const Utf8Repair r = repair_utf8(text);
    EXPECT_EQ(text, "a" + kFffd + "b");
    EXPECT_EQ(r.bad_bytes, 1u);
    EXPECT_EQ(r.first_bad_offset, 1u);
}

TEST(Utf8Repair, ReplacesTruncatedSequenceWithOneCharacter) {
    std::string text =
        "x\xE2\x82"
        "y";  // first two bytes of the euro sign, then ASCII
    const Utf8Repair r = repair_utf8(text);
    EXPECT_EQ(text, "x" + kFffd + "y");
    EXPECT_EQ(r.bad_bytes, 2u);
    EXPECT_EQ(r.replacements, 1u);
}

TEST(Utf8Repair, RejectsOverlongEncoding) {
    std::string text = "\xC0\xAF";  // overlong "/"
    repair_utf8(text);
    EXPECT_EQ(text, kFffd + kFffd);
}

TEST(Utf8Repair, RejectsEncodedSurrogate) {
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
}

TEST(Utf8Repair, RejectsCodePointsAboveUnicodeRange) {
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
    EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));
}

TEST(Utf8Repair, ReplacesTruncatedSequenceAtEndOfText) {
    std::string text = "end\xF0\x9F\x98";
    const Utf8Repair r = repair_utf8(text);
    EXPECT_EQ(text, "end" + kFffd);
    EXPECT_EQ(r.bad_bytes, 3u);
}

TEST(Utf8Repair, RepairedTextIsAlwaysValid) {
    std::string text;
    for (int b = 0; b < 256; ++b) text += static_cast<char>(b);
    text += "\xE0\x80\x80\xF5\xFF\xC2";
    repair_utf8(text);
    EXPECT_TRUE(is_valid_utf8(text));
}

}  // namespace
}  // namespace sitrep::io
