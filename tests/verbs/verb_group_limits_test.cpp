// Issue 13 item 8: chained word groups (&G2 holds &G1 holds &G0 ...) expand
// to the sum of their chain, quadratic in the chain's length; they are bounded
// in nesting depth and in phrases, with an error naming the group.
#include <gtest/gtest.h>

#include <string>

#include "events/verb_dictionary_builder.hpp"
#include "events/verb_native_parser.hpp"

namespace sitrep {
namespace {

// `n` groups, each holding two words and the previous group; `reversed`
// defines the longest chain first, so that expanding it recurses n deep.
std::string chain(int n, bool reversed) {
    std::string text = "#! sitrep verbs 1\n";
    for (int k = 0; k < n; ++k) {
        const int i = reversed ? n - 1 - k : k;
        text += "&G" + std::to_string(i) + " = w" + std::to_string(i) + "a | w" + std::to_string(i) + "b";
        if (i > 0) text += " | &G" + std::to_string(i - 1);
        text += "\n";
    }
    text += "verb smash (smashes, smashed, smashing) = 190\n  190: * &G" + std::to_string(n - 1) + "\n";
    return text;
}

bool has_error(const Diagnostics& diags, DiagnosticCode code) {
    for (const auto& d : diags)
        if (d.severity == Severity::error && d.code == code) return true;
    return false;
}

TEST(VerbGroupLimits, ALongChainOfGroupsStopsAtThePhraseLimitWithAnError) {
    VerbDictionaryBuilder builder;
    Diagnostics diags;
    read_native_verbs({"chain.verbs", chain(4000, false)}, builder, diags);  // was 1.2 GiB
    builder.build(diags);
    EXPECT_TRUE(has_error(diags, DiagnosticCode::too_many_phrases)) << (diags.empty() ? "" : diags.front().format());
}

TEST(VerbGroupLimits, GroupsNestedTooDeepAreAnErrorNotAStackOverflow) {
    VerbDictionaryBuilder builder;
    Diagnostics diags;
    read_native_verbs({"deep.verbs", chain(20000, true)}, builder, diags);
    builder.build(diags);
    EXPECT_TRUE(has_error(diags, DiagnosticCode::group_too_deep));
}

TEST(VerbGroupLimits, AShortChainExpandsFully) {
    VerbDictionaryBuilder builder;
    Diagnostics diags;
    read_native_verbs({"short.verbs", chain(10, false)}, builder, diags);
    builder.build(diags);
    for (const auto& d : diags) EXPECT_NE(d.severity, Severity::error) << d.format();
}

}  // namespace
}  // namespace sitrep
