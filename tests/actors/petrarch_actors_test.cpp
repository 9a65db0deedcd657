#include <gtest/gtest.h>

#include "test_support.hpp"

namespace sitrep {
namespace {

using testing::error_count;
using testing::ymd;

// Looks a phrase up and resolves its code on a date ("" when none, "-" blocked).
std::string code_of(const ActorDictionary& dict, std::string_view phrase, std::optional<Date> date) {
    const Document doc = testing::coded(std::string(phrase), Layer::tokens, date);
    uint32_t node = TokenTrie::root();
    for (const auto& t : doc.tokens) {
        const uint32_t id = dict.trie().token_id(t.norm);
        if (id == TokenTrie::kNone) return "?";
        node = dict.trie().child(node, id);
        if (node == TokenTrie::kNone) return "?";
    }
    const uint32_t p = dict.trie().terminal(node).actor;
    if (p == TokenTrie::kNone) return "?";
    const ResolvedCode r = dict.resolve(dict.phrase(p).entry, date);
    if (!r.code) return "";
    return r.code->code.empty() ? "-" : r.code->code;
}

std::shared_ptr<const ActorDictionary> load(std::string_view text, Diagnostics& diags) {
    ActorDictionaryBuilder b;
    b.load_petrarch_actors({"test.actors.txt", text}, diags);
    return b.compile();
}

TEST(PetrarchActors, OpenEndedRangeCodesFromItsStart) {
    Diagnostics d;
    auto dict = load("MOHAMMED_SHIA_AL-SUDANI_\n\t[IRQGOV 221027-]\n", d);
    EXPECT_EQ(error_count(d), 0u);
    EXPECT_EQ(code_of(*dict, "Mohammed Shia al-Sudani", ymd(2024, 1, 27)), "IRQGOV");
    EXPECT_EQ(code_of(*dict, "Mohammed Shia al-Sudani", ymd(2022, 10, 26)), "");
}

TEST(PetrarchActors, DefaultCodeDoesNotHideLaterRestrictions) {
    Diagnostics d;
    auto dict = load("SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[HOBELI >20130119]\n", d);
    EXPECT_EQ(code_of(*dict, "Sam Gamgee", ymd(2007, 1, 1)), "HOBCIV");
    EXPECT_EQ(code_of(*dict, "Sam Gamgee", ymd(2014, 1, 1)), "HOBELI");
    EXPECT_EQ(code_of(*dict, "Sam Gamgee", ymd(2010, 1, 1)), "HOB");
}

TEST(PetrarchActors, FirstCoveringRestrictionWins) {
    Diagnostics d;
    auto dict = load("SAM [HOB]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n", d);
    EXPECT_EQ(code_of(*dict, "Sam", ymd(2010, 1, 10)), "ORCHOB");
    EXPECT_EQ(code_of(*dict, "Sam", ymd(2010, 1, 12)), "HOBMIL");
}

TEST(PetrarchActors, ReadsTheLastEntryOfTheFile) {
    Diagnostics d;
    auto dict = load("IRAQ [IRQ]\nMCGONAGALL [GRYGOV]", d);
    EXPECT_EQ(code_of(*dict, "McGonagall", ymd(2020, 1, 1)), "GRYGOV");
}

TEST(PetrarchActors, SynonymsShareTheEntrysCodes) {
    Diagnostics d;
    auto dict = load("UNITED_STATES  [USA]\n+USA \n+U.S.  #JW   9/12/91\n", d);
    EXPECT_EQ(code_of(*dict, "U.S.", ymd(2020, 1, 1)), "USA");
    EXPECT_EQ(code_of(*dict, "United States", ymd(2020, 1, 1)), "USA");
}

TEST(PetrarchActors, CodesMayFollowSynonymsOnTabIndentedLines) {
    Diagnostics d;
    auto dict = load(
        "GOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n"
        "\t[HOBREB > 990816]\n",
        d);
    EXPECT_EQ(error_count(d), 0u);
    EXPECT_EQ(code_of(*dict, "Smeagol", ymd(1990, 1, 1)), "HOB");
    EXPECT_EQ(code_of(*dict, "Smeagol", ymd(1996, 1, 1)), "HOBGOV");
    EXPECT_EQ(code_of(*dict, "Gollum", ymd(2001, 1, 1)), "HOBREB");
}

TEST(PetrarchActors, SkipsMarkupCommentBlocksOverSeveralLines) {
    Diagnostics d;
    auto dict = load("<!-- header\nFAKE [AAA]\n-->\nREAL [BBB]\n", d);
    EXPECT_EQ(code_of(*dict, "Fake", ymd(2020, 1, 1)), "?");
    EXPECT_EQ(code_of(*dict, "Real", ymd(2020, 1, 1)), "BBB");
}

TEST(PetrarchActors, SeveralCodesOnThePhraseLine) {
    Diagnostics d;
    auto dict = load("JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n", d);
    EXPECT_EQ(code_of(*dict, "Javier de Cuellar", ymd(1985, 1, 1)), "IGOUNO");
    EXPECT_EQ(code_of(*dict, "Javier de Cuellar", ymd(1995, 1, 1)), "ELI");
}

// The suites write "FRO/BIL/SAM" in their expected events: the alternatives stay
// one code, quietly.
TEST(PetrarchActors, SlashSeparatedAlternativesStayOneCode) {
    Diagnostics d;
    auto dict = load("THE_SHIRE  [FRO/BIL/SAM]\n", d);
    EXPECT_TRUE(d.empty());
    EXPECT_EQ(code_of(*dict, "the Shire", ymd(2024, 1, 27)), "FRO/BIL/SAM");
}

TEST(PetrarchActors, MalformedAlternativeIsAWarning) {
    Diagnostics d;
    load("THE_SHIRE  [FRO/BI]\n", d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].code, DiagnosticCode::bad_actor_code);
}

TEST(PetrarchActors, DashCodeMarksNotAnActor) {
    Diagnostics d;
    auto dict = load("INDIAN_OCEAN  [---]\n", d);
    EXPECT_EQ(code_of(*dict, "Indian Ocean", ymd(2020, 1, 1)), "-");
}

TEST(PetrarchActors, BadDateIsAWarningWithFileAndLine) {
    Diagnostics d;
    auto dict = load("ARMENIA [ARM]\n\t[ARMUNR 9008223-911221]\n", d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].severity, Severity::warning);
    EXPECT_EQ(d[0].file, "test.actors.txt");
    EXPECT_EQ(d[0].line, 2u);
    EXPECT_EQ(code_of(*dict, "Armenia", ymd(1995, 1, 1)), "ARM");
}

TEST(PetrarchActors, EntryWithoutCodeIsReportedAndIgnored) {
    Diagnostics d;
    auto dict = load("U.N._\n\nUN_CHIEF\n\t[IGOUNO]\n", d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 1u);
    EXPECT_EQ(code_of(*dict, "U.N.", ymd(2020, 1, 1)), "?");
    EXPECT_EQ(code_of(*dict, "UN chief", ymd(2020, 1, 1)), "IGOUNO");
}

TEST(PetrarchActors, PhraseRemembersItsLine) {
    Diagnostics d;
    auto dict = load("# header\nIRAQ [IRQ]\n+IRAQI\n", d);
    ASSERT_EQ(dict->phrase_count(), 2u);
    EXPECT_EQ(dict->phrase(0).origin.line, 2u);
    EXPECT_EQ(dict->phrase(1).origin.line, 3u);
}

TEST(ActorDictionary, WithoutDateUsesDefaultElseLatestCode) {
    Diagnostics d;
    auto dict = load("A_MAN\n\t[IRQLEG 100307-221027]\n\t[IRQGOV 221027-]\nB_MAN [USA]\n\t[USAGOV 090120-170120]\n", d);
    EXPECT_EQ(code_of(*dict, "A man", std::nullopt), "IRQGOV");
    EXPECT_EQ(code_of(*dict, "B man", std::nullopt), "USA");
}

}  // namespace
}  // namespace sitrep
