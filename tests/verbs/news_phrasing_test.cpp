// The built-in dictionaries on the ordinary ways wire copy words each CAMEO
// category: support verbs with an event noun ("paid an official visit"),
// particles after the object ("pulled its troops back"), sums of money as aid,
// the attacker's kind before the verb ("a suicide bomber killed"). Sentences
// written for these tests; each case names the source, CAMEO code and target
// prefixes it needs, so it fails when an entry or a pattern goes missing.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../support/pipeline.hpp"

namespace sitrep {
namespace {

class NewsPhrasing : public ::testing::Test {
protected:
    // "SRC CAMEO TGT" for every event coded from `text` on `date`.
    static std::vector<std::string> code(const std::string& text, Date date) {
        return testing::triples(testing::coded(text, std::nullopt, date));
    }
    static bool has(const std::vector<std::string>& events, std::string_view source, std::string_view cameo,
                    std::string_view target) {
        return testing::has_triple(events, source, cameo, target);
    }
    static ::testing::AssertionResult codes(const std::string& text, Date date, std::string_view source,
                                            std::string_view cameo, std::string_view target) {
        return testing::codes_triple(text, date, source, cameo, target);
    }
};

constexpr Date k2015{2015, 6, 1};
constexpr Date k2023{2023, 6, 1};

// --- 04 consult ----------------------------------------------------------------------------

TEST_F(NewsPhrasing, PayingAVisitWhateverItsKind) {
    EXPECT_TRUE(codes("The Turkish president paid an official visit to Iran.", k2015, "TURGOV", "042", "IRN"));
    EXPECT_TRUE(codes("The Turkish president paid an official visit to Iran.", k2015, "IRN", "043", "TURGOV"));
    EXPECT_TRUE(codes("The Austrian chancellor paid the Czech president a visit.", k2015, "AUTGOV", "042", "CZEGOV"));
    // Paying tribute or compensation is no visit.
    EXPECT_FALSE(has(code("Israel paid compensation to Turkey.", k2015), "", "04", ""));
}

TEST_F(NewsPhrasing, BeginningOrEndingAVisitIsTheVisit) {
    EXPECT_TRUE(codes("The Chinese president wrapped up a three-day visit to Russia.", k2023, "CHNGOV", "042", "RUS"));
    EXPECT_TRUE(codes("The Japanese prime minister ended his visit to India.", k2023, "JPNGOV", "042", "IND"));
    EXPECT_TRUE(codes("The Japanese prime minister concluded his visit to India.", k2023, "JPNGOV", "042", "IND"));
    EXPECT_TRUE(codes("The Brazilian president began a state visit to Angola.", k2023, "BRAGOV", "042", "AGO"));
}

// --- 07 aid --------------------------------------------------------------------------------

TEST_F(NewsPhrasing, ASumOfMoneyGivenIsEconomicAid) {
    EXPECT_TRUE(codes("Japan provided 100 million dollars to Ukraine.", k2023, "JPN", "071", "UKR"));
    EXPECT_TRUE(codes("The United States gave 500 million dollars to Pakistan.", k2015, "USA", "071", "PAK"));
}

// --- 08 yield ------------------------------------------------------------------------------

TEST_F(NewsPhrasing, PullingTroopsBackAfterTheObject) {
    EXPECT_TRUE(codes("Russia pulled its troops back from the Ukrainian border.", k2015, "RUS", "0874", "UKR"));
    EXPECT_TRUE(codes("Ethiopia pulled its soldiers out of Somalia.", k2015, "ETH", "0874", "SOM"));
}

// --- 12 reject -----------------------------------------------------------------------------

TEST_F(NewsPhrasing, RefusingToAcceptAidIsARefusalNotAnAcceptance) {
    auto events = code("Venezuela refused to accept humanitarian aid from the United States.", k2015);
    EXPECT_TRUE(has(events, "VEN", "12", "USA"));
    EXPECT_FALSE(has(events, "", "08", ""));
}

// --- 18 assault ----------------------------------------------------------------------------

TEST_F(NewsPhrasing, ASuicideBombersKillingIsABombingNotFighting) {
    auto events = code("A Taliban suicide bomber killed 20 Afghan soldiers in Kabul.", k2015);
    EXPECT_TRUE(has(events, "AFGREB", "1831", "AFGMIL"));
    EXPECT_FALSE(has(events, "", "190", ""));
}

// --- actors: office holders of 1991-2025 with dated roles --------------------------------

TEST_F(NewsPhrasing, LeadersMissingBeforeHoldTheirDatedRoles) {
    EXPECT_TRUE(codes("Lech Walesa criticised Russia.", Date{1993, 6, 1}, "POLGOV", "111", "RUS"));
    EXPECT_TRUE(
        codes("Daniel arap Moi accused Uganda of backing the rebels.", Date{1997, 6, 1}, "KENGOV", "112", "UGA"));
    EXPECT_TRUE(codes("Mahathir Mohamad criticised Singapore.", Date{1998, 6, 1}, "MYSGOV", "111", "SGP"));
    EXPECT_TRUE(codes("Viktor Yanukovych criticised Russia.", Date{2008, 6, 1}, "UKROPP", "111", "RUS"));
    EXPECT_TRUE(codes("Viktor Yanukovych criticised Russia.", Date{2012, 6, 1}, "UKRGOV", "111", "RUS"));
    EXPECT_TRUE(codes("Sitiveni Rabuka criticised Australia.", k2023, "FJIGOV", "111", "AUS"));
    EXPECT_TRUE(codes("Alexei Navalny criticised Belarus.", Date{2020, 6, 1}, "RUSOPP", "111", "BLR"));
    EXPECT_TRUE(
        codes("Walid al-Moallem accused Turkey of backing the rebels.", Date{2012, 6, 1}, "SYRGOV", "112", "TUR"));
    EXPECT_TRUE(
        codes("Yingluck Shinawatra met the Cambodian prime minister.", Date{2012, 6, 1}, "THAGOV", "04", "KHM"));
    EXPECT_TRUE(
        codes("Yingluck Shinawatra met the Cambodian prime minister.", Date{2016, 6, 1}, "THAOPP", "04", "KHM"));
}

// --- 10 demand, 14 protest -----------------------------------------------------------------

TEST_F(NewsPhrasing, TellingAPartyToStopAttacksIsADemandNotAnAttack) {
    auto events = code("The United States told Israel to stop the attacks on Gaza.", k2015);
    EXPECT_TRUE(has(events, "USA", "1056", "ISR"));
    EXPECT_FALSE(has(events, "", "19", ""));
}

TEST_F(NewsPhrasing, AStrikeToProtestAgainstAPartyIsTheStrike) {
    EXPECT_TRUE(codes("Belarusian workers went on strike to protest against the government.", k2023, "BLRLAB", "143",
                      "BLRGOV"));
}

// --- actors: armed groups and offices named without a person -------------------------------

TEST_F(NewsPhrasing, ArmedGroupsByTheirOwnNames) {
    EXPECT_TRUE(codes("Tamil rebels attacked a Sri Lankan navy base.", Date{1997, 6, 1}, "LKAREB", "190", "LKAMIL"));
    EXPECT_TRUE(codes("The Tatmadaw attacked Arakan Army positions.", k2023, "MMRMIL", "190", "MMRREB"));
    EXPECT_TRUE(codes("The NPA attacked a Philippine army patrol.", k2015, "PHLREB", "190", "PHLMIL"));
    EXPECT_TRUE(codes("ETA killed a Spanish police officer.", Date{2000, 6, 1}, "ESPREB", "", "ESPCOP"));
    EXPECT_TRUE(codes("The Northern Alliance attacked Taliban positions.", Date{2001, 10, 20}, "AFGREB", "190", "AFG"));
}

TEST_F(NewsPhrasing, ThePopeIsTheHolySeeAtAnyDate) {
    EXPECT_TRUE(codes("The Pope met the Iraqi president.", Date{2021, 3, 6}, "VATGOV", "040", "IRQGOV"));
    EXPECT_TRUE(codes("The pontiff criticised Israel.", Date{1998, 6, 1}, "VATGOV", "111", "ISR"));
}

// --- 09 investigate, 19 fight --------------------------------------------------------------

TEST_F(NewsPhrasing, CompletingOrOpeningAnInvestigation) {
    EXPECT_TRUE(
        codes("The UN team completed its investigation into the Syrian attack.", k2015, "IGOUNO", "090", "SYR"));
    EXPECT_TRUE(
        codes("Indian police opened an investigation into the Pakistani spy ring.", k2015, "INDCOP", "09", "PAK"));
}

TEST_F(NewsPhrasing, LaunchingFireAgainstAParty) {
    EXPECT_TRUE(codes("Vietnamese forces launched artillery and rocket fire against Cambodian guerrilla camps.",
                      Date{1985, 6, 1}, "VNMMIL", "19", "KHM"));
}

// --- actors: generic agents ----------------------------------------------------------------

TEST_F(NewsPhrasing, SettlersRiotersAndMonksAreAgents) {
    EXPECT_TRUE(codes("Israeli settlers attacked Palestinian villagers.", k2015, "ISRCVL", "190", "PSECVL"));
    EXPECT_TRUE(codes("Thai rioters attacked the Cambodian embassy.", k2015, "THAOPP", "190", "KHM"));
    EXPECT_TRUE(codes("Burmese monks protested against the Burmese government.", k2015, "MMRREL", "14", "MMRGOV"));
}

// --- 11 disapprove -------------------------------------------------------------------------

TEST_F(NewsPhrasing, CallingSomethingByACondemningWordIsDisapproval) {
    EXPECT_TRUE(
        codes("The Iranian foreign ministry called the American sanctions illegal.", k2015, "IRNGOV", "111", "USA"));
    EXPECT_TRUE(codes("Hamas called the Israeli raid a war crime.", k2015, "PSE", "111", "ISR"));
    // An appeal stays an appeal even when it names a condemned act.
    auto events = code("China called on Japan to stop its provocations.", k2015);
    EXPECT_TRUE(has(events, "CHN", "02", "JPN"));
    EXPECT_FALSE(has(events, "", "11", ""));
}

TEST_F(NewsPhrasing, CapturingAPlaceIsTakingItCapturingPeopleIsArrest) {
    EXPECT_TRUE(codes("Sri Lankan troops captured the rebel stronghold of Jaffna.", Date{1995, 12, 5}, "LKAMIL", "192",
                      "LKAREB"));
    EXPECT_TRUE(codes("Iraqi troops captured Kurdish rebel positions.", Date{1996, 9, 1}, "IRQMIL", "192", "IRQREB"));
    EXPECT_TRUE(codes("Indian police captured two Pakistani militants.", k2015, "INDCOP", "173", "PAKREB"));
}

TEST_F(NewsPhrasing, ForcesLedByAStateAreItsMilitary) {
    EXPECT_TRUE(
        codes("Vietnamese-led forces attacked Cambodian guerrillas.", Date{1985, 6, 1}, "VNMMIL", "190", "KHM"));
    EXPECT_TRUE(codes("NATO-led troops arrested two Serbian policemen.", Date{2004, 6, 1}, "IGOWSTNAT", "173", "SRB"));
}

// --- 03 intent -----------------------------------------------------------------------------

TEST_F(NewsPhrasing, BeingReadyToActIsIntentNotTheAct) {
    auto events = code("Iran said it was ready to resume talks with the United States.", k2015);
    EXPECT_TRUE(has(events, "IRN", "036", "USA"));
    EXPECT_FALSE(has(events, "", "04", ""));
    EXPECT_TRUE(codes("China is ready to use force against Taiwan.", k2015, "CHN", "138", "TWN"));
}

// --- 05 diplomatic cooperation, 08 yield, 16 reduce relations ------------------------------

TEST_F(NewsPhrasing, TwoStatesResumingTiesRecogniseEachOther) {
    EXPECT_TRUE(codes("Qatar and Egypt resumed diplomatic ties.", k2023, "QAT", "054", "EGY"));
    EXPECT_TRUE(codes("Qatar and Egypt resumed diplomatic ties.", k2023, "EGY", "054", "QAT"));
}

TEST_F(NewsPhrasing, TwoSidesAgreeingToATruceEachStopFiring) {
    auto events = code("Israel and Hamas agreed to a truce brokered by Egypt.", k2023);
    EXPECT_TRUE(has(events, "ISR", "0871", "PSE"));
    EXPECT_TRUE(has(events, "PSE", "0871", "ISR"));
    EXPECT_FALSE(has(events, "", "0871", "EGY"));
    EXPECT_TRUE(has(events, "EGY", "045", ""));
}

TEST_F(NewsPhrasing, StoppingTradeWithAPartyIsAnEmbargo) {
    EXPECT_TRUE(codes("China suspended imports of Australian coal.", k2023, "CHN", "163", "AUS"));
    EXPECT_TRUE(codes("The United States halted exports to Iran.", k2015, "USA", "163", "IRN"));
}

TEST_F(NewsPhrasing, InternationalOfficialsTakeTheirBodysCodeWhileInOffice) {
    EXPECT_TRUE(codes("Wesley Clark warned Yugoslavia.", Date{1999, 4, 1}, "IGOWSTNAT", "1", "YUG"));
    EXPECT_TRUE(codes("Carl Bildt criticised Croatia.", Date{1996, 6, 1}, "IGO", "111", "HRV"));
    EXPECT_TRUE(codes("Carl Bildt criticised Russia.", Date{2008, 8, 20}, "SWEGOV", "111", "RUS"));
    EXPECT_TRUE(codes("Milo Djukanovic accused Serbia of blocking trade.", Date{1999, 6, 1}, "MNEGOV", "112", "SRB"));
    EXPECT_TRUE(codes("Aslan Maskhadov accused Russia of genocide.", Date{2000, 6, 1}, "RUSREB", "112", "RUS"));
}

TEST_F(NewsPhrasing, PeoplesTiedToOneStateAndShipsByFlag) {
    EXPECT_TRUE(codes("Chinese police detained Uighur activists.", k2015, "CHNCOP", "173", "CHN"));
    EXPECT_TRUE(codes("Tibetan monks protested against the Chinese government.", k2015, "CHNREL", "14", "CHNGOV"));
    EXPECT_TRUE(codes("The Houthis seized a British-owned cargo ship.", k2023, "YEM", "171", "GBRBUS"));
    EXPECT_TRUE(codes("Iran seized a Liberian-flagged tanker.", k2023, "IRN", "171", "LBR"));
}

TEST_F(NewsPhrasing, ABombingThatKilledIsABombing) {
    auto events = code("Islamic State claimed a bombing that killed 30 people in Kabul.", k2015);
    EXPECT_TRUE(has(events, "IMG", "183", "AFG"));
    EXPECT_FALSE(has(events, "", "190", ""));
}

TEST_F(NewsPhrasing, IncreasingTroopDeploymentsIsMobilisation) {
    EXPECT_TRUE(codes("India increased troop deployments along the border with China.", k2023, "IND", "154", "CHN"));
}

// --- events as nouns -----------------------------------------------------------------------

TEST_F(NewsPhrasing, NominalEventsNameTheirPartiesInPrepositionalPhrases) {
    EXPECT_TRUE(codes("The withdrawal of Russian troops from Georgia was completed.", k2015, "RUSMIL", "0874", "GEO"));
    EXPECT_TRUE(codes("The release of the American hostages by Iran came after talks.", k2015, "IRN", "0841", "USA"));
    auto events = code("The meeting between the Russian president and the American president lasted two hours.", k2015);
    EXPECT_TRUE(has(events, "RUSGOV", "040", "USAGOV"));
    EXPECT_TRUE(has(events, "USAGOV", "040", "RUSGOV"));
}

}  // namespace
}  // namespace sitrep
