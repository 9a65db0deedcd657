// PETRARCH-2's internal coding ontology and its use by the verb builder.
#include <gtest/gtest.h>

#include "events/cameo_internal_codes.hpp"
#include "events/verb_dictionary_builder.hpp"
#include "events/verb_petrarch_reader.hpp"

namespace sitrep {
namespace {

constexpr std::string_view kTable = R"(# table
010:0x1000#Make Public Statement
011:0x1000-0xFFFF
021:0x2070
121:-0xFFFF+0x0070
---:0
)";

TEST(InternalCodeOntology, MapsHexBackToCameo) {
    Diagnostics diags;
    auto table = InternalCodeOntology::parse({"pico.txt", kTable}, diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(table.size(), 4u);
    ASSERT_TRUE(table.to_cameo("0x2070"));
    EXPECT_EQ(*table.to_cameo("0x2070"), "021");
    EXPECT_EQ(*table.to_cameo("0X2070"), "021");
    EXPECT_EQ(*table.to_cameo("0x1000"), "010");
    EXPECT_EQ(*table.to_cameo("-0xFFFF+0x0070"), "121");
    EXPECT_FALSE(table.to_cameo("0x9999"));
    EXPECT_EQ(*table.to_internal("011"), "0x1000-0xFFFF");
}

TEST(InternalCodeOntology, BadLineNamesFileAndLine) {
    Diagnostics diags;
    InternalCodeOntology::parse({"pico.txt", "010:0x1000\n011 0x1001\n012:zz\n"}, diags);
    ASSERT_EQ(diags.size(), 2u);
    EXPECT_EQ(diags[0].line, 2u);
    EXPECT_EQ(diags[1].line, 3u);
}

TEST(InternalCodeOntology, VerbBuilderTranslatesInternalCodes) {
    Diagnostics diags;
    auto table = InternalCodeOntology::parse({"pico.txt", kTable}, diags);
    VerbDictionaryBuilder builder;
    read_petrarch_verbs({"v.txt", "--- ASK [0x2070] ---\nASK\n- * HELP [0x1000]\n"}, builder, diags);
    auto dict = builder.build(diags, &table);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(dict.blocks()[0].default_code.primary, "021");
    EXPECT_EQ(dict.patterns()[0].code.primary, "010");
}

TEST(InternalCodeOntology, SharedTableLoadsWithoutErrors) {
    const std::string path =
        std::string(SITREP_SHARED_DIR) + "/validation/petrarch-2.02/PETR_Validate_Internal_Coding_Ontology_1_01.txt";
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) GTEST_SKIP() << "../shared absent";
    std::string text;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
    std::fclose(f);
    Diagnostics diags;
    auto table = InternalCodeOntology::parse({path, text}, diags);
    EXPECT_TRUE(diags.empty()) << (diags.empty() ? "" : diags[0].format());
    EXPECT_GT(table.size(), 200u);
    EXPECT_EQ(*table.to_cameo("0x00A5"), "195");
}

}  // namespace
}  // namespace sitrep
