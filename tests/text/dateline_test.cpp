#include "text/dateline.hpp"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

struct Found {
    std::string dateline, place, region;
};

Found parse(std::string_view text) {
    Dateline d = find_dateline(text);
    return {std::string(d.span.in(text)), std::string(d.place.in(text)), std::string(d.region.in(text))};
}

TEST(Dateline, CapitalisedCityWithAgency) {
    Found f = parse("KABUL (AP) -- Gunmen fired on a convoy.");
    EXPECT_EQ(f.dateline, "KABUL (AP) -- ");
    EXPECT_EQ(f.place, "KABUL");
    EXPECT_EQ(f.region, "");
}

TEST(Dateline, CityRegionAndEmDash) {
    Found f = parse("SANAA, Yemen \xE2\x80\x94 Rebels seized the airport.");
    EXPECT_EQ(f.place, "SANAA");
    EXPECT_EQ(f.region, "Yemen");
    EXPECT_EQ(f.dateline, "SANAA, Yemen \xE2\x80\x94 ");
}

TEST(Dateline, CityAndMonthDay) {
    Found f = parse("LAGOS, Feb. 3 -- Police arrested five men.");
    EXPECT_EQ(f.place, "LAGOS");
    EXPECT_EQ(f.region, "");
    EXPECT_EQ(f.dateline, "LAGOS, Feb. 3 -- ");
}

TEST(Dateline, CityRegionDayMonthYearAndAgency) {
    Found f = parse("Vienna, Austria, 4 March 2001 (XYZ) -- Talks opened.");
    EXPECT_EQ(f.place, "Vienna");
    EXPECT_EQ(f.region, "Austria");
    EXPECT_EQ(f.dateline, "Vienna, Austria, 4 March 2001 (XYZ) -- ");
}

TEST(Dateline, MultiWordCapitalisedCity) {
    Found f = parse("BUENOS AIRES \xE2\x80\x93 The minister resigned.");
    EXPECT_EQ(f.place, "BUENOS AIRES");
}

TEST(Dateline, AgencyWithoutSeparator) {
    Found f = parse("OSLO, May 2. /ABC/. The talks ended.");
    EXPECT_EQ(f.place, "OSLO");
    EXPECT_EQ(f.dateline, "OSLO, May 2. /ABC/. ");
}

TEST(Dateline, AgencyAlone) {
    Found f = parse("(XYZ)Police detained a man.");
    EXPECT_EQ(f.dateline, "(XYZ)");
    EXPECT_EQ(f.place, "");
}

TEST(Dateline, TitleCaseCityWithColon) {
    Found f = parse("Cape Town: Protesters marched on Monday.");
    EXPECT_EQ(f.place, "Cape Town");
}

TEST(Dateline, SentenceOpeningWithNameAndCommaIsNone) {
    EXPECT_EQ(parse("Later Friday, Smith told reporters he would go.").dateline, "");
    EXPECT_EQ(parse("In Paris, the minister said talks would resume.").dateline, "");
}

TEST(Dateline, SentenceOpeningWithCountryIsNone) {
    EXPECT_EQ(parse("Chile and Peru signed a treaty.").dateline, "");
    EXPECT_EQ(parse("Oct 11 Shares of the company fell.").dateline, "");
}

TEST(Dateline, ShortTitleWordBeforeHyphenIsNone) {
    EXPECT_EQ(parse("Rome - or so it seemed.").dateline, "");
}

TEST(Dateline, EmptyAndOddInputIsNone) {
    EXPECT_EQ(parse("").dateline, "");
    EXPECT_EQ(parse("(").dateline, "");
    EXPECT_EQ(parse("A").dateline, "");
}

}  // namespace
}  // namespace sitrep
