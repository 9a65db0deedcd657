// `sitrep dict check` and `--dictionary` take every kind of data file, or say why not.
#include <gtest/gtest.h>

#include <string>

#include "run_binary.hpp"

namespace sitrep::testing {
namespace {

TEST(DictCheck, AUserGazetteerIsCheckedAndUsed) {
    TempDir dir;
    const auto places =
        dir.write("my-places.txt", "#! sitrep places 1\nFreedonia City | | city | FRD | 10.5 | 20.25\n");
    const auto check = run_sitrep(dir, "dict check " + quoted(places));
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    EXPECT_NE(check.out.find(": places, ok"), std::string::npos) << check.out;
    // `code --dictionary` places the event there.
    const auto text = dir.write("a.txt", "Iran attacked Iraq in Freedonia City.");
    const auto code = run_sitrep(dir, "code --dictionary " + quoted(places) + " " + quoted(text));
    EXPECT_EQ(code.exit_code, 0) << code.err;
    EXPECT_NE(code.out.find("\"name\":\"Freedonia City\""), std::string::npos) << code.out;
}

TEST(DictCheck, AnUnknownKindIsRefusedWithFileLineAndWhy) {
    TempDir dir;
    const auto file = dir.write("gaz.txt", "#! sitrep gazeteer 1\nFreedonia City | | city | FRD | 10.5 | 20.25\n");
    const auto check = run_sitrep(dir, "dict check " + quoted(file));
    EXPECT_EQ(check.exit_code, 2) << check.out << check.err;
    EXPECT_NE(check.err.find(file + ":1: error: unknown kind 'gazeteer'"), std::string::npos) << check.err;
    EXPECT_NE(check.out.find(": unknown, ERRORS"), std::string::npos) << check.out;
    const auto code = run_sitrep(dir, "code --dictionary " + quoted(file) + " " + quoted(dir.write("a.txt", "Hi.")));
    EXPECT_EQ(code.exit_code, 2) << code.err;
}

}  // namespace
}  // namespace sitrep::testing
