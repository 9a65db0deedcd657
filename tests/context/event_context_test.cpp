#include <gtest/gtest.h>

#include "context/token_text.hpp"
#include "context_fixture.hpp"

using namespace sitrep;
using sitrep::testing::detected;
using sitrep::testing::detected_alone;
using sitrep::testing::event_at;

namespace {
Document with_event(const std::string& text, std::string_view verb) {
    Document doc = detected(text);
    doc.events.push_back(event_at(doc, verb));
    EventContextAttacher().run(doc);
    return doc;
}

// The same over the detectors alone (context_fixture.hpp: detected_alone), for a
// sentence whose real clauses the test does not mean.
Document with_event_alone(const std::string& text, std::string_view verb) {
    Document doc = detected_alone(text);
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
    // (Thursday is after the story date: a later sentence's day carries over only when past.)
    Document doc = with_event("Officials met in Baghdad. On Thursday they will leave.", "met");
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
    // Detectors alone: the syntax stage makes "wounded 30" a clause of its own, and
    // the event's counts come from its own clause first.
    Document doc = with_event_alone("The blast killed at least 12 and wounded 30.", "killed");
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

// --- Which date belongs to the event (stories dated Saturday 2024-01-27) ---

TEST(EventContextAttacher, DateOfAPeriodLimitIsNotTheEventDate) {
    Document doc = with_event("Aid workers have entered the valley for the first time since 2019.", "entered");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-27");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story);
}

TEST(EventContextAttacher, APreciseDateInsideTheNearerCoarseOneWins) {
    // "2024" is nearer the verb, but "Thursday" (2024-01-25) says the same more precisely.
    // Detectors alone: the syntax stage puts "its chair said on Thursday" in a clause
    // of its own, so "Thursday" is no longer in the event's clause.
    Document doc = with_event_alone("In 2024 the assembly approved the plan, its chair said on Thursday.", "approved");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-25");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::day);
}

TEST(EventContextAttacher, APreciseDateOutsideTheCoarseOneDoesNotReplaceIt) {
    Document doc = with_event("In 2019 the assembly approved the plan, its chair said on Thursday.", "approved");
    EXPECT_EQ(doc.events[0].date.iso(), "2019-01-01");
}

TEST(EventContextAttacher, RecentDayOfAnEarlierSentenceCarriesOver) {
    Document doc = with_event("Rebels shelled the town on Tuesday. Earlier, soldiers burned the market.", "burned");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-23");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::day);
}

TEST(EventContextAttacher, TheFirstDateOfTheEarlierSentenceCarriesOver) {
    // "Tuesday's raid" dates the raid; the lede's "Thursday" dates the story's day.
    Document doc =
        with_event("Jets struck the depot on Thursday after Tuesday's raid. Officials condemned them.", "condemned");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-25");
}

TEST(EventContextAttacher, AnUndatedLedeTakesTheDayOfTheNextSentences) {
    // Story date Saturday 2024-01-27: "yesterday" is Friday the 26th.
    Document doc = with_event(
        "The bloc froze the assets of six officials. Speaking yesterday, the minister said more "
        "would follow.",
        "froze");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-26");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::day);
    // The sentence after next still counts; one further on does not.
    doc = with_event("The bloc froze the assets. Talks went on. Ministers met on Tuesday.", "froze");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-23");
    doc = with_event("The bloc froze the assets. Talks went on. Envoys left. Ministers met on Tuesday.", "froze");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story);
    // A dated sentence before the event decides, even when its date does not carry over.
    doc = with_event("Troops arrived in 2014. Rebels attacked the base. On Tuesday they left.", "attacked");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story);
}

TEST(EventContextAttacher, BackgroundDateOfAnEarlierSentenceDoesNotCarryOver) {
    for (const char* text : {"Troops arrived in 2014. Rebels attacked the base.",
                             "The war began on 3 March 2019. Rebels attacked the base.",
                             "Officials mourned Tuesday's victims. Rebels attacked the base."}) {
        Document doc = with_event(text, "attacked");
        EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story) << text;
    }
}

TEST(EventContextAttacher, DatelineDateOnlyWhenTheSentenceHasNone) {
    Document doc = with_event("NAPLES, Jan. 26 -- Police arrested ten men, officials said on Wednesday.", "arrested");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-24");
    doc = with_event("NAPLES, Jan. 26 -- Police arrested ten men.", "arrested");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-26");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::day);
}

// --- Which place belongs to the event ---

TEST(EventContextAttacher, DatelinePlaceWhenTheSentenceNamesNone) {
    Document doc = with_event("BAGHDAD (AP) -- Gunmen attacked a police post.", "attacked");
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Baghdad");
    EXPECT_EQ(doc.events[0].place->country, "IRQ");
}

TEST(EventContextAttacher, AllCapsDatelinesResolveThroughTheGazetteer) {
    for (const auto& [text, name] : std::vector<std::pair<std::string, std::string>>{
             {"NEW DELHI, India (Reuters) -- Police detained two men.", "New Delhi"},
             {"THE HAGUE -- Judges convicted the former commander.", "The Hague"},
             {"SREBRENICA, Bosnia-Herzegovina -- Soldiers detained two men.", "Srebrenica"}}) {
        Document doc = with_event(text, text.find("detained") != std::string::npos ? "detained" : "convicted");
        ASSERT_TRUE(doc.events[0].place.has_value()) << text;
        EXPECT_EQ(doc.events[0].place->name, name) << text;
    }
}

TEST(EventContextAttacher, UnknownDatelinePlaceFallsBackToItsRegion) {
    Document doc = with_event("SMALLTOWN, Kenya (AP) -- Police detained two men.", "detained");
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->country, "KEN");
}

TEST(EventContextAttacher, TheSentencePlaceBeatsTheDateline) {
    Document doc = with_event("KABUL, Afghanistan -- Militants attacked a checkpoint in Kandahar.", "attacked");
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Kandahar");
    // ... in a later sentence, too: the dateline is the story's place, not the first sentence's.
    doc = with_event("KABUL, Afghanistan -- Talks ended. Militants attacked a checkpoint in Kandahar.", "attacked");
    EXPECT_EQ(doc.events[0].place->name, "Kandahar");
}

TEST(EventContextAttacher, PlaceOfAClauseBelowIsNotTheEventPlace) {
    // "in Kandahar" is where the rebels attacked, not where the jets bombed.
    // Detectors alone: the test lays the two clauses itself (the real ones would overlap them).
    Document doc = detected_alone("Jets bombed the bases after rebels attacked in Kandahar.");
    doc.events.push_back(event_at(doc, "bombed"));
    uint32_t split = 0;
    while (doc.tokens[split].norm != "after") ++split;
    const auto end = static_cast<uint32_t>(doc.tokens.size());
    doc.clauses.push_back(Clause{TokenRange{0, split}, 0, -1});
    doc.clauses.push_back(Clause{TokenRange{split, end}, 0, 0});
    EventContextAttacher().run(doc);
    EXPECT_FALSE(doc.events[0].place.has_value());
}

TEST(EventContextAttacher, HereIsTheDatelinePlace) {
    // "here" is where the story was filed, nearer the verb than the town the aid reached.
    Document doc =
        with_event("KABUL, Afghanistan -- Aid arrived in Kandahar, an official said here on Friday.", "said");
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Kabul");
    EXPECT_EQ(doc.events[0].place->text, "here");
    // Without a dateline "here" names no place. Detectors alone: the real clauses put
    // "an official said here" in a clause of its own, and a place of the main clause
    // ("Aid arrived in Kandahar") is not taken for a verb in a clause beside it.
    doc = with_event_alone("Aid arrived in Kandahar, an official said here on Friday.", "said");
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Kandahar");
}

TEST(EventContextAttacher, PossessiveDateDatesItsNounNotTheVerb) {
    Document doc = with_event("Ministers condemned Tuesday's bombing of the port.", "condemned");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story);
    // A noun event right after the possessive takes it.
    doc = with_event("Ministers condemned Tuesday's bombing of the port.", "bombing");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-23");
}

namespace {
EventActor party(std::string code) {
    EventActor a;
    a.country = code.substr(0, 3);
    a.sector = code.size() > 3 ? code.substr(3) : "";
    a.code = std::move(code);
    return a;
}

// An event at `verb` between two parties (codes; "" for no target), in CAMEO quad class
// `quad` (and root `root`), placed by an attacher that knows the built-in gazetteer.
Event placed_with_parties(const std::string& text, std::string_view verb, const std::string& source,
                          const std::string& target, int quad, std::string root = "") {
    Document doc = detected(text);
    Event e = event_at(doc, verb);
    e.source = party(source);
    if (!target.empty()) e.target = party(target);
    e.quad = quad;
    e.root = root.empty() ? (quad == 4 ? "19" : "01") : std::move(root);
    doc.events.push_back(std::move(e));
    EventContextAttacher(sitrep::testing::builtin_context().places).run(doc);
    return doc.events[0];
}
}  // namespace

TEST(EventContextAttacher, PartiesOfOneCountryPlaceTheEventInIt) {
    const Event e =
        placed_with_parties("The army detained the opposition leader at dawn.", "detained", "NPLMIL", "NPLOPP", 4);
    ASSERT_TRUE(e.place.has_value());
    EXPECT_EQ(e.place->name, "Nepal");
    EXPECT_EQ(e.place->precision, "country");
    EXPECT_EQ(e.place->from, "parties");
    EXPECT_TRUE(e.place->text.empty());
    // Parties of two countries say nothing about where they met.
    EXPECT_FALSE(placed_with_parties("The army detained the visiting envoy.", "detained", "NPLMIL", "INDGOV", 4)
                     .place.has_value());
    // Without a gazetteer the attacher infers nothing.
    Document doc = detected("The army detained the opposition leader at dawn.");
    doc.events.push_back(event_at(doc, "detained"));
    doc.events[0].source = party("NPLMIL");
    doc.events[0].target = party("NPLOPP");
    EventContextAttacher().run(doc);
    EXPECT_FALSE(doc.events[0].place.has_value());
}

TEST(EventContextAttacher, DatelineInAThirdCountryIsNotWhereTheFightingWas) {
    // Filed from London about fighting between two other countries: not London.
    EXPECT_FALSE(placed_with_parties("LONDON (Reuters) -- Chadian troops shelled Sudanese positions.", "shelled",
                                     "TCDMIL", "SDNMIL", 4)
                     .place.has_value());
    // Filed from London about a fight inside one country: that country.
    const Event domestic =
        placed_with_parties("LONDON (Reuters) -- Rebels shelled army positions.", "shelled", "SDNREB", "SDNMIL", 4);
    ASSERT_TRUE(domestic.place.has_value());
    EXPECT_EQ(domestic.place->country, "SDN");
    // A statement may well have been made where the story was filed.
    const Event said = placed_with_parties("LONDON (Reuters) -- Chad's minister accused Sudan of lying.", "accused",
                                           "TCDGOV", "SDN", 3);
    ASSERT_TRUE(said.place.has_value());
    EXPECT_EQ(said.place->name, "London");
    EXPECT_EQ(said.place->from, "dateline");
    // A party of the dateline's country, or one of no country, keeps the dateline.
    const Event local = placed_with_parties("KHARTOUM (AP) -- Chadian troops shelled army positions.", "shelled",
                                            "TCDMIL", "SDNMIL", 4);
    ASSERT_TRUE(local.place.has_value());
    EXPECT_EQ(local.place->name, "Khartoum");
    const Event un = placed_with_parties("KABUL (AP) -- Pakistani militants besieged a UN compound.", "besieged",
                                         "PAKREB", "IGOUNO", 4);
    ASSERT_TRUE(un.place.has_value());
    EXPECT_EQ(un.place->name, "Kabul");
}

TEST(EventContextAttacher, ACapitalsDatelineIsNotWhereAStateFightsItsOwnRebels) {
    // Reported from the capital, fought elsewhere in the country: the country.
    Event e = placed_with_parties("NAIROBI (AP) -- The army said it overran the last rebel camps.", "overran", "KENMIL",
                                  "KENREB", 4, "19");
    ASSERT_TRUE(e.place.has_value());
    EXPECT_EQ(e.place->name, "Kenya");
    EXPECT_EQ(e.place->from, "parties");
    // A statement of the same parties was made where the story was filed.
    e = placed_with_parties("NAIROBI (AP) -- The army accused the rebels of lying.", "accused", "KENMIL", "KENREB", 3,
                            "11");
    ASSERT_TRUE(e.place.has_value());
    EXPECT_EQ(e.place->name, "Nairobi");
    // A dateline that is no capital may be where the fighting is.
    e = placed_with_parties("MOMBASA (AP) -- The army overran the last rebel camps.", "overran", "KENMIL", "KENREB", 4,
                            "19");
    ASSERT_TRUE(e.place.has_value());
    EXPECT_EQ(e.place->name, "Mombasa");
    // Fighting with another country's forces keeps the capital's dateline.
    e = placed_with_parties("NAIROBI (AP) -- The army overran the camps of Somali rebels.", "overran", "KENMIL",
                            "SOMREB", 4, "19");
    ASSERT_TRUE(e.place.has_value());
    EXPECT_EQ(e.place->name, "Nairobi");
}

TEST(EventContextAttacher, DateOfAnAfterPhraseDatesItsNounNotTheVerb) {
    // Story date Saturday 2024-01-27: the raids were on the 26th, the strikes on the story date.
    Document doc = with_event("Jets struck the camps, following rebel raids on army posts a day earlier.", "struck");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-27");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story);
    // An event whose trigger is inside the phrase keeps the date.
    doc = with_event("Jets struck the camps, following rebel raids on army posts a day earlier.", "raids");
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-26");
}

TEST(EventContextAttacher, ABodyThatSitsInOnePlaceActsThere) {
    Document doc = detected("The UN Security Council voted to extend the arms embargo.");
    Event e = event_at(doc, "voted");
    e.source = party("IGOUNO");
    e.source->text = "The UN Security Council";
    e.quad = 1;
    doc.events.push_back(std::move(e));
    EventContextAttacher(sitrep::testing::builtin_context().places).run(doc);
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "New York");
    EXPECT_EQ(doc.events[0].place->from, "seat");
}

TEST(EventContextAttacher, ANationalBodyNamedInTheSentenceSitsInTheCapital) {
    const Event stormed =
        placed_with_parties("Gunmen stormed Parliament and held the ministers.", "stormed", "NPLREB", "NPLGOV", 4);
    ASSERT_TRUE(stormed.place.has_value());
    EXPECT_EQ(stormed.place->name, "Kathmandu");
    EXPECT_EQ(stormed.place->from, "seat");
    // "a member of parliament" names no body acting at its seat: the country, not the capital.
    const Event member =
        placed_with_parties("Gunmen kidnapped a member of parliament.", "kidnapped", "NPLREB", "NPLLEG", 4);
    ASSERT_TRUE(member.place.has_value());
    EXPECT_EQ(member.place->name, "Nepal");
    // A dateline in the country is where the story was filed: it stays first.
    const Event filed =
        placed_with_parties("POKHARA, Nepal -- Gunmen stormed Parliament.", "stormed", "NPLREB", "NPLGOV", 4);
    ASSERT_TRUE(filed.place.has_value());
    EXPECT_EQ(filed.place->country, "NPL");
    EXPECT_EQ(filed.place->from, "dateline");
}

namespace {
// The first sentence cut into clauses: clause 0 from its start, then one clause from each
// cut word on (in order), with the given parent; the event is at `verb`.
Document in_clauses(const std::string& text, std::string_view verb,
                    const std::vector<std::pair<std::string_view, int32_t>>& cuts) {
    Document doc = detected(text);
    doc.events.push_back(event_at(doc, verb));
    const uint32_t end = sentence_tokens(doc, 0).last;
    uint32_t start = 0;
    int32_t parent = -1;
    for (const auto& [word, next_parent] : cuts) {
        uint32_t at = start + 1;
        while (at < end && doc.tokens[at].norm != word) ++at;
        EXPECT_LT(at, end) << "no '" << word << "' in: " << text;
        doc.clauses.push_back(Clause{TokenRange{start, at}, 0, parent});
        start = at;
        parent = next_parent;
    }
    doc.clauses.push_back(Clause{TokenRange{start, end}, 0, parent});
    EventContextAttacher(sitrep::testing::builtin_context().places).run(doc);
    return doc;
}
}  // namespace

TEST(EventContextAttacher, APlaceInsideTheNearerCountrySaysWhere) {
    // "Afghanistan" is nearer the verb; Kandahar, in Afghanistan, says where more precisely.
    Document doc = in_clauses("Rebels shelled villages in Afghanistan near Kandahar.", "shelled", {});
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Kandahar");
    // ... also from the clause above the event's own ("and wounding ..." shares the subject)
    // when the country was named as a part of it ("India's financial capital").
    doc = in_clauses("Gunmen attacked hotels in Mumbai, killing ten and wounding dozens in India's financial capital.",
                     "wounding", {{"and", 0}});
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Mumbai");
    // The country as a whole, in the event's own clause, stays: the troops went into Lebanon.
    doc = in_clauses("Jets bombed the airport in Beirut and sent troops deep into Lebanon.", "sent", {{"and", 0}});
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Lebanon");
    // A city of another country is no part of it.
    doc = in_clauses("Rebels shelled villages in Afghanistan from Peshawar.", "shelled", {});
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Afghanistan");
    // Nor is a city named in a sibling clause: that may be where another event happened.
    doc = in_clauses("Rebels attacked police in Kandahar, and jets bombed villages in Afghanistan.", "bombed",
                     {{"and", -1}});
    ASSERT_TRUE(doc.events[0].place.has_value());
    EXPECT_EQ(doc.events[0].place->name, "Afghanistan");
}

TEST(EventContextAttacher, DateOfACoordinatedClauseUnderTheEventsOwnIsTheSentences) {
    // Through the real stages (tags, chunks, clauses): ", and its members named ... on Sunday"
    // goes on with the news of "announced"; the story date is Saturday 2024-01-27.
    Document doc = sitrep::testing::coded(
        "The assembly announced that the speaker was out, and its members named a new speaker on Sunday.",
        Layer::places);
    doc.events.push_back(event_at(doc, "announced"));
    EventContextAttacher().run(doc);
    EXPECT_EQ(doc.events[0].date.iso(), "2024-01-21");
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::day);
    // A subordinate clause's date stays its own ("a council that was formed in 2019").
    doc = sitrep::testing::coded("The assembly dissolved a council that was formed in 2019.", Layer::places);
    doc.events.push_back(event_at(doc, "dissolved"));
    EventContextAttacher().run(doc);
    EXPECT_EQ(doc.events[0].date_precision, DatePrecision::story);
}

TEST(EventContextAttacher, FightingBetweenTwoCountriesIsWhereASentenceBesideSaysTheStoryIs) {
    const std::string story =
        "Chad and Sudan said they had shelled each other's posts. Chad said its guns hit positions in the "
        "city of Nyala.";
    const Event shelled = placed_with_parties(story, "shelled", "TCD", "SDN", 4);
    ASSERT_TRUE(shelled.place.has_value());
    EXPECT_EQ(shelled.place->name, "Nyala");
    EXPECT_EQ(shelled.place->from, "nearby");
    // The sentence before, too.
    const Event after = placed_with_parties(
        "Fighting raged in the town of Nyala. Chad and Sudan said they had shelled each other's posts.", "shelled",
        "TCD", "SDN", 4);
    ASSERT_TRUE(after.place.has_value());
    EXPECT_EQ(after.place->name, "Nyala");
    // A statement is made where the speaker is, not where the news happened; sanctions and
    // expulsions (16, material too) are decided at home.
    EXPECT_FALSE(placed_with_parties(story, "said", "TCD", "SDN", 3).place.has_value());
    EXPECT_FALSE(placed_with_parties("Chad expelled Sudan's envoys. Fighting raged in the city of Nyala.", "expelled",
                                     "TCD", "SDN", 4, "16")
                     .place.has_value());
    // A place in neither side's country says nothing about where they fought.
    EXPECT_FALSE(placed_with_parties("Chad and Sudan said they had shelled each other's posts. Envoys met in Addis "
                                     "Ababa.",
                                     "shelled", "TCD", "SDN", 4)
                     .place.has_value());
}

namespace {
// An event in a story of `outlet` dated `story`, with the built-in date words.
Event dated_in(const std::string& text, std::string_view verb, std::string outlet, Date story) {
    Document doc = detected(text, story);
    doc.meta.outlet = std::move(outlet);
    doc.events.push_back(event_at(doc, verb));
    const ContextData& data = sitrep::testing::builtin_context();
    EventContextAttacher(data.places, data.dates).run(doc);
    return doc.events[0];
}
}  // namespace

TEST(EventContextAttacher, AMorningPapersUndatedNewsIsOfTheDayBeforeItsPrintEdition) {
    const std::string text = "The minister condemned the raid on the border post.";
    // A morning daily of the print era: the day before the story date, and why.
    Event e = dated_in(text, "condemned", "The Boston Globe", Date{2004, 5, 12});
    EXPECT_EQ(e.date.iso(), "2004-05-11");
    EXPECT_EQ(e.date_precision, DatePrecision::story);
    EXPECT_EQ(e.date_from, "print-edition");
    // The outlet's name followed by a note or an agency in brackets still names it.
    EXPECT_EQ(
        dated_in(text, "condemned", "the los angeles times (wire services), reposted", Date{2004, 5, 12}).date.iso(),
        "2004-05-11");
    // A date word in the text wins: the copy was written on the day it names.
    e = dated_in("On Wednesday the minister condemned the raid.", "condemned", "The Boston Globe", Date{2004, 5, 13});
    EXPECT_EQ(e.date.iso(), "2004-05-12");
    EXPECT_TRUE(e.date_from.empty());
    // Agencies and broadcasters date a story on the day of its news.
    e = dated_in(text, "condemned", "Associated Press", Date{2004, 5, 12});
    EXPECT_EQ(e.date.iso(), "2004-05-12");
    EXPECT_TRUE(e.date_from.empty());
    // A name that only contains a paper's name is another outlet.
    EXPECT_EQ(dated_in(text, "condemned", "The Kyiv Independent", Date{2004, 5, 12}).date.iso(), "2004-05-12");
    EXPECT_EQ(dated_in(text, "condemned", "Times of Somewhere", Date{2004, 5, 12}).date.iso(), "2004-05-12");
    // Since papers post online through the day, the story date is the posting day.
    EXPECT_EQ(dated_in(text, "condemned", "The Boston Globe", Date{2016, 5, 12}).date.iso(), "2016-05-12");
    // Without the date words (the plain attacher) nothing is inferred.
    Document doc = detected(text, Date{2004, 5, 12});
    doc.meta.outlet = "The Boston Globe";
    doc.events.push_back(event_at(doc, "condemned"));
    EventContextAttacher().run(doc);
    EXPECT_EQ(doc.events[0].date.iso(), "2004-05-12");
}

TEST(EventContextAttacher, AReducedRelativeOnTheObjectKeepsItsDateAndPlace) {
    // Through the whole pipeline (the rule reads the tagger's parts of speech).
    auto first_event = [](const std::string& text) {
        const Document doc = sitrep::testing::coded(text);
        EXPECT_FALSE(doc.events.empty()) << text;
        return doc.events.empty() ? Event{} : doc.events[0];
    };
    // "abuses committed on 3 January in Kampala": when and where the abuses were, not the
    // condemnation, which keeps the story date and names no place.
    Event e = first_event("Kenya condemned Uganda over abuses committed on 3 January in Kampala.");
    EXPECT_EQ(e.date.iso(), "2024-01-27");
    EXPECT_FALSE(e.place.has_value());
    // Without the participle the words date and place the condemnation itself.
    e = first_event("Kenya condemned Uganda over abuses on 3 January in Kampala.");
    EXPECT_EQ(e.date.iso(), "2024-01-03");
    ASSERT_TRUE(e.place.has_value());
    EXPECT_EQ(e.place->name, "Kampala");
}

TEST(EventContextAttacher, ALandmarkNamedWithItsCitysPossessiveIsPlacedInTheCity) {
    auto place_of_first_event = [](const std::string& text) {
        const Document doc = sitrep::testing::coded(text);
        EXPECT_FALSE(doc.events.empty()) << text;
        return doc.events.empty() || !doc.events[0].place ? std::string("-") : doc.events[0].place->name;
    };
    EXPECT_EQ(place_of_first_event("Gunmen attacked a convoy of Iraqi police outside Baghdad's Green Zone."),
              "Baghdad");
    // Named alone, the landmark is the place.
    EXPECT_EQ(place_of_first_event("Gunmen attacked a convoy of Iraqi police outside the Green Zone."), "Green Zone");
}
