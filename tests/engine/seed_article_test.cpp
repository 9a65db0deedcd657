// The seed article coded with the built-in dictionaries (story date
// 2024-01-27): each expected event names who did what to whom by actor
// country and CAMEO root, so the test fails when the engine misses it.
#include <gtest/gtest.h>

#include "../support/pipeline.hpp"

namespace sitrep {
namespace {

class SeedArticle : public ::testing::Test {
protected:
    static void SetUpTestSuite() { doc_ = new Document(testing::coded(testing::seed_article())); }
    static void TearDownTestSuite() {
        delete doc_;
        doc_ = nullptr;
    }

    // An event whose source and target countries and CAMEO root match (a code
    // prefix of "" matches any root of `roots`).
    static bool has_event(std::string_view source_country, std::initializer_list<std::string_view> roots,
                          std::string_view target_country, std::string_view sentence_word = "") {
        for (const Event& e : doc_->events) {
            if (!e.source || !e.target) continue;
            if (e.source->country != source_country || e.target->country != target_country) continue;
            bool root_ok = false;
            for (auto r : roots) root_ok = root_ok || e.root == r;
            if (!root_ok) continue;
            if (!sentence_word.empty()) {
                std::string_view sentence = doc_->view(doc_->sentences[e.sentence].span);
                if (sentence.find(sentence_word) == std::string_view::npos) continue;
            }
            return true;
        }
        return false;
    }

    static Document* doc_;
};

Document* SeedArticle::doc_ = nullptr;

TEST_F(SeedArticle, CodesTheUsIraqTalksAsConsultation) {
    EXPECT_TRUE(has_event("USA", {"04"}, "IRQ", "holding"));
    EXPECT_TRUE(has_event("IRQ", {"04"}, "USA", "holding"));
}

TEST_F(SeedArticle, CodesTheMeetingInBaghdadAsConsultation) {
    bool found = false;
    for (const Event& e : doc_->events) {
        std::string_view sentence = doc_->view(doc_->sentences[e.sentence].span);
        if (e.root == "04" && sentence.find("met in Baghdad") != std::string_view::npos && e.source &&
            e.source->country == "IRQ")
            found = true;
    }
    EXPECT_TRUE(found);
}

TEST_F(SeedArticle, CodesAttacksOnUsForcesByIranianAlliedGroups) {
    bool found = false;
    for (const Event& e : doc_->events)
        if (e.root == "19" && e.target && e.target->code == "USAMIL" && e.source &&
            doc_->view(e.source->span).find("Iranian-allied") != std::string_view::npos)
            found = true;
    EXPECT_TRUE(found);
}

TEST_F(SeedArticle, CodesTheStrikeThatKilledSoleimaniAndMuhandis) {
    bool soleimani = false, muhandis = false;
    for (const Event& e : doc_->events) {
        if ((e.root != "18" && e.root != "19") || !e.source || !e.target || e.source->country != "USA") continue;
        if (e.target->text.find("Soleimani") != std::string::npos) soleimani = true;
        if (e.target->text.find("Muhandis") != std::string::npos) muhandis = true;
    }
    EXPECT_TRUE(soleimani);
    EXPECT_TRUE(muhandis);
}

TEST_F(SeedArticle, CodesIraqiComplaintAgainstTheUs) {
    EXPECT_TRUE(has_event("IRQ", {"11"}, "USA", "complained"));
}

TEST_F(SeedArticle, CodesTheWorkingGroupAgreement) {
    EXPECT_TRUE(has_event("USA", {"03", "05", "06"}, "IRQ", "working group"));
}

TEST_F(SeedArticle, EveryEventHasRuleSpanAndCameoFields) {
    ASSERT_FALSE(doc_->events.empty());
    for (const Event& e : doc_->events) {
        EXPECT_TRUE(doc_->rule_text(e.rule_ref).starts_with("data/verbs/")) << doc_->rule_text(e.rule_ref);
        EXPECT_FALSE(e.verb_span.empty());
        EXPECT_EQ(e.root, e.cameo.substr(0, 2));
        EXPECT_NE(e.quad, 0) << e.cameo;
        EXPECT_FALSE(e.plover.empty()) << e.cameo;
    }
}

TEST_F(SeedArticle, ProducesFewFalseEvents) {
    // 14 lines of text; the events the article supports are about a dozen.
    EXPECT_LE(doc_->events.size(), 22u);
    // Every event has a source; a one-sided event (no target) is allowed.
    for (const Event& e : doc_->events) {
        ASSERT_TRUE(e.source);
        if (e.target) EXPECT_NE(e.source->code, e.target->code);
    }
}

}  // namespace
}  // namespace sitrep
