#include <gtest/gtest.h>

#include "test_support.hpp"

namespace sitrep {
namespace {

using testing::error_count;

Diagnostics load_native(std::string_view text, ActorDictionaryBuilder& b) {
    Diagnostics d;
    b.load_native({"x.actors", text}, d);
    return d;
}

TEST(NativeActors, LoadsEntriesWithNamesAndDatedCodes) {
    ActorDictionaryBuilder b;
    const auto d = load_native(
        "#! sitrep actors 1\n[Mohammad Shia al-Sudani]\nnames: al-Sudani | Mohammed Shia al-Sudani\n"
        "code: IRQGOV 2022-10-27..   # prime minister\ncode: IRQLEG 2010-03-07..2022-10-27\nrole: PM\n",
        b);
    EXPECT_EQ(error_count(d), 0u);
    auto dict = b.compile();
    ASSERT_EQ(dict->entry_count(), 1u);
    EXPECT_EQ(dict->phrase_count(), 3u);
    const ActorEntry& e = dict->entry(0);
    EXPECT_EQ(e.role, "PM");
    EXPECT_EQ(dict->resolve(0, Date{2023, 1, 1}).code->code, "IRQGOV");
    EXPECT_EQ(dict->resolve(0, Date{2015, 1, 1}).code->code, "IRQLEG");
    EXPECT_EQ(dict->resolve(0, Date{2023, 1, 1}).code->origin.line, 4u);
}

TEST(NativeActors, ReportsUnknownKeyWithFileAndLine) {
    ActorDictionaryBuilder b;
    const auto d = load_native("#! sitrep actors 1\n[Iraq]\ncolour: green\ncode: IRQ\n", b);
    ASSERT_EQ(error_count(d), 1u);
    EXPECT_EQ(d[0].format().substr(0, 11), "x.actors:3:");
    EXPECT_EQ(b.compile()->entry_count(), 1u);  // the rest of the entry still loads
}

TEST(NativeActors, ReportsBadDateAndSkipsTheEntry) {
    ActorDictionaryBuilder b;
    const auto d = load_native("#! sitrep actors 1\n[A]\ncode: IRQ 2022-13-01..\n[B]\ncode: USA\n", b);
    ASSERT_EQ(error_count(d), 1u);
    EXPECT_EQ(d[0].line, 3u);
    EXPECT_EQ(b.compile()->entry_count(), 1u);
}

TEST(NativeActors, ReportsBadCode) {
    ActorDictionaryBuilder b;
    const auto d = load_native("#! sitrep actors 1\n[A]\ncode: IRQGO\n", b);
    ASSERT_EQ(error_count(d), 1u);
    EXPECT_EQ(d[0].line, 3u);
    EXPECT_EQ(d[0].code, DiagnosticCode::bad_actor_code);
}

TEST(NativeActors, ReportsMalformedLine) {
    ActorDictionaryBuilder b;
    const auto d = load_native("#! sitrep actors 1\n[A]\njust words\ncode: IRQ\n", b);
    ASSERT_EQ(error_count(d), 1u);
    EXPECT_EQ(d[0].line, 3u);
}

TEST(NativeActors, ReportsEntryWithoutCode) {
    ActorDictionaryBuilder b;
    const auto d = load_native("#! sitrep actors 1\n[A]\nnames: a\n", b);
    ASSERT_EQ(error_count(d), 1u);
    EXPECT_EQ(d[0].line, 2u);
}

TEST(NativeActors, ReportsEmptyRange) {
    ActorDictionaryBuilder b;
    const auto d = load_native("#! sitrep actors 1\n[A]\ncode: IRQ 2022-01-01..2021-01-01\n", b);
    EXPECT_EQ(error_count(d), 1u);
}

TEST(NativeAgents, ReadsRoleCodePlacementAndAffixes) {
    ActorDictionaryBuilder b;
    const auto d = load_native(
        "#! sitrep agents 1\n[military]\nnames: troops | forces\ncode: MIL\n"
        "[rights group]\nnames: rights group\ncode: NGO~\n[proxies]\naffix: -allied | backed\ncode: UAF\n",
        b);
    EXPECT_EQ(error_count(d), 0u);
    auto dict = b.compile();
    ASSERT_EQ(dict->entry_count(), 3u);
    EXPECT_EQ(dict->entry(0).kind, EntryKind::agent);
    EXPECT_EQ(dict->entry(1).placement, AgentPlacement::prefix);
    ASSERT_NE(dict->affix_entries("allied"), nullptr);
    ASSERT_NE(dict->affix_entries("backed"), nullptr);
    EXPECT_EQ(dict->affix_entries("led"), nullptr);
}

TEST(ActorFileFormat, RecognisesEachFormat) {
    EXPECT_EQ(detect_actor_file_format("#! sitrep actors 1\n"), ActorFileFormat::native_actors);
    EXPECT_EQ(detect_actor_file_format("\n#! sitrep agents 1\n"), ActorFileFormat::native_agents);
    EXPECT_EQ(detect_actor_file_format("# c\nIRAQ [IRQ]\n"), ActorFileFormat::petrarch_actors);
    EXPECT_EQ(detect_actor_file_format("SOLDIER [~MIL]\n"), ActorFileFormat::petrarch_agents);
    EXPECT_EQ(detect_actor_file_format("--- ATTACK [190] ---\n"), ActorFileFormat::verbs);
    EXPECT_EQ(detect_actor_file_format("hello\n"), ActorFileFormat::unknown);
}

}  // namespace
}  // namespace sitrep
