// Subject pronouns as actors (actors/pronoun_actors.hpp), through the whole built-in
// pipeline: the pronoun needs part of speech, quotes and the countries of agents.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "../support/pipeline.hpp"

namespace sitrep {
namespace {

Document code(std::string text) {
    return testing::coded(std::move(text), std::nullopt, Date{2024, 3, 12});
}

// The first mention whose text is exactly `pronoun`.
const ActorMention* pronoun_actor(const Document& doc, std::string_view pronoun) {
    for (const ActorMention& m : doc.actors)
        if (doc.view(m.span) == pronoun) return &m;
    return nullptr;
}

TEST(PronounActors, HeRefersToTheTitleNamedInThePreviousSentence) {
    const Document doc = code(
        "The Kenyan president declared a state of emergency on Monday. "
        "He imposed a curfew on the capital.");
    const ActorMention* he = pronoun_actor(doc, "He");
    ASSERT_NE(he, nullptr);
    EXPECT_EQ(he->code, "KENGOV");
    EXPECT_EQ(he->country, "KEN");
    EXPECT_EQ(he->country_from, "pronoun");
    EXPECT_EQ(he->sentence, 1u);
}

TEST(PronounActors, TheyRefersToAPluralAgentOfItsOwnSentence) {
    const Document doc = code("Iraqi police said they arrested six suspects near the market.");
    const ActorMention* they = pronoun_actor(doc, "they");
    ASSERT_NE(they, nullptr);
    EXPECT_EQ(they->code, "IRQCOP");
}

TEST(PronounActors, ItRefersToAnInstitutionAndBecomesTheEventSource) {
    const Document doc = code("The Iraqi foreign ministry said it would expel the Iranian diplomats.");
    const ActorMention* it = pronoun_actor(doc, "it");
    ASSERT_NE(it, nullptr);
    EXPECT_EQ(it->code, "IRQGOV");
    bool sourced = false;
    for (const Event& e : doc.events)
        if (e.source && e.source->text == "it") {
            sourced = true;
            EXPECT_EQ(e.source->code, "IRQGOV");
            EXPECT_EQ(e.source->country_from, "pronoun");
        }
    EXPECT_TRUE(sourced);
}

TEST(PronounActors, TheySkipsAPersonAndTakesThePluralGroup) {
    const Document doc = code(
        "The Iraqi defence minister met Syrian officials in Baghdad. "
        "They agreed to reopen the border crossing.");
    const ActorMention* they = pronoun_actor(doc, "They");
    ASSERT_NE(they, nullptr);
    EXPECT_EQ(they->code, "SYRGOV");
}

TEST(PronounActors, HeSkipsACountryAndAGroupForThePerson) {
    const Document doc = code(
        "The Turkish foreign minister accused Syrian rebels of shelling Turkey. "
        "He warned that the army would respond.");
    const ActorMention* he = pronoun_actor(doc, "He");
    ASSERT_NE(he, nullptr);
    EXPECT_EQ(he->code, "TURGOV");
}

TEST(PronounActors, ASeatOfPowerOrAnArmedGroupIsNoPerson) {
    // "London" is coded GBRGOV and "Hezbollah" LBNREBHEZ, but neither is a "she".
    for (const char* text : {"London condemned the raid on Monday. She said the embassy would stay closed.",
                             "Hezbollah condemned the raid on Monday. She said the embassy would stay closed."}) {
        const Document doc = code(text);
        EXPECT_EQ(pronoun_actor(doc, "She"), nullptr) << text;
    }
}

TEST(PronounActors, EmptyItIsNoActor) {
    const Document doc = code(
        "Iraq closed its border with Syria on Monday. It is unclear whether Syria will respond. "
        "It seems likely that talks will follow.");
    EXPECT_EQ(pronoun_actor(doc, "It"), nullptr);
}

TEST(PronounActors, NoAntecedentWithinTwoSentencesGivesNoActor) {
    const Document doc = code(
        "Iraqi police arrested six men on Monday. The weather was calm. "
        "Rain fell in the north. Markets opened late. They said nothing more.");
    EXPECT_EQ(pronoun_actor(doc, "They"), nullptr);
}

TEST(PronounActors, AnUnknownNameNearerThanThePersonBlocksHe) {
    // "Zorblat Quimby" has no code: "he" may be him, so it is nobody's.
    const Document doc = code(
        "The Kenyan president met Zorblat Quimby in Nairobi on Monday. "
        "He condemned the attack on the embassy.");
    EXPECT_EQ(pronoun_actor(doc, "He"), nullptr);
}

TEST(PronounActors, ANameThatModifiesANounDoesNotBlockHe) {
    // "Muslim" has no code, but "the mainly Muslim region" is no person.
    const Document doc = code(
        "The Kenyan president toured the mainly Muslim region on Monday. "
        "He condemned the attack on the police station.");
    const ActorMention* he = pronoun_actor(doc, "He");
    ASSERT_NE(he, nullptr);
    EXPECT_EQ(he->code, "KENGOV");
}

TEST(PronounActors, TheRestOfANameAfterACodedTitleDoesNotBlockHe) {
    // The dictionary knows "Prime Minister Abiy"; "Ahmed" after it is the same man.
    const Document doc =
        code("Ethiopian Prime Minister Abiy Ahmed said on Monday he had ordered the army into the region.");
    const ActorMention* he = pronoun_actor(doc, "he");
    ASSERT_NE(he, nullptr);
    EXPECT_EQ(he->country, "ETH");
}

TEST(PronounActors, APronounInADirectQuoteDoesNotReachOutOfIt) {
    // "They" in the minister's own words is whoever he means, not the rebels named
    // before his quote.
    const Document doc = code(
        "Syrian rebels shelled the town of Idlib on Monday. "
        "\"They will pay dearly for every shell they fired,\" the Syrian defence minister told reporters.");
    EXPECT_EQ(pronoun_actor(doc, "They"), nullptr);
}

TEST(PronounActors, APronounNotBeforeAVerbIsNoActor) {
    // "it" is the object here: the United Nations did not condemn itself.
    const Document doc = code("The Iraqi army detained the protesters. The United Nations condemned it on Tuesday.");
    EXPECT_EQ(pronoun_actor(doc, "it"), nullptr);
}

// Object pronouns: "him" and "them" as "he" and "they", never the subject of their own verb.
TEST(PronounActors, HimRefersToThePersonBeforeAndNotToItsVerbsSubject) {
    const Document doc = code(
        "The Kenyan president dissolved the cabinet on Monday. "
        "Kenyan lawmakers threatened to impeach him.");
    const ActorMention* him = pronoun_actor(doc, "him");
    ASSERT_NE(him, nullptr);
    EXPECT_EQ(him->code, "KENGOV");
    EXPECT_EQ(him->country_from, "pronoun");
}

TEST(PronounActors, ThemOfAConjoinedVerbSkipsTheFirstVerbsSubject) {
    const Document doc = code("Iraqi police arrested Iranian protesters and beat them.");
    const ActorMention* them = pronoun_actor(doc, "them");
    ASSERT_NE(them, nullptr);
    EXPECT_EQ(them->code, "IRNOPP");
}

TEST(PronounActors, ThemAfterAPluralThingIsNoActor) {
    // The nearest plural noun before "them" is "rifles", which is no actor.
    const Document doc = code("Iranian protesters handed over rifles and police destroyed them.");
    EXPECT_EQ(pronoun_actor(doc, "them"), nullptr);
}

// Countries named by a noun ("this impoverished nation", "the kingdom") or as "the North".
TEST(PronounActors, ThisNationRefersToTheCountryNamedBeforeNotTheSubject) {
    const Document doc = code(
        "Haiti's military rulers agreed to step down. "
        "The United States called off an invasion of this impoverished nation.");
    const ActorMention* nation = pronoun_actor(doc, "this impoverished nation");
    ASSERT_NE(nation, nullptr);
    EXPECT_EQ(nation->code, "HTI");
    EXPECT_TRUE(nation->sector.empty());
    EXPECT_EQ(nation->country_from, "reference");
}

TEST(PronounActors, TheCountrysAgentIsLeftToTheAgentRule) {
    const Document doc = code("Haiti held elections. The country's army stayed in its barracks.");
    EXPECT_EQ(pronoun_actor(doc, "The country"), nullptr);
}

TEST(PronounActors, TheNorthIsTheCountryWhoseNameBeginsWithNorth) {
    const Document doc = code("North Korea shelled a South Korean island. South Korea fired back at the North.");
    const ActorMention* north = pronoun_actor(doc, "the North");
    ASSERT_NE(north, nullptr);
    EXPECT_EQ(north->code, "PRK");
    bool target = false;
    for (const Event& e : doc.events)
        if (e.target && e.target->text == "the North" && e.source && e.source->code == "KOR") target = true;
    EXPECT_TRUE(target);
}

TEST(PronounActors, TheSouthPacificIsNoReference) {
    const Document doc = code("South Korea sent a ship to the South Pacific.");
    for (const ActorMention& m : doc.actors) EXPECT_NE(m.country_from, "reference") << doc.view(m.span);
}

// A non-state organisation named by a noun ("the group", "the militant group").
TEST(PronounActors, TheGroupRefersToTheArmedGroupNamedBefore) {
    const Document doc = code(
        "Hezbollah fired rockets at Israel on Sunday. "
        "The group said it would keep fighting.");
    const ActorMention* group = pronoun_actor(doc, "The group");
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->code.substr(0, 6), "LBNREB");
    EXPECT_EQ(group->country_from, "reference");
    // "it" after the group's "said" is the group, not Israel.
    const ActorMention* it = pronoun_actor(doc, "it");
    ASSERT_NE(it, nullptr);
    EXPECT_EQ(it->code, group->code);
}

TEST(PronounActors, TheMilitantGroupIsTheNamedGroupNotAGenericActorOfTheStory) {
    // Without the reference, "militant group" takes the story's country (Lebanon, Israel).
    const Document doc = code(
        "Hezbollah fired rockets at Israel on Sunday. "
        "Israel said the militant group also attacked a border post.");
    const ActorMention* group = pronoun_actor(doc, "the militant group");
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->code.substr(0, 6), "LBNREB");
    for (const ActorMention& m : doc.actors) EXPECT_NE(doc.view(m.span), "militant group");
}

TEST(PronounActors, TheGroupDoesNotReferToAStateOrItsForces) {
    const Document doc = code("Syrian troops shelled the town on Monday. The group said it had lost two men.");
    EXPECT_EQ(pronoun_actor(doc, "The group"), nullptr);
}

TEST(PronounActors, PronounAfterAReportingVerbIsFirstTheSpeaker) {
    // "the Houthis" are nearer, but the coalition says what it did itself.
    const Document doc = code(
        "The Saudi-led coalition, which has been fighting the Houthis since 2015, "
        "said it shot down a drone over Jizan.");
    const ActorMention* it = pronoun_actor(doc, "it");
    ASSERT_NE(it, nullptr);
    EXPECT_EQ(it->code.substr(0, 3), "SAU");
}

}  // namespace
}  // namespace sitrep
