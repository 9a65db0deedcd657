// The seed article (tests/data/seed-article.txt, story date 2024-01-27) coded with
// the built-in dictionaries from data/actors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.hpp"

namespace sitrep {
namespace {

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::shared_ptr<const ActorDictionary> builtin_dictionary() {
    static std::shared_ptr<const ActorDictionary> dict = [] {
        std::vector<std::pair<std::string, std::string>> owned;
        const std::filesystem::path dir = std::filesystem::path(SITREP_SOURCE_DIR) / "data" / "actors";
        if (std::filesystem::is_directory(dir))
            for (const auto& f : std::filesystem::directory_iterator(dir))
                owned.emplace_back("data/actors/" + f.path().filename().string(), slurp(f.path()));
        std::sort(owned.begin(), owned.end());
        std::vector<SourceFile> files;
        for (const auto& [path, content] : owned) files.emplace_back(path, content);
        Diagnostics d;
        auto built = build_actor_dictionary(files, d);
        for (const auto& x : d)
            if (x.severity == Severity::error) ADD_FAILURE() << x.format();
        return built;
    }();
    return dict;
}

class SeedArticle : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_GT(builtin_dictionary()->entry_count(), 0u);
        stage_ = std::make_unique<ActorStage>(builtin_dictionary());
        doc_ = testing::coded(*stage_, testing::seed_article(), Date{2024, 1, 27});
    }
    std::vector<const ActorMention*> starting_with(std::string_view text) const {
        std::vector<const ActorMention*> out;
        for (const auto& m : doc_.actors)
            if (doc_.view(m.span).substr(0, text.size()) == text) out.push_back(&m);
        return out;
    }
    std::string code_of(std::string_view text) const {
        auto found = starting_with(text);
        return found.empty() ? "<none>" : found.front()->code;
    }
    std::unique_ptr<ActorStage> stage_;
    Document doc_;
};

TEST_F(SeedArticle, FindsTheUnitedStatesAndIraq) {
    EXPECT_EQ(code_of("United States"), "USA");
    EXPECT_EQ(code_of("Iraq"), "IRQ");
}

TEST_F(SeedArticle, PrimeMinisterWithNameIsOneGovernmentMention) {
    auto found = starting_with("Iraqi Prime Minister");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(doc_.view(found[0]->span), "Iraqi Prime Minister Mohammad Shia al-Sudani");
    EXPECT_EQ(found[0]->code, "IRQGOV");
}

TEST_F(SeedArticle, SudanisOfficeIsIraqiGovernment) {
    EXPECT_EQ(code_of("Al-Sudani"), "IRQGOV");
    EXPECT_EQ(code_of("al-Sudani"), "IRQGOV");
}

TEST_F(SeedArticle, UsForcesAreUsMilitary) {
    EXPECT_EQ(code_of("US forces"), "USAMIL");
}

// No entry names the phrase: the hyphen rule joins the sponsor to the militia
// role, so the groups are Iran's militias (IRNREB), not Iraqi ones.
TEST_F(SeedArticle, IranianAlliedGroupsAreAnIranianMilitia) {
    auto found = starting_with("Iranian-allied groups");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->code, "IRNREB");
}

TEST_F(SeedArticle, SoleimaniIsIranianMilitary) {
    bool seen = false;
    for (const auto& m : doc_.actors)
        if (doc_.view(m.span).find("Qassem Soleimani") != std::string_view::npos) {
            EXPECT_EQ(m.code, "IRNMIL");
            seen = true;
        }
    EXPECT_TRUE(seen);
}

TEST_F(SeedArticle, WashingtonIsUsGovernment) {
    EXPECT_EQ(code_of("Washington"), "USAGOV");
}

TEST_F(SeedArticle, SpokespersonForDefenseDepartmentIsUsMilitary) {
    auto found = starting_with("deputy spokesperson");
    if (found.empty()) found = starting_with("spokesperson");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0]->code, "USAMIL");
}

TEST_F(SeedArticle, IslamicStateNamesShareOneCode) {
    const std::string isil = code_of("ISIL");
    EXPECT_FALSE(isil.empty());
    EXPECT_EQ(code_of("ISIS"), isil);
}

TEST(BuiltinActors, DaeshIsTheSameActorAsIsil) {
    ActorStage stage(builtin_dictionary());
    auto doc = testing::coded(stage, "Officials said ISIL and Daesh are one group.", Date{2024, 1, 27});
    const ActorMention* isil = testing::find_mention(doc, "ISIL");
    const ActorMention* daesh = testing::find_mention(doc, "Daesh");
    ASSERT_NE(isil, nullptr);
    ASSERT_NE(daesh, nullptr);
    EXPECT_EQ(isil->code, daesh->code);
}

TEST_F(SeedArticle, QuotedPronounIsNotAName) {
    for (const auto& m : doc_.actors) EXPECT_NE(doc_.view(m.span), "It");
}

TEST_F(SeedArticle, NoMentionOfThePronounUs) {
    for (const auto& m : doc_.actors) EXPECT_NE(doc_.view(m.span), "us");
}

TEST(BuiltinActors, PentagonIsUsMilitary) {
    ActorStage stage(builtin_dictionary());
    auto doc = testing::coded(stage, "The statement came from the Pentagon on Friday.", Date{2024, 1, 27});
    const ActorMention* m = testing::find_mention(doc, "the Pentagon");
    if (!m) m = testing::find_mention(doc, "Pentagon");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->code, "USAMIL");
}

TEST(BuiltinActors, SoleimaniBeforeHisDeathIsIranianMilitary) {
    ActorStage stage(builtin_dictionary());
    auto doc = testing::coded(stage, "Qassem Soleimani visited Baghdad.", Date{2019, 6, 1});
    const ActorMention* m = testing::find_mention(doc, "Qassem Soleimani");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->code, "IRNMIL");
}

}  // namespace
}  // namespace sitrep
