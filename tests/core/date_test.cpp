#include <gtest/gtest.h>

#include "core/date.hpp"

using sitrep::Date;

TEST(Date, StoryDateOfSeedArticleIsASaturday) {
    auto d = Date::parse_iso("2024-01-27");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->weekday(), 5);
}

TEST(Date, ParsesCompactForm) {
    auto d = Date::parse_iso("20200103");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->iso(), "2020-01-03");
}

TEST(Date, RejectsImpossibleDates) {
    EXPECT_FALSE(Date::parse_iso("2023-02-29").has_value());
    EXPECT_TRUE(Date::parse_iso("2024-02-29").has_value());
    EXPECT_FALSE(Date::parse_iso("2024-1-27").has_value());
    EXPECT_FALSE(Date::parse_iso("").has_value());
}

TEST(Date, DayArithmeticCrossesMonthAndYear) {
    Date d{2023, 12, 30};
    EXPECT_EQ(d.plus_days(3).iso(), "2024-01-02");
    EXPECT_EQ(Date::from_days_since_epoch(d.days_since_epoch()), d);
    EXPECT_EQ((Date{1970, 1, 1}).days_since_epoch(), 0);
}
