#include <gtest/gtest.h>

#include "actors/actor_code.hpp"

namespace sitrep {
namespace {

TEST(PetrarchDate, TwoDigitYearsUpTo30AreThisCentury) {
    EXPECT_EQ(parse_petrarch_date("221027"), (Date{2022, 10, 27}));
    EXPECT_EQ(parse_petrarch_date("300101"), (Date{2030, 1, 1}));
}

TEST(PetrarchDate, TwoDigitYearsFrom31AreLastCentury) {
    EXPECT_EQ(parse_petrarch_date("310101"), (Date{1931, 1, 1}));
    EXPECT_EQ(parse_petrarch_date("950601"), (Date{1995, 6, 1}));
}

TEST(PetrarchDate, AcceptsEightDigitDates) {
    EXPECT_EQ(parse_petrarch_date("19950601"), (Date{1995, 6, 1}));
}

TEST(PetrarchDate, RejectsOtherLengthsAndImpossibleDates) {
    EXPECT_FALSE(parse_petrarch_date("9008223"));
    EXPECT_FALSE(parse_petrarch_date("1920030320"));
    EXPECT_FALSE(parse_petrarch_date("221332"));
    EXPECT_FALSE(parse_petrarch_date("22a027"));
}

TEST(ActorCode, IsGroupsOfThreeLettersOrDigits) {
    EXPECT_TRUE(is_valid_actor_code("IRQGOV"));
    EXPECT_TRUE(is_valid_actor_code("NGOCHRPRO999"));
    EXPECT_FALSE(is_valid_actor_code("YEMNO"));
    EXPECT_FALSE(is_valid_actor_code("irq"));
    EXPECT_FALSE(is_valid_actor_code(""));
}

TEST(DatedCode, StartIsIncludedAndEndExcluded) {
    DatedCode c{"IRQGOV", Date{2022, 10, 27}, Date{2023, 1, 1}, {}};
    EXPECT_TRUE(c.covers(Date{2022, 10, 27}));
    EXPECT_FALSE(c.covers(Date{2022, 10, 26}));
    EXPECT_FALSE(c.covers(Date{2023, 1, 1}));
}

}  // namespace
}  // namespace sitrep
