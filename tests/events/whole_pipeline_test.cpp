// Event rules whose sentences need the whole built-in pipeline (the trained
// tagger chunks them differently from the test fixture's rule tagger).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "engine/engine.hpp"

namespace sitrep {
namespace {

const Engine& engine() {
    static const std::unique_ptr<Engine> e = [] {
        Diagnostics ignored;
        return Engine::load(EngineOptions{}, ignored);
    }();
    return *e;
}

Document code(std::string text) {
    Document doc;
    doc.text = std::move(text);
    doc.meta.story_date = Date{2024, 3, 12};
    engine().code(doc);
    return doc;
}

// A passive whose auxiliary the chunker left outside the verb group: "after
// being" is one prepositional chunk.
TEST(PassiveAuxiliary, BeingOutsideTheVerbGroupStillMakesAPassive) {
    const Document doc = code(
        "The Iraqi minister was killed on Monday, apparently after being shot and then beaten by a Syrian gunman.");
    bool shot = false;
    for (const Event& e : doc.events) {
        if (e.verb_text != "shot") continue;
        shot = true;
        ASSERT_TRUE(e.source && e.target);
        EXPECT_EQ(e.source->code, "SYRUAF");
        EXPECT_EQ(e.target->code.substr(0, 3), "IRQ");
    }
    EXPECT_TRUE(shot);
}

TEST(RelativeClause, RelativeOfANounThatIsNoActorBorrowsNoSubject) {
    // The attack killed the soldiers; Egypt only condemned it.
    const Document doc = code("Egypt condemned the attack, which killed 20 Israeli soldiers.");
    for (const Event& e : doc.events) EXPECT_NE(e.verb_text, "killed") << e.cameo;
}

TEST(RelativeClause, ObjectOfASupportVerbIsTheSubjectsAct) {
    const Document doc = code("Israel launched strikes on Gaza, which killed 20 Palestinian civilians.");
    bool killed = false;
    for (const Event& e : doc.events)
        if (e.verb_text == "killed" && e.source && e.source->code == "ISR") killed = true;
    EXPECT_TRUE(killed);
}

// One-sided events whose object is a thing or people who are no party (the
// thing_noun word class): weapons, a state's own forces, prisoners. Aid always
// has a recipient, and an unknown person is still someone.
bool has_one_sided(const Document& doc, std::string_view source, std::string_view root) {
    for (const Event& e : doc.events)
        if (e.source && e.source->code == source && !e.target && e.cameo.substr(0, 2) == root) return true;
    return false;
}

TEST(OneSidedThings, ObjectThatIsAThingGivesAnEventWithoutTarget) {
    EXPECT_TRUE(has_one_sided(code("North Korea test-fired two cruise missiles."), "PRK", "15"));
    EXPECT_TRUE(has_one_sided(code("Iran put its army on high alert."), "IRN", "15"));
    EXPECT_TRUE(has_one_sided(code("The Burmese junta released hundreds of detainees."), "MMRGOV", "08"));
}

TEST(OneSidedThings, AidAndUnknownPeopleStillNeedATarget) {
    EXPECT_TRUE(code("The United Nations delivered fuel to the town.").events.empty());
    EXPECT_TRUE(code("Iran criticized two men.").events.empty());
}

// A place named in the object phrase ("shelled villages near X", "raided homes
// in X") gives the target its country, marked as inferred.
TEST(PlaceTarget, PlaceInTheObjectPhraseIsTheTarget) {
    const Document doc = code("Russian jets bombed a crowded market in Aleppo on Sunday.");
    bool bombed = false;
    for (const Event& e : doc.events) {
        if (e.verb_text != "bombed") continue;
        bombed = true;
        ASSERT_TRUE(e.source && e.target);
        EXPECT_EQ(e.source->code, "RUSMIL");
        EXPECT_EQ(e.target->code, "SYR");
        EXPECT_EQ(e.target->country_from, "place in the object");
    }
    EXPECT_TRUE(bombed);
}

TEST(PlaceTarget, PlaceInTheObjectOutranksTheSourcesOwnCountry) {
    const Document doc = code("Israeli police raided several houses in the West Bank.");
    ASSERT_FALSE(doc.events.empty());
    ASSERT_TRUE(doc.events.front().target);
    EXPECT_EQ(doc.events.front().target->code, "PSE");
}

TEST(PlaceTarget, NegatedActGetsNoPlaceTarget) {
    for (const Event& e : code("Russian jets did not bomb the market in Aleppo.").events)
        EXPECT_FALSE(e.target && e.target->country_from == "place in the object");
}

}  // namespace
}  // namespace sitrep
