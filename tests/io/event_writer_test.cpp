#include "io/event_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "io/event_json.hpp"

namespace sitrep::io {
namespace {

// A fully populated event, so a round trip exercises every field.
EventRecord sample_record() {
    EventRecord r;
    r.doc = "wire/2024-01-27.txt";
    r.url = "https://example.org/story";
    r.set_sentence_text("Iraqi officials met Iranian envoys in Baghdad, \"officials\" said.");
    Event& e = r.event;
    e.sentence = 3;
    e.date = Date{2024, 1, 27};
    e.date_precision = DatePrecision::day;
    e.date_span = Span{70, 78};
    e.source = EventActor{"Iraqi officials", "IRQGOV", "IRQ", "GOV", Span{10, 25}};
    e.target = EventActor{"Iranian envoys", "IRNGOV", "IRN", "GOV", Span{30, 44}};
    e.cameo = "040";
    e.root = "04";
    e.verb_text = "met";
    e.verb_span = Span{26, 29};
    e.rule = "data/verbs/04-consult.verbs:12";
    e.goldstein = 1.0;
    e.quad = 1;
    e.plover = "CONSULT";
    e.negated = true;
    e.modality = Modality::future;
    e.place = EventPlace{"Baghdad", "Baghdad", "IRQ", "city", 33.34, 44.40, Span{48, 55}};
    e.counts.killed = 12;
    e.counts.troops = 2500.5;
    e.counts.sources.push_back(EventCountSource{QuantityKind::troops, 2500.5, 2500.5, true, "about 2,500.5 U.S. troops",
                                                Span{70, 95}, "USA", "IRQ", "data/context/quantities.txt:12"});
    e.attribution = Attribution{"officials", "IRQGOV", Span{57, 66}};
    e.confidence = 0.75;
    e.mentions = {EventMentionRef{"wire/a.txt", 3, Span{26, 29}}, EventMentionRef{"wire/b.txt", 0, Span{4, 7}}};
    return r;
}

TEST(EventJson, WritesTheSchemaFieldsAsSpecified) {
    const auto j = nlohmann::json::parse(event_to_json(sample_record()));
    EXPECT_EQ(j["schema"], "sitrep.event/1");
    EXPECT_EQ(j["doc"], "wire/2024-01-27.txt");
    EXPECT_EQ(j["sentence"], 3);
    EXPECT_EQ(j["date"], "2024-01-27");
    EXPECT_EQ(j["date_precision"], "day");
    EXPECT_EQ(j["date_span"], nlohmann::json::array({70, 78}));
    EXPECT_EQ(j["source"]["code"], "IRQGOV");
    EXPECT_EQ(j["source"]["span"], nlohmann::json::array({10, 25}));
    EXPECT_EQ(j["event"]["cameo"], "040");
    EXPECT_EQ(j["event"]["rule"], "data/verbs/04-consult.verbs:12");
    EXPECT_EQ(j["quad"], 1);
    EXPECT_EQ(j["plover"], "CONSULT");
    EXPECT_EQ(j["modality"], "future");
    EXPECT_EQ(j["place"]["lat"], 33.34);
    EXPECT_EQ(j["counts"]["killed"], 12);
    EXPECT_TRUE(j["counts"]["injured"].is_null());
    EXPECT_EQ(j["attribution"]["code"], "IRQGOV");
    EXPECT_EQ(j["mention_count"], 2);
    EXPECT_EQ(j["mentions"][1]["doc"], "wire/b.txt");
}

TEST(EventJson, WritesNullForAbsentActorsPlaceAndDateSpan) {
    EventRecord r;
    r.event.cameo = "010";
    const auto j = nlohmann::json::parse(event_to_json(r));
    EXPECT_TRUE(j["source"].is_null());
    EXPECT_TRUE(j["target"].is_null());
    EXPECT_TRUE(j["place"].is_null());
    EXPECT_TRUE(j["date_span"].is_null());
    EXPECT_TRUE(j["attribution"].is_null());
    EXPECT_FALSE(j.contains("mentions"));
}

TEST(EventJson, WritesOneLine) {
    EXPECT_EQ(event_to_json(sample_record()).find('\n'), std::string::npos);
}

TEST(EventJson, RoundTripsThroughEventFromJson) {
    const EventRecord original = sample_record();
    std::string error;
    const auto parsed = event_from_json(event_to_json(original), &error);
    ASSERT_TRUE(parsed) << error;
    EXPECT_EQ(parsed->doc, original.doc);
    EXPECT_EQ(parsed->url, original.url);
    EXPECT_EQ(parsed->sentence_text(), original.sentence_text());
    const Event& a = original.event;
    const Event& b = parsed->event;
    EXPECT_EQ(b.sentence, a.sentence);
    EXPECT_EQ(b.date, a.date);
    EXPECT_EQ(b.date_precision, a.date_precision);
    EXPECT_EQ(b.date_span, a.date_span);
    ASSERT_TRUE(b.source && b.target);
    EXPECT_EQ(b.source->text, a.source->text);
    EXPECT_EQ(b.source->code, a.source->code);
    EXPECT_EQ(b.source->sector, a.source->sector);
    EXPECT_EQ(b.target->span, a.target->span);
    EXPECT_EQ(b.cameo, a.cameo);
    EXPECT_EQ(b.root, a.root);
    EXPECT_EQ(b.verb_text, a.verb_text);
    EXPECT_EQ(b.verb_span, a.verb_span);
    EXPECT_EQ(b.rule, a.rule);
    EXPECT_DOUBLE_EQ(b.goldstein, a.goldstein);
    EXPECT_EQ(b.quad, a.quad);
    EXPECT_EQ(b.plover, a.plover);
    EXPECT_EQ(b.negated, a.negated);
    EXPECT_EQ(b.modality, a.modality);
    ASSERT_TRUE(b.place);
    EXPECT_EQ(b.place->name, a.place->name);
    EXPECT_DOUBLE_EQ(b.place->lat, a.place->lat);
    EXPECT_DOUBLE_EQ(b.place->lon, a.place->lon);
    EXPECT_EQ(b.place->span, a.place->span);
    EXPECT_EQ(b.counts.killed, a.counts.killed);
    EXPECT_EQ(b.counts.troops, a.counts.troops);
    EXPECT_EQ(b.counts.injured, a.counts.injured);
    ASSERT_EQ(b.counts.sources.size(), 1u);
    EXPECT_EQ(b.counts.sources[0].kind, QuantityKind::troops);
    EXPECT_DOUBLE_EQ(b.counts.sources[0].value, 2500.5);
    EXPECT_TRUE(b.counts.sources[0].approximate);
    EXPECT_EQ(b.counts.sources[0].text, a.counts.sources[0].text);
    EXPECT_EQ(b.counts.sources[0].span, (Span{70, 95}));
    EXPECT_EQ(b.counts.sources[0].of, "USA");
    EXPECT_EQ(b.counts.sources[0].in, "IRQ");
    EXPECT_EQ(b.counts.sources[0].rule, a.counts.sources[0].rule);
    ASSERT_TRUE(b.attribution);
    EXPECT_EQ(b.attribution->span, a.attribution->span);
    EXPECT_DOUBLE_EQ(b.confidence, a.confidence);
    ASSERT_EQ(b.mentions.size(), 2u);
    EXPECT_EQ(b.mentions[1].doc, "wire/b.txt");
    EXPECT_EQ(b.mentions[1].span, (Span{4, 7}));
}

TEST(EventJson, FromJsonRejectsOtherSchemas) {
    std::string error;
    EXPECT_FALSE(event_from_json(R"({"schema":"other/1"})", &error));
    EXPECT_NE(error.find("schema"), std::string::npos);
    EXPECT_FALSE(event_from_json("not json", &error));
    EXPECT_FALSE(error.empty());
}

// Regression (event_json_fuzz): a sentence number or span given as a huge
// float was cast to an unsigned int (undefined); it is now a bad record.
TEST(EventJson, FromJsonRejectsNumbersThatAreNotWholeOrOutOfRange) {
    const std::string line = event_to_json(sample_record());  // "sentence":3
    ASSERT_TRUE(event_from_json(line));
    for (const char* bad : {"6.8e101", "-1", "4294967296", "2.5"}) {
        std::string changed = line;
        const auto at = changed.find("\"sentence\":3");
        ASSERT_NE(at, std::string::npos) << line;
        changed.replace(at, 12, std::string("\"sentence\":") + bad);
        std::string error;
        EXPECT_FALSE(event_from_json(changed, &error)) << bad;
        EXPECT_NE(error.find("sentence"), std::string::npos) << error;
    }
}

TEST(CsvWriter, QuotesFieldsPerRfc4180) {
    EXPECT_EQ(csv_field("plain"), "plain");
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    // A line break is a control character: one row per line (issue 13).
    EXPECT_EQ(csv_field("two\nlines"), "two lines");
}

// Issue 13 item 17: NUL, VT, FF, ESC, NEL and U+2028 never reach a CSV or TSV
// field raw; each byte becomes a space so offsets within the text line up.
TEST(CsvWriter, ControlCharactersBecomeSpacesInCsvAndTsvFields) {
    EXPECT_EQ(csv_field(std::string("a\0b\vc\fd\x1b[1me", 12)), "a b c d [1me");
    EXPECT_EQ(csv_field("x\xC2\x85y\xE2\x80\xA8z"), "x  y   z");
    EXPECT_EQ(csv_field("caf\xC3\xA9, \xE2\x80\x9Cok\xE2\x80\x9D"), "\"caf\xC3\xA9, \xE2\x80\x9Cok\xE2\x80\x9D\"");
    std::ostringstream out;
    WriterOptions options;
    options.header = false;
    auto writer = make_event_writer(OutputFormat::tsv, out, options);
    EventRecord r = sample_record();
    r.event.source->text = std::string("esc\x1b[31m red\x7f\xC2\x85", 15);
    writer->accept(r);
    const std::string text = out.str();
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
    EXPECT_EQ(text.find('\x7f'), std::string::npos);
    EXPECT_EQ(text.find("\xC2\x85"), std::string::npos);
    EXPECT_NE(text.find("esc [31m red   "), std::string::npos);
}

TEST(CsvWriter, WritesHeaderAndOneRowPerEvent) {
    std::ostringstream out;
    auto writer = make_event_writer(OutputFormat::csv, out);
    writer->accept(sample_record());
    writer->finish();
    const std::string text = out.str();
    const auto first_break = text.find("\r\n");
    ASSERT_NE(first_break, std::string::npos);
    EXPECT_EQ(text.substr(0, 13), "doc,sentence,");
    // The sentence text holds quotes and a comma, so it is quoted with doubled quotes.
    EXPECT_NE(text.find("\"Iraqi officials met Iranian envoys in Baghdad, \"\"officials\"\" said.\""),
              std::string::npos);
    EXPECT_EQ(text.substr(text.size() - 2), "\r\n");
}

std::vector<std::string> split(const std::string& line, char sep) {
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == sep)
            out.emplace_back();
        else
            out.back() += c;
    }
    return out;
}

TEST(GdeltTsvWriter, WritesExactly61ColumnsInGdeltOrder) {
    std::ostringstream out;
    WriterOptions options;
    options.date_added = "20240128120000";
    auto writer = make_event_writer(OutputFormat::tsv, out, options);
    writer->accept(sample_record());
    writer->finish();
    std::istringstream lines(out.str());
    std::string header, row;
    std::getline(lines, header);
    std::getline(lines, row);
    const auto names = split(header, '\t');
    const auto cells = split(row, '\t');
    ASSERT_EQ(names.size(), 61u);
    ASSERT_EQ(cells.size(), 61u);
    const auto at = [&](const std::string& column) {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == column) return cells[i];
        return std::string("<no column>");
    };
    EXPECT_EQ(names[0], "GlobalEventID");
    EXPECT_EQ(names[26], "EventCode");
    EXPECT_EQ(names[30], "GoldsteinScale");
    EXPECT_EQ(names[51], "ActionGeo_Type");
    EXPECT_EQ(names[59], "DATEADDED");
    EXPECT_EQ(names[60], "SOURCEURL");
    EXPECT_EQ(at("Day"), "20240127");
    EXPECT_EQ(at("MonthYear"), "202401");
    EXPECT_EQ(at("Year"), "2024");
    EXPECT_EQ(at("Actor1Code"), "IRQGOV");
    EXPECT_EQ(at("Actor1CountryCode"), "IRQ");
    EXPECT_EQ(at("Actor1Type1Code"), "GOV");
    EXPECT_EQ(at("Actor2Code"), "IRNGOV");
    EXPECT_EQ(at("EventCode"), "040");
    EXPECT_EQ(at("EventBaseCode"), "040");
    EXPECT_EQ(at("EventRootCode"), "04");
    EXPECT_EQ(at("QuadClass"), "1");
    EXPECT_EQ(at("GoldsteinScale"), "1");
    EXPECT_EQ(at("NumMentions"), "2");
    EXPECT_EQ(at("NumArticles"), "2");
    EXPECT_EQ(at("ActionGeo_FullName"), "Baghdad");
    EXPECT_EQ(at("ActionGeo_Type"), "4");
    EXPECT_EQ(at("ActionGeo_Lat"), "33.34");
    EXPECT_EQ(at("DATEADDED"), "20240128120000");
    EXPECT_EQ(at("SOURCEURL"), "https://example.org/story");
    EXPECT_EQ(at("AvgTone"), "");
}

TEST(GdeltTsvWriter, KeepsTabsAndNewlinesOutOfFields) {
    std::ostringstream out;
    WriterOptions options;
    options.header = false;
    auto writer = make_event_writer(OutputFormat::tsv, out, options);
    EventRecord r = sample_record();
    r.event.source->text = "two\twords\nsplit";
    writer->accept(r);
    const std::string text = out.str();
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1);
    EXPECT_EQ(split(text.substr(0, text.size() - 1), '\t').size(), 61u);
}

TEST(EventRecords, TakeSentenceTextAndDocIdFromTheDocument) {
    Document doc;
    doc.text = "First one. Second one.";
    doc.meta.id = "d1";
    doc.sentences = {Sentence{Span{0, 10}, {}}, Sentence{Span{11, 22}, {}}};
    Event e;
    e.sentence = 1;
    doc.events.push_back(e);
    const auto records = event_records(doc);
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].doc, "d1");
    EXPECT_EQ(records[0].sentence_text(), "Second one.");
}

// Issue 13: one copy of a sentence's text per document, not one per event.
TEST(EventRecords, ShareOneCopyOfEachSentenceText) {
    Document doc;
    doc.text = "First one. Second one.";
    doc.sentences = {Sentence{Span{0, 10}, {}}, Sentence{Span{11, 22}, {}}};
    for (uint32_t s : {1u, 0u, 1u, 1u}) {
        Event e;
        e.sentence = s;
        doc.events.push_back(e);
    }
    const auto records = event_records(doc);
    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[0].sentence.get(), records[2].sentence.get());
    EXPECT_EQ(records[0].sentence.get(), records[3].sentence.get());
    EXPECT_NE(records[0].sentence.get(), records[1].sentence.get());
    EXPECT_EQ(records[1].sentence_text(), "First one.");
    EXPECT_EQ(records[3].sentence_text(), "Second one.");
}

TEST(EventJson, WritesAndReadsHowAnInferredDateWasFound) {
    EventRecord r = sample_record();
    EXPECT_FALSE(nlohmann::json::parse(event_to_json(r)).contains("date_from"));  // only when inferred
    r.event.date_from = "print-edition";
    const std::string line = event_to_json(r);
    EXPECT_EQ(nlohmann::json::parse(line)["date_from"], "print-edition");
    const auto parsed = event_from_json(line);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->event.date_from, "print-edition");
}

}  // namespace
}  // namespace sitrep::io
