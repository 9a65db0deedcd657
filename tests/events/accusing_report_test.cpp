// A bare statement that reports violence by the other side is an accusation of it
// (CAMEO 112), as human coders code "North Korea said South Korea opened fire";
// the reported act is coded as well.
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

using Triples = std::vector<std::string>;

TEST(AccusingReport, StatementOfTheOtherSidesAttackAccusesIt) {
    EXPECT_EQ(triples(pipeline().code("Iran said that Iraq attacked Iranian soldiers on Monday.")),
              (Triples{"IRN 112 IRQ", "IRQ 190 IRNMIL"}));
    // No victim named: the statement still accuses.
    EXPECT_EQ(triples(pipeline().code("Iran said Iraqi soldiers attacked the border post.")),
              (Triples{"IRN 112 IRQMIL"}));
}

TEST(AccusingReport, ExplanationNamesTheAccusation) {
    const std::string why = testing::explanation(pipeline(), "Iran said Iraqi soldiers attacked the border post.");
    EXPECT_NE(why.find("an accusation (112)"), std::string::npos) << why;
}

TEST(AccusingReport, ReportOnOthersIsNoAccusation) {
    EXPECT_EQ(triples(pipeline().code("Iran said that Iraq attacked Syria on Monday.")), Triples{"IRQ 190 SYR"});
}

TEST(AccusingReport, OwnSideIsNoAccusation) {
    EXPECT_EQ(triples(pipeline().code("Iran said Iranian soldiers attacked the border post.")), Triples{});
}

TEST(AccusingReport, OnlyViolenceOrCoercionIsAnAccusation) {
    EXPECT_EQ(triples(pipeline().code("Iran said that Iraq criticized Syria.")), Triples{"IRQ 111 SYR"});
}

TEST(AccusingReport, TheStatementsObjectIsNotTheAccused) {
    // "told Iraq": Iraq hears the statement and is not accused; the rule reads only
    // a statement addressed to the subject of its content.
    EXPECT_EQ(triples(pipeline().code("Iran told Iraq that Turkish soldiers attacked Iranian villagers.")),
              Triples{"TURMIL 190 IRNCVL"});
}

TEST(AccusingReport, StatementOfBlameAccuses) {
    EXPECT_EQ(triples(pipeline().code("Iran said the Iraqi government was to blame for the raid.")),
              Triples{"IRN 112 IRQGOV"});
    EXPECT_EQ(triples(pipeline().code("Iranian officials said Iraq was responsible.")), Triples{"IRNGOV 112 IRQ"});
}

TEST(AccusingReport, DenialOrNegatedBlameIsNoAccusation) {
    // The accused's own verb ("denied") or a negation comes before the word of blame.
    EXPECT_TRUE(triples(pipeline().code("Iran said Iraq denied responsibility.")) != Triples{"IRN 112 IRQ"});
    EXPECT_EQ(triples(pipeline().code("Iran said Iraq was not responsible.")), Triples{"IRN 010 IRQ"});
}

TEST(AccusingReport, ActCodedByAPatternOfTheContent) {
    // "launched" has no code of its own; its pattern codes the offensive, on the speaker's side.
    EXPECT_EQ(
        triples(pipeline().code("Iran said that Iraqi soldiers launched an offensive against Iranian villagers.")),
        (Triples{"IRN 112 IRQMIL", "IRQMIL 190 IRNCVL"}));
    EXPECT_EQ(triples(pipeline().code("Iran said that Iraqi soldiers launched an offensive against Syrian villagers.")),
              Triples{"IRQMIL 190 SYRCVL"});
}

TEST(AccusingReport, TheContentsFirstCodedVerbDecides) {
    // Iraq accuses; the attack is what Iraq accuses Turkey of, not what Iraq did.
    EXPECT_EQ(triples(pipeline().code("Iran said that Iraq accused Turkey of airstrikes on Iranian villagers.")),
              Triples{"IRQ 112 TUR"});
}

TEST(AccusingReport, ParentheticalStatementHasNoTargetAfterIt) {
    EXPECT_EQ(triples(pipeline().code("The border is quiet, Iranian officials said, after Turkish soldiers left.")),
              Triples{});
}

}  // namespace
}  // namespace sitrep
