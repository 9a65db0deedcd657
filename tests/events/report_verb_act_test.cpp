// A reporting verb ("declare", "announce") whose pattern codes an act other than
// a statement is that act, not speech to be dropped for the sentence's other events.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(ReportVerbAct, DeclarationOfWarStaysBesideTheEventOfItsSubordinateClause) {
    EXPECT_EQ(triples(pipeline().code("Iran declared war on Iraq after Iraqi troops attacked Iranian villagers.")),
              (std::vector<std::string>{"IRN 190 IRQ", "IRQMIL 190 IRNCVL"}));
}

TEST(ReportVerbAct, PlainStatementIsStillDroppedForTheEventItReports) {
    EXPECT_EQ(triples(pipeline().code("Iran declared that Iranian troops attacked Iraqi villagers.")),
              std::vector<std::string>{"IRNMIL 190 IRQCVL"});
}

}  // namespace
}  // namespace sitrep
