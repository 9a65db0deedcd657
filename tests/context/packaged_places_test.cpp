// The GeoNames cities that Debian's libgeonames carries, read into the gazetteer.
#include <gtest/gtest.h>

#include "context_fixture.hpp"

using namespace sitrep;
using sitrep::testing::detected;

namespace {

class PackagedPlaces : public ::testing::Test {
protected:
    void SetUp() override {
        // GeoNames is a dependency (scripts/setup.sh): without it the place figures change.
        ASSERT_TRUE(packaged_places_available()) << "built without libgeonames-dev (scripts/setup.sh)";
    }
    // The single place detected in `sentence`, as "name/ISO3/precision".
    static std::string place_in(const std::string& sentence) {
        Document doc = detected(sentence);
        if (doc.places.size() != 1) return std::to_string(doc.places.size()) + " places";
        const PlaceMention& p = doc.places[0];
        return p.name + "/" + p.country + "/" + p.precision;
    }
};

TEST_F(PackagedPlaces, AddsThousandsOfCitiesOverTheHandWrittenOnes) {
    Gazetteer gazetteer;
    Diagnostics diagnostics;
    for (const BuiltinFile& f : builtin_files())
        if (f.path.starts_with("data/places/")) gazetteer.add_file(f.content, f.path, diagnostics);
    const size_t hand_written = gazetteer.size();
    const size_t added = add_packaged_places(gazetteer, PackagedPlaceOptions{}, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << diagnostics.front().message;
    // GeoNames lists about 4,500 cities of 100,000 people or more; those the
    // hand-written files already hold are not added twice.
    EXPECT_GT(added, 3000u);
    EXPECT_EQ(gazetteer.size(), hand_written + added);
}

TEST_F(PackagedPlaces, CitiesNotInTheHandWrittenFilesAreFound) {
    EXPECT_EQ(place_in("Protesters gathered in Wuppertal."), "Wuppertal/DEU/city");
    EXPECT_EQ(place_in("Floods hit homes in Surabaya."), "Surabaya/IDN/city");
    EXPECT_EQ(place_in("A blast was heard in Ras al-Khaimah."), "Ras al-Khaimah/ARE/city");
}

TEST_F(PackagedPlaces, AccentlessSpellingFindsTheAccentedName) {
    const std::string found = place_in("Thousands marched in Sao Paulo.");
    EXPECT_EQ(found.substr(found.find('/')), "/BRA/city");
}

TEST_F(PackagedPlaces, CoordinatesComeFromTheDataSet) {
    Document doc = detected("Protesters gathered in Wuppertal.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_NEAR(doc.places[0].lat, 51.26, 0.1);
    EXPECT_NEAR(doc.places[0].lon, 7.15, 0.1);
    EXPECT_NE(doc.places[0].rule.find("libgeonames"), std::string::npos);
}

TEST_F(PackagedPlaces, ACityNeverShadowsACountryOrAHandWrittenEntry) {
    EXPECT_EQ(place_in("Rockets were fired in Lebanon."), "Lebanon/LBN/country");
    const std::string basra = place_in("Protests spread in Basra.");
    EXPECT_EQ(basra, "Basra/IRQ/city");
    Document doc = detected("Protests spread in Basra.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.places[0].rule.find("libgeonames"), std::string::npos) << doc.places[0].rule;
}

TEST_F(PackagedPlaces, SameNameTakesTheLargerCityWhenNothingElseDecides) {
    // GeoNames has Richmond, British Columbia (about 200,000) and Richmond,
    // Virginia (about 230,000); neither is hand-written.
    EXPECT_EQ(place_in("Protesters gathered in Richmond."), "Richmond/USA/city");
    // Context still decides first: a Canadian actor or place in the sentence.
    Document doc = detected("Canadian police said protesters gathered in Vancouver and in Richmond.");
    ASSERT_EQ(doc.places.size(), 2u);
    EXPECT_EQ(doc.places[1].country, "CAN");
}

TEST_F(PackagedPlaces, AHandWrittenEntryWinsATieWithAPackagedOne) {
    // Kingston, Jamaica is hand-written (a capital); Kingston, Ontario is a GeoNames city.
    EXPECT_EQ(place_in("Talks were held in Kingston."), "Kingston/JAM/city");
}

TEST_F(PackagedPlaces, FirstLevelDivisionsComeFromTheTownsRecords) {
    EXPECT_EQ(place_in("Storms hit homes in Texas."), "Texas/USA/admin1");
    EXPECT_EQ(place_in("Farmers protested in Bavaria."), "Bavaria/DEU/admin1");
    Document doc = detected("Storms hit homes in Texas.");
    ASSERT_EQ(doc.places.size(), 1u);
    // Placed at the centre of its towns: inside Texas, not at one city.
    EXPECT_NEAR(doc.places[0].lat, 31.0, 3.0);
    EXPECT_NEAR(doc.places[0].lon, -98.0, 3.0);
}

TEST_F(PackagedPlaces, GenericDivisionNamesAreLeftOut) {
    // GeoNames has divisions called "Central", "Eastern" and "Western" (Ghana,
    // Zambia, Sri Lanka ...); they must not swallow these names.
    for (const std::string& sentence :
         {std::string("Fighting resumed in Eastern Ukraine."), std::string("Troops moved in Central Asia."),
          std::string("Sanctions were debated in Western capitals.")}) {
        for (const PlaceMention& p : detected(sentence).places)
            EXPECT_NE(p.precision, "admin1") << sentence << ": " << p.name << " " << p.rule;
    }
}

TEST_F(PackagedPlaces, MissingIsoTableIsOneWarningAndNoCities) {
    Gazetteer gazetteer;
    Diagnostics diagnostics;
    PackagedPlaceOptions options;
    options.iso_3166_json = "/nonexistent/iso_3166-1.json";
    EXPECT_EQ(add_packaged_places(gazetteer, options, diagnostics), 0u);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].file, options.iso_3166_json);
    EXPECT_EQ(gazetteer.size(), 0u);
}

}  // namespace
