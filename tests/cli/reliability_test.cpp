// Issue 13: inputs that used to stall, exhaust or abort a batch. Each test is
// named after what it pins; docs/RELIABILITY.md lists the limits.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "run_binary.hpp"

namespace sitrep::testing {
namespace {

// "A and B met C and D attacked E and ..." with no full stop: one sentence
// of a megabyte unless it is cut.
std::string unpunctuated(std::size_t bytes) {
    const char* clauses[] = {"Iraqi forces attacked Syrian troops", "Turkish officials met Iranian envoys",
                             "Egyptian police arrested Israeli soldiers"};
    std::string text;
    for (std::size_t i = 0; text.size() < bytes; ++i) text += std::string(clauses[i % 3]) + " and ";
    return text;
}

TEST(Reliability, AnUnpunctuatedTextCostsOutputInProportionToItsLength) {
    TempDir dir;
    const auto path = dir.write("long.txt", unpunctuated(std::size_t{256} << 10));
    const auto r = run_sitrep(dir, "code --mentions raw --date 2024-02-03 " + quoted(path));
    EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("cut into pieces of at most 200 tokens"), std::string::npos) << r.err.substr(0, 2000);
    // Was 895 MB (11.6 GiB for a megabyte): every event copied the whole text.
    EXPECT_LT(r.out.size(), std::size_t{64} << 20);
    EXPECT_GT(std::count(r.out.begin(), r.out.end(), '\n'), 100);
}

}  // namespace
}  // namespace sitrep::testing
