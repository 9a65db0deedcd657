// The file registry: every built-in file names its kind, every kind is accepted
// as a user file (`sitrep dict check`, `--dictionary`), and a file that is not
// is refused with a diagnostic naming file, line and why.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../support/diagnostics.hpp"
#include "../support/pipeline.hpp"
#include "engine/builtin_data.hpp"
#include "engine/file_registry.hpp"

namespace sitrep {
namespace {

using testing::dump;
using testing::errors;

// A file in a fresh temporary directory, removed with it.
class UserFile {
public:
    UserFile(const std::string& name, const std::string& content)
        : dir_(std::filesystem::temp_directory_path() / ("sitrep-registry-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(dir_);
        path_ = (dir_ / name).string();
        std::ofstream(path_, std::ios::binary) << content;
    }
    ~UserFile() { std::filesystem::remove(path_); }
    const std::string& path() const { return path_; }

private:
    std::filesystem::path dir_;
    std::string path_;
};

TEST(FileRegistry, EveryBuiltinFileNamesItsKind) {
    for (const BuiltinFile& f : builtin_files()) {
        if (!f.path.ends_with(".txt") && !f.path.ends_with(".actors") && !f.path.ends_with(".agents") &&
            !f.path.ends_with(".verbs"))
            continue;  // documentation beside the data
        const auto header = read_kind_header(f.content);
        ASSERT_TRUE(header.has_value()) << f.path << ": no '#! sitrep <kind> 1' first line";
        EXPECT_NE(header_kind(f.content), FileKind::unknown) << f.path;
        EXPECT_NE(loader_of(header_kind(f.content)), FileLoader::none) << f.path;
    }
}

// One small file of each kind, in its format, written here.
struct KindSample {
    const char* kind;
    const char* body;
};
const KindSample kSamples[] = {
    {"actors", "[Freedonia]\nnames: Freedonia | Freedonian\ncode: FRD\n"},
    {"agents", "[palace guard]\nnames: palace guard | palace guards\ncode: MIL\n"},
    {"verbs", "verb pummel (pummels, pummelled, pummelling) = 190\n"},
    {"cameo", "190 | 19 | -10.0 | 4 | ASSAULT | Use conventional military force\n"},
    {"discards", "CRICKET MATCH\n"},
    {"abbreviations", "Approx.\n"},
    {"titles", "Capt.\n"},
    {"sentence-starters", "meanwhile\n"},
    {"lexicon", "determiner: yon\n"},
    {"word-classes", "negation: nary\n"},
    {"places", "Freedonia City | | city | FRD | 10.5 | 20.25\n"},
    {"capitals", "Freedonia Town | | city | FRD | 11 | 21\n"},
    {"place-triggers", "preposition | amid\n"},
    {"place-seats", "Freedonian Assembly | Freedonia Town\n"},
    {"months", "1 | janvier\n"},
    {"weekdays", "0 | lundi\n"},
    {"relative-dates", "the day before yesterday | -2 | day | day\n"},
    {"ago-units", "fortnight; fortnights | 14 | day | day\n"},
    {"date-markers", "ago | hence\n"},
    {"numbers", "a score | 20 | 20 | number\n"},
    {"quantities", "killed | event | slaughtered\n"},
    {"speech", "verb | opined\n"},
};

TEST(FileRegistry, EveryKindIsAcceptedAsAUserFile) {
    for (const KindSample& s : kSamples) {
        const UserFile file(std::string(s.kind) + ".txt", std::string("#! sitrep ") + s.kind + " 1\n" + s.body);
        Diagnostics diagnostics;
        EXPECT_EQ(check_data_file(file.path(), diagnostics), s.kind);
        EXPECT_EQ(errors(diagnostics), 0u) << s.kind << "\n" << dump(diagnostics);
    }
}

TEST(FileRegistry, EveryKindWithAHeaderHasASample) {
    size_t kinds = 0;
    for (int k = 0; k < static_cast<int>(FileKind::unknown); ++k)
        kinds += file_kind_named(to_string(static_cast<FileKind>(k))).has_value();
    EXPECT_EQ(kinds, std::size(kSamples));
}

TEST(FileRegistry, PetrarchFilesNeedNoHeader) {
    const UserFile verbs("my.verbs.txt", "--- PUMMEL [190] ---\nPUMMEL\n- * FREEDONIA [190]\n");
    Diagnostics diagnostics;
    EXPECT_EQ(check_data_file(verbs.path(), diagnostics), "PETRARCH verbs");
    EXPECT_EQ(errors(diagnostics), 0u) << dump(diagnostics);
}

TEST(FileRegistry, AFileOfAWrongLoaderIsStillChecked) {
    // A places line with a bad coordinate: the context loader names the line.
    const UserFile places("gaz.txt", "#! sitrep places 1\nAtlantis | | city | ATL | 95 | 10\n");
    Diagnostics diagnostics;
    EXPECT_EQ(check_data_file(places.path(), diagnostics), "places");
    ASSERT_EQ(errors(diagnostics), 1u) << dump(diagnostics);
    EXPECT_EQ(diagnostics[0].file, places.path());
    EXPECT_EQ(diagnostics[0].line, 2u);
}

// The refusals: file, line 1, a code and a reason that names what was expected.
TEST(FileRegistry, RefusalNamesFileLineAndWhy) {
    const struct {
        const char* content;
        DiagnosticCode code;
    } cases[] = {
        {"#! sitrep gazeteer 1\nAtlantis | | city | ATL | 5 | 10\n", DiagnosticCode::unknown_kind},
        {"#! sitrep places 2\nAtlantis | | city | ATL | 5 | 10\n", DiagnosticCode::unsupported_version},
        {"#!/bin/sh\necho hello\n", DiagnosticCode::unknown_format},
        {"hello world\nthis is not a dictionary\n", DiagnosticCode::unknown_format},
    };
    for (const auto& c : cases) {
        const UserFile file("refused.txt", c.content);
        Diagnostics diagnostics;
        EXPECT_EQ(check_data_file(file.path(), diagnostics), "unknown");
        ASSERT_EQ(diagnostics.size(), 1u) << dump(diagnostics);
        EXPECT_EQ(diagnostics[0].file, file.path());
        EXPECT_EQ(diagnostics[0].line, 1u);
        EXPECT_EQ(diagnostics[0].code, c.code) << diagnostics[0].message;
        EXPECT_NE(diagnostics[0].message.find("places"), std::string::npos)
            << "the reason lists the kinds: " << diagnostics[0].message;
    }
}

// `--dictionary` takes every kind to its loader: a user gazetteer and a user
// month name reach the place and date detectors.
TEST(FileRegistry, UserContextFilesReachTheirStages) {
    EngineOptions options;
    options.until = Layers{Layer::places, Layer::dates};
    options.dictionary_texts = {{"my-places.txt", "#! sitrep places 1\nFreedonia City | | city | FRD | 10.5 | 20.25\n"},
                                {"my-months.txt", "#! sitrep months 1\n3 | mars\n"}};
    Diagnostics diagnostics;
    const auto engine = testing::engine_with(options, diagnostics);
    ASSERT_TRUE(engine);
    EXPECT_EQ(errors(diagnostics), 0u) << dump(diagnostics);
    const Document doc = testing::coded_with(*engine, "Protesters marched in Freedonia City on 3 Mars 2021.");
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.view(doc.places[0].span), "Freedonia City");
    EXPECT_EQ(doc.places[0].country, "FRD");
    ASSERT_FALSE(doc.dates.empty());
    EXPECT_EQ(doc.dates[0].date, (Date{2021, 3, 3}));
}

}  // namespace
}  // namespace sitrep
