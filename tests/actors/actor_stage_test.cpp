// Composition rules of the actors stage, on a small dictionary written here.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace sitrep {
namespace {

using testing::find_mention;

constexpr std::string_view kActors = R"(#! sitrep actors 1
[Iraq]
names: Iraq | Iraqi | Iraqis
code: IRQ

[Iran]
names: Iran | Iranian
code: IRN

[United States]
names: United States | the United States of America | US | U.S. | American
code: USA

[Mohammad Shia al-Sudani]
names: Mohammad Shia al-Sudani | al-Sudani
code: IRQGOV 2022-10-27..

[Islamic State]
names: ISIL | ISIS | Daesh | IS
code: IMGMUSISI

[Qassem Soleimani]
names: Qassem Soleimani
code: IRNMIL 1998-01-01..2020-01-03

[weekdays]
names: Saturday | Thursday
code: ---

[Baghdad]
names: Baghdad
code: IRQGOV
)";

constexpr std::string_view kAgents = R"(#! sitrep agents 1
[government]
names: officials | official | government | office
code: GOV

[head of government]
names: Prime Minister | prime minister | spokesperson
code: GOV

[military]
names: forces | troops | military | commander
code: MIL

[police]
names: security forces
code: COP

[defence ministry]
names: Department of Defense
code: MIL

[rights group]
names: rights group
code: NGO~

[proxies]
affix: allied | backed
code: REB

[opposition]
names: protesters
code: OPP
)";

// The file table the rules of the mentions point into (the engine owns one).
const std::shared_ptr<SourceTable>& sources() {
    static const auto table = std::make_shared<SourceTable>();
    return table;
}

const ActorStage& stage() {
    static const ActorStage s = [] {
        ActorDictionaryBuilder b;
        Diagnostics d;
        b.load({"t.actors", kActors, sources()->add("t.actors")}, d);
        b.load({"t.agents", kAgents, sources()->add("t.agents")}, d);
        EXPECT_EQ(testing::error_count(d), 0u);
        return ActorStage(b.compile());
    }();
    return s;
}

Document run(std::string text, std::optional<Date> date = Date{2024, 1, 27}) {
    return testing::coded(stage(), std::move(text), date);
}

std::string code_of(const Document& doc, std::string_view text) {
    const ActorMention* m = find_mention(doc, text);
    return m ? m->code : "<no mention '" + std::string(text) + "'>";
}

TEST(ActorStage, CountryAdjectivePlusAgentCombines) {
    auto doc = run("They trained the Iraqi security forces.");
    EXPECT_EQ(code_of(doc, "Iraqi security forces"), "IRQCOP");
}

TEST(ActorStage, DottedAndBareAbbreviationsMatchAlike) {
    EXPECT_EQ(code_of(run("U.S. forces left."), "U.S. forces"), "USAMIL");
    EXPECT_EQ(code_of(run("Then US forces left."), "US forces"), "USAMIL");
}

TEST(ActorStage, AcronymWrittenInCapitalsDoesNotMatchLowerCaseWord) {
    auto doc = run("It is clear that they told us.");
    EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorStage, CountryPlusOfficialsIsGovernment) {
    EXPECT_EQ(code_of(run("Iraqi officials complained."), "Iraqi officials"), "IRQGOV");
}

TEST(ActorStage, TitleAndPersonAreOneMention) {
    auto doc = run("Iraqi Prime Minister Mohammad Shia al-Sudani met them.");
    ASSERT_EQ(doc.actors.size(), 1u);
    EXPECT_EQ(doc.view(doc.actors[0].span), "Iraqi Prime Minister Mohammad Shia al-Sudani");
    EXPECT_EQ(doc.actors[0].code, "IRQGOV");
    EXPECT_EQ(doc.actors[0].country, "IRQ");
    EXPECT_EQ(doc.actors[0].sector, "GOV");
}

TEST(ActorStage, RuleNamesEveryContributingEntry) {
    auto doc = run("Iraqi Prime Minister Mohammad Shia al-Sudani met them.");
    ASSERT_EQ(doc.actors.size(), 1u);
    doc.sources = sources();
    EXPECT_EQ(doc.rule_text(doc.actors[0].rules), "t.actors:3; t.agents:7; t.actors:15; t.actors:16");
}

TEST(ActorStage, CountryAfterAgentIsASeparateMention) {
    auto doc = run("They saw US forces Iraq said.");
    EXPECT_EQ(code_of(doc, "US forces"), "USAMIL");
    EXPECT_EQ(code_of(doc, "Iraq"), "IRQ");
}

TEST(ActorStage, PossessiveTakesTheOwnersCode) {
    auto doc = run("Al-Sudani's office said so.");
    EXPECT_EQ(code_of(doc, "Al-Sudani's office"), "IRQGOV");
}

TEST(ActorStage, AgentForCountryOrganisation) {
    auto doc = run("Sabrin Singh, deputy spokesperson for the U.S. Department of Defense, spoke.");
    EXPECT_EQ(code_of(doc, "spokesperson for the U.S. Department of Defense"), "USAMIL");
}

TEST(ActorStage, HyphenatedAffiliationTiesGroupToCountry) {
    auto doc = run("US forces face attacks by Iranian-allied groups.");
    EXPECT_EQ(code_of(doc, "Iranian-allied groups"), "IRNREB");
}

TEST(ActorStage, RoleModifierBetweenCountryAndAgentKeepsThemTogether) {
    EXPECT_EQ(code_of(run("Iraqi senior officials said so."), "Iraqi senior officials"), "IRQGOV");
}

TEST(ActorStage, PossessiveCountryJoinsAModifiedTitle) {
    EXPECT_EQ(code_of(run("Iraq's first prime minister spoke."), "Iraq's first prime minister"), "IRQGOV");
}

TEST(ActorStage, CapitalisedModifierBeforeTitleIsNotAName) {
    auto doc = run("Iraq's first Deputy Prime Minister left.");
    EXPECT_EQ(code_of(doc, "Iraq's first Deputy Prime Minister"), "IRQGOV");
}

TEST(ActorStage, StackedRolesAfterACountryAllJoin) {
    EXPECT_EQ(code_of(run("Iraqi security forces troops left."), "Iraqi security forces troops"), "IRQCOPMIL");
}

TEST(ActorStage, RoleJoinedByAndSharesTheCountry) {
    auto doc = run("Iraqi troops and officials left.");
    EXPECT_EQ(code_of(doc, "Iraqi troops"), "IRQMIL");
    EXPECT_EQ(code_of(doc, "officials"), "IRQGOV");
}

TEST(ActorStage, AgentInCountryTakesTheCountry) {
    EXPECT_EQ(code_of(run("Officials in Iraq said so."), "Officials in Iraq"), "IRQGOV");
}

TEST(ActorStage, AgentOfACountryListGivesEveryCountryTheRole) {
    auto doc = run("Officials of Iraq, Iran and the United States met.");
    EXPECT_EQ(code_of(doc, "Officials of Iraq"), "IRQGOV");
    EXPECT_EQ(code_of(doc, "Iran"), "IRNGOV");
    EXPECT_EQ(code_of(doc, "United States"), "USAGOV");
}

TEST(ActorStage, PrefixRoleCountryAndRoleChain) {
    EXPECT_EQ(code_of(run("A rights group Iraq official spoke."), "rights group Iraq official"), "NGOIRQGOV");
}

TEST(ActorStage, PrefixAgentPutsRoleBeforeCountry) {
    EXPECT_EQ(code_of(run("An Iraqi rights group said so."), "Iraqi rights group"), "NGOIRQ");
}

TEST(ActorStage, SynonymsShareOneCode) {
    auto doc = run("ISIL, ISIS and Daesh are one.");
    EXPECT_EQ(code_of(doc, "ISIL"), "IMGMUSISI");
    EXPECT_EQ(code_of(doc, "ISIS"), "IMGMUSISI");
    EXPECT_EQ(code_of(doc, "Daesh"), "IMGMUSISI");
}

TEST(ActorStage, DateBoundedCodeAppliesOnlyInItsRange) {
    EXPECT_EQ(code_of(run("Qassem Soleimani spoke.", Date{2019, 5, 1}), "Qassem Soleimani"), "IRNMIL");
    auto later = run("Qassem Soleimani spoke.", Date{2024, 1, 27});
    const ActorMention* m = find_mention(later, "Qassem Soleimani");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->kind, ActorKind::uncoded);
}

TEST(ActorStage, TitleKeepsCodeWhenPersonHasNoneOnTheDate) {
    auto doc = run("A top Iranian commander Qassem Soleimani died.", Date{2024, 1, 27});
    EXPECT_EQ(code_of(doc, "Iranian commander Qassem Soleimani"), "IRNMIL");
}

TEST(ActorStage, UnknownCapitalisedNamesAreKeptUncoded) {
    auto doc = run("The talks with Sabrin Singh went on.");
    const ActorMention* m = find_mention(doc, "Sabrin Singh");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->kind, ActorKind::uncoded);
    EXPECT_TRUE(m->code.empty());
}

TEST(ActorStage, LoneCapitalisedSentenceOpenerIsNotAName) {
    auto doc = run("However, Iraq spoke.");
    ASSERT_EQ(doc.actors.size(), 1u);
    EXPECT_EQ(doc.view(doc.actors[0].span), "Iraq");
}

TEST(ActorStage, NotAnActorEntryBlocksTheName) {
    auto doc = run("They met in Iraq on Saturday.");
    ASSERT_EQ(doc.actors.size(), 1u);
    EXPECT_EQ(doc.view(doc.actors[0].span), "Iraq");
}

TEST(ActorStage, AgentAloneStaysAnAgent) {
    auto doc = run("Senior officials met.");
    ASSERT_EQ(doc.actors.size(), 1u);
    EXPECT_EQ(doc.actors[0].kind, ActorKind::agent);
    EXPECT_EQ(doc.actors[0].sector, "GOV");
}

TEST(ActorStage, WithoutStoryDateUsesLatestCodeAndSaysSo) {
    auto doc = run("Al-Sudani spoke.", std::nullopt);
    EXPECT_EQ(code_of(doc, "Al-Sudani"), "IRQGOV");
    ASSERT_EQ(doc.diagnostics.size(), 1u);
    EXPECT_EQ(doc.diagnostics[0].severity, Severity::warning);
}

}  // namespace
}  // namespace sitrep

namespace sitrep {
namespace {

// A capital stands for its government ("Baghdad said"), but an agent in or from it
// only lives there: the agent keeps its own role and takes the capital's country.
TEST(ActorStage, AgentInASeatOfPowerKeepsItsOwnRole) {
    EXPECT_EQ(code_of(run("Police dispersed protesters in Baghdad on Friday."), "protesters in Baghdad"), "IRQOPP");
    EXPECT_EQ(code_of(run("They met protesters from Baghdad."), "protesters from Baghdad"), "IRQOPP");
    // "officials of Baghdad": the government's officials, as before.
    EXPECT_EQ(code_of(run("They met officials of Baghdad."), "officials of Baghdad"), "IRQGOV");
}

// "US$400": the country's name written against a dollar sign is its currency.
TEST(ActorStage, CountryBeforeADollarSignIsACurrency) {
    auto doc = run("Iraq signed a deal worth US$400 million.");
    ASSERT_EQ(doc.actors.size(), 1u);
    EXPECT_EQ(doc.view(doc.actors[0].span), "Iraq");
    EXPECT_EQ(code_of(run("Iraq paid the US $400 million."), "US"), "USA");
}

}  // namespace
}  // namespace sitrep
