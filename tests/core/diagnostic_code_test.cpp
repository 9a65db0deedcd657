// Diagnostics carry a code, so tests and programs can tell problems apart without
// reading the message (which stays as it was, word for word).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "../support/diagnostics.hpp"
#include "engine/dictionary_set.hpp"
#include "engine/engine.hpp"
#include "events/cameo_table.hpp"
#include "events/verb_dictionary_builder.hpp"
#include "events/verb_native_parser.hpp"
#include "io/record_reader.hpp"
#include "syntax/syntax_stage.hpp"

namespace sitrep {
namespace {

using testing::has_code;

TEST(DiagnosticCode, InvalidUtf8InARecord) {
    auto reader = io::RecordReader::from_memory("bad.txt", "Iraq \xE2\x82 said.", io::ReaderOptions{});
    Diagnostics problems;
    auto doc = reader.next(problems);
    ASSERT_TRUE(doc.has_value());
    ASSERT_EQ(doc->diagnostics.size(), 1u);
    EXPECT_EQ(doc->diagnostics[0].code, DiagnosticCode::invalid_utf8);
    EXPECT_EQ(doc->diagnostics[0].format(), "bad.txt:1: warning: invalid UTF-8: 2 bad byte(s) replaced with U+FFFD");
}

TEST(DiagnosticCode, BadJsonRecordIsRejected) {
    io::ReaderOptions options;
    options.format = io::InputFormat::jsonl;
    auto reader = io::RecordReader::from_memory("in.jsonl", "{\"id\": 1, \"text\": \n", options);
    Diagnostics problems;
    while (reader.next(problems)) {
    }
    EXPECT_TRUE(has_code(problems, DiagnosticCode::bad_json)) << testing::dump(problems);
}

TEST(DiagnosticCode, DictionaryPathsThatCannotBeRead) {
    EngineOptions options;
    options.use_builtin = false;
    options.dictionary_files = {std::filesystem::temp_directory_path().string(), "/nonexistent/sitrep.verbs"};
    Diagnostics diagnostics;
    load_dictionaries(options, diagnostics);
    ASSERT_EQ(diagnostics.size(), 2u) << testing::dump(diagnostics);
    EXPECT_EQ(diagnostics[0].code, DiagnosticCode::is_directory);
    EXPECT_EQ(diagnostics[1].code, DiagnosticCode::cannot_open);
    EXPECT_EQ(diagnostics[1].format(), "/nonexistent/sitrep.verbs: error: cannot open dictionary file");
}

TEST(DiagnosticCode, UnknownCameoCodeAndMissingHeader) {
    Diagnostics diagnostics;
    const CameoTable cameo = CameoTable::parse(
        {"test.cameo", "#! sitrep cameo 1\n190 | 19 | -10.0 | 4 | ASSAULT | Use conventional military force\n"},
        diagnostics);
    ASSERT_EQ(testing::errors(diagnostics), 0u) << testing::dump(diagnostics);
    VerbDictionaryBuilder builder;
    read_native_verbs({"test.verbs", "#! sitrep verbs 1\nverb attack = 999\n"}, builder, diagnostics, &cameo);
    EXPECT_TRUE(has_code(diagnostics, DiagnosticCode::unknown_code)) << testing::dump(diagnostics);
    diagnostics.clear();
    read_native_verbs({"plain.verbs", "verb attack = 190\n"}, builder, diagnostics);
    EXPECT_TRUE(has_code(diagnostics, DiagnosticCode::missing_header)) << testing::dump(diagnostics);
}

TEST(DiagnosticCode, StageOrder) {
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<SyntaxStage>(std::make_shared<Lexicon>()));
    Diagnostics diagnostics;
    EXPECT_EQ(Engine::from_stages(std::move(stages), diagnostics), nullptr);
    EXPECT_TRUE(has_code(diagnostics, DiagnosticCode::stage_order));
}

TEST(DiagnosticCode, EveryCodeHasAName) {
    EXPECT_STREQ(to_string(DiagnosticCode::invalid_utf8), "invalid-utf8");
    EXPECT_STREQ(to_string(DiagnosticCode::stage_order), "stage-order");
    EXPECT_STREQ(to_string(DiagnosticCode::unspecified), "unspecified");
}

}  // namespace
}  // namespace sitrep
