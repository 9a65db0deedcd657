// The seed article through the whole pipeline (sitrep::Engine with built-in
// dictionaries); the article is vendored in tests/data.
#include <gtest/gtest.h>

#include "../support/pipeline.hpp"
#include "batch/dedup.hpp"
#include "context/token_text.hpp"

using namespace sitrep;

namespace {

class SeedArticle : public ::testing::Test {
protected:
    void SetUp() override {
        doc.text = sitrep::testing::seed_article();
        doc.meta.id = "seed";
        doc.meta.story_date = Date{2024, 1, 27};
        sitrep::testing::builtin_engine().code(doc);
    }
    // The date mention whose text is `words`, as "iso/precision".
    std::string date_of(std::string_view words) const {
        for (const DateMention& d : doc.dates)
            if (doc.view(d.span) == words) return d.date.iso() + "/" + to_string(d.precision);
        return "not found";
    }
    // Line number (1-based) of a byte offset.
    size_t line_of(uint32_t offset) const {
        return 1 + static_cast<size_t>(std::count(doc.text.begin(), doc.text.begin() + offset, '\n'));
    }
    const Event* event_on_line(size_t line, std::string_view verb) const {
        for (const Event& e : doc.events)
            if (line_of(e.verb_span.begin) == line && doc.view(e.verb_span).find(verb) != std::string_view::npos)
                return &e;
        return nullptr;
    }
    Document doc;
};

}  // namespace

TEST_F(SeedArticle, DatesAreNormalisedAgainstTheStoryDate) {
    EXPECT_EQ(date_of("Saturday"), "2024-01-27/day");
    EXPECT_EQ(date_of("Thursday"), "2024-01-25/day");
    EXPECT_EQ(date_of("January 2020"), "2020-01-01/month");
    EXPECT_EQ(date_of("October 7"), "2023-10-07/day");
    EXPECT_EQ(date_of("last year"), "2023-01-01/year");
    EXPECT_EQ(date_of("2014"), "2014-01-01/year");
}

TEST_F(SeedArticle, MeetingIsPlacedInBaghdadOnSaturday) {
    const Event* met = event_on_line(3, "met");
    ASSERT_NE(met, nullptr) << "no event for 'met' on line 3";
    ASSERT_TRUE(met->place.has_value());
    EXPECT_EQ(met->place->name, "Baghdad");
    EXPECT_EQ(met->date.iso(), "2024-01-27");
}

TEST_F(SeedArticle, StrikeSentenceNamesBaghdadAirport) {
    const PlaceMention* airport = nullptr;
    for (const PlaceMention& p : doc.places)
        if (line_of(p.span.begin) == 9) airport = &p;
    ASSERT_NE(airport, nullptr);
    EXPECT_EQ(airport->name, "Baghdad International Airport");
    EXPECT_EQ(airport->country, "IRQ");
}

TEST_F(SeedArticle, StrikeOf2020IsPlacedAtBaghdadAirport) {
    // "a US airstrike killed ... outside Baghdad airport": the nominal event carries it.
    const Event* strike = event_on_line(9, "airstrike");
    ASSERT_NE(strike, nullptr) << "no event for the airstrike on line 9";
    ASSERT_TRUE(strike->place.has_value());
    EXPECT_EQ(strike->place->name.rfind("Baghdad", 0), 0u) << strike->place->name;
    EXPECT_EQ(strike->place->country, "IRQ");
    EXPECT_EQ(strike->date.iso(), "2020-01-01");
    EXPECT_EQ(strike->date_precision, DatePrecision::month);
}

TEST_F(SeedArticle, ModifierIsNotAPlace) {
    for (const PlaceMention& p : doc.places) EXPECT_NE(doc.view(p.span), "US") << "line " << line_of(p.span.begin);
}

TEST_F(SeedArticle, TroopCountIsFoundTwice) {
    int troops = 0;
    for (const Quantity& q : doc.quantities)
        if (q.kind == QuantityKind::troops && q.value == 2500 && q.approximate) ++troops;
    EXPECT_EQ(troops, 2);
}

TEST_F(SeedArticle, QuotesAreAttributedToTheirSpeakers) {
    auto speaker_on_line = [&](size_t line, bool direct) -> std::string {
        for (const Quote& q : doc.quotes)
            if (line_of(q.span.begin) == line && q.direct == direct) return std::string(doc.view(q.speaker_span));
        return "none";
    };
    EXPECT_EQ(speaker_on_line(4, false), "Al-Sudani\u2019s office");
    EXPECT_EQ(speaker_on_line(4, true), "Al-Sudani\u2019s office");
    EXPECT_EQ(speaker_on_line(5, true), "Al-Sudani\u2019s office");
    EXPECT_EQ(speaker_on_line(12, true), "al-Sudani\u2019s office");
    EXPECT_NE(speaker_on_line(13, true).find("Singh"), std::string::npos);
    EXPECT_NE(speaker_on_line(14, true).find("ISIL"), std::string::npos);
}

TEST_F(SeedArticle, TwoTroopSentencesAreOneRecordWithTwoMentions) {
    EventDeduplicator dedup;
    const std::vector<size_t> record_of = dedup.add(doc);
    ASSERT_EQ(record_of.size(), doc.events.size());
    const Event* deployed = nullptr;
    const std::vector<Event> merged_events = dedup.events();  // a copy: deployed points into it
    for (const Event& merged : merged_events)
        if (merged.source && merged.target && merged.source->code == "USAMIL" && merged.target->code == "IRQ" &&
            merged.root == "15")
            deployed = &merged;
    ASSERT_NE(deployed, nullptr) << "no USAMIL 15x IRQ deployment record";
    ASSERT_EQ(deployed->mentions.size(), 2u);
    std::vector<size_t> lines;
    for (const EventMentionRef& m : deployed->mentions) lines.push_back(line_of(m.span.begin));
    EXPECT_EQ(lines, (std::vector<size_t>{1, 6}));
    // The troop count, the story date (the present tense, not "formed in 2014") and Iraq.
    ASSERT_TRUE(deployed->counts.troops.has_value());
    EXPECT_EQ(*deployed->counts.troops, 2500);
    EXPECT_TRUE(deployed->counts.approximate);
    // "2,500 troops tied to USA in IRQ", with the words they came from.
    ASSERT_EQ(deployed->counts.sources.size(), 1u);
    EXPECT_EQ(deployed->counts.sources[0].of, "USA");
    EXPECT_EQ(deployed->counts.sources[0].in, "IRQ");
    EXPECT_EQ(deployed->counts.sources[0].text, "about 2,500 U.S. troops");
    EXPECT_EQ(deployed->date.iso(), "2024-01-27");
    ASSERT_TRUE(deployed->place.has_value());
    EXPECT_EQ(deployed->place->country, "IRQ");
}
