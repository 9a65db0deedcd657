#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "batch/dedup.hpp"
#include "batch/merging_sink.hpp"
#include "context_fixture.hpp"

using namespace sitrep;
using sitrep::testing::tokenized;

namespace {
// One deploy-style event per sentence, all with the same key.
Document with_sentence_events(const std::string& text, const std::string& id) {
    Document doc = tokenized(text);
    doc.meta.id = id;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        Event e;
        e.sentence = s;
        e.source = EventActor{"U.S. troops", "USAMIL", "USA", "MIL", Span{}};
        e.target = EventActor{"Iraq", "IRQ", "IRQ", "", Span{}};
        e.root = "15";
        e.cameo = "150";
        e.date = Date{2014, 1, 1};
        e.date_precision = DatePrecision::year;
        e.verb_span = doc.sentences[s].span;
        doc.events.push_back(e);
    }
    return doc;
}

const char* kFirst =
    "Currently, about 2,500 U.S. troops are still deployed in Iraq as part of a coalition formed in 2014 to help "
    "defeat ISIL.";
const char* kReworded =
    "Approximately 2,500 U.S. troops are currently deployed to Iraq as part of a coalition formed in 2014 to help "
    "the Iraqi government defeat ISIL.";
const char* kDifferent = "Rockets struck a base housing U.S. troops in western Iraq on Tuesday night.";
}  // namespace

TEST(EventDeduplicator, MergesRewordedSentenceInOneArticle) {
    Document doc = with_sentence_events(std::string(kFirst) + " " + kReworded, "a");
    merge_duplicate_events(doc);
    ASSERT_EQ(doc.events.size(), 1u);
    ASSERT_EQ(doc.events[0].mentions.size(), 2u);
    EXPECT_EQ(doc.events[0].mentions[1].sentence, 1u);
}

TEST(EventDeduplicator, KeepsDifferentSentencesApart) {
    Document doc = with_sentence_events(std::string(kFirst) + " " + kDifferent, "a");
    merge_duplicate_events(doc);
    EXPECT_EQ(doc.events.size(), 2u);
}

TEST(EventDeduplicator, KeepsDifferentKeysApart) {
    Document doc = with_sentence_events(std::string(kFirst) + " " + kReworded, "a");
    doc.events[1].root = "19";
    merge_duplicate_events(doc);
    EXPECT_EQ(doc.events.size(), 2u);
}

TEST(EventDeduplicator, MergesAcrossArticlesOfABatch) {
    EventDeduplicator dedup;
    dedup.add(with_sentence_events(kFirst, "a"));
    const auto placed = dedup.add(with_sentence_events(kReworded, "b"));
    ASSERT_EQ(dedup.events().size(), 1u);
    EXPECT_EQ(placed[0], 0u);
    EXPECT_EQ(dedup.events()[0].mentions[1].doc, "b");
    EXPECT_EQ(dedup.first_docs()[0], "a");
}

TEST(SentenceSketch, SimilarityOfRewordingIsAboveThreshold) {
    Document doc = tokenized(std::string(kFirst) + " " + kReworded + " " + kDifferent);
    const double same = sketch_similarity(sketch_sentence(doc, 0), sketch_sentence(doc, 1));
    const double other = sketch_similarity(sketch_sentence(doc, 0), sketch_sentence(doc, 2));
    EXPECT_GE(same, DedupOptions{}.threshold);
    EXPECT_LT(other, 0.3);
}

namespace {
class CollectingSink : public io::EventSink {
public:
    void accept(io::EventRecord record) override { records.push_back(std::move(record)); }
    void finish() override { finished = true; }
    std::vector<io::EventRecord> records;
    bool finished = false;
};
}  // namespace

TEST(MergingSink, PassesOneRecordPerMergedEventAtFinish) {
    CollectingSink out;
    MergingSink merging(out);
    for (const char* text : {kFirst, kReworded, kDifferent}) {
        Document doc = with_sentence_events(text, text == kDifferent ? "c" : "a");
        for (auto& record : io::event_records(doc)) merging.accept(std::move(record));
    }
    EXPECT_TRUE(out.records.empty());
    merging.finish();
    ASSERT_EQ(out.records.size(), 2u);
    EXPECT_EQ(out.records[0].event.mentions.size(), 2u);
    EXPECT_EQ(out.records[1].event.mentions.size(), 1u);
    EXPECT_TRUE(out.finished);
}

namespace {
void feed(MergingSink& merging, const char* text, const std::string& doc_id) {
    Document doc = with_sentence_events(text, doc_id);
    for (auto& record : io::event_records(doc)) merging.accept(std::move(record));
}
}  // namespace

TEST(MergingSink, WritesARecordOnceTheWindowHasPassedItsLastMention) {
    CollectingSink out;
    MergingSink merging(out, /*window_documents=*/2);
    feed(merging, kFirst, "a");
    feed(merging, kReworded, "b");  // merged with a's record
    feed(merging, kDifferent, "c");
    EXPECT_TRUE(out.records.empty());  // b was one document ago
    feed(merging, kDifferent, "d");    // two documents since b: a's record is complete
    ASSERT_EQ(out.records.size(), 1u);
    EXPECT_EQ(out.records[0].event.mentions.size(), 2u);
    EXPECT_EQ(merging.open_records(), 1u);
    merging.finish();
    ASSERT_EQ(out.records.size(), 2u);
    EXPECT_EQ(out.records[1].event.mentions.size(), 2u);  // c and d
    EXPECT_TRUE(out.finished);
}

TEST(MergingSink, AMentionAfterTheWindowStartsANewRecord) {
    CollectingSink out;
    MergingSink merging(out, /*window_documents=*/1);
    feed(merging, kFirst, "a");
    feed(merging, kDifferent, "b");
    feed(merging, kReworded, "c");  // a's record was already written
    merging.finish();
    ASSERT_EQ(out.records.size(), 3u);
    EXPECT_EQ(out.records[0].doc, "a");
    EXPECT_EQ(out.records[0].event.mentions.size(), 1u);
    EXPECT_EQ(out.records[2].doc, "c");
    EXPECT_EQ(out.records[2].event.mentions.size(), 1u);
}

TEST(MergingSink, WindowZeroHoldsEveryRecordToTheEndOfTheBatch) {
    CollectingSink out;
    MergingSink merging(out, /*window_documents=*/0);
    for (int i = 0; i < 20; ++i) feed(merging, i % 2 ? kDifferent : kFirst, "doc" + std::to_string(i));
    EXPECT_TRUE(out.records.empty());
    EXPECT_EQ(merging.open_records(), 2u);
    merging.finish();
    ASSERT_EQ(out.records.size(), 2u);
    EXPECT_EQ(out.records[0].event.mentions.size(), 10u);
}

TEST(EventDeduplicator, ReleasedRecordIsNoLongerMatched) {
    EventDeduplicator dedup;
    Document a = with_sentence_events(kFirst, "a");
    dedup.add(a);
    const Event released = dedup.release_oldest();
    EXPECT_EQ(released.mentions.size(), 1u);
    EXPECT_TRUE(dedup.events().empty());
    Document b = with_sentence_events(kReworded, "b");
    const std::vector<size_t> placed = dedup.add(b);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0], 1u);  // a new record, numbered after the released one
    EXPECT_EQ(dedup.first_open(), 1u);
    EXPECT_EQ(dedup.events()[0].mentions.size(), 1u);
}

namespace {
// A sentence of its own words: its record merges with nothing else.
std::string unique_sentence(int i) {
    return "W" + std::to_string(i) + " x" + std::to_string(i * 7) + " y" + std::to_string(i * 13) + " z" +
           std::to_string(i * 17) + ".";
}
}  // namespace

// Issue 13 item 5: records used to leave in first-mention order, so one record
// mentioned in every document held back all the others for 4 windows.
TEST(MergingSink, OpenRecordsStayWithinTheWindowWhenOneRecordIsMentionedInEveryDocument) {
    CollectingSink out;
    constexpr uint64_t kWindow = 10;
    MergingSink merging(out, kWindow);
    size_t most_open = 0;
    for (int i = 0; i < 200; ++i) {
        feed(merging, (std::string(i % 2 ? kReworded : kFirst) + " " + unique_sentence(i)).c_str(),
             "doc" + std::to_string(i));
        most_open = std::max(most_open, merging.open_records());
    }
    // One record per document for the window, plus the one mentioned always
    // (was about 4 windows' worth: 41).
    EXPECT_LE(most_open, kWindow + 2);
    merging.finish();
    // The re-mentioned record is still cut 4 windows after its first mention
    // (the document at the cut still joins it): 200 / 41 records.
    size_t long_lived = 0;
    for (const auto& record : out.records)
        if (record.event.mentions.size() > 1) {
            ++long_lived;
            EXPECT_LE(record.event.mentions.size(), 4 * kWindow + 1);
        }
    EXPECT_EQ(long_lived, 5u);
    EXPECT_EQ(out.records.size(), 200u + 5u);
    // The unique records leave in the order they close: 0, 1, 2, ...
    int previous = -1;
    for (const auto& record : out.records) {
        if (record.event.mentions.size() > 1) continue;
        const int doc = std::stoi(record.doc.substr(3));
        EXPECT_GT(doc, previous);
        previous = doc;
    }
}

TEST(EventDeduplicator, APlaceTheTextNamesBeatsAnInferredOneWhenMentionsMerge) {
    Document inferred = with_sentence_events(kFirst, "a");
    inferred.events[0].place = EventPlace{"", "Iraq", "IRQ", "country", 33.0, 44.0, Span{}, "parties"};
    Document named = with_sentence_events(kReworded, "b");
    named.events[0].place = EventPlace{"Mosul", "Mosul", "IRQ", "city", 36.3, 43.1, Span{}, ""};
    EventDeduplicator dedup;
    dedup.add(inferred);
    dedup.add(named);
    ASSERT_EQ(dedup.events().size(), 1u);
    ASSERT_TRUE(dedup.events()[0].place.has_value());
    EXPECT_EQ(dedup.events()[0].place->name, "Mosul");
    // The first mention's named place stays; a later inferred or named one does not replace it.
    EventDeduplicator first_named;
    first_named.add(named);
    first_named.add(inferred);
    Document other_city = with_sentence_events(kFirst, "c");
    other_city.events[0].place = EventPlace{"Kirkuk", "Kirkuk", "IRQ", "city", 35.5, 44.4, Span{}, ""};
    first_named.add(other_city);
    ASSERT_EQ(first_named.events().size(), 1u);
    EXPECT_EQ(first_named.events()[0].place->name, "Mosul");
}
