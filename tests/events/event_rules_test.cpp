// One test per coding rule, on sentences and dictionaries written here.
#include <gtest/gtest.h>

#include <algorithm>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(EventCoder, CodesSubjectVerbObjectWithDefaultCode) {
    Document doc = pipeline().code("Iran criticized Iraq on Monday.");
    EXPECT_EQ(triples(doc), std::vector<std::string>{"IRN 111 IRQ"});
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_EQ(doc.events[0].verb_text, "criticized");
    EXPECT_EQ(doc.events[0].root, "11");
    EXPECT_NE(doc.rule_text(doc.events[0].rule_ref).find("test.verbs:"), std::string::npos);
}

TEST(EventCoder, PatternWithWordGroupAndTargetFires) {
    Document doc = pipeline().code("Iran held talks with Iraq.");
    EXPECT_EQ(triples(doc), std::vector<std::string>{"IRN 040 IRQ"});
}

TEST(EventCoder, NullDefaultWithoutPatternCodesNothing) {
    Document doc = pipeline().code("Iran held a parade with Iraq.");
    EXPECT_TRUE(doc.events.empty());
}

TEST(EventCoder, PassiveSwapsSourceAndTarget) {
    Document doc = pipeline().code("Iraqi forces were attacked by Iran.");
    EXPECT_EQ(triples(doc), std::vector<std::string>{"IRN 190 IRQMIL"});
}

TEST(EventCoder, AgentlessPassiveOfAForceMakesTheForceTheSource) {
    // PETRARCH codes "US troops deployed to Iraq" as USAMIL 154 IRQ; the passive
    // without "by X" is the same event, and the place of deployment is the target.
    EXPECT_EQ(triples(pipeline().code("About 2,500 US troops are still deployed in Iraq.")),
              std::vector<std::string>{"USAMIL 154 IRQ"});
    EXPECT_EQ(triples(pipeline().code("Iranian forces were deployed to Syria.")),
              std::vector<std::string>{"IRNMIL 154 SYR"});
}

TEST(EventCoder, AgentlessPassiveRuleNeedsAForceAndAForcePostureVerb) {
    // Officials are no force: no source is invented for them.
    for (const auto& t : triples(pipeline().code("Iraqi officials were deployed in Syria.")))
        EXPECT_NE(t.substr(0, 6), "IRQGOV") << t;
    // An attack is no deployment: the passive keeps the attacked as target.
    for (const auto& t : triples(pipeline().code("Iraqi forces were attacked in Syria.")))
        EXPECT_NE(t.substr(0, 6), "IRQMIL") << t;
    // With "by X" the agent is the source as in any passive.
    EXPECT_EQ(triples(pipeline().code("Iraqi forces were deployed to Syria by Iran.")),
              std::vector<std::string>{"IRN 154 IRQMIL"});
}

TEST(EventCoder, CompoundSubjectWithoutTargetCodesBothDirections) {
    Document doc = pipeline().code("The United States and Iraq are holding talks.");
    auto t = triples(doc);
    std::sort(t.begin(), t.end());
    EXPECT_EQ(t, (std::vector<std::string>{"IRQ 040 USA", "USA 040 IRQ"}));
}

TEST(EventCoder, CompoundSubjectActsOnTheTarget) {
    Document doc = pipeline().code("Iran and Syria attacked Turkey.");
    auto t = triples(doc);
    std::sort(t.begin(), t.end());
    EXPECT_EQ(t, (std::vector<std::string>{"IRN 190 TUR", "SYR 190 TUR"}));
}

TEST(EventCoder, ConjoinedVerbTakesSubjectOfFirstClause) {
    Document doc = pipeline().code("Iran attacked Turkey and criticized Iraq.");
    auto t = triples(doc);
    EXPECT_EQ(t, (std::vector<std::string>{"IRN 190 TUR", "IRN 111 IRQ"}));
}

TEST(EventCoder, NegationIsKeptAsAField) {
    Document doc = pipeline().code("Iran did not attack Iraq.");
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_TRUE(doc.events[0].negated);
}

TEST(EventCoder, SkipPassesOverTheObjectOfAPreposition) {
    Document doc = pipeline().code("Iran celebrated Eid at Baghdad with Turkey.");
    EXPECT_EQ(triples(doc), std::vector<std::string>{"IRN 043 TUR"});
}

TEST(EventCoder, PrepositionalPatternWordsAllowOnlyDeterminersBetween) {
    EXPECT_EQ(triples(pipeline().code("Iran bargained for the asylum in Iraq.")),
              std::vector<std::string>{"IRN 1032 IRQ"});
    EXPECT_EQ(triples(pipeline().code("Iran bargained for foreign asylum in Iraq.")),
              std::vector<std::string>{"IRN 1033 IRQ"});
}

TEST(EventCoder, WordGroupBeforeTheVerbTakesItsLongestMember) {
    // "really did not" lets "surely" sit right before the group, as "quite_surely_" asks.
    const testing::MiniPipeline petrarch(nullptr,
                                         "&NEGAUX\n+DID NOT\n+REALLY DID NOT\n\n--- WARN [130] ---\nWARN\n"
                                         "- QUITE_SURELY_&NEGAUX_EVER * [1311]\n- &NEGAUX_EVER * [1312]\n");
    EXPECT_EQ(triples(petrarch.code("Iran quite surely really did not ever warn Iraq.")),
              std::vector<std::string>{"IRN 1311 IRQ"});
}

TEST(EventCoder, PatternWithAWordIsTriedBeforeAPatternOfSlotsOnly) {
    const testing::MiniPipeline petrarch(nullptr, "--- AGREE [050] ---\nAGREE\n- % * [050]\n- * (WITH) [030]\n");
    EXPECT_EQ(triples(petrarch.code("Iran agrees with Turkey.")), std::vector<std::string>{"IRN 030 TUR"});
}

TEST(EventCoder, InfinitiveToIsNotAPrepositionalPatternElement) {
    const testing::MiniPipeline petrarch(nullptr, "--- ACCORD [013] ---\nACCORD\n- (TO) * [073]\n");
    EXPECT_EQ(triples(petrarch.code("Iran is moving nearer to accord with Turkey.")),
              std::vector<std::string>{"IRN 013 TUR"});
}

TEST(EventCoder, NegationReachesBackOverAdverbs) {
    Document doc = pipeline().code("Iran did not even ever attack Iraq.");
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_TRUE(doc.events[0].negated);
}

TEST(EventCoder, NegatedVerbTakesTheOntologysNegatedMeaning) {
    // Internal values written for this test: "criticize" sits one 0xFFFF above 050.
    const testing::MiniPipeline negating("050:0x0080\n111:0x1007f\n190:0x9000\n");
    Document doc = negating.code("Iran did not criticize Iraq.");
    EXPECT_EQ(triples(doc), std::vector<std::string>{"IRN 050 IRQ"});
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_FALSE(doc.events[0].negated);
    // A code whose negation the ontology lacks stays, marked negated.
    Document kept = negating.code("Iran did not attack Iraq.");
    EXPECT_EQ(triples(kept), std::vector<std::string>{"IRN 190 IRQ"});
    ASSERT_EQ(kept.events.size(), 1u);
    EXPECT_TRUE(kept.events[0].negated);
}

TEST(EventCoder, WillMakesTheEventFuture) {
    Document doc = pipeline().code("Iran will attack Iraq.");
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_EQ(doc.events[0].modality, Modality::future);
}

TEST(EventCoder, CouldMakesTheEventHypothetical) {
    Document doc = pipeline().code("Iran could attack Iraq.");
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_EQ(doc.events[0].modality, Modality::hypothetical);
}

TEST(EventCoder, IfClauseMakesTheEventConditional) {
    Document doc = pipeline().code("If Iran attacked Iraq, Syria would criticize Iran.");
    ASSERT_FALSE(doc.events.empty());
    EXPECT_EQ(doc.events[0].modality, Modality::conditional);
}

TEST(EventCoder, ReportedSpeechCodesTheReportWithAttribution) {
    Document doc = pipeline().code("Syria said Iran attacked Iraq.");
    EXPECT_EQ(triples(doc), std::vector<std::string>{"IRN 190 IRQ"});
    ASSERT_EQ(doc.events.size(), 1u);
    ASSERT_TRUE(doc.events[0].attribution.has_value());
    EXPECT_EQ(doc.events[0].attribution->code, "SYR");
}

TEST(EventCoder, TrailingSaidClauseAttributesTheEvent) {
    Document doc = pipeline().code("Iran attacked Iraq, Syrian officials said.");
    EXPECT_EQ(triples(doc), std::vector<std::string>{"IRN 190 IRQ"});
    ASSERT_TRUE(doc.events[0].attribution.has_value());
}

TEST(EventCoder, InvertedAttributionTakesTheSpeakerAfterTheVerb) {
    // The quote's actors are neither side of the statement; its speaker follows "said".
    EXPECT_TRUE(pipeline().code("\"Iraq must leave now,\" said an Iranian minister.").events.empty());
    EXPECT_TRUE(pipeline().code("\"Iraq must leave now\", said Iran.").events.empty());
}

TEST(EventCoder, StatementAloneIsCodedAsStatement) {
    Document doc = pipeline().code("Iran said Iraq was a neighbour.");
    EXPECT_EQ(triples(doc), std::vector<std::string>{"IRN 010 IRQ"});
}

TEST(EventCoder, NominalEventTakesSourceFromModifier) {
    Document doc = pipeline().code("An American airstrike on Iraqi forces killed two people.");
    auto t = triples(doc);
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(t[0], "USA 195 IRQMIL");
}

TEST(EventCoder, ReversedCodeAddsTheMirrorEvent) {
    Document doc = pipeline().code("Iran will visit Iraq.");
    EXPECT_EQ(triples(doc), (std::vector<std::string>{"IRN 042 IRQ", "IRQ 043 IRN"}));
}

TEST(EventCoder, SeveralEventsInOneSentence) {
    Document doc = pipeline().code("Iran attacked Iraq, and Syria criticized Turkey.");
    EXPECT_EQ(triples(doc), (std::vector<std::string>{"IRN 190 IRQ", "SYR 111 TUR"}));
}

TEST(EventCoder, EventDateDefaultsToStoryDate) {
    Document doc = pipeline().code("Iran attacked Iraq.");
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_EQ(doc.events[0].date, (Date{2024, 1, 27}));
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story);
}

TEST(EventCoder, ExplainListsChunksAndPatterns) {
    const Document doc = pipeline().code("Iran held talks with Iraq.", /*explain=*/true);
    std::string all;
    for (const auto& line : doc.explanation) all += line + "\n";
    EXPECT_NE(all.find("[VG"), std::string::npos);
    EXPECT_NE(all.find("matched -> 040"), std::string::npos);
}

}  // namespace
}  // namespace sitrep
