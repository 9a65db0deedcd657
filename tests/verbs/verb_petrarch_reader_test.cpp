// The PETRARCH / TABARI verb importer on fixtures written here, and on the
// real files in ../shared when present.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support/diagnostics.hpp"
#include "events/verb_dictionary_builder.hpp"
#include "events/verb_petrarch_reader.hpp"

namespace sitrep {
namespace {

VerbDictionary compile(std::string_view text, Diagnostics& diags, VerbFileSummary* summary = nullptr) {
    VerbDictionaryBuilder builder;
    auto s = read_petrarch_verbs({"fixture.txt", text}, builder, diags);
    if (summary) *summary = s;
    return builder.build(diags);
}

using testing::dump;
using testing::errors;

const VerbEntry* entry_for(const VerbDictionary& dict, std::string_view norm) {
    auto refs = dict.forms_of(norm);
    return refs.empty() ? nullptr : &dict.entries()[refs.front().entry];
}

constexpr std::string_view kFixture = R"(# a comment
&WEAPON
+MISSILE
+ARTILLERY_SHELL
+AMMO_

&ARMS_
+&WEAPON
+GUNS

--- RUSH [---] ---
RUSH
SPEED {SPEEDING SPEEDS SPED }
HURRY [042]
+CALL_OFF [160]
- * (TO) [042:043]   # RUSH
- * {&ARMS SHIPMENT} $ [072]
- + IN_* [:173]
- * AID [---]

--- ASK [020] ---
ASK
)";

TEST(PetrarchVerbReader, ReadsFixtureWithoutErrors) {
    Diagnostics diags;
    VerbFileSummary summary;
    auto dict = compile(kFixture, diags, &summary);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    EXPECT_EQ(summary.blocks, 2u);
    EXPECT_EQ(summary.verbs, 5u);
    EXPECT_EQ(summary.patterns, 4u);
    EXPECT_EQ(summary.groups, 2u);
}

TEST(PetrarchVerbReader, GeneratesRegularFormsForPlainVerbs) {
    Diagnostics diags;
    auto dict = compile(kFixture, diags);
    for (const char* w : {"rush", "rushes", "rushed", "rushing"}) {
        const VerbEntry* e = entry_for(dict, w);
        ASSERT_NE(e, nullptr) << w;
        EXPECT_EQ(e->lemma, "rush");
    }
}

TEST(PetrarchVerbReader, ListedFormsReplaceGeneratedOnes) {
    Diagnostics diags;
    auto dict = compile(kFixture, diags);
    ASSERT_NE(entry_for(dict, "sped"), nullptr);
    EXPECT_EQ(entry_for(dict, "speeded"), nullptr);
}

TEST(PetrarchVerbReader, VerbOwnCodeOverridesNullBlockCode) {
    Diagnostics diags;
    auto dict = compile(kFixture, diags);
    const VerbEntry* hurry = entry_for(dict, "hurried");
    ASSERT_NE(hurry, nullptr);
    EXPECT_TRUE(hurry->has_code);
    EXPECT_EQ(hurry->code.primary, "042");
    const VerbEntry* rush = entry_for(dict, "rush");
    ASSERT_NE(rush, nullptr);
    EXPECT_FALSE(rush->has_code);
}

TEST(PetrarchVerbReader, MultiWordVerbInflectsMarkedWord) {
    Diagnostics diags;
    auto dict = compile(kFixture, diags);
    auto refs = dict.forms_of("called");
    ASSERT_EQ(refs.size(), 1u);
    const auto& form = dict.entries()[refs[0].entry].forms[refs[0].form];
    EXPECT_EQ(form.words, (std::vector<std::string>{"called", "off"}));
    EXPECT_EQ(form.head, 0);
}

TEST(PetrarchVerbReader, PatternReadsGroupsSlotsAndPairedCodes) {
    Diagnostics diags;
    auto dict = compile(kFixture, diags);
    ASSERT_EQ(dict.patterns().size(), 4u);
    const VerbPattern& to = dict.patterns()[0];
    EXPECT_EQ(to.code.primary, "042");
    EXPECT_EQ(to.code.reversed, "043");
    EXPECT_EQ(to.origin.line, 16u);
    ASSERT_EQ(to.after.size(), 1u);
    EXPECT_EQ(to.after[0].kind, PatternElementKind::prepositional);
    ASSERT_EQ(to.after[0].children.size(), 1u);
    EXPECT_EQ(to.after[0].children[0].word, "to");

    const VerbPattern& np = dict.patterns()[1];
    ASSERT_EQ(np.after.size(), 2u);
    EXPECT_EQ(np.after[0].kind, PatternElementKind::noun_phrase);
    EXPECT_EQ(np.after[0].children[0].kind, PatternElementKind::group);
    EXPECT_EQ(dict.groups()[np.after[0].children[0].group].name, "ARMS");
    EXPECT_EQ(np.after[1].kind, PatternElementKind::source);
}

TEST(PetrarchVerbReader, UnderscoreMakesElementsAdjacent) {
    Diagnostics diags;
    auto dict = compile(kFixture, diags);
    const VerbPattern& p = dict.patterns()[2];  // - + IN_* [:173]
    ASSERT_EQ(p.before.size(), 2u);
    EXPECT_EQ(p.before[0].kind, PatternElementKind::target);
    EXPECT_EQ(p.before[1].word, "in");
    EXPECT_FALSE(p.before[1].adjacent);
    EXPECT_TRUE(p.code.primary.empty());
    EXPECT_EQ(p.code.reversed, "173");
}

TEST(PetrarchVerbReader, NullPatternCodeIsNull) {
    Diagnostics diags;
    auto dict = compile(kFixture, diags);
    EXPECT_TRUE(dict.patterns()[3].code.null());
}

TEST(PetrarchVerbReader, NestedGroupsExpandWithPluralsUnlessUnderscore) {
    Diagnostics diags;
    auto dict = compile(kFixture, diags);
    const int32_t arms = dict.find_group("&ARMS_");
    ASSERT_GE(arms, 0);
    const auto& members = dict.groups()[static_cast<size_t>(arms)].expanded;
    auto has = [&](std::vector<std::string> w) {
        return std::find(members.begin(), members.end(), w) != members.end();
    };
    EXPECT_TRUE(has({"missiles"}));
    EXPECT_TRUE(has({"artillery", "shells"}));
    EXPECT_TRUE(has({"ammo"}));
    EXPECT_FALSE(has({"ammos"}));
    EXPECT_TRUE(has({"guns"}));
    EXPECT_FALSE(has({"gunses"}));          // the group name ends in '_': no plurals of its own members
    EXPECT_EQ(members.front().size(), 2u);  // longest first
}

TEST(PetrarchVerbReader, ContractedGroupMembersMeetTokenNorms) {
    Diagnostics diags;
    auto dict = compile("&NEG_\n+DID N'T\n+WO N'T\n+CA N'T\n\n--- ASK [020] ---\nASK\n", diags);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    const int32_t neg = dict.find_group("&NEG_");
    ASSERT_GE(neg, 0);
    const auto& members = dict.groups()[static_cast<size_t>(neg)].expanded;
    auto has = [&](std::vector<std::string> w) {
        return std::find(members.begin(), members.end(), w) != members.end();
    };
    EXPECT_TRUE(has({"did", "not"}));
    EXPECT_TRUE(has({"will", "not"}));
    EXPECT_TRUE(has({"can", "not"}));
}

TEST(PetrarchVerbReader, BadPatternNamesFileAndLine) {
    Diagnostics diags;
    compile("--- X [---] ---\nX\n- * (TO [010]\n", diags);
    ASSERT_EQ(errors(diags), 1u);
    EXPECT_EQ(diags[0].file, "fixture.txt");
    EXPECT_EQ(diags[0].line, 3u);
}

TEST(PetrarchVerbReader, XmlCommentsSpanLines) {
    Diagnostics diags;
    VerbFileSummary summary;
    compile("<!-- start\n--- X [010] ---\nend -->\n--- Y [020] ---\nY\n", diags, &summary);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    EXPECT_EQ(summary.blocks, 1u);
}

TEST(PetrarchVerbReader, TabariVerbAfterPatternsStartsNewBlock) {
    Diagnostics diags;
    auto dict = compile("GRANT [070]\n- * AID [071]\nVOW [170]\n- * WAR [173]\n", diags);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    ASSERT_EQ(dict.blocks().size(), 2u);
    EXPECT_EQ(dict.blocks()[1].patterns.size(), 1u);
}

TEST(PetrarchVerbReader, TabariPlusMarksHeadInsideMultiWordVerb) {
    Diagnostics diags;
    auto dict = compile("--- A [---] ---\nKLM_NOP_+RST [002]\n", diags);
    auto refs = dict.forms_of("rsts");
    ASSERT_EQ(refs.size(), 1u);
    const auto& form = dict.entries()[refs[0].entry].forms[refs[0].form];
    EXPECT_EQ(form.head, 2);
    EXPECT_EQ(form.words.front(), "klm");
}

// --- the real files in ../shared

std::optional<std::string> read_shared(const std::string& relative) {
    std::ifstream in(std::string(SITREP_SHARED_DIR) + "/" + relative, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct SharedVerbs {
    VerbDictionary dict;
    VerbFileSummary summary;
    Diagnostics diags;
};

std::optional<SharedVerbs> load_shared(const std::string& relative) {
    auto text = read_shared(relative);
    if (!text) return std::nullopt;
    SharedVerbs out;
    VerbDictionaryBuilder builder;
    out.summary = read_petrarch_verbs({relative, *text}, builder, out.diags);
    out.dict = builder.build(out.diags);
    return out;
}

TEST(PetrarchVerbReader, PhoenixCameoVerbsLoadWithoutErrors) {
    auto v = load_shared("dictionaries/phoenix/CAMEO.2.0.txt");
    if (!v) GTEST_SKIP() << "../shared/dictionaries/phoenix/CAMEO.2.0.txt absent";
    EXPECT_EQ(errors(v->diags), 0u) << dump(v->diags);
    EXPECT_EQ(v->summary.patterns, 4668u);  // as the shared README counts them
    EXPECT_GT(v->summary.transformations, 0u);
    const VerbEntry* ask = entry_for(v->dict, "asked");
    ASSERT_NE(ask, nullptr);
    EXPECT_EQ(ask->code.primary, "020");
    const int32_t pko = v->dict.find_group("PKO");
    ASSERT_GE(pko, 0);
    EXPECT_GE(v->dict.groups()[static_cast<size_t>(pko)].expanded.size(), 8u);
}

TEST(PetrarchVerbReader, Petrarch2ValidationVerbsLoadWithoutErrors) {
    auto v = load_shared("validation/petrarch-2.02/PETR_Validate_verbs_2_02.txt");
    if (!v) GTEST_SKIP() << "../shared/validation/petrarch-2.02 absent";
    EXPECT_EQ(errors(v->diags), 0u) << dump(v->diags);
    const VerbEntry* abandon = entry_for(v->dict, "abandoned");
    ASSERT_NE(abandon, nullptr);
    EXPECT_EQ(v->dict.blocks()[abandon->block].default_code.primary, "1121");
}

TEST(PetrarchVerbReader, Petrarch1ValidationVerbsLoadWithoutErrors) {
    auto v = load_shared("validation/petrarch-unittest/PETR.Validate.verbs.txt");
    if (!v) GTEST_SKIP() << "../shared/validation/petrarch-unittest absent";
    EXPECT_EQ(errors(v->diags), 0u) << dump(v->diags);
    const int32_t accord = v->dict.find_group("ACCORDSYN");
    ASSERT_GE(accord, 0);
    // CLOSER, NEARER + the 3 TIETYPES + the 10 CURRENCY members, each with a plural.
    EXPECT_GE(v->dict.groups()[static_cast<size_t>(accord)].expanded.size(), 15u);
}

}  // namespace
}  // namespace sitrep
