// Kind detection and compilation of the dictionary set.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support/diagnostics.hpp"
#include "engine/dictionary_set.hpp"

namespace sitrep {
namespace {

using testing::dump;
using testing::errors;
std::string shared_path(const std::string& relative) {
    return std::string(SITREP_SHARED_DIR) + "/" + relative;
}
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(FileKind, NativeTagDecides) {
    EXPECT_EQ(detect_file_kind({"x.txt", "#! sitrep verbs 1\nverb a = 010\n"}), FileKind::verbs);
    EXPECT_EQ(detect_file_kind({"x.txt", "#! sitrep cameo 1\n"}), FileKind::cameo);
    EXPECT_EQ(detect_file_kind({"x.txt", "#! sitrep discards 1\nCRICKET\n"}), FileKind::discards);
}

TEST(FileKind, PetrarchVerbBlocksAreVerbs) {
    EXPECT_EQ(detect_file_kind({"mine.txt", "--- ASK [020] ---\nASK\n- * HELP [020]\n"}), FileKind::petrarch_verbs);
}

TEST(FileKind, InternalCodeRowsAreTheOntology) {
    std::string rows;
    for (int i = 10; i < 25; ++i) rows += "0" + std::to_string(i) + ":0x10" + std::to_string(i) + "\n";
    EXPECT_EQ(detect_file_kind({"table.txt", rows}), FileKind::internal_codes);
}

TEST(FileKind, SharedFilesAreRecognised) {
    const std::vector<std::pair<std::string, FileKind>> expected = {
        {"dictionaries/phoenix/CAMEO.2.0.txt", FileKind::petrarch_verbs},
        {"dictionaries/phoenix/Phoenix.discards.txt", FileKind::discards},
        {"validation/petrarch-2.02/PETR_Validate_verbs_2_02.txt", FileKind::petrarch_verbs},
        {"validation/petrarch-2.02/PETR_Validate_discards_2_02.txt", FileKind::discards},
        {"validation/petrarch-2.02/PETR_Validate_Internal_Coding_Ontology_1_01.txt", FileKind::internal_codes},
        {"validation/petrarch-2.02/PETR_Validate_actors_2_02.txt", FileKind::petrarch_actors},
        {"validation/petrarch-2.02/PETR_Validate_agents_2_02.txt", FileKind::petrarch_agents},
        {"validation/petrarch-unittest/PETR.Validate.verbs.txt", FileKind::petrarch_verbs},
    };
    if (!std::filesystem::exists(shared_path(expected[0].first))) GTEST_SKIP() << "../shared absent";
    for (const auto& [file, kind] : expected) {
        const std::string text = slurp(shared_path(file));
        EXPECT_EQ(detect_file_kind({file, text}), kind) << file;
    }
}

TEST(DictionarySet, CompilesInMemoryFilesAndChecksNativeCodes) {
    Diagnostics diags;
    std::vector<DataFile> files = {
        {"c.txt", "#! sitrep cameo 1\n190 | 19 | -10 | 4 | ASSAULT | Use force\n", FileKind::unknown, false},
        {"v.verbs", "#! sitrep verbs 1\nverb attack = 190\nverb hug = 999\n", FileKind::unknown, false},
        {"my_discards.txt", "CRICKET\n+WORLD CUP\n", FileKind::unknown, false},
    };
    DictionarySet set = build_dictionaries(std::move(files), diags);
    ASSERT_EQ(errors(diags), 1u) << dump(diags);
    EXPECT_EQ(diags[0].file, "v.verbs");
    EXPECT_EQ(diags[0].line, 3u);
    EXPECT_FALSE(set.verbs->forms_of("attacked").empty());
    EXPECT_TRUE(set.cameo->contains("190"));
    EXPECT_EQ(set.discards->size(), 2u);
    EXPECT_EQ(set.files[2].kind, FileKind::discards);
}

TEST(DictionarySet, UnreadableUserFileIsReported) {
    Diagnostics diags;
    EngineOptions options;
    options.use_builtin = false;
    options.dictionary_files = {"/nonexistent/sitrep.verbs"};
    load_dictionaries(options, diags);
    ASSERT_EQ(errors(diags), 1u);
    EXPECT_EQ(diags[0].file, "/nonexistent/sitrep.verbs");
}

TEST(DictionarySet, BuiltinVerbsAndCameoLoadWithoutErrors) {
    Diagnostics diags;
    EngineOptions options;
    DictionarySet set = load_dictionaries(options, diags);
    Diagnostics mine;
    for (const auto& d : diags)
        if (d.file.starts_with("data/verbs/") || d.file.starts_with("data/cameo/")) mine.push_back(d);
    EXPECT_EQ(errors(mine), 0u) << dump(mine);
    ASSERT_FALSE(set.cameo->empty());
    EXPECT_TRUE(set.cameo->contains("190"));
}

TEST(DictionarySet, PetrarchSuiteDictionariesLoadWithoutErrors) {
    const std::string dir = shared_path("validation/petrarch-2.02/");
    if (!std::filesystem::exists(dir)) GTEST_SKIP() << "../shared absent";
    EngineOptions options;
    options.use_builtin = false;
    for (const char* f :
         {"PETR_Validate_Internal_Coding_Ontology_1_01.txt", "PETR_Validate_actors_2_02.txt",
          "PETR_Validate_agents_2_02.txt", "PETR_Validate_discards_2_02.txt", "PETR_Validate_verbs_2_02.txt"})
        options.dictionary_files.push_back(dir + f);
    Diagnostics diags;
    DictionarySet set = load_dictionaries(options, diags);
    EXPECT_EQ(errors(diags), 0u) << dump(diags);
    EXPECT_FALSE(set.verbs->empty());
    EXPECT_GT(set.actors->entry_count(), 0u);
    EXPECT_GT(set.discards->size(), 0u);
    ASSERT_TRUE(set.internal_codes->to_cameo("0x2070").has_value());
    EXPECT_EQ(*set.internal_codes->to_cameo("0x2070"), "021");
}

TEST(DictionarySet, SharedDiscardFilesLoadWithoutErrors) {
    const std::vector<std::pair<std::string, size_t>> files = {
        {"dictionaries/phoenix/Phoenix.discards.txt", 400},
        {"validation/petrarch-2.02/PETR_Validate_discards_2_02.txt", 5},
        {"validation/petrarch-unittest/PETR.Validate.discards.txt", 5},
    };
    if (!std::filesystem::exists(shared_path(files[0].first))) GTEST_SKIP() << "../shared absent";
    for (const auto& [file, at_least] : files) {
        Diagnostics diags;
        DiscardList list;
        list.read({file, slurp(shared_path(file))}, diags);
        EXPECT_EQ(errors(diags), 0u) << dump(diags);
        EXPECT_GT(list.size(), at_least) << file;
    }
}

}  // namespace
}  // namespace sitrep
