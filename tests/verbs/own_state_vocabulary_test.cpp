// The built-in dictionaries on acts of a state on its own land or people,
// written for these tests: emergency rule, curfews, arrests, a coup and
// repression, coded with the source's own country as target when no other
// party is named (as CAMEO coders code them).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "../support/pipeline.hpp"

namespace sitrep {
namespace {

class OwnStateVocabulary : public ::testing::Test {
protected:
    // "SRC CAMEO TGT" for every event coded from `text`.
    static std::vector<std::string> code(const std::string& text) {
        return testing::triples(testing::coded(text, std::nullopt, Date{2019, 5, 14}));
    }
};

using Events = std::vector<std::string>;

TEST_F(OwnStateVocabulary, EmergencyRuleAndCurfews) {
    EXPECT_EQ(code("The Peruvian government introduced martial law in the south."), Events{"PERGOV 1724 PER"});
    EXPECT_EQ(code("The Peruvian government proclaimed a state of emergency."), Events{"PERGOV 1724 PER"});
    EXPECT_EQ(code("The Peruvian president announced a state of emergency on Friday."), Events{"PERGOV 1724 PER"});
    EXPECT_EQ(code("The Peruvian army declared a curfew after the riots."), Events{"PERMIL 1723 PER"});
    EXPECT_EQ(code("The Peruvian government imposed a dusk-to-dawn curfew."), Events{"PERGOV 1723 PER"});
}

TEST_F(OwnStateVocabulary, ArrestsAndACoup) {
    EXPECT_EQ(code("Peruvian police arrested six suspects after the blast."), Events{"PERCOP 173 PER"});
    EXPECT_EQ(code("The Peruvian army seized power on Wednesday."), Events{"PERMIL 170 PER"});
}

TEST_F(OwnStateVocabulary, AnAgentNamedByItsPlaceIsNoPlace) {
    // "Soldiers in Peru" are Peru's army; only a bare place ("Lima") stands for a government.
    EXPECT_EQ(code("Soldiers in Peru seized power on Tuesday."), Events{"PERMIL 170 PER"});
    EXPECT_EQ(code("Police in Peru arrested six suspects."), Events{"PERCOP 173 PER"});
}

TEST_F(OwnStateVocabulary, TheStateItselfAndItsNamedLand) {
    EXPECT_EQ(code("Peru declared a state of emergency."), Events{"PER 1724 PER"});
    EXPECT_EQ(code("The Peruvian army declared martial law in Peru."), Events{"PERMIL 1724 PER"});
}

TEST_F(OwnStateVocabulary, OtherObjectsOfTheseVerbsAreNoEvents) {
    EXPECT_TRUE(code("The Peruvian government introduced a new bill.").empty());
    EXPECT_TRUE(code("The Peruvian government proclaimed its independence.").empty());
}

}  // namespace
}  // namespace sitrep
