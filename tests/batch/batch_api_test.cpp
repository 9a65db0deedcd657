// The public batch API (include/sitrep/batch.hpp): what the CLI, the store,
// the server and the Python binding build on.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "sitrep/batch.hpp"
#include "sitrep/output.hpp"

using namespace sitrep;

namespace {

const Engine& engine() {
    static const Engine* e = [] {
        Diagnostics diagnostics;
        return Engine::load(EngineOptions{}, diagnostics).release();
    }();
    return *e;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Sentences of our own, each reporting an event, in several wordings and on
// several days, so that duplicates exist within and across the date window.
std::vector<InputDocument> documents() {
    const std::vector<std::string> texts = {
        "Israeli soldiers attacked Palestinian protesters in Hebron on Monday.",
        "Israeli soldiers on Monday attacked Palestinian protesters in the city of Hebron.",
        "The president of Egypt met the king of Jordan in Cairo to discuss water.",
        "Egypt's president met Jordan's king in Cairo on Tuesday to discuss water supplies.",
        "Russian troops shelled Ukrainian positions near Kharkiv, the army said.",
        "Police in Kenya arrested twelve opposition activists in Nairobi.",
        "Kenyan police arrested twelve activists of the opposition in Nairobi.",
    };
    std::vector<InputDocument> docs;
    for (int day = 0; day < 12; ++day) {
        for (std::size_t t = 0; t < texts.size(); ++t) {
            if ((day + t) % 3 == 0) continue;  // not every story every day
            InputDocument doc;
            doc.id = "d" + std::to_string(day) + "-" + std::to_string(t);
            doc.text = texts[t];
            doc.date = Date{2024, 3, 1}.plus_days(day);
            doc.url = "https://example.org/" + doc.id;
            docs.push_back(doc);
        }
    }
    InputDocument article;
    article.id = "article";
    article.text = read_file(SITREP_SOURCE_DIR "/examples/article.txt");
    article.date = Date{2024, 2, 3};
    docs.push_back(article);
    return docs;
}

std::vector<std::string> json_lines(const std::vector<EventRecord>& records) {
    std::vector<std::string> lines;
    for (const auto& r : records) lines.push_back(to_json(r));
    return lines;
}

}  // namespace

TEST(BatchCoder, CodesInMemoryDocumentsAlikeOnOneAndFourThreads) {
    for (const Mentions mentions : {Mentions::merged, Mentions::raw}) {
        BatchOptions one;
        one.mentions = mentions;
        BatchOptions four = one;
        four.threads = 4;
        four.batch_documents = 5;  // several groups, a short last one
        const auto a = json_lines(code_batch(engine(), documents(), one));
        const auto b = json_lines(code_batch(engine(), documents(), four));
        ASSERT_GT(a.size(), 10u);
        EXPECT_EQ(a, b);
    }
}

TEST(BatchCoder, MergedRecordsCarryEveryMention) {
    BatchOptions raw;
    raw.mentions = Mentions::raw;
    const auto mentions = code_batch(engine(), documents(), raw);
    const auto merged = code_batch(engine(), documents(), BatchOptions{});
    EXPECT_LT(merged.size(), mentions.size());
    std::size_t total = 0;
    for (const auto& r : merged) total += std::max<std::size_t>(1, r.event.mentions.size());
    EXPECT_EQ(total, mentions.size());
}

TEST(BatchCoder, ReportsRejectedRecordsWithFileAndLine) {
    auto source = read_bytes("in.jsonl",
                             "{\"id\":\"a\",\"text\":\"Police in Kenya arrested twelve activists.\"}\n"
                             "not json\n",
                             ReaderOptions{.format = InputFormat::jsonl, .story_date = Date{2024, 1, 2}});
    std::vector<std::string> seen;
    std::vector<std::string> documents_seen;
    BatchCallbacks callbacks;
    callbacks.diagnostic = [&](const Diagnostic& d) { seen.push_back(d.file + ":" + std::to_string(d.line)); };
    callbacks.document = [&](const Document& doc, const std::string& where) {
        documents_seen.push_back(doc.meta.id + "@" + where);
    };
    CollectingSink sink;
    const BatchResult result = BatchCoder(engine(), BatchOptions{}).run(*source, sink, callbacks);
    EXPECT_EQ(seen, std::vector<std::string>{"in.jsonl:2"});
    EXPECT_EQ(documents_seen, std::vector<std::string>{"a@in.jsonl:1"});
    EXPECT_EQ(result.counts.read, 1u);
    EXPECT_EQ(result.rejected(), 1u);
    EXPECT_EQ(result.records_written, sink.records.size());
    EXPECT_FALSE(sink.records.empty());
}

TEST(BatchCoder, StopReadingStillWritesWhatWasRead) {
    auto source = read_documents(documents());
    CollectingSink sink;
    BatchCallbacks callbacks;
    int reads = 0;
    callbacks.stop_reading = [&]() { return ++reads > 3; };
    const BatchResult result = BatchCoder(engine(), BatchOptions{}).run(*source, sink, callbacks);
    EXPECT_TRUE(result.stopped);
    EXPECT_EQ(result.counts.read, 3u);
    EXPECT_EQ(result.records_written, sink.records.size());
}

TEST(BatchCoder, InMemoryTextWithBadBytesIsRepairedWithAWarning) {
    std::vector<InputDocument> docs(1);
    docs[0].id = "bad";
    docs[0].text = "Police in Kenya arrested twelve \xff activists.";
    std::vector<std::string> warnings;
    BatchCallbacks callbacks;
    callbacks.document = [&](const Document& doc, const std::string& where) {
        EXPECT_EQ(where, "bad");
        EXPECT_EQ(doc.text.find('\xff'), std::string::npos);
        for (const auto& d : doc.diagnostics) warnings.push_back(d.format());
    };
    CollectingSink sink;
    auto source = read_documents(std::move(docs));
    BatchCoder(engine(), BatchOptions{}).run(*source, sink, callbacks);
    EXPECT_EQ(warnings, std::vector<std::string>{"bad: warning: invalid UTF-8: 1 bad byte(s) replaced with U+FFFD"});
}

TEST(CodeText, CodesOneText) {
    const auto records =
        code_text(engine(), "Police in Kenya arrested twelve opposition activists in Nairobi.", Date{2024, 1, 2}, "k1");
    ASSERT_FALSE(records.empty());
    EXPECT_EQ(records[0].doc, "k1");
    EXPECT_EQ(records[0].event.root, "17");  // arrest: coerce
}

TEST(Merger, DateWindowGivesTheSameMergedSetInAnyArrivalOrder) {
    BatchOptions raw;
    raw.mentions = Mentions::raw;
    std::vector<EventRecord> mentions;
    // Read back from sitrep.event/1 JSON, as a cluster job's partitions are.
    for (const auto& line : json_lines(code_batch(engine(), documents(), raw))) {
        auto record = record_from_json(line);
        ASSERT_TRUE(record.has_value());
        mentions.push_back(std::move(*record));
    }
    const auto merge = [](std::vector<EventRecord> records, bool watermarks) {
        CollectingSink out;
        Merger merger(out, MergeOptions{.window_documents = 1, .window_days = 2, .threshold = 0.5});
        if (watermarks) {  // fed day by day, announcing each day's end
            std::stable_sort(records.begin(), records.end(),
                             [](const EventRecord& a, const EventRecord& b) { return a.event.date < b.event.date; });
        }
        for (auto& r : records) {
            const Date date = r.event.date;
            if (watermarks) merger.advance_to(date);
            merger.accept(std::move(r));
        }
        merger.finish();
        auto lines = json_lines(out.records);
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    const auto expected = merge(mentions, false);
    EXPECT_LT(expected.size(), mentions.size());  // something merged
    std::mt19937 shuffle(20240301);
    for (int round = 0; round < 3; ++round) {
        std::shuffle(mentions.begin(), mentions.end(), shuffle);
        EXPECT_EQ(merge(mentions, false), expected);
        EXPECT_EQ(merge(mentions, true), expected);
    }
}

TEST(Merger, DateWindowWritesADateOnceTheWatermarkHasPassedIt) {
    BatchOptions raw;
    raw.mentions = Mentions::raw;
    std::vector<InputDocument> docs;
    for (int day : {7, 8}) {  // a Tuesday and a Wednesday story about the same Monday
        InputDocument doc;
        doc.id = "may" + std::to_string(day);
        doc.text = "Police in Kenya arrested twelve opposition activists in Nairobi on Monday.";
        doc.date = Date{2024, 5, day};
        docs.push_back(doc);
    }
    const auto mentions = code_batch(engine(), docs, raw);
    ASSERT_EQ(mentions.size(), 2u);
    ASSERT_EQ(mentions[0].event.date, mentions[1].event.date);
    const MergeOptions options{.window_documents = 0, .window_days = 3, .threshold = 0.5};
    {  // both within the window: one record, two mentions
        CollectingSink out;
        Merger merger(out, options);
        merger.accept(mentions[1]);
        merger.advance_to(Date{2024, 5, 8});
        merger.accept(mentions[0]);
        EXPECT_TRUE(out.records.empty());
        merger.finish();
        ASSERT_EQ(out.records.size(), 1u);
        EXPECT_EQ(out.records[0].event.mentions.size(), 2u);
        EXPECT_EQ(out.records[0].doc, "may7");  // first in the canonical order, not in arrival order
    }
    {  // the watermark passes Monday + 3 days: Monday is written; a late mention is a record of its own
        CollectingSink out;
        Merger merger(out, options);
        merger.accept(mentions[0]);
        merger.advance_to(Date{2024, 5, 10});
        EXPECT_EQ(out.records.size(), 1u);
        EXPECT_EQ(merger.open_records(), 0u);
        merger.accept(mentions[1]);
        merger.finish();
        EXPECT_EQ(out.records.size(), 2u);
    }
}

TEST(BatchCoder, DateWindowMergesAsAStandaloneMergerDoes) {
    BatchOptions merged;
    merged.merge_window_days = 2;
    merged.threads = 2;
    const auto from_batch = json_lines(code_batch(engine(), documents(), merged));
    BatchOptions raw;
    raw.mentions = Mentions::raw;
    CollectingSink out;
    Merger merger(out, MergeOptions{.window_documents = 0, .window_days = 2, .threshold = 0.5});
    for (auto& r : code_batch(engine(), documents(), raw)) merger.accept(std::move(r));
    merger.finish();
    EXPECT_EQ(from_batch, json_lines(out.records));
}

TEST(Output, FormatsComeFromTheRegistry) {
    for (const auto& name : output_formats()) {
        std::ostringstream out;
        EXPECT_NE(make_writer(name, out), nullptr) << name;
    }
    std::ostringstream out;
    EXPECT_EQ(make_writer("no-such-format", out), nullptr);
}

TEST(ContentHash, IsStableAndTellsTextsApart) {
    EXPECT_EQ(content_hash(""), "cbf29ce484222325");   // the FNV-1a offset basis: no bytes hashed
    EXPECT_EQ(content_hash("a"), "af63dc4c8601ec8c");  // FNV-1a of "a", the published test vector
    EXPECT_NE(content_hash("Police arrested twelve."), content_hash("Police arrested twelve!"));
}
