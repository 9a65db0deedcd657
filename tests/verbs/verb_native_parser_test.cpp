// The native `.verbs` reader and the CAMEO table, on fixtures written here and
// on the built-in data/ files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support/diagnostics.hpp"
#include "events/cameo_table.hpp"
#include "events/verb_dictionary_builder.hpp"
#include "events/verb_native_parser.hpp"

namespace sitrep {
namespace {

using testing::dump;
using testing::errors;

constexpr std::string_view kCameo = R"(#! sitrep cameo 1
# code | root | goldstein | quad | plover | name
02 | 02 | 3.0 | 1 | REQUEST | Appeal
021 | 02 | 3.4 | 1 | REQUEST | Appeal for material cooperation
04 | 04 | 1.0 | 1 | CONSULT | Consult
040 | 04 | 1.0 | 1 | CONSULT | Consult, not specified
042 | 04 | 1.9 | 1 | CONSULT | Make a visit
043 | 04 | 2.8 | 1 | CONSULT | Host a visit
19 | 19 | -10.0 | 4 | ASSAULT | Fight
190 | 19 | -10.0 | 4 | ASSAULT | Use conventional military force
)";

constexpr std::string_view kVerbs = R"(#! sitrep verbs 1
&TALKS = talks | negotiations
  | peace talks
&MEETING = meeting | &TALKS
verb attack = 190
verb hold (holds, held, holding) = ---
  040: * &TALKS with TARGET     # pattern
  040: SOURCE * &MEETING
verb carry out (carries out, carried out, carrying out) = ---
  190: * attack on TARGET
verb visit = 042:043
noun air strike (air strikes) = 190
)";

VerbDictionary compile(std::string_view text, Diagnostics& diags, const CameoTable* cameo = nullptr) {
    VerbDictionaryBuilder builder;
    read_native_verbs({"fixture.verbs", text}, builder, diags, cameo);
    return builder.build(diags);
}

TEST(CameoTable, ReadsCodesWithTheirNumbers) {
    Diagnostics diags;
    auto table = CameoTable::parse({"cameo.txt", kCameo}, diags);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    EXPECT_EQ(table.size(), 8u);
    const CameoEventInfo* info = table.find("190");
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->root, "19");
    EXPECT_DOUBLE_EQ(info->goldstein, -10.0);
    EXPECT_EQ(info->quad, 4);
    EXPECT_EQ(info->plover, "ASSAULT");
    EXPECT_EQ(info->origin.line, 10u);
}

TEST(CameoTable, LookupFallsBackToParentCode) {
    Diagnostics diags;
    auto table = CameoTable::parse({"cameo.txt", kCameo}, diags);
    EXPECT_EQ(table.find("0211"), nullptr);
    ASSERT_NE(table.lookup("0211"), nullptr);
    EXPECT_EQ(table.lookup("0211")->code, "021");
    ASSERT_NE(table.lookup("0299"), nullptr);
    EXPECT_EQ(table.lookup("0299")->code, "02");
    ASSERT_NE(table.lookup("040A"), nullptr);
    EXPECT_EQ(table.lookup("040A")->code, "040");
    EXPECT_EQ(table.lookup("99"), nullptr);
}

TEST(CameoTable, BadLineNamesFileAndLineAndRestLoads) {
    Diagnostics diags;
    auto table = CameoTable::parse(
        {"c.txt", "#! sitrep cameo 1\n040 | 04 | 1.0 | 9 | CONSULT | x\n041 | 04 | 1 | 1 | CONSULT | y\n"}, diags);
    ASSERT_EQ(errors(diags), 1u);
    EXPECT_EQ(diags[0].line, 2u);
    EXPECT_TRUE(table.contains("041"));
}

TEST(CameoTable, RootMustPrefixCode) {
    Diagnostics diags;
    CameoTable::parse({"c.txt", "#! sitrep cameo 1\n040 | 05 | 1.0 | 1 | CONSULT | x\n"}, diags);
    EXPECT_EQ(errors(diags), 1u);
}

TEST(NativeVerbReader, ReadsFixtureWithoutErrors) {
    Diagnostics diags;
    auto dict = compile(kVerbs, diags);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    EXPECT_EQ(dict.blocks().size(), 5u);
    EXPECT_EQ(dict.patterns().size(), 3u);
}

TEST(NativeVerbReader, GeneratesRegularFormsWithConsonantDoubling) {
    Diagnostics diags;
    auto dict =
        compile("#! sitrep verbs 1\nverb stop = 190\nverb plan = 030\nverb commit = 030\nverb try = 030\n", diags);
    for (const char* w :
         {"stopped", "stopping", "stops", "planned", "committed", "committing", "tries", "tried", "trying"})
        EXPECT_FALSE(dict.forms_of(w).empty()) << w;
}

TEST(NativeVerbReader, PhrasalVerbKeepsParticleAndMayBeSplit) {
    Diagnostics diags;
    auto dict = compile(kVerbs, diags);
    auto refs = dict.forms_of("carried");
    ASSERT_FALSE(refs.empty());
    const auto& form = dict.entries()[refs[0].entry].forms[refs[0].form];
    EXPECT_EQ(form.words, (std::vector<std::string>{"carried", "out"}));
    EXPECT_FALSE(form.consecutive);
}

TEST(NativeVerbReader, NounCarriesEventAndPlural) {
    Diagnostics diags;
    auto dict = compile(kVerbs, diags);
    auto refs = dict.forms_of("air");
    ASSERT_FALSE(refs.empty());
    const VerbEntry& e = dict.entries()[refs[0].entry];
    EXPECT_EQ(e.kind, VerbEntryKind::noun);
    EXPECT_EQ(e.code.primary, "190");
    bool plural = false;
    for (const auto& f : e.forms) plural |= f.words == std::vector<std::string>{"air", "strikes"};
    EXPECT_TRUE(plural);
}

TEST(NativeVerbReader, PatternSlotsGroupsAndOrigin) {
    Diagnostics diags;
    auto dict = compile(kVerbs, diags);
    const VerbPattern& p = dict.patterns()[0];
    EXPECT_EQ(p.origin.line, 7u);
    EXPECT_EQ(p.code.primary, "040");
    ASSERT_EQ(p.after.size(), 3u);
    EXPECT_EQ(p.after[0].kind, PatternElementKind::group);
    EXPECT_EQ(p.after[1].word, "with");
    EXPECT_EQ(p.after[2].kind, PatternElementKind::target);
    const VerbPattern& q = dict.patterns()[1];
    ASSERT_EQ(q.before.size(), 1u);
    EXPECT_EQ(q.before[0].kind, PatternElementKind::source);
}

TEST(NativeVerbReader, ContinuationLinesAndNestedGroupsExpand) {
    Diagnostics diags;
    auto dict = compile(kVerbs, diags);
    const int32_t meeting = dict.find_group("MEETING");
    ASSERT_GE(meeting, 0);
    const auto& m = dict.groups()[static_cast<size_t>(meeting)].expanded;
    EXPECT_NE(std::find(m.begin(), m.end(), std::vector<std::string>{"peace", "talks"}), m.end());
    EXPECT_NE(std::find(m.begin(), m.end(), std::vector<std::string>{"meetings"}), m.end());
}

TEST(NativeVerbReader, PairedCodeGivesReversedEvent) {
    Diagnostics diags;
    auto dict = compile(kVerbs, diags);
    auto refs = dict.forms_of("visited");
    ASSERT_FALSE(refs.empty());
    const VerbEntry& e = dict.entries()[refs[0].entry];
    EXPECT_EQ(e.code.primary, "042");
    EXPECT_EQ(e.code.reversed, "043");
}

TEST(NativeVerbReader, NullCodeMeansNoDefaultEvent) {
    Diagnostics diags;
    auto dict = compile(kVerbs, diags);
    auto refs = dict.forms_of("held");
    ASSERT_FALSE(refs.empty());
    EXPECT_FALSE(dict.entries()[refs[0].entry].has_code);
}

TEST(NativeVerbReader, UnknownCameoCodeIsReportedWithFileAndLine) {
    Diagnostics diags;
    auto table = CameoTable::parse({"cameo.txt", kCameo}, diags);
    diags.clear();
    compile("#! sitrep verbs 1\nverb attack = 190\n  999: * TARGET\n", diags, &table);
    ASSERT_EQ(errors(diags), 1u) << dump(diags);
    EXPECT_EQ(diags[0].file, "fixture.verbs");
    EXPECT_EQ(diags[0].line, 3u);
    EXPECT_EQ(diags[0].code, DiagnosticCode::unknown_code);
}

TEST(NativeVerbReader, BadLinesAreReportedAndSkipped) {
    Diagnostics diags;
    auto dict = compile("#! sitrep verbs 1\nverb attack 190\nverb hit = 190\n  040 * TARGET\nfoo bar\n", diags);
    EXPECT_EQ(errors(diags), 3u) << dump(diags);
    EXPECT_FALSE(dict.forms_of("hit").empty());
}

TEST(NativeVerbReader, PatternWithoutVerbMarkerIsRejected) {
    Diagnostics diags;
    auto dict = compile("#! sitrep verbs 1\nverb hit = 190\n  190: SOURCE TARGET\n", diags);
    EXPECT_EQ(errors(diags), 1u);
    EXPECT_TRUE(dict.patterns().empty());
}

TEST(NativeVerbReader, MissingTagIsAnError) {
    Diagnostics diags;
    compile("verb hit = 190\n", diags);
    EXPECT_EQ(errors(diags), 1u);
}

// The built-in data/ files: every verbs file loads cleanly and uses only codes
// of the built-in CAMEO table.
std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(NativeVerbReader, BuiltinVerbFilesLoadWithKnownCodes) {
    const std::filesystem::path root = SITREP_SOURCE_DIR;
    const auto cameo_path = root / "data/cameo/event-codes.txt";
    ASSERT_TRUE(std::filesystem::exists(cameo_path));
    Diagnostics diags;
    auto table = CameoTable::parse({"data/cameo/event-codes.txt", read_file(cameo_path)}, diags);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    EXPECT_GT(table.size(), 250u);
    VerbDictionaryBuilder builder;
    size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(root / "data/verbs")) {
        if (entry.path().extension() != ".verbs") continue;
        ++files;
        read_native_verbs({"data/verbs/" + entry.path().filename().string(), read_file(entry.path())}, builder, diags,
                          &table);
    }
    EXPECT_GT(files, 0u);
    auto dict = builder.build(diags);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    EXPECT_FALSE(dict.empty());
}

}  // namespace
}  // namespace sitrep
