// The importers on the real PETRARCH-family dictionaries in ../shared (skipped
// when absent): every file loads without errors, and date-bounded codes resolve.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.hpp"

namespace sitrep {
namespace {

std::optional<std::string> read_shared(const std::string& relative) {
    std::ifstream in(std::string(SITREP_SHARED_DIR) + "/" + relative, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class SharedDictionary : public ::testing::TestWithParam<const char*> {};

TEST_P(SharedDictionary, LoadsWithZeroErrors) {
    const auto content = read_shared(GetParam());
    if (!content) GTEST_SKIP() << "../shared/" << GetParam() << " is absent";
    ActorDictionaryBuilder b;
    Diagnostics d;
    EXPECT_TRUE(b.load({GetParam(), *content}, d));
    for (const auto& x : d)
        if (x.severity == Severity::error) ADD_FAILURE() << x.format();
    EXPECT_GT(b.entry_count(), 10u);
}

INSTANTIATE_TEST_SUITE_P(AllActorsAndAgentsFiles, SharedDictionary,
                         ::testing::Values("dictionaries/phoenix/Phoenix.Countries.actors.txt",
                                           "dictionaries/phoenix/Phoenix.International.actors.txt",
                                           "dictionaries/phoenix/Phoenix.MilNonState.actors.txt",
                                           "dictionaries/phoenix/Phoenix.agents.txt",
                                           "validation/petrarch-2.02/PETR_Validate_actors_2_02.txt",
                                           "validation/petrarch-2.02/PETR_Validate_agents_2_02.txt",
                                           "validation/petrarch-unittest/PETR.Validate.actors.txt",
                                           "validation/petrarch-unittest/PETR.Validate.agents.txt"));

// The file table the Phoenix rules point into (the engine owns one).
const std::shared_ptr<SourceTable>& phoenix_sources() {
    static const auto table = std::make_shared<SourceTable>();
    return table;
}

std::shared_ptr<const ActorDictionary> phoenix() {
    static std::shared_ptr<const ActorDictionary> dict = []() -> std::shared_ptr<const ActorDictionary> {
        ActorDictionaryBuilder b;
        Diagnostics d;
        bool any = false;
        for (const char* f :
             {"dictionaries/phoenix/Phoenix.Countries.actors.txt",
              "dictionaries/phoenix/Phoenix.International.actors.txt",
              "dictionaries/phoenix/Phoenix.MilNonState.actors.txt", "dictionaries/phoenix/Phoenix.agents.txt"}) {
            if (auto c = read_shared(f)) {
                b.load({f, *c, phoenix_sources()->add(f)}, d);
                any = true;
            }
        }
        return any ? b.compile() : nullptr;
    }();
    return dict;
}

const ActorMention* only(const Document& doc) {
    return doc.actors.size() == 1 ? &doc.actors[0] : nullptr;
}

TEST(PhoenixDictionaries, RulerCodeFollowsTheStoryDate) {
    auto dict = phoenix();
    if (!dict) GTEST_SKIP() << "../shared Phoenix dictionaries absent";
    ActorStage stage(dict);
    // Nuri al-Maliki: prime minister 2006-05-20 .. 2014-09-08, elite otherwise.
    auto in_office = testing::coded(stage, "Maliki spoke.", Date{2010, 1, 1});
    auto after = testing::coded(stage, "Maliki spoke.", Date{2016, 1, 1});
    ASSERT_NE(only(in_office), nullptr);
    ASSERT_NE(only(after), nullptr);
    EXPECT_EQ(only(in_office)->code, "IRQGOV");
    EXPECT_EQ(only(after)->code, "IRQELI");
}

TEST(PhoenixDictionaries, CountryAndAgentCombine) {
    auto dict = phoenix();
    if (!dict) GTEST_SKIP() << "../shared Phoenix dictionaries absent";
    ActorStage stage(dict);
    auto doc = testing::coded(stage, "They met Iraqi soldiers.", Date{2024, 1, 27});
    const ActorMention* m = testing::find_mention(doc, "Iraqi soldiers");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->code, "IRQMIL");
    doc.sources = phoenix_sources();
    const std::string rule = doc.rule_text(m->rules);
    EXPECT_NE(rule.find("Phoenix.agents.txt:"), std::string::npos) << rule;
    EXPECT_NE(rule.find("Phoenix.Countries.actors.txt:"), std::string::npos) << rule;
}

TEST(ValidationDictionaries, SamGamgeeDateRestrictions) {
    const auto content = read_shared("validation/petrarch-2.02/PETR_Validate_actors_2_02.txt");
    if (!content) GTEST_SKIP() << "../shared validation suite absent";
    ActorDictionaryBuilder b;
    Diagnostics d;
    b.load({"PETR_Validate_actors_2_02.txt", *content}, d);
    ActorStage stage(b.compile());
    auto code_on = [&](Date date) {
        auto doc = testing::coded(stage, "They saw Sam Gamgee.", date);
        const ActorMention* m = testing::find_mention(doc, "Sam Gamgee");
        return m ? m->code : std::string("?");
    };
    EXPECT_EQ(code_on(Date{2007, 6, 1}), "HOBCIV");
    EXPECT_EQ(code_on(Date{2010, 1, 10}), "ORCHOB");
    EXPECT_EQ(code_on(Date{2011, 1, 1}), "HOBMIL");
    EXPECT_EQ(code_on(Date{2013, 1, 1}), "HOBGOV");
    EXPECT_EQ(code_on(Date{2013, 1, 19}), "HOBELI");
}

}  // namespace
}  // namespace sitrep
