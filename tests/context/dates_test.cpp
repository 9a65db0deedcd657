#include <gtest/gtest.h>

#include "context_fixture.hpp"

using namespace sitrep;
using sitrep::testing::detected;

namespace {
// The one date found in `text` (story date 2024-01-27, a Saturday), as "iso/precision".
std::string only_date(const std::string& text) {
    Document doc = detected(text);
    if (doc.dates.size() != 1) return "found " + std::to_string(doc.dates.size()) + " dates";
    return doc.dates[0].date.iso() + "/" + to_string(doc.dates[0].precision);
}
}  // namespace

TEST(DateDetector, WeekdayIsTheStoryDateWhenItFallsOnIt) {
    EXPECT_EQ(only_date("Officials met in Baghdad on Saturday."), "2024-01-27/day");
}

TEST(DateDetector, WeekdayIsTheLatestSuchDayBeforeTheStoryDate) {
    EXPECT_EQ(only_date("On Thursday, Washington announced an agreement."), "2024-01-25/day");
}

TEST(DateDetector, WeekdayInFutureClauseIsTheNextSuchDay) {
    EXPECT_EQ(only_date("The delegations will meet on Monday."), "2024-01-29/day");
}

TEST(DateDetector, LastWeekdayIsStrictlyBeforeTheStoryDate) {
    EXPECT_EQ(only_date("They met last Saturday."), "2024-01-20/day");
}

TEST(DateDetector, YesterdayIsTheDayBeforeTheStoryDate) {
    EXPECT_EQ(only_date("Rockets hit the base yesterday."), "2024-01-26/day");
}

TEST(DateDetector, LastYearHasYearPrecision) {
    EXPECT_EQ(only_date("The idea was first discussed last year."), "2023-01-01/year");
}

TEST(DateDetector, EarlierThisMonthHasMonthPrecision) {
    EXPECT_EQ(only_date("Talks stalled earlier this month."), "2024-01-01/month");
}

TEST(DateDetector, MonthAndYearHasMonthPrecision) {
    EXPECT_EQ(only_date("A drone strike killed him in January 2020."), "2020-01-01/month");
}

TEST(DateDetector, MonthDayWithoutYearIsTheLatestBeforeTheStoryDate) {
    EXPECT_EQ(only_date("The decision was made before October 7."), "2023-10-07/day");
}

TEST(DateDetector, DayMonthWithoutYearIsTheLatestBeforeTheStoryDate) {
    EXPECT_EQ(only_date("The decision was made before 7 October."), "2023-10-07/day");
}

TEST(DateDetector, AbbreviatedMonthWithDay) {
    EXPECT_EQ(only_date("Troops left on Jan. 3."), "2024-01-03/day");
}

TEST(DateDetector, FullDateWithYear) {
    EXPECT_EQ(only_date("The accord was signed on January 27, 2021."), "2021-01-27/day");
}

TEST(DateDetector, BareYearAfterPrepositionHasYearPrecision) {
    EXPECT_EQ(only_date("The coalition was formed in 2014 to defeat ISIL."), "2014-01-01/year");
}

TEST(DateDetector, NumberOfYearsAgo) {
    EXPECT_EQ(only_date("The group was founded 10 years ago."), "2014-01-01/year");
}

TEST(DateDetector, NumberWordDaysAgo) {
    EXPECT_EQ(only_date("The convoy was attacked three days ago."), "2024-01-24/day");
}

TEST(DateDetector, IsoDate) {
    EXPECT_EQ(only_date("The ceasefire began on 2023-11-24 at dawn."), "2023-11-24/day");
}

TEST(DateDetector, SlashDateIsDayFirstByDefault) {
    EXPECT_EQ(only_date("The ceasefire began on 03/04/2023."), "2023-04-03/day");
}

TEST(DateDetector, SlashDateWithDayAbove12IsUnambiguous) {
    EXPECT_EQ(only_date("The ceasefire began on 11/24/2023."), "2023-11-24/day");
}

TEST(DateDetector, ModalMayIsNotAMonth) {
    EXPECT_EQ(detected("Troops may withdraw in 5 stages.").dates.size(), 0u);
}

TEST(DateDetector, CountIsNotAYear) {
    EXPECT_EQ(detected("About 2,500 U.S. troops are deployed.").dates.size(), 0u);
}

TEST(DateDetector, RelativeDatesNeedAStoryDate) {
    EXPECT_EQ(detected("They met on Saturday.", std::nullopt).dates.size(), 0u);
}

TEST(DateDetector, SpanCoversTheExpression) {
    Document doc = detected("It was first discussed last year.");
    ASSERT_EQ(doc.dates.size(), 1u);
    EXPECT_EQ(doc.view(doc.dates[0].span), "last year");
}

TEST(DateDetector, RuleCitesTheDataLine) {
    Document doc = detected("They met on Thursday.");
    ASSERT_EQ(doc.dates.size(), 1u);
    EXPECT_NE(doc.dates[0].rule.find("data/dates/weekdays.txt:"), std::string::npos);
}

TEST(DateResolution, MonthDayOnLeapDayGoesBackToALeapYear) {
    EXPECT_EQ(resolve_month_day(Date{2023, 6, 1}, 2, 29, false).iso(), "2020-02-29");
}

TEST(DateLexicon, ReportsMalformedLineWithFileAndLine) {
    DateLexicon lexicon;
    Diagnostics diagnostics;
    lexicon.add_file("#! sitrep months 1\n1 | january\n13 | smarch\n", "data/dates/months.txt", diagnostics);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].line, 3u);
    EXPECT_NE(lexicon.month("january"), nullptr);
}

// Wire copy counts back from its own date with "earlier" as with "ago".
TEST(DateDetector, ADayEarlierIsTheDayBeforeTheStoryDate) {
    EXPECT_EQ(only_date("The raid came a day earlier."), "2024-01-26/day");
}

TEST(DateDetector, TheDayBeforeIsTheDayBeforeTheStoryDate) {
    EXPECT_EQ(only_date("The convoy left the day before."), "2024-01-26/day");
}

TEST(DateDetector, NumberOfDaysEarlier) {
    EXPECT_EQ(only_date("The talks had collapsed three days earlier."), "2024-01-24/day");
}

TEST(DateDetector, SinceMarksTheStartOfAPeriod) {
    Document doc = detected("No aid has reached the valley since 2019.");
    ASSERT_EQ(doc.dates.size(), 1u);
    EXPECT_TRUE(doc.dates[0].bound);
    EXPECT_FALSE(detected("No aid reached the valley in 2019.").dates[0].bound);
}

TEST(DateDetector, PossessiveWeekday) {
    EXPECT_EQ(only_date("Ministers discussed Tuesday's bombing."), "2024-01-23/day");
}

TEST(DateDetector, DatelineDateWithoutAYear) {
    // "Jan. 26" takes the latest year that fits the story date.
    Document doc = detected("OSLO, Jan. 26 -- The talks ended.", Date{2024, 2, 3});
    ASSERT_FALSE(doc.dates.empty());
    EXPECT_EQ(doc.dates[0].date.iso(), "2024-01-26");
    EXPECT_EQ(detected("OSLO, Dec. 30 -- The talks ended.", Date{2024, 1, 3}).dates[0].date.iso(), "2023-12-30");
}

namespace {
// The first date of `text` with the words in `verbs` tagged as verbs (as the syntax stage would).
std::string first_date_with_verbs(const std::string& text, std::initializer_list<std::string_view> verbs) {
    Document doc = sitrep::testing::tokenized(text);
    for (Token& t : doc.tokens)
        for (std::string_view v : verbs)
            if (t.norm == v) t.pos = PartOfSpeech::verb;
    for (const auto& stage : make_context_detectors(sitrep::testing::builtin_context())) stage->run(doc);
    return doc.dates.empty() ? "none" : doc.dates[0].date.iso();
}
}  // namespace

TEST(DateDetector, ReportedFutureDoesNotMoveTheDayOfTheReport) {
    // The story date is Saturday 2024-01-27: "said Monday" is the Monday before.
    EXPECT_EQ(first_date_with_verbs("Russia said Monday it will withdraw its troops.", {"said", "withdraw"}),
              "2024-01-22");
    // The future is the day's own when the marker comes first or no verb precedes the day.
    EXPECT_EQ(first_date_with_verbs("The delegations will meet on Monday.", {"meet"}), "2024-01-29");
    EXPECT_EQ(first_date_with_verbs("On Monday, the delegations will meet.", {"meet"}), "2024-01-29");
}

// A week cannot be written as a date: its month when it lies in one, else its year.
TEST(DateDetector, WeeksGiveTheirMonthOrYear) {
    // Story date Saturday 2024-01-27: last week is 15-21 January.
    EXPECT_EQ(only_date("The envoy visited last week."), "2024-01-01/month");
    // Thursday 2024-02-01: earlier this week is 29-31 January; this week (to the 1st) spans two months.
    Document doc = detected("The couple was found dead earlier this week.", Date{2024, 2, 1});
    ASSERT_EQ(doc.dates.size(), 1u);
    EXPECT_EQ(doc.dates[0].date.iso() + "/" + to_string(doc.dates[0].precision), "2024-01-01/month");
    doc = detected("The couple was found dead this week.", Date{2024, 2, 1});
    EXPECT_EQ(doc.dates[0].date.iso() + "/" + to_string(doc.dates[0].precision), "2024-01-01/year");
    // Wednesday 2024-02-07: this week (5-7 February) is February.
    doc = detected("Talks resumed this week.", Date{2024, 2, 7});
    EXPECT_EQ(doc.dates[0].date.iso() + "/" + to_string(doc.dates[0].precision), "2024-02-01/month");
}

// A weekend is dated by its Saturday; 2024-01-27 is a Saturday, 2024-01-29 a Monday.
TEST(DateDetector, WeekendIsItsSaturday) {
    auto first = [](const std::string& text, Date story) {
        Document doc = sitrep::testing::detected(text, story);
        return doc.dates.empty() ? std::string("none") : doc.dates[0].date.iso();
    };
    EXPECT_EQ(first("Rebels shelled the town over the weekend.", Date{2024, 1, 29}), "2024-01-27");
    EXPECT_EQ(first("Rebels shelled the town over the weekend.", Date{2024, 1, 28}), "2024-01-27");
    EXPECT_EQ(first("Rebels shelled the town last weekend.", Date{2024, 1, 29}), "2024-01-27");
    EXPECT_EQ(first("Rebels shelled the town last weekend.", Date{2024, 1, 28}), "2024-01-20");
    EXPECT_EQ(first("The ministers will meet this weekend.", Date{2024, 1, 24}), "2024-01-27");
    EXPECT_EQ(first("The ministers meet next weekend.", Date{2024, 1, 29}), "2024-02-03");
}

// "following rebel attacks a day earlier": the date closes a phrase opened by "following",
// so it is marked as that phrase's; a date after a verb is not.
TEST(DateDetector, DateClosingAnAfterPhraseBelongsToIt) {
    Document doc =
        sitrep::testing::detected("Jets struck the camps, following rebel raids on army posts a day earlier.");
    ASSERT_EQ(doc.dates.size(), 1u);
    EXPECT_GE(doc.dates[0].adjunct, 0);
    EXPECT_EQ(doc.tokens[static_cast<size_t>(doc.dates[0].adjunct)].norm, "following");
    doc = sitrep::testing::detected("Jets struck the camps after rebels raided army posts a day earlier.");
    for (Token& t : doc.tokens)
        if (t.norm == "raided") t.pos = PartOfSpeech::verb;
    doc.dates.clear();
    for (const auto& stage : make_context_detectors(sitrep::testing::builtin_context())) stage->run(doc);
    ASSERT_EQ(doc.dates.size(), 1u);
    EXPECT_EQ(doc.dates[0].adjunct, -1);
    // A comma ends the phrase: "After the talks, on Monday, they signed."
    doc = sitrep::testing::detected("After the talks, on Monday, the two sides signed a truce.");
    ASSERT_EQ(doc.dates.size(), 1u);
    EXPECT_EQ(doc.dates[0].adjunct, -1);
}

// Parts of the story's own day and "the night before" (story date Saturday 2024-01-27).
TEST(DateDetector, PartsOfTheStoryDay) {
    for (const auto& [text, iso] : std::vector<std::pair<std::string, std::string>>{
             {"A spokesman said this morning that talks had failed.", "2024-01-27"},
             {"Police fired tear gas earlier today.", "2024-01-27"},
             {"Rebels had shelled the town the night before.", "2024-01-26"}}) {
        Document doc = sitrep::testing::detected(text);
        ASSERT_EQ(doc.dates.size(), 1u) << text;
        EXPECT_EQ(doc.dates[0].date.iso(), iso) << text;
        EXPECT_EQ(doc.dates[0].precision, DatePrecision::day) << text;
    }
}

TEST(DateDetector, TwoDaysBackAndTheEveningBefore) {
    // The longer phrase wins over "the day before" / "the night before".
    EXPECT_EQ(only_date("Shells fell on the market the day before yesterday."), "2024-01-25/day");
    EXPECT_EQ(only_date("Shells fell on the market the night before last."), "2024-01-25/day");
    EXPECT_EQ(only_date("Shells fell on the market the previous evening."), "2024-01-26/day");
    EXPECT_EQ(only_date("Shells fell on the market the evening before."), "2024-01-26/day");
}

TEST(DateDetector, APartOfAMonthInOneWordIsThatMonth) {
    EXPECT_EQ(only_date("The envoys met in mid-January."), "2024-01-01/month");
    EXPECT_EQ(only_date("The envoys met in late-October."), "2023-10-01/month");
    EXPECT_EQ(only_date("The envoys will meet in early-March."), "2024-03-01/month");
    EXPECT_EQ(only_date("The envoys met in mid-March 2019."), "2019-03-01/month");
    // A hyphenated word that is no part of a month, or a lower-case month word, is no date.
    EXPECT_EQ(only_date("The mid-May talks were cancelled."), "2023-05-01/month");
    EXPECT_EQ(only_date("A pro-Western envoy met them."), "found 0 dates");
    EXPECT_EQ(only_date("The envoys met in a mid-march lull."), "found 0 dates");
}
