#include <gtest/gtest.h>

#include "context_fixture.hpp"

using namespace sitrep;
using sitrep::testing::add_actor;
using sitrep::testing::detected;
using sitrep::testing::detected_alone;
using sitrep::testing::tokenized;

TEST(PlaceDetector, CityAfterIn) {
    Document doc = detected("Officials met in Baghdad on Saturday.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Baghdad");
    EXPECT_EQ(doc.places[0].country, "IRQ");
    EXPECT_EQ(doc.places[0].precision, "city");
    EXPECT_EQ(doc.view(doc.places[0].span), "Baghdad");
}

TEST(PlaceDetector, SubjectNameIsNotAPlace) {
    EXPECT_TRUE(detected("Washington announced an agreement.").places.empty());
}

TEST(PlaceDetector, NameAfterPrepositionIsAPlace) {
    Document doc = detected("The envoy arrived in Washington.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].country, "USA");
}

TEST(PlaceDetector, LongestMatchTakesTheLandmark) {
    Document doc = detected("A drone struck outside Baghdad airport.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].precision, "landmark");
    EXPECT_EQ(doc.view(doc.places[0].span), "Baghdad airport");
}

TEST(PlaceDetector, InTheDirectionOfANameIsTowardIt) {
    Document doc = detected("Troops advanced in the direction of Kherson.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Kherson");
}

TEST(PlaceDetector, TheStateOfANameIsThatPlace) {
    // "state" before "of" names a place like "province of" does; past the preposition's reach.
    Document doc = detected("Troops killed fighters in the northeastern state of Borno.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Borno");
    // "a state of emergency" is no place.
    EXPECT_TRUE(detected("Officials declared a state of emergency.").places.empty());
}

TEST(PlaceDetector, ACountrysCapitalIsItsCapitalCity) {
    Document doc = detected("Rockets hit a market in Iraq's capital.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Baghdad");
    // With an adjective between, some city of the country: the country.
    doc = detected("Rockets hit a market in India's financial capital.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "India");
}

TEST(PlaceDetector, DirectionWordMaySitBeforeTheName) {
    Document doc = detected("Fighting resumed in northern Iraq.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Iraq");
}

TEST(PlaceDetector, NorthKoreaIsNotNorthPlusKorea) {
    Document doc = detected("Missiles were launched from North Korea.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].country, "PRK");
}

TEST(PlaceDetector, CoordinatedPlacesShareThePreposition) {
    // Detectors alone: the tagger reads "face" as a noun here, so the chunker makes
    // "Syria face attacks" one noun phrase and "Syria" a modifier, not a place.
    Document doc = detected_alone("US forces in Iraq and Syria face attacks.");
    ASSERT_EQ(doc.places.size(), 2u);
    EXPECT_EQ(doc.places[1].name, "Syria");
}

TEST(PlaceDetector, TheBeforeTheName) {
    Document doc = detected("Clashes broke out in the Gaza Strip.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].country, "PSE");
}

TEST(PlaceDetector, GeorgiaIsTheCountryByDefault) {
    Document doc = detected("Protests spread in Georgia.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].country, "GEO");
}

TEST(PlaceDetector, GeorgiaIsTheUsStateWhenCuesSaySo) {
    Document doc = detected("Voters lined up in Atlanta and across Georgia for the state primary.");
    ASSERT_FALSE(doc.places.empty());
    EXPECT_EQ(doc.places.back().country, "USA");
}

TEST(PlaceDetector, NameAfterCityOfIsAPlace) {
    Document doc = detected("Russian forces shelled the Ukrainian city of Kharkiv overnight.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Kharkiv");
    EXPECT_EQ(doc.places[0].country, "UKR");
    EXPECT_NE(doc.places[0].rule.find("after 'city'"), std::string::npos);
    // "of" alone is no trigger: "the future of Iraq" names no place.
    EXPECT_TRUE(detected("They discussed the future of Iraq.").places.empty());
}

TEST(PlaceDetector, LowerCaseWordIsNotAPlace) {
    EXPECT_TRUE(detected("They ate in turkey sandwiches shops.").places.empty());
}

TEST(Gazetteer, ReportsBadCoordinates) {
    Gazetteer g;
    Diagnostics diagnostics;
    g.add_file("Atlantis | | city | ATL | 95 | 10\nMosul | | city | IRQ | 36.34 | 43.13\n", "data/places/x.txt",
               diagnostics);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].line, 1u);
    EXPECT_EQ(g.size(), 1u);
}

TEST(Gazetteer, BuiltinFilesLoadWithoutErrors) {
    ContextData data;
    Diagnostics diagnostics;
    for (const BuiltinFile& f : builtin_files()) data.add_file({f.path, f.content}, diagnostics);
    for (const Diagnostic& d : diagnostics) ADD_FAILURE() << d.format();
    EXPECT_GT(data.places->size(), 400u);
}

TEST(PlaceDetector, OnAfterAnAttackNounIntroducesAPlace) {
    Document doc = detected("Jets carried out air strikes on Gaza overnight.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].country, "PSE");
    // "on" alone does not: sanctions are not somewhere.
    EXPECT_TRUE(detected("Washington imposed sanctions on Iran.").places.empty());
}

TEST(PlaceDetector, PossessiveNameBeforeASiteNoun) {
    Document doc = detected("Jets bombed Beirut's airport.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Beirut");
    EXPECT_EQ(doc.view(doc.places[0].span), "Beirut");
    // A possessive before another noun names an owner, not a site.
    EXPECT_TRUE(detected("Jets bombed Lebanon's army.").places.empty());
}

TEST(PlaceDetector, PossessiveNameBeforeAnAdjectiveIsStillAPlace) {
    Document doc = detected("Fighting spread in Iraq's northern provinces.");
    ASSERT_FALSE(doc.places.empty());
    EXPECT_EQ(doc.places[0].country, "IRQ");
}

TEST(PlaceDetector, NameStartingALongerNameIsNoPlace) {
    EXPECT_TRUE(detected("The remarks came from Jordan Peterson.").places.empty());
    EXPECT_TRUE(detected("He spoke at Georgia Tech.").places.empty());
    // A date after the name is no part of it.
    Document doc = detected("Bombs exploded in Kabul Sunday.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Kabul");
}

TEST(PlaceDetector, TownsOfWarReporting) {
    for (const auto& [text, country] :
         std::vector<std::pair<std::string, std::string>>{{"Food reached the besieged town of Darayya.", "SYR"},
                                                          {"Troops entered the town of Srebrenica.", "BIH"},
                                                          {"Fighting broke out in South Ossetia.", "GEO"},
                                                          {"Shelling resumed near Debaltseve.", "UKR"},
                                                          {"Militants fled into North Waziristan.", "PAK"},
                                                          {"Drones struck targets in Crimea.", "UKR"}}) {
        Document doc = detected(text);
        ASSERT_EQ(doc.places.size(), 1u) << text;
        EXPECT_EQ(doc.places[0].country, country) << text;
    }
}

TEST(PlaceDetector, NameModifyingASiteNounAfterAnArticle) {
    Document doc = detected("A bomb exploded at noon in a crowded market; a Kabul market was hit.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Kabul");
    // No article, no place: "Kabul" could name the actor ("Kabul market traders").
    EXPECT_TRUE(detected("Kabul market traders protested.").places.empty());
}

namespace {
// The places of `text` with the given words tagged as the syntax stage would tag them.
Document detected_tagged(const std::string& text,
                         std::initializer_list<std::pair<std::string_view, PartOfSpeech>> tags) {
    Document doc = tokenized(text);
    for (Token& t : doc.tokens)
        for (const auto& [word, pos] : tags)
            if (t.norm == word) t.pos = pos;
    for (const auto& stage : make_context_detectors(sitrep::testing::builtin_context())) stage->run(doc);
    return doc;
}
}  // namespace

TEST(PlaceDetector, NameBeforeANounModifiesIt) {
    // "Iraq war": the name qualifies the noun after it.
    Document doc = detected_tagged("The report dwelt on crimes in Iraq war zones.",
                                   {{"war", PartOfSpeech::noun}, {"zones", PartOfSpeech::noun}});
    EXPECT_TRUE(doc.places.empty());
}

TEST(PlaceDetector, NameBeforeADateIsAPlace) {
    // The word after the name belongs to the date ("next week") or qualifies it ("late
    // Tuesday"), so the name stands alone.
    Document late = detected_tagged("Bombs went off in Karachi late Tuesday.", {{"late", PartOfSpeech::adjective}});
    ASSERT_EQ(late.places.size(), 1u);
    EXPECT_EQ(late.places[0].name, "Karachi");
    Document next = detected_tagged("The navies will train off Japan next month.", {{"next", PartOfSpeech::adjective}});
    ASSERT_EQ(next.places.size(), 1u);
    EXPECT_EQ(next.places[0].country, "JPN");
}

TEST(PlaceDetector, NameBeforeADivisionNounIsAPlaceWithoutAPreposition) {
    Document doc = detected("Fighters of the restive Kherson region shelled a depot.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Kherson Oblast");
    EXPECT_EQ(doc.places[0].precision, "admin1");
}

TEST(PlaceDetector, TheTownIsTheTownNamedBefore) {
    Document doc =
        detected("Jets struck targets in Kramatorsk. Troops encircled the defenders holding out in the town.");
    ASSERT_FALSE(doc.places.empty());
    const PlaceMention& last = doc.places.back();
    EXPECT_EQ(last.name, "Kramatorsk");
    EXPECT_EQ(last.sentence, 1u);
    EXPECT_EQ(doc.view(last.span), "the town");
    // A kind of place never named before stands for nothing.
    EXPECT_TRUE(detected("Troops fought on in the town.").places.empty());
    EXPECT_EQ(detected("Jets struck targets in Kramatorsk. Troops fought on in the province.").places.size(), 1u);
}

TEST(PlaceDetector, NearbyMayStandBeforeTheName) {
    Document doc = detected("Warplanes launched airstrikes on nearby Kramatorsk.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Kramatorsk");
}

TEST(PlaceDetector, PossessiveCountryBeforeANationalBodyIsItsCapital) {
    Document doc =
        detected_tagged("Students camped out at Kenya's parliament for a week.", {{"parliament", PartOfSpeech::noun}});
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].name, "Nairobi");
    EXPECT_EQ(doc.view(doc.places[0].span), "Kenya");
}

TEST(PlaceDetector, FromACountrysThingIsNoPlace) {
    // "from" with the country's election says what was left, not where.
    EXPECT_TRUE(detected_tagged("The candidate withdrew from Kenya's presidential runoff.",
                                {{"presidential", PartOfSpeech::adjective}, {"runoff", PartOfSpeech::noun}})
                    .places.empty());
    // ... but "from" with a part of the country says where.
    Document doc = detected_tagged("Refugees fled from Kenya's border areas.",
                                   {{"border", PartOfSpeech::noun}, {"areas", PartOfSpeech::noun}});
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].country, "KEN");
}

TEST(PlaceDetector, NationalityBeforeAPlaceNounIsAPlaceInThatCountry) {
    auto places = [](const std::string& text, std::string_view adjective, const std::string& code) {
        Document doc = tokenized(text);
        add_actor(doc, adjective, code, code);
        for (const auto& stage : make_context_detectors(sitrep::testing::builtin_context())) stage->run(doc);
        return doc.places;
    };
    auto border = places("Peru moved two divisions to the Chilean border.", "Chilean", "CHL");
    ASSERT_EQ(border.size(), 1u);
    EXPECT_EQ(border[0].name, "Chile");
    EXPECT_EQ(border[0].precision, "country");
    auto island = places("Gunboats shelled a Greek island at dawn.", "Greek", "GRC");
    ASSERT_EQ(island.size(), 1u);
    EXPECT_EQ(island[0].country, "GRC");
    // Before a noun that is no place, a nationality says whose, not where.
    EXPECT_TRUE(places("Peru expelled the Chilean ambassador.", "Chilean", "CHL").empty());
}
