// The actor-countries stage on the whole built-in pipeline: each kind of evidence for
// the country of a generic agent, the order in which they are tried, and bare country
// names that only say where something happened.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "../support/pipeline.hpp"
#include "core/document.hpp"
#include "io/event_json.hpp"

namespace sitrep {
namespace {

Document code(std::string text) {
    return testing::coded(std::move(text));
}

const ActorMention* mention(const Document& doc, std::string_view text) {
    for (const ActorMention& m : doc.actors)
        if (doc.view(m.span) == text) return &m;
    return nullptr;
}

// "CODE from SOURCE" for compact expectations; "CODE" when the words named the country.
std::string coded_as(const Document& doc, std::string_view text) {
    const ActorMention* m = mention(doc, text);
    if (!m) return "<no mention '" + std::string(text) + "'>";
    if (m->code.empty()) return "<none>";
    return m->country_from.empty() ? m->code : m->code + " from " + m->country_from;
}

// ---- each kind of evidence -----------------------------------------------------

TEST(ActorCountries, AdjectiveBeforeAModifierAndTheAgent) {
    EXPECT_EQ(coded_as(code("Kenyan elite police arrested two men."), "police"), "KENCOP from adjective");
}

TEST(ActorCountries, PossessiveCountryBeforeAModifierAndTheAgent) {
    EXPECT_EQ(coded_as(code("Kenya's elite police arrested two men."), "police"), "KENCOP from possessive");
}

TEST(ActorCountries, CountriesListedAfterFromOrOf) {
    // One country in the list: the agent's; two: none, even with a place in the sentence.
    auto one = code("Officials from both the Kenyan army and the Kenyan police met in Kampala.");
    EXPECT_EQ(coded_as(one, "Officials"), "KENGOV from adjective");
    auto two = code("Officials from both the Kenyan army and the Ugandan army met in Kampala.");
    EXPECT_EQ(coded_as(two, "Officials"), "<none>");
}

TEST(ActorCountries, TheCountrysTakesTheCountryNamedBefore) {
    auto doc = code("Kenya held elections in August. The country's parliament met on Monday.");
    EXPECT_EQ(coded_as(doc, "parliament"), "KENLEG from previous");
}

TEST(ActorCountries, ItsTakesTheNearestNamedCountry) {
    EXPECT_EQ(coded_as(code("Chad said its army had crossed the border."), "army"), "TCDMIL from previous");
}

TEST(ActorCountries, ItsAfterAnOrganisationGivesNoCountry) {
    // The envoy is the UN's: no country, and no guess from the story either.
    auto doc = code("Mali expelled the envoy. The United Nations said its envoy would return.");
    const ActorMention* m = nullptr;
    for (const ActorMention& a : doc.actors)
        if (doc.view(a.span) == "envoy" && a.sentence == 1) m = &a;
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->code, "");
}

TEST(ActorCountries, HisTakesTheCountryOfThePersonNamedBefore) {
    // Not the United States, the nearest country: the ambassador's own.
    auto doc = code("Pakistan's ambassador to the United States said his government condemned the attack.");
    EXPECT_EQ(coded_as(doc, "government"), "PAKGOV from previous");
}

TEST(ActorCountries, PlaceOfTheSentence) {
    auto doc = code("Police fired tear gas at students in Nairobi on Tuesday.");
    EXPECT_EQ(coded_as(doc, "Police"), "KENCOP from place");
}

TEST(ActorCountries, DatelinePlace) {
    // A name the dictionaries do not know: a known one ("Warren Christopher") carries
    // its own country. The dateline is on its own line, as wire copy often has it.
    auto doc = code("WASHINGTON (AP) --\nSecretary of State Harold Brenner met reporters on Tuesday.");
    EXPECT_EQ(coded_as(doc, "Secretary of State Harold Brenner"), "USAGOV from dateline");
}

TEST(ActorCountries, ANamedPersonInApposition) {
    // The role's country is the one of the person the dictionaries know, not the
    // place named in what was said.
    auto doc = code("The secretary of state, Antony Blinken, said the talks in Cairo had failed.");
    EXPECT_EQ(coded_as(doc, "secretary of state"), "USAGOV from apposition");
    // A person followed by more words is no apposition ("the minister, Antony Blinken and ...").
    doc = code("The minister, Antony Blinken and two aides met in Cairo.");
    EXPECT_EQ(coded_as(doc, "minister"), "EGYGOV from place");
}

TEST(ActorDictionaries, ALeaderKnownOnlyByASurnameOnlyInHisPeriod) {
    // The head of the Kosovo monitors while the mission lasted; anyone else before and after.
    Document doc =
        testing::coded("An angry Walker accused the police of the killings.", std::nullopt, Date{1999, 1, 17});
    EXPECT_EQ(coded_as(doc, "Walker"), "IGOEUROSC");
    doc = testing::coded("An angry Walker accused the police of the killings.", std::nullopt, Date{2004, 1, 17});
    EXPECT_EQ(coded_as(doc, "Walker"), "<none>");
}

TEST(ActorCountries, APlaceInReportedSpeechIsNotTheSpeakersCountry) {
    // The place is in what the minister said, so the dateline decides (the story names
    // Britain and Fiji once each, so it is about neither).
    auto doc = code("LONDON --\nThe minister said the election in Fiji was a setback. Britain suspended aid.");
    EXPECT_EQ(coded_as(doc, "minister"), "GBRGOV from dateline");
    // Outside the reported words the place still counts.
    doc = code("LONDON --\nIn Fiji the minister said the election was a setback. Britain suspended aid.");
    EXPECT_EQ(coded_as(doc, "minister"), "FJIGOV from place");
}

TEST(ActorCountries, TheOnlyCountryOfTheStory) {
    auto doc = code("Mali's president spoke on Monday. Soldiers later arrested two ministers.");
    EXPECT_EQ(coded_as(doc, "Soldiers"), "MLIMIL from story");
}

TEST(ActorCountries, NoStoryCountryWhenTwoWeighTheSame) {
    auto doc = code("Mali and Niger signed a pact on Monday. Soldiers later arrested two ministers.");
    EXPECT_EQ(coded_as(doc, "Soldiers"), "<none>");
}

TEST(ActorCountries, EventRecordCarriesTheSource) {
    auto doc = code("Police fired tear gas at protesters in Nairobi on Tuesday.");
    ASSERT_FALSE(doc.events.empty());
    ASSERT_TRUE(doc.events[0].source.has_value());
    EXPECT_EQ(doc.events[0].source->code, "KENCOP");
    EXPECT_EQ(doc.events[0].source->country_from, "place");
}

TEST(ActorCountries, JsonWritesAndReadsTheSourceOnlyWhenInferred) {
    io::EventRecord record;
    record.doc = "t";
    record.event.source = EventActor{"Police", "KENCOP", "KEN", "COP", Span{0, 6}, "place"};
    record.event.target = EventActor{"Kenya", "KEN", "KEN", "", Span{10, 15}, ""};
    const std::string line = io::event_to_json(record);
    EXPECT_NE(line.find("\"country_from\":\"place\""), std::string::npos);
    EXPECT_EQ(line.find("\"country_from\":\"\""), std::string::npos);
    auto back = io::event_from_json(line);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->event.source->country_from, "place");
    EXPECT_EQ(back->event.target->country_from, "");
}

// ---- precedence ------------------------------------------------------------------

TEST(ActorCountries, AdjectiveBeatsPlace) {
    auto doc = code("Kenyan elite police arrested students in Kampala.");
    EXPECT_EQ(coded_as(doc, "police"), "KENCOP from adjective");
}

TEST(ActorCountries, PreviousBeatsPlace) {
    auto doc = code("Kenya held elections in August. The country's police arrested students in Kampala.");
    EXPECT_EQ(coded_as(doc, "police"), "KENCOP from previous");
}

TEST(ActorCountries, PlaceBeatsDateline) {
    auto doc = code("NAIROBI (AP) -- Police arrested students in Kampala.");
    EXPECT_EQ(coded_as(doc, "Police"), "UGACOP from place");
}

TEST(ActorCountries, PlacesOfTwoCountriesGiveNoneAndStopTheSearch) {
    // Between Kenya and Uganda the police get no country, not the dateline's.
    auto doc = code("NAIROBI (AP) -- Police stopped students in Mombasa and Kampala.");
    EXPECT_EQ(coded_as(doc, "Police"), "<none>");
}

TEST(ActorCountries, DatelineBeatsStory) {
    auto doc = code(
        "MOSCOW (AP) -- Russia criticised Belarus. Belarus closed its border with Poland. "
        "Belarus said officials would stay.");
    EXPECT_EQ(coded_as(doc, "officials"), "RUSGOV from dateline");
}

TEST(ActorCountries, StoryBeatsADatelineItNeverMentions) {
    auto doc = code("THE HAGUE (AP) -- Belarus closed its border with Poland. Belarus said officials would stay.");
    EXPECT_EQ(coded_as(doc, "officials"), "BLRGOV from story");
}

TEST(ActorCountries, HereIsNoFurtherMentionOfTheDatelinesCountry) {
    // "here" is the dateline's place again, not a sign that the story is about its country.
    auto doc = code(
        "THE HAGUE (AP) -- Belarus closed its border with Poland, a spokesman said here. "
        "Belarus said officials would stay.");
    EXPECT_EQ(coded_as(doc, "officials"), "BLRGOV from story");
}

TEST(ActorCountries, NamedCountryIsNotInferred) {
    auto doc = code("NAIROBI (AP) -- Ugandan troops crossed the border.");
    EXPECT_EQ(coded_as(doc, "Ugandan troops"), "UGAMIL");
}

TEST(ActorCountries, CrowdsTakeNoCountryFromDatelineOrStory) {
    EXPECT_EQ(coded_as(code("NAIROBI (AP) -- Civilians fled the fighting."), "Civilians"), "<none>");
    EXPECT_EQ(coded_as(code("Civilians fled the fighting in Nairobi."), "Civilians"), "KENCVL from place");
}

// ---- the built-in sector words (data/actors/sectors.agents) -----------------------

TEST(SectorWords, GovernmentSoldiersAreTheMilitary) {
    auto doc = code("LUSAKA (AP) -- Government soldiers fired on rebels near the airport.");
    EXPECT_EQ(coded_as(doc, "Government soldiers"), "ZMBMIL from dateline");
}

TEST(SectorWords, AJuntaGoverns) {
    EXPECT_EQ(coded_as(code("The Malian ruling junta closed the border."), "Malian ruling junta"), "MLIGOV");
    EXPECT_EQ(coded_as(code("Chad's military junta closed the border."), "Chad's military junta"), "TCDGOVMIL");
}

TEST(SectorWords, ACarBomberIsAnArmedMilitantNotAnAircraft) {
    auto doc = code("A car bomber hit a checkpoint in Kabul.");
    EXPECT_EQ(coded_as(doc, "car bomber"), "AFGREB from place");
}

TEST(SectorWords, PeopleAreCiviliansOfTheirSentencesCountryOnly) {
    EXPECT_EQ(coded_as(code("In Kabul, a bomb killed 23 people on Friday."), "people"), "AFGCVL from place");
    EXPECT_EQ(coded_as(code("A bomb killed 23 people in Kabul on Friday."), "people in Kabul"), "AFGCVL");
    EXPECT_EQ(coded_as(code("The Afghan people voted."), "Afghan people"), "AFGCVL");
    // No country from the dateline: "people familiar with the plan" are nobody's civilians.
    EXPECT_EQ(coded_as(code("KABUL (AP) -- People familiar with the plan said it would go ahead."), "People"),
              "<none>");
}

TEST(SectorWords, TopicWordsNameNoAgent) {
    // Entry names are names too: the sections must not make "party" or "health" agents.
    auto doc = code("Kenya said the party and the health of the economy mattered.");
    EXPECT_EQ(mention(doc, "party"), nullptr);
    EXPECT_EQ(mention(doc, "health"), nullptr);
}

TEST(ActorCountries, RefugeesAndAidAgenciesTakeNoCountryFromDatelineOrStory) {
    EXPECT_EQ(coded_as(code("NAIROBI (AP) -- Refugees crossed the border."), "Refugees"), "<none>");
    EXPECT_EQ(coded_as(code("NAIROBI (AP) -- Aid agencies appealed for funds."), "Aid agencies"), "<none>");
    EXPECT_EQ(coded_as(code("Aid agencies appealed for funds in Nairobi."), "Aid agencies"), "NGOKEN from place");
}

// ---- places are not participants -------------------------------------------------

TEST(ActorCountries, CountriesWhereAnActorIsAreNoParticipants) {
    auto doc = code("Turkish warplanes struck Kurdish militants in northern Iraq and Syria.");
    for (std::string_view place : {"Iraq", "Syria"}) {
        const ActorMention* m = mention(doc, place);
        ASSERT_NE(m, nullptr) << place;
        EXPECT_EQ(m->kind, ActorKind::uncoded) << place;
    }
    for (const Event& e : doc.events) {
        if (e.target) {
            EXPECT_NE(e.target->code, "IRQ");
            EXPECT_NE(e.target->code, "SYR");
        }
    }
}

TEST(ActorCountries, HostCountryOfACourtIsNoParticipant) {
    auto doc = code("The International Criminal Court in The Hague, Netherlands, accused Russia of war crimes.");
    const ActorMention* m = mention(doc, "Netherlands");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->kind, ActorKind::uncoded);
    for (const Event& e : doc.events) {
        if (e.source) {
            EXPECT_NE(e.source->code, "NLD");
        }
        if (e.target) {
            EXPECT_NE(e.target->code, "NLD");
        }
    }
}

TEST(ActorCountries, CountryWhereAThingIsStaysAParticipant) {
    // No actor before "in": the country is the side the event was done to.
    auto doc = code("Iraqi forces set fire to oil facilities in southern Kuwait.");
    const ActorMention* m = mention(doc, "Kuwait");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->kind, ActorKind::coded);
}

}  // namespace
}  // namespace sitrep

namespace sitrep {
namespace {

// ---- confidence ------------------------------------------------------------------

double first_event_confidence(const std::string& text) {
    const Document doc = code(text);
    EXPECT_FALSE(doc.events.empty()) << text;
    return doc.events.empty() ? -1.0 : doc.events[0].confidence;
}

TEST(ActorCountriesConfidence, CountryFromTheSentencesPlaceIsLessSureThanFromTheActorsOwnWords) {
    const double own_words = first_event_confidence("Kenyan police arrested Somali smugglers.");
    const double from_place = first_event_confidence("Police arrested Somali smugglers in Nairobi.");
    EXPECT_LT(from_place, own_words);
}

}  // namespace
}  // namespace sitrep
