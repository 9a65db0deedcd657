// Codes that fit only some kinds of actors (CAMEO 1.1b3): a protest is a civilian
// act, and the force of rebels and gunmen on civilians is unconventional violence
// (18), not the conventional fighting of armies (19). The rule reads the actors'
// role codes (data/syntax/word_classes.txt: armed_sector, irregular_force).
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

using Triples = std::vector<std::string>;

TEST(PartyCodes, ProtestPatternFitsCivilians) {
    EXPECT_EQ(triples(pipeline().code("Syrian protesters surrounded the Iraqi parliament.")),
              Triples{"SYROPP 144 IRQLEG"});
}

TEST(PartyCodes, ArmedSourceTakesTheVerbsOwnCodeOverAProtestPattern) {
    EXPECT_EQ(triples(pipeline().code("Syrian soldiers surrounded the Iraqi parliament.")),
              Triples{"SYRMIL 191 IRQLEG"});
}

TEST(PartyCodes, ArmedSourceWithOnlyAProtestCodeGivesNoEvent) {
    EXPECT_EQ(triples(pipeline().code("Syrian protesters looted Iraqi villagers.")), Triples{"SYROPP 145 IRQCVL"});
    EXPECT_TRUE(pipeline().code("Syrian rebels looted Iraqi villagers.").events.empty());
    const std::string why = testing::explanation(pipeline(), "Syrian rebels looted Iraqi villagers.");
    EXPECT_NE(why.find("does not fit the source's kind"), std::string::npos) << why;
}

TEST(PartyCodes, ForcesMayBlockRoads) {
    EXPECT_EQ(triples(pipeline().code("Syrian soldiers cordoned off Iraqi villagers.")), Triples{"SYRMIL 144 IRQCVL"});
}

TEST(PartyCodes, IrregularForceOnCiviliansIsAssault) {
    EXPECT_EQ(triples(pipeline().code("Syrian gunmen attacked Iraqi civilians.")), Triples{"SYRUAF 180 IRQCVL"});
    EXPECT_EQ(triples(pipeline().code("A Syrian suicide bomber attacked Iraqi villagers on Monday.")),
              Triples{"SYRREB 180 IRQCVL"});
}

TEST(PartyCodes, IrregularForceOnForcesOrTheStateIsFighting) {
    EXPECT_EQ(triples(pipeline().code("Syrian rebels attacked Iraqi soldiers.")), Triples{"SYRREB 190 IRQMIL"});
    EXPECT_EQ(triples(pipeline().code("Syrian militants attacked Iraq.")), Triples{"SYRREB 190 IRQ"});
    EXPECT_EQ(triples(pipeline().code("Syrian rebels attacked the Iraqi government.")), Triples{"SYRREB 190 IRQGOV"});
}

TEST(PartyCodes, ArmyOnCiviliansKeepsItsCode) {
    EXPECT_EQ(triples(pipeline().code("Syrian soldiers attacked Iraqi civilians.")), Triples{"SYRMIL 190 IRQCVL"});
}

}  // namespace
}  // namespace sitrep
