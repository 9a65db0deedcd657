#include "io/record_fields.hpp"

#include <gtest/gtest.h>

namespace sitrep::io {
namespace {

// The fast parser must agree with the full one wherever it answers.
void expect_same_as_full_parser(const std::string& line) {
    RecordFields fast, full;
    std::string error;
    if (!parse_flat_record(line, fast)) return;
    ASSERT_TRUE(parse_record_json(line, full, error)) << line << ": " << error;
    for (auto key : {"id", "date", "url", "source", "title", "text"}) {
        EXPECT_EQ(fast.find(key)->type, full.find(key)->type) << line << " field " << key;
        EXPECT_EQ(fast.find(key)->value, full.find(key)->value) << line << " field " << key;
    }
}

TEST(FlatRecordParser, ReadsStringFieldsAndSkipsOthers) {
    RecordFields f;
    ASSERT_TRUE(parse_flat_record(R"( {"id":"a", "extra": 1.5, "flag": true, "text":"Talks." , "url":null} )", f));
    EXPECT_EQ(f.id.value, "a");
    EXPECT_EQ(f.text.value, "Talks.");
    EXPECT_EQ(f.url.type, RecordField::Type::null);
    EXPECT_EQ(f.title.type, RecordField::Type::absent);
}

TEST(FlatRecordParser, DecodesEscapesAndSurrogatePairs) {
    RecordFields f;
    ASSERT_TRUE(parse_flat_record(R"({"text":"a\"b\\c\/d\n\t\u00e9\ud83d\ude00"})", f));
    EXPECT_EQ(f.text.value, "a\"b\\c/d\n\t\xC3\xA9\xF0\x9F\x98\x80");
}

TEST(FlatRecordParser, KeepsDigitsOfAnIntegerId) {
    RecordFields f;
    ASSERT_TRUE(parse_flat_record(R"({"id":12345,"text":"x"})", f));
    EXPECT_EQ(f.id.type, RecordField::Type::integer);
    EXPECT_EQ(f.id.value, "12345");
}

TEST(FlatRecordParser, LeavesNestedAndMalformedInputToTheFullParser) {
    RecordFields f;
    EXPECT_FALSE(parse_flat_record(R"({"meta":{"a":1},"text":"x"})", f));
    EXPECT_FALSE(parse_flat_record(R"({"text":"x",})", f));
    EXPECT_FALSE(parse_flat_record(R"({"text":"x"} trailing)", f));
    EXPECT_FALSE(parse_flat_record(R"({"text":"\ud800"})", f));
    EXPECT_FALSE(parse_flat_record("{\"text\":\"raw\ttab\"}", f));
    EXPECT_FALSE(parse_flat_record(R"({"text":01})", f));
}

TEST(FullRecordParser, ReportsInvalidJsonAndNonObjects) {
    RecordFields f;
    std::string error;
    EXPECT_FALSE(parse_record_json("{\"text\":", f, error));
    EXPECT_NE(error.find("invalid JSON"), std::string::npos);
    EXPECT_FALSE(parse_record_json("[1]", f, error));
    EXPECT_NE(error.find("array"), std::string::npos);
    ASSERT_TRUE(parse_record_json(R"({"meta":{"a":1},"text":"x","id":-4})", f, error));
    EXPECT_EQ(f.text.value, "x");
    EXPECT_EQ(f.id.value, "-4");
}

// Issue 13 item 16: "1e400" in a field sitrep does not read no longer rejects
// a flat record (the fast parser never converts it), nor a nested one (the
// full parser reads such numbers again as 0.0; docs/RELIABILITY.md).
TEST(FlatRecordParser, NumberOverflowInAnUnreadFieldKeepsTheRecord) {
    RecordFields f;
    std::string error;
    ASSERT_TRUE(parse_flat_record(R"({"n":5e888888888,"text":"x","m":-1E+400})", f));
    EXPECT_EQ(f.text.value, "x");
    ASSERT_TRUE(parse_record_json(R"({"n":{"v":[5e888888888]},"text":"x 1e400","id":12})", f, error)) << error;
    EXPECT_EQ(f.text.value, "x 1e400");
    EXPECT_EQ(f.id.value, "12");
    EXPECT_FALSE(parse_record_json(R"({"n":[1e400,],"text":"x"})", f, error));  // still invalid JSON
}

// Issue 13 item 16: an integer id of any length is an id, as a short one is.
TEST(FlatRecordParser, ALongIntegerIdIsKeptAsWritten) {
    RecordFields f;
    ASSERT_TRUE(parse_flat_record(R"({"id":123456789012345678901234567890,"text":"x"})", f));
    EXPECT_EQ(f.id.type, RecordField::Type::integer);
    EXPECT_EQ(f.id.value, "123456789012345678901234567890");
}

TEST(FlatRecordParser, AgreesWithFullParser) {
    for (const std::string line : {
             R"({"id":"a","text":"b"})",
             R"({"text":"x","text":"y"})",
             R"({"id":0,"text":""})",
             R"({"id":123456789012345678,"text":"t"})",
             R"({"text":false})",
             R"({"text":1.0})",
             R"({"date":"2024-01-01","title":"\u0041\u00DF","text":"\\u"})",
             R"({})",
             R"({"":"","text":"e"})",
             R"({"text":"x","n":-0.5e-7})",
         })
        expect_same_as_full_parser(line);
}

}  // namespace
}  // namespace sitrep::io
