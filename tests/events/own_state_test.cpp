// Acts of a state on its own territory or people (emergency rule, curfews,
// arrests, a coup): with no target named, the target is the source's own
// country, as CAMEO coders code "the government declared martial law".
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

using Triples = std::vector<std::string>;

TEST(OwnStateEvents, EmergencyRuleTargetsTheSourcesCountry) {
    const Document doc = pipeline().code("The Iraqi government declared martial law on Sunday.");
    ASSERT_EQ(triples(doc), Triples{"IRQGOV 1724 IRQ"});
    ASSERT_TRUE(doc.events[0].target.has_value());
    EXPECT_EQ(doc.events[0].target->country_from, "own state");
    EXPECT_TRUE(doc.events[0].target->text.empty());
}

TEST(OwnStateEvents, ExplanationSaysWhereTheTargetCameFrom) {
    const std::string why = testing::explanation(pipeline(), "The Iraqi government declared martial law on Sunday.");
    EXPECT_NE(why.find("event IRQGOV 1724 IRQ"), std::string::npos) << why;
    EXPECT_NE(why.find("target: the source's own country"), std::string::npos) << why;
}

TEST(OwnStateEvents, ArrestOfUnnamedPeopleTargetsTheSourcesCountry) {
    // "two men" would otherwise block a one-sided event: they may be a party the
    // dictionaries lack; here they are the state's own people.
    EXPECT_EQ(triples(pipeline().code("Iranian soldiers detained two men.")), Triples{"IRNMIL 173 IRN"});
}

TEST(OwnStateEvents, ReportedActKeepsItsOwnSubjectAsSource) {
    // (The statement of the other side is an accusation: accusing_report_test.cpp.)
    EXPECT_EQ(triples(pipeline().code("Iraqi officials said Iranian soldiers detained two men.")),
              (Triples{"IRQGOV 112 IRNMIL", "IRNMIL 173 IRN"}));
}

TEST(OwnStateEvents, NamedTargetIsKept) {
    EXPECT_EQ(triples(pipeline().code("Iranian soldiers detained Turkish officials.")), Triples{"IRNMIL 173 TURGOV"});
}

TEST(OwnStateEvents, CoupNeedsThePatternThatNamesWhatWasSeized) {
    EXPECT_EQ(triples(pipeline().code("The Syrian army grabbed power on Monday.")), Triples{"SYRMIL 170 SYR"});
    // The bare "coerce, not specified" code of a verb says nothing of whom it hit.
    EXPECT_TRUE(pipeline().code("Iranian soldiers harassed two men.").events.empty());
}

TEST(OwnStateEvents, BareCountryActsOnItself) {
    EXPECT_EQ(triples(pipeline().code("Iraq detained two men.")), Triples{"IRQ 173 IRQ"});
}

TEST(OwnStateEvents, OwnCountryNamedAsTargetIsKept) {
    // Elsewhere a state's organ acting on its own bare country is no event
    // ("dialogue between Iraq and ..."); here it is what the act is about.
    EXPECT_EQ(triples(pipeline().code("The Iraqi government declared martial law in Iraq.")),
              Triples{"IRQGOV 1724 IRQ"});
}

TEST(OwnStateEvents, SourceStillNeedsAnAssertedActOfItsOwn) {
    EXPECT_TRUE(pipeline().code("The Iraqi government did not declare martial law.").events.empty());
    EXPECT_TRUE(pipeline().code("The Iraqi government will declare martial law.").events.empty());
    // A participle borrows a subject it cannot confirm.
    EXPECT_TRUE(pipeline().code("Iranian soldiers spoke for an hour, detaining two men.").events.empty());
    EXPECT_TRUE(pipeline().code("The Iraqi government could declare martial law.").events.empty());
}

}  // namespace
}  // namespace sitrep
