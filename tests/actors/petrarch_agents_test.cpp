#include <gtest/gtest.h>

#include "test_support.hpp"

namespace sitrep {
namespace {

// The agent entry a phrase reaches, or nullptr.
const ActorEntry* agent_of(const ActorDictionary& dict, std::string_view phrase) {
    const Document doc = testing::coded(std::string(phrase), Layer::tokens);
    uint32_t node = TokenTrie::root();
    for (const auto& t : doc.tokens) {
        const uint32_t id = dict.trie().token_id(t.norm);
        if (id == TokenTrie::kNone) return nullptr;
        node = dict.trie().child(node, id);
        if (node == TokenTrie::kNone) return nullptr;
    }
    const uint32_t p = dict.trie().terminal(node).agent;
    return p == TokenTrie::kNone ? nullptr : &dict.entry(dict.phrase(p).entry);
}

std::shared_ptr<const ActorDictionary> load(std::string_view text, Diagnostics& diags) {
    ActorDictionaryBuilder b;
    b.load_petrarch_agents({"test.agents.txt", text}, diags);
    return b.compile();
}

TEST(PetrarchAgents, TildeFirstAppendsTheRoleToTheCountry) {
    Diagnostics d;
    auto dict = load("FOREIGN_MINISTER [~GOVFRM] # jap\n", d);
    const ActorEntry* e = agent_of(*dict, "foreign minister");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->codes.front().code, "GOVFRM");
    EXPECT_EQ(e->placement, AgentPlacement::suffix);
}

TEST(PetrarchAgents, TildeLastPutsTheRoleBeforeTheCountry) {
    Diagnostics d;
    auto dict = load("HUMAN_RIGHTS_ORGANIZATION  [  NGO~] # sls\n", d);
    const ActorEntry* e = agent_of(*dict, "human rights organization");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->codes.front().code, "NGO");
    EXPECT_EQ(e->placement, AgentPlacement::prefix);
}

TEST(PetrarchAgents, AddsRegularPluralsUnlessBracesSayOtherwise) {
    Diagnostics d;
    auto dict = load("SOLDIER [~MIL]\nARMY [~MIL]\nPRESS {} [~MED]\nLAWMAN {LAWMEN} [~COP]\n", d);
    EXPECT_NE(agent_of(*dict, "soldiers"), nullptr);
    EXPECT_NE(agent_of(*dict, "armies"), nullptr);
    EXPECT_NE(agent_of(*dict, "press"), nullptr);
    EXPECT_EQ(agent_of(*dict, "presses"), nullptr);
    EXPECT_NE(agent_of(*dict, "lawmen"), nullptr);
    EXPECT_EQ(agent_of(*dict, "lawmans"), nullptr);
}

TEST(PetrarchAgents, ExpandsSubstitutionSets) {
    Diagnostics d;
    auto dict = load(
        "!PERSON! = MAN, MEN, WOMAN\nCONGRESS!PERSON! [~LEG]\n!MINST! = MINISTER, MINISTRY\n"
        "!MINST!_OF_SILLY_WALKS [~GOV]\n",
        d);
    EXPECT_NE(agent_of(*dict, "congressmen"), nullptr);
    EXPECT_NE(agent_of(*dict, "congresswoman"), nullptr);
    EXPECT_NE(agent_of(*dict, "ministry of silly walks"), nullptr);
}

TEST(PetrarchAgents, UnknownSubstitutionSetIsAWarning) {
    Diagnostics d;
    load("!MINIST! FOR_DEFENCE [~GOVMIL]\n", d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].severity, Severity::warning);
    EXPECT_EQ(d[0].line, 1u);
}

// Found by the actors_dict fuzzer: a set defined with no members used to be
// expanded into zero phrases and then read past the end.
TEST(PetrarchAgents, EmptySubstitutionSetIsAWarningNotACrash) {
    Diagnostics d;
    auto dict = load("!PERSON! = \nCONGRESS!PERSON! [~LEG]\nSOLDIER [~MIL]\n", d);
    ASSERT_GE(d.size(), 1u);
    EXPECT_EQ(d[0].line, 1u);
    EXPECT_EQ(d[0].code, DiagnosticCode::empty_group);
    EXPECT_NE(agent_of(*dict, "soldier"), nullptr);  // the rest of the file still loads
}

// Nested sets multiply; the reader stops at a bound and says so.
TEST(PetrarchAgents, SubstitutionExplosionIsBoundedAndReported) {
    std::string text = "!A! = A1, A2, A3, A4, A5, A6, A7, A8, A9, A10\n";
    std::string phrase;
    for (int i = 0; i < 6; ++i) phrase += "!A!_";
    text += phrase + "X [~GOV]\n";
    Diagnostics d;
    load(text, d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 2u);
    EXPECT_EQ(d[0].code, DiagnosticCode::too_many_phrases);
}

// Found by the actors_dict fuzzer: a set whose member names the set itself
// used to be re-expanded level after level (seconds and 600 MB per line).
TEST(PetrarchAgents, SelfReferringSetIsExpandedOnce) {
    Diagnostics d;
    auto dict = load("!PERSON! = MAN, !PERSON!!PERSON!WOMAN\nCONGRESS!PERSON! [~LEG]\n", d);
    EXPECT_NE(agent_of(*dict, "congressman"), nullptr);
}

}  // namespace
}  // namespace sitrep
