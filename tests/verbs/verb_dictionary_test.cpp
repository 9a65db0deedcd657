// Run-time lookups of the compiled verb dictionary: head-word index, group
// matching on tokens, pattern order, and generated inflections.
#include <gtest/gtest.h>

#include "events/verb_dictionary_builder.hpp"
#include "events/verb_native_parser.hpp"

namespace sitrep {
namespace {

VerbDictionary compile(std::string_view text) {
    Diagnostics diags;
    VerbDictionaryBuilder builder;
    read_native_verbs({"t.verbs", text}, builder, diags);
    auto dict = builder.build(diags);
    EXPECT_TRUE(diags.empty()) << (diags.empty() ? "" : diags[0].format());
    return dict;
}

std::vector<Token> tokens_of(std::vector<std::string> norms) {
    std::vector<Token> out;
    for (auto& n : norms) {
        Token t;
        t.norm = std::move(n);
        out.push_back(std::move(t));
    }
    return out;
}

constexpr std::string_view kDict = R"(#! sitrep verbs 1
&TALKS = talks | peace talks | round of peace talks
verb hold (held) = ---
  040: * &TALKS
  040: SOURCE * &TALKS with TARGET
  041: * talks
)";

TEST(VerbDictionary, MatchGroupTakesLongestMemberWithinBounds) {
    auto dict = compile(kDict);
    const auto g = static_cast<uint32_t>(dict.find_group("talks"));
    auto tokens = tokens_of({"held", "round", "of", "peace", "talks", "today"});
    EXPECT_EQ(dict.match_group(g, tokens, 1, 6), 4u);
    EXPECT_EQ(dict.match_group(g, tokens, 3, 6), 2u);
    EXPECT_EQ(dict.match_group(g, tokens, 1, 4), 0u);  // the member would run past `end`
    EXPECT_EQ(dict.match_group(g, tokens, 0, 6), 0u);
}

TEST(VerbDictionary, PatternsForEntryAreMostSpecificFirst) {
    auto dict = compile(kDict);
    auto refs = dict.forms_of("held");
    ASSERT_EQ(refs.size(), 1u);
    auto order = dict.patterns_for(refs[0].entry);
    ASSERT_EQ(order.size(), 3u);
    EXPECT_EQ(dict.patterns()[order[0]].origin.line, 5u);
    EXPECT_EQ(dict.patterns()[order[1]].origin.line, 4u);  // ties keep file order
    EXPECT_EQ(dict.patterns()[order[2]].origin.line, 6u);
}

TEST(VerbDictionary, UnknownWordHasNoForms) {
    auto dict = compile(kDict);
    EXPECT_TRUE(dict.forms_of("walked").empty());
    EXPECT_EQ(dict.find_group("NOPE"), -1);
}

TEST(RegularVerbForms, SpellingRules) {
    auto f = regular_verb_forms("agree");
    EXPECT_EQ(f.past, (std::vector<std::string>{"agreed"}));
    EXPECT_EQ(f.gerund, (std::vector<std::string>{"agreeing"}));
    f = regular_verb_forms("die");
    EXPECT_EQ(f.gerund, (std::vector<std::string>{"dying"}));
    f = regular_verb_forms("push");
    EXPECT_EQ(f.third_person, (std::vector<std::string>{"pushes"}));
    f = regular_verb_forms("play");
    EXPECT_EQ(f.third_person, (std::vector<std::string>{"plays"}));
    EXPECT_EQ(f.past, (std::vector<std::string>{"played"}));
    f = regular_verb_forms("visit");  // stress unknown: both spellings
    EXPECT_EQ(f.past, (std::vector<std::string>{"visited", "visitted"}));
    f = regular_verb_forms("fix");
    EXPECT_EQ(f.past, (std::vector<std::string>{"fixed"}));
    EXPECT_EQ(regular_plural("party"), "parties");
    EXPECT_EQ(regular_plural("church"), "churches");
    EXPECT_EQ(regular_plural("day"), "days");
}

TEST(EventCodePair, PrintsAsWritten) {
    EXPECT_EQ((EventCodePair{"042", "043"}).to_string(), "042:043");
    EXPECT_EQ((EventCodePair{"190", ""}).to_string(), "190");
    EXPECT_EQ((EventCodePair{}).to_string(), "---");
}

}  // namespace
}  // namespace sitrep
