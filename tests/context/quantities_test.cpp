#include <gtest/gtest.h>

#include "context_fixture.hpp"

using namespace sitrep;
using sitrep::testing::add_actor;
using sitrep::testing::builtin_context;
using sitrep::testing::detected;
using sitrep::testing::tokenized;

namespace {
Document counted(const std::string& text) {
    return detected(text);
}
}  // namespace

TEST(QuantityDetector, TroopsWithApproximator) {
    Document doc = counted("About 2,500 U.S. troops are deployed in Iraq.");
    ASSERT_EQ(doc.quantities.size(), 1u);
    EXPECT_EQ(doc.quantities[0].kind, QuantityKind::troops);
    EXPECT_EQ(doc.quantities[0].value, 2500);
    EXPECT_TRUE(doc.quantities[0].approximate);
}

TEST(QuantityDetector, TroopsTakeTheActorNamedInsideThePhrase) {
    Document doc = tokenized("About 2,500 U.S. troops are deployed in Iraq.");
    add_actor(doc, "U.S. troops", "USAMIL", "USA");
    QuantityDetector(builtin_context().quantities, builtin_context().numbers).run(doc);
    ASSERT_EQ(doc.quantities.size(), 1u);
    EXPECT_EQ(doc.quantities[0].actor_code, "USA");
}

TEST(QuantityDetector, CountTakesThePlaceWhereTheCountedAre) {
    EXPECT_EQ(counted("About 2,500 U.S. troops are deployed in Iraq.").quantities.at(0).place_country, "IRQ");
    // Before the number when nothing follows it.
    EXPECT_EQ(counted("In Mosul, 12 people were killed.").quantities.at(0).place_country, "IRQ");
    // After the number wins over before it.
    EXPECT_EQ(counted("From Kuwait, 300 troops were sent to bases in Syria.").quantities.at(0).place_country, "SYR");
    EXPECT_EQ(counted("Twelve people were killed.").quantities.at(0).place_country, "");
}

TEST(QuantityDetector, VerbBeforeTheNumber) {
    Document doc = counted("The strike killed 12 people.");
    ASSERT_EQ(doc.quantities.size(), 1u);
    EXPECT_EQ(doc.quantities[0].kind, QuantityKind::killed);
    EXPECT_EQ(doc.quantities[0].value, 12);
    EXPECT_FALSE(doc.quantities[0].approximate);
}

TEST(QuantityDetector, PassiveVerbAfterTheNumber) {
    Document doc = counted("At least 12 were killed.");
    ASSERT_EQ(doc.quantities.size(), 1u);
    EXPECT_EQ(doc.quantities[0].kind, QuantityKind::killed);
    EXPECT_TRUE(doc.quantities[0].approximate);
}

TEST(QuantityDetector, DeathToll) {
    Document doc = counted("The death toll rose to 30.");
    ASSERT_EQ(doc.quantities.size(), 1u);
    EXPECT_EQ(doc.quantities[0].kind, QuantityKind::killed);
    EXPECT_EQ(doc.quantities[0].value, 30);
}

TEST(QuantityDetector, EventWordWinsOverCountedNoun) {
    Document doc = counted("Three soldiers were wounded.");
    ASSERT_EQ(doc.quantities.size(), 1u);
    EXPECT_EQ(doc.quantities[0].kind, QuantityKind::injured);
    EXPECT_EQ(doc.quantities[0].value, 3);
}

TEST(QuantityDetector, KilledAndWoundedAreSeparateCounts) {
    Document doc = counted("The blast killed 12 and wounded 30.");
    ASSERT_EQ(doc.quantities.size(), 2u);
    EXPECT_EQ(doc.quantities[0].kind, QuantityKind::killed);
    EXPECT_EQ(doc.quantities[1].kind, QuantityKind::injured);
    EXPECT_EQ(doc.quantities[1].value, 30);
}

TEST(QuantityDetector, DozensIsAnApproximateRange) {
    Document doc = counted("Police arrested dozens of protesters.");
    ASSERT_EQ(doc.quantities.size(), 1u);
    EXPECT_EQ(doc.quantities[0].kind, QuantityKind::arrested);
    EXPECT_EQ(doc.quantities[0].value, 24);
    EXPECT_EQ(doc.quantities[0].value_max, 99);
    EXPECT_TRUE(doc.quantities[0].approximate);
}

TEST(QuantityDetector, ADozenIsTwelve) {
    Document doc = counted("A dozen families were displaced.");
    ASSERT_EQ(doc.quantities.size(), 1u);
    EXPECT_EQ(doc.quantities[0].kind, QuantityKind::displaced);
    EXPECT_EQ(doc.quantities[0].value, 12);
}

TEST(QuantityDetector, YearIsNotACount) {
    EXPECT_TRUE(counted("Many were killed in 2014.").quantities.empty());
}

TEST(QuantityDetector, NumberWithoutKindWordIsIgnored) {
    EXPECT_TRUE(counted("The talks lasted 3 hours.").quantities.empty());
}

TEST(NumberWords, ReadsCompoundWords) {
    Document doc = tokenized("two hundred and fifty");
    auto n = builtin_context().numbers->read(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
    ASSERT_TRUE(n.has_value());
    EXPECT_EQ(n->value, 250);
}

TEST(NumberWords, ReadsDigitsWithMultiplier) {
    Document doc = tokenized("1.5 million");
    auto n = builtin_context().numbers->read(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
    ASSERT_TRUE(n.has_value());
    EXPECT_EQ(n->value, 1500000);
}
