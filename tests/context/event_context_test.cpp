#include <gtest/gtest.h>

#include "context_fixture.hpp"

using namespace sitrep;
using sitrep::testing::detected;
using sitrep::testing::event_at;

namespace {
Document with_event(const std::string& text, std::string_view verb) {
    Document doc = detected(text);
    doc.events.push_back(event_at(doc, verb));
    EventContextAttacher().run(doc);
    return doc;
}
}  // namespace

TEST(EventContextAttacher, DateFromTheSameSentence) {
    Document doc = with_event("On Thursday, Washington announced an agreement.", "announced");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-25");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::day);
    ASSERT_TRUE(doc.events[0].date_span.has_value());
}

TEST(EventContextAttacher, StoryDateWhenNoDateInTheSentence) {
    Document doc = with_event("Officials met in Baghdad. On Thursday they left.", "met");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-27");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story);
}

TEST(EventContextAttacher, DateNearestTheVerb) {
    Document doc = with_event("After talks in 2014, a drone strike killed him in January 2020.", "killed");
    EXPECT_EQ(doc.events[0].date.iso(), "2020-01-01");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::month);
}

namespace {
// The sentence cut into two clauses at the first `split_word` (kept in the
// second clause unless `drop_split`); the second clause's parent is `parent`.
// Returns the dated event at `verb`.
Event dated_with_two_clauses(const std::string& text, std::string_view verb, std::string_view split_word,
                             int32_t parent, bool drop_split) {
    Document doc = detected(text);
    doc.events.push_back(sitrep::testing::event_at(doc, verb));
    uint32_t split = 0;
    while (split < doc.tokens.size() && doc.tokens[split].norm != split_word) ++split;
    EXPECT_LT(split, doc.tokens.size()) << "no '" << split_word << "' in: " << text;
    const auto end = static_cast<uint32_t>(doc.tokens.size());
    doc.clauses.push_back(Clause{TokenRange{0, split}, 0, -1});
    doc.clauses.push_back(Clause{TokenRange{std::min(end, split + (drop_split ? 1u : 0u)), end}, 0, parent});
    EventContextAttacher().run(doc);
    return doc.events[0];
}
}  // namespace

TEST(EventContextAttacher, ClauseDateBeatsANearerDateOutsideIt) {
    // Clause 1: "a drone struck the base on Thursday."; "2014" is nearer to the verb.
    const Event e = dated_with_two_clauses("Troops left in 2014 but a drone struck the base on Thursday.", "struck",
                                           "but", -1, true);
    EXPECT_EQ(e.date.iso(), "2024-01-25");
}

TEST(EventContextAttacher, DateOfAClauseBelowTheEventIsNotItsDate) {
    // "formed in 2014" dates the coalition, not the deployment in the main clause.
    const Event e = dated_with_two_clauses("Troops are deployed in Iraq as part of a coalition formed in 2014.",
                                           "deployed", "as", 0, false);
    EXPECT_EQ(e.date.iso(), "2024-01-27");
    EXPECT_EQ(e.date_precision, DatePrecision::story);
}

TEST(EventContextAttacher, DateOfASiblingClauseIsStillTheSentenceFallback) {
    // Two main clauses: the sentence-wide fallback still dates the event (only
    // clauses below the event's own are passed over).
    const Event e = dated_with_two_clauses("In 2014 troops arrived and they deployed.", "deployed", "and", -1, true);
    EXPECT_EQ(e.date.iso(), "2014-01-01");
}

TEST(EventContextAttacher, PlaceOfTheSentenceNotOfTheStory) {
    Document doc = with_event("Talks were held in Baghdad. Rockets hit the base.", "hit");
    EXPECT_FALSE(doc.events[0].place.has_value());
}

TEST(EventContextAttacher, PlaceFromTheSentence) {
    Document doc = with_event("Officials met in Baghdad on Saturday.", "met");
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Baghdad");
    EXPECT_EQ(doc.events[0].place->text, "Baghdad");
}

TEST(EventContextAttacher, CountsFromTheSentence) {
    Document doc = with_event("The blast killed at least 12 and wounded 30.", "killed");
    ASSERT_TRUE(doc.events[0].counts.killed.has_value());
    EXPECT_EQ(*doc.events[0].counts.killed, 12);
    EXPECT_EQ(*doc.events[0].counts.injured, 30);
    EXPECT_TRUE(doc.events[0].counts.approximate);
}

TEST(EventContextAttacher, AttributionWhenTheVerbIsInsideAQuote) {
    Document doc = with_event("The ministry said that rebels attacked a convoy.", "attacked");
    ASSERT_TRUE(doc.events[0].attribution.has_value());
    EXPECT_EQ(doc.events[0].attribution->text, "The ministry");
}

TEST(EventContextAttacher, KeepsAnAttributionTheCoderSet) {
    Document doc = detected("The ministry said that rebels attacked a convoy.");
    Event e = sitrep::testing::event_at(doc, "attacked");
    e.attribution = Attribution{"someone", "XXX", Span{}};
    doc.events.push_back(e);
    EventContextAttacher().run(doc);
    EXPECT_EQ(doc.events[0].attribution->text, "someone");
}

TEST(EventContextAttacher, ExplainSaysWhy) {
    Document doc = detected("Officials met in Baghdad on Saturday.");
    doc.explain = true;
    doc.events.push_back(sitrep::testing::event_at(doc, "met"));
    EventContextAttacher().run(doc);
    ASSERT_GE(doc.explanation.size(), 2u);
    EXPECT_NE(doc.explanation[0].find("'Saturday'"), std::string::npos);
    EXPECT_NE(doc.explanation[1].find("Baghdad"), std::string::npos);
}
